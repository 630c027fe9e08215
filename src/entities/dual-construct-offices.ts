/**
 * "بوزيري النقل فلان والصناعة والتجارة علان": an office in the dual construct state ("وزيري" = the two
 * ministers of), then each holder's portfolio right before his name, the second one joined by "و".
 * Each name gets the office in the singular with its own portfolio ("وزير النقل", "وزير الصناعة
 * والتجارة"). The portfolio is the run of definite words (each may carry "و") before the name.
 */
import { procliticReadings, writtenOffset } from './clitics.js';
import type { Token } from './tokenize.js';
import { hasTrait, OFFICE_WORD } from './word-traits.js';

/** The office of a dual in the construct state ("بوزيري" → "وزير"), as written, or null. */
function dualConstructOffice(token: Token | undefined): string | null {
  if (!token?.isWord) return null;
  // Shortest stem first: "بوزيري" is "ب" + "وزيري".
  for (const { removed, stem } of [...procliticReadings(token)].reverse()) {
    const singular = /^(.{3,})ي$/.exec(stem)?.[1];
    if (!singular || singular.startsWith('ال') || hasTrait(stem, OFFICE_WORD) || !hasTrait(singular, OFFICE_WORD)) continue;
    return token.text.slice(writtenOffset(token.text, removed)).replace(/ي[\u064b-\u0652]*$/, '');
  }
  return null;
}

/** Where the portfolio before `nameStart` starts: definite words, each maybe with "و". */
function portfolioStart(tokens: readonly Token[], nameStart: number): number {
  let k = nameStart;
  while (k > 0 && tokens[k - 1].isWord && /^و?ال.{2,}$/.test(tokens[k - 1].folded)) k--;
  return k;
}

/**
 * The role the dual construct office gives the name at `nameStart`, or null. `nameStartEndingAt`
 * gives the start of the person mention that ends right before a token index (the first holder,
 * for the second one), if any.
 */
export function dualConstructRoleBefore(text: string, tokens: readonly Token[], nameStart: number, nameStartEndingAt: (end: number) => number | undefined): string | null {
  let start = portfolioStart(tokens, nameStart);
  if (start === nameStart) return null;
  // "سامي الحداد والدفاع خالد": the first holder's family name, with the article, is no portfolio word.
  for (let k = start; k < nameStart; k++) {
    if (tokens[k].folded.startsWith('و') && nameStartEndingAt(k) !== undefined) {
      start = k;
      break;
    }
  }
  const portfolio = (from: number, to: number, joined: boolean): string => {
    const words = text.slice(tokens[from].start, tokens[to - 1].end);
    return joined ? words.slice(writtenOffset(words, 1)) : words;
  };
  const joined = tokens[start].folded.startsWith('و');
  if (!joined) {
    const office = dualConstructOffice(tokens[start - 1]);
    return office ? `${office} ${portfolio(start, nameStart, false)}` : null;
  }
  // The second holder: the first one's name ends right before this portfolio, and his own
  // portfolio follows the dual office.
  const first = nameStartEndingAt(start);
  if (first === undefined) return null;
  const firstPortfolio = portfolioStart(tokens, first);
  if (firstPortfolio === first || tokens[firstPortfolio].folded.startsWith('و')) return null;
  const office = dualConstructOffice(tokens[firstPortfolio - 1]);
  if (!office) return null;
  // "وزيري الثقافة التونسي فلان والجزائري علان": a nisba alone is the second holder's country; the
  // portfolio is the first one's, without its own nisba.
  if (tokens.slice(start, nameStart).every(isNisba)) {
    let shared = first;
    while (shared > firstPortfolio && isNisba(tokens[shared - 1])) shared--;
    if (shared === firstPortfolio) return null;
    return `${office} ${portfolio(firstPortfolio, shared, false)} ${portfolio(start, nameStart, true)}`;
  }
  return `${office} ${portfolio(start, nameStart, true)}`;
}

/** "التونسي", "والجزائري": a definite nisba (an adjective of origin), "و" allowed. */
function isNisba(token: Token): boolean {
  return /^و?ال.{2,}ي$/.test(token.folded);
}
