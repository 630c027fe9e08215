/**
 * "مشاورات تشكيل حكومة الشاهد" ... "لقاء مع رئيس الحكومة المكلف": the article names a government
 * after one person ("حكومة فلان", government-heads.ts) and states the office of its head with no
 * name beside it; the head is that person, and the office as written is his role. Only where one
 * person of the article heads a government and the office phrase is the bare head of government
 * ("رئيس الحكومة", "رئيس الوزراء"), at most "designate" after it: a nationality or "former" may
 * name someone else's office.
 */
import { fold } from '../text/normalize.js';
import { readingInList, stripProclitics } from './clitics.js';
import type { BlockTokens } from './extract-types.js';
import type { IsNameToken } from './role-types.js';
import { isComma } from './located.js';
import { officePhraseEnd } from './office-phrase.js';

const readsAsPresident = readingInList(new Set([fold('رئيس')]));

/** What the head presides over, folded: the government, the council of ministers. */
const GOVERNMENTS = new Set(['الحكومة', 'الوزراء'].map(fold));

/** "المكلف": the head of government designate, the one forming the government named after him. */
const DESIGNATE = fold('المكلف');

/** The bare office of head of government at token `i`, beside no name: its end, or -1. */
function headOfGovernmentEnd(block: BlockTokens, i: number, isName: IsNameToken): number {
  const { tokens } = block;
  const head = tokens[i];
  if (!head.isWord || !readsAsPresident(head) || !GOVERNMENTS.has(tokens[i + 1]?.folded ?? '')) return -1;
  const end = officePhraseEnd(tokens, i, isName);
  if (end !== i + 2 && !(end === i + 3 && tokens[i + 2].folded === DESIGNATE)) return -1;
  const after = isComma(tokens[end]) ? end + 1 : end;
  return isName(after) || isName(i - 1) ? -1 : end;
}

/** The office phrase [start, end) as written, without a proclitic on its head ("لرئيس الحكومة"). */
function writtenOffice(block: BlockTokens, start: number, end: number): string {
  const first = block.tokens[start];
  const { offset } = stripProclitics(first, (stem) => stem === fold('رئيس'));
  return block.text.slice(first.start + offset, block.tokens[end - 1].end);
}

/**
 * The head of government's office as the article states it alone (the fullest form, "designate"
 * kept), or null when it states none.
 */
export function unnamedHeadOfGovernment(blocks: readonly BlockTokens[], names: (block: BlockTokens) => IsNameToken): string | null {
  let found: string | null = null;
  for (const block of blocks) {
    const isName = names(block);
    for (let i = 0; i < block.tokens.length - 1; i++) {
      const end = headOfGovernmentEnd(block, i, isName);
      if (end < 0) continue;
      const office = writtenOffice(block, i, end);
      if (found === null || office.length > found.length) found = office;
    }
  }
  return found;
}

const HEAD_OF_GOVERNMENT = /^(?:رئيس|رئيسه) (?:الحكومه|الوزراء|حكومه|وزراء)/;

/** Whether an official's role is an office of head of government ("رئيس الحكومة", "رئيس وزراء مالطا"). */
export function isHeadOfGovernmentRole(role: string | null): boolean {
  return role !== null && HEAD_OF_GOVERNMENT.test(fold(role));
}
