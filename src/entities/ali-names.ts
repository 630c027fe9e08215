/**
 * "وقال علي العريض إن", "كل من علي العريض ونور الدين": in text that writes the preposition "على"
 * with its alef maqsura, "علي" (and "وعلي") is the given name, never the preposition. Folding writes
 * both alike, so the news corpus reads the word as a particle and the tagger passes over the name.
 * In such text "علي" + a word that names (a family name with the article no list knows as a common
 * word, or a listed or news-frequent name word) is a person's name. ("علي بن ..." and "الشيخ علي ..."
 * are found by the lineage and title rules already.)
 */
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { HER_OUR_YOUR_THEIR_ENDING } from './pronoun-endings.js';
import { isOftenANameInNews, isRareWord } from './tagger.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { hasTrait, NOT_A_NAME } from './word-traits.js';

/** Days and times news puts after a name ("وقال علي اليوم"), folded: a closed class. */
const TIMES = new Set(['اليوم', 'امس', 'الليله', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

/** "علي", "وعلي" written with a final yaa (folded alike with "على"). */
const ALI = triggerWord((word) => word.folded === 'علي' || word.folded === 'وعلي');

function isAliWithYaa(token: Token): boolean {
  return (token.folded === 'علي' || token.folded === 'وعلي') && /ي[\u064b-\u0652]*$/.test(token.text);
}

/** A word that may follow the given name "علي" as the rest of his name. */
function namesAfterAli(token: Token | undefined): boolean {
  if (!token?.isWord || token.folded.length < 3 || /[0-9٠-٩a-z]/.test(token.folded) || TIMES.has(token.folded)) return false;
  const word = token.folded;
  if (isParticle(token) || isOrdinaryWord(word) || isCommonWord(word) || hasTrait(word, NOT_A_NAME)) return false;
  return word.startsWith('ال') ? !HER_OUR_YOUR_THEIR_ENDING.test(word) : isListedNameWord(word) || isOftenANameInNews(word);
}

/** "أكبر", "أصغر" (folded): the second word of the Persian given names "علي أكبر", "علي أصغر". */
const PERSIAN_SECOND_NAMES = new Set(['اكبر', 'اصغر']);

/** "زاده" (born of), folded: a Persian family name's tail and no Arabic word. */
const BORN_OF = 'زاده';

/** "مقدم" (folded): a Persian family name's tail ("أميري مقدم"), and "presenter". */
const PRESENTER = 'مقدم';

/** Persian family names' last words written apart ("موسوي بور", "حسين زاده", "رضائي نجاد", "أميري مقدم", "جعفري نسب"), folded. */
const PERSIAN_SURNAME_TAILS = new Set(['بور', 'زاده', 'نيا', 'فر', 'بناه', 'راد', 'وند', 'نجاد', 'مقدم', 'نسب', 'فرد']);

/**
 * "رضا أميري | مقدم", "أكبر رضائي | نجاد": a Persian family name's last word written apart, after
 * the name's own word (a nisba in "ي", or a word the name lists know or the tagger's text seldom
 * saw, no article): the name's, though "مقدم" reads as "presenter".
 */
export function isPersianSurnameTailAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!PERSIAN_SURNAME_TAILS.has(tokens[i]?.folded ?? '') || before?.isWord !== true || before.folded.startsWith('ال') || isParticle(before)) return false;
  return before.folded.endsWith('ي') || isListedNameWord(before.folded) || isRareWord(before.folded);
}

/** "وزوجته", "وسالم": "و" + a common word or a name opens what comes next ("ولايتي" is a family name). */
function opensNextEntry(word: string): boolean {
  return word.startsWith('و') && (isCommonWord(word.slice(1)) || isListedNameWord(word.slice(1)) || isParticle({ text: word.slice(1), folded: word.slice(1) }));
}

/**
 * The end of "علي أكبر ولايتي", "علي أصغر موسوي بور" from `i` (the Persian compound given name and
 * the family name after it, which may be any word: "ولايتي" also reads "my province"), or -1.
 */
export function persianCompoundNameEnd(tokens: readonly Token[], i: number): number {
  if (!isAliWithYaa(tokens[i]) || !PERSIAN_SECOND_NAMES.has(tokens[i + 1]?.folded ?? '')) return -1;
  let end = i + 2;
  const family = tokens[end];
  if (family?.isWord !== true || family.folded.length < 3 || /[0-9٠-٩a-z]/.test(family.folded) || TIMES.has(family.folded) || isParticle(family) || opensNextEntry(family.folded)) return end;
  // ("حصل علي أكبر عدد": "على" misspelt before an elative and the common noun it governs; family
  // names that are also words end as a nisba does, "ولايتي", "موسوي".)
  if ((isCommonWord(family.folded) || isOrdinaryWord(family.folded)) && !family.folded.endsWith('ي')) return -1;
  end++;
  if (PERSIAN_SURNAME_TAILS.has(tokens[end]?.folded ?? '')) end++;
  return end;
}

/**
 * "أكبر رضائي نجاد", "محسن نوري زاده": a given name (listed, or the Persian "أكبر"/"أصغر", elatives
 * too), a bare nisba and a Persian family name's last word written apart are one name, whatever the
 * tagger made of them (ANT's news seldom writes Persian names).
 */
export function persianSurnameSpans(tokens: readonly Token[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let tail = 2; tail < tokens.length; tail++) {
    if (!PERSIAN_SURNAME_TAILS.has(tokens[tail].folded)) continue;
    const [given, nisba] = [tokens[tail - 2], tokens[tail - 1]];
    // ("محسن حسين زاده": or a listed given name before a tail, "مقدم" (presenter) aside; "حسن أمير
    // زاده": before "زاده" (born of), which no Arabic word reads as, any bare word.)
    const nameBeforeTail = (isListedGivenName(nisba.folded) && tokens[tail].folded !== PRESENTER) || (tokens[tail].folded === BORN_OF && !isParticle(nisba));
    if (!given.isWord || !nisba.isWord || !(nisba.folded.endsWith('ي') || nameBeforeTail) || /^(?:ال|و)/.test(nisba.folded) || nisba.folded.length < 3) continue;
    if (isListedGivenName(given.folded) || PERSIAN_SECOND_NAMES.has(given.folded)) spans.push({ start: tail - 2, end: tail + 1 });
  }
  return spans;
}

/** Spans "علي" + one name word, or a Persian compound name, in a block of text that writes "ى" (`writesAlefMaqsura`). */
export function aliNameSpans(tokens: readonly Token[], writesAlefMaqsura: boolean): Array<{ start: number; end: number }> {
  if (!writesAlefMaqsura) return [];
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, ALI, 0); i >= 0 && i + 1 < tokens.length; i = nextTriggered(triggers, ALI, i + 1)) {
    if (!isAliWithYaa(tokens[i])) continue;
    const persian = persianCompoundNameEnd(tokens, i);
    if (persian > 0) spans.push({ start: i, end: persian });
    else if (namesAfterAli(tokens[i + 1])) spans.push({ start: i, end: i + 2 });
  }
  return spans;
}
