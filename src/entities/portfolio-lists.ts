/**
 * "ورافقه وزراء: الإدارة المحلية المهندس فلان، والأشغال العامة والإسكان المهندس علان، والصحة
 * الدكتور فلتان" (Petra's house style), "بحضور وزيري الداخلية فلان والخارجية علان": ministers in the
 * plural or the dual, then each one's portfolio right before his name (his honorific between), the
 * later entries behind "و". The article words each portfolio and the plural says which office it is:
 * each one listed is "وزير" + his portfolio.
 */
import { fold } from '../text/normalize.js';
import { writtenOffset } from './clitics.js';
import { honorificBefore, isHonorificWord } from './honorific-titles.js';
import { isComma } from './located.js';
import { isVerbLike } from './office-words.js';
import type { ListedMention } from './plural-office-lists.js';
import type { Token } from './tokenize.js';

/** Ministers in the plural or the dual (folded, no clitic), and the singular each entry holds. */
const MINISTERS = new Map([
  ['وزراء', 'وزير'],
  ['وزيرا', 'وزير'],
  ['وزيري', 'وزير'],
  ['وزيرتا', 'وزيرة'],
  ['وزيرتي', 'وزيرة'],
]);
/** The most words of one portfolio ("الشؤون السياسية والبرلمانية", "الأشغال العامة والإسكان"). */
const MAX_PORTFOLIO_WORDS = 5;
/** How far before the name its honorifics may start ("معالي الدكتور"). */
const MAX_HONORIFIC_WORDS = 2;

/** Whether an office found as written opens with ministers in the plural or dual ("وزيرا الداخلية"): a list's head, no one's office. */
export function opensWithMinisters(role: string): boolean {
  return MINISTERS.has(fold(role).split(' ')[0]);
}

/** MINISTERS behind "و" or "ب" ("ووزراء", "بوزيري"): looked up whole, no word of the article cut to look. */
const MINISTERS_BEHIND_CLITIC = new Map([...MINISTERS].flatMap(([plural, singular]) => [[`و${plural}`, singular], [`ب${plural}`, singular]]));

/** The singular of a plural or dual of ministers at `token`, read with or without "و" or "ب", or null. */
function singularMinister(token: Token): string | null {
  if (!token.isWord) return null;
  return MINISTERS.get(token.folded) ?? MINISTERS_BEHIND_CLITIC.get(token.folded) ?? null;
}

/**
 * The office each person gets from a list of portfolios, per person (null when none): `people`
 * holds each person's mentions; a list gives offices only when it holds two entries or more.
 */
export function portfolioListRoles(people: ReadonlyArray<readonly ListedMention[]>): Array<string | null> {
  const nameEnds = new Map<string, number>();
  const blocks = new Map<number, ListedMention['block']>();
  for (const mentions of people) {
    for (const { block, span } of mentions) {
      nameEnds.set(`${block.block}:${span.start}`, span.end);
      blocks.set(block.block, block);
    }
  }
  const roles = new Map<string, string>();
  for (const block of blocks.values()) {
    block.tokens.forEach((token, head) => {
      const singular = singularMinister(token);
      if (singular === null) return;
      const nameEndAt = (start: number): number | undefined => nameEnds.get(`${block.block}:${start}`);
      const entries = listEntries(block, head, nameEndAt);
      // (One entry is enough where a next portfolio follows its name, "وزراء النقل فلان والدفاع ...":
      // the next name may be one no mention holds.)
      const nextPortfolio = entries.length === 1 && /^وال/.test(block.tokens[nameEndAt(entries[0].nameStart) ?? -1]?.folded ?? '');
      if (entries.length < 2 && !nextPortfolio) return;
      for (const entry of entries) roles.set(`${block.block}:${entry.nameStart}`, `${singular} ${entry.portfolio}`);
    });
  }
  return people.map((mentions) => {
    for (const { block, span } of mentions) {
      const role = roles.get(`${block.block}:${span.start}`);
      if (role !== undefined) return role;
    }
    return null;
  });
}

/** The entries after the plural or dual at `head`: where each name starts and its portfolio as written. */
function listEntries(block: ListedMention['block'], head: number, nameEndAt: (start: number) => number | undefined): Array<{ nameStart: number; portfolio: string }> {
  const { tokens, text } = block;
  const entries: Array<{ nameStart: number; portfolio: string }> = [];
  let k = tokens[head + 1]?.text === ':' ? head + 2 : head + 1;
  for (;;) {
    if (entries.length > 0 && isComma(tokens[k])) k++;
    const first = tokens[k];
    // The first portfolio is definite ("الداخلية"); each later one carries "و" ("والخارجية").
    const conjoined = entries.length > 0;
    if (first?.isWord !== true || !(conjoined ? /^وال/ : /^ال/).test(first.folded)) break;
    const name = nameAfterPortfolio(tokens, k, nameEndAt);
    if (name < 0) break;
    const portfolioEnd = honorificBefore(tokens, name)?.start ?? name;
    const from = first.start + (conjoined ? writtenOffset(first.text, 1) : 0);
    entries.push({ nameStart: name, portfolio: text.slice(from, tokens[portfolioEnd - 1].end) });
    k = nameEndAt(name) ?? name + 1;
  }
  return entries;
}

/** Where the name after the portfolio that opens at `start` begins (its honorifics passed over), or -1. */
function nameAfterPortfolio(tokens: readonly Token[], start: number, nameEndAt: (start: number) => number | undefined): number {
  for (let k = start + 1; k <= start + MAX_PORTFOLIO_WORDS + MAX_HONORIFIC_WORDS && k < tokens.length; k++) {
    if (nameEndAt(k) !== undefined) {
      const portfolioEnd = honorificBefore(tokens, k)?.start ?? k;
      return portfolioEnd > start && portfolioEnd - start <= MAX_PORTFOLIO_WORDS ? k : -1;
    }
    // (The portfolio's words are definite, "الأشغال العامة والإسكان"; a bare word is a name that no
    // mention holds, "والدفاع الوطني فرحات الحرشانى والمالية فلانة", whose portfolio is not the next one's.)
    if (!tokens[k].isWord || isVerbLike(tokens[k]) || (!/^و?ال/.test(tokens[k].folded) && !isHonorificWord(tokens[k]))) return -1;
  }
  return -1;
}
