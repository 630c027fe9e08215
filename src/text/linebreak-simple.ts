import { breakOpportunities } from './linebreak.js';

/**
 * UAX #14 break opportunities of news text without running the linebreak package on every
 * character. That package is a pair-table machine: between two characters, neither a space, a
 * mandatory break nor a special case (ZWJ, Hebrew letter, regional indicator, combining mark after a
 * space), whether it breaks depends only on the line-break class of the last character before any
 * spaces, the class of the next one, and whether spaces came between (LB18's "indirect" breaks);
 * marks after a character never break and leave that class in place (LB9). So for the characters
 * grouped below by line-break class, asking the package once per pair of groups gives exactly its
 * answer for any text of them. test/core-linebreak-simple.test.ts checks every pair of characters
 * against the package, so a character in the wrong group cannot go unnoticed.
 */

/** One character of each line-break class these groups stand for; NOT_SIMPLE is the 0th. */
const REPRESENTATIVES = ['', 'a', '!', '"', '%', '(', ')', '.', '-', '/', '0', '|', '}', '\u00b4', '\u2011', '\u2014', '\u2026'];

/** The group (index in REPRESENTATIVES) of the characters that are not AL (the default). */
const GROUP_MEMBERS: ReadonlyArray<[representative: string, members: string]> = [
  ['!', '!?\u061b\u061d\u061e\u061f\u06d4'], // EX
  ['"', '"\'\u00ab\u00bb\u2018\u2019\u201b\u201c\u201d\u201f'], // QU
  ['%', '$%+\\\u0609\u060a\u060b\u066a\u00a2\u00a3\u00a4\u00a5\u00b0\u00b1'], // PR and PO
  ['(', '([{\u00a1\u00bf\u201a\u201e'], // OP
  [')', ')]'], // CP
  ['.', ',.:;\u060c\u060d'], // IS
  ['-', '-'], // HY
  ['/', '/'], // SY
  ['0', '0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u066b\u066c\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9'], // NU
  ['|', '|\u2010\u2012\u2013\u2027'], // BA
  ['}', '}'], // CL
  ['\u00b4', '\u00b4'], // BB
  ['\u2011', '\u2011'], // GL
  ['\u2014', '\u2014'], // B2
  ['\u2026', '\u2024\u2025\u2026'], // IN
];

export const NOT_SIMPLE = 0;
const ALPHABETIC = 1;
const GROUPS = REPRESENTATIVES.length;

/**
 * The line-break group of a one-cell cluster character of the simple-paragraph path (layout/simple-lines.ts):
 * printable ASCII but the space, Arabic letters, digits and punctuation, Latin-1 but the no-break
 * space and the soft hyphen, U+2010..U+2027; NOT_SIMPLE for Hebrew letters (LB21a). Spaces and
 * marks are told apart before this is asked.
 */
export function lineBreakGroup(code: number): number {
  return (groups ??= groupTable())[code];
}

let groups: Uint8Array | undefined;

function groupTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const alphabetic = (from: number, to: number) => table.fill(ALPHABETIC, from, to + 1);
  alphabetic(0x21, 0x7e);
  alphabetic(0xa1, 0xff);
  table[0xad] = NOT_SIMPLE;
  alphabetic(0x0606, 0x06ff);
  alphabetic(0x2010, 0x2027);
  for (const [representative, members] of GROUP_MEMBERS) {
    const group = REPRESENTATIVES.indexOf(representative);
    for (let i = 0; i < members.length; i++) table[members.charCodeAt(i)] = group;
  }
  return table;
}

/**
 * Whether a line may start at a character of group `next`, the last character before it (spaces
 * and marks aside) being of group `previous`, `spaced` when spaces came between.
 */
export function breaksBetween(previous: number, next: number, spaced: boolean): boolean {
  const pair = previous * GROUPS + next;
  let answer = pairs[pair];
  if (answer === 0) answer = pairs[pair] = askPackage(previous, next);
  return (answer & (spaced ? SPACED : DIRECT)) !== 0;
}

const DIRECT = 1;
const SPACED = 2;
const KNOWN = 4;
/** The package's answer for each pair of groups met so far (0: not asked yet). */
const pairs = new Uint8Array(GROUPS * GROUPS);

/** Whether the linebreak package breaks between representatives of two groups, directly and with a space between. */
function askPackage(previous: number, next: number): number {
  const [a, b] = [REPRESENTATIVES[previous], REPRESENTATIVES[next]];
  const breaksAt = (text: string, position: number) => breakOpportunities(text).some((opportunity) => opportunity.position === position);
  return KNOWN | (breaksAt(a + b, 1) ? DIRECT : 0) | (breaksAt(`${a} ${b}`, 2) ? SPACED : 0);
}
