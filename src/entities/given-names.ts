/**
 * Given names harvested from the person entities of WikiFANE (data/entities/given-names.txt, built by
 * scripts/build-given-names.ts). Only the rules use them, to accept a name the tagger missed in a
 * place where a name is expected; the tagger's features keep data/entities/names. Loaded on first use.
 */
import { readFoldedWords } from './data-path.js';
import { gazetteer } from './gazetteer.js';
import { rememberedYesNoPerWord, type WordHolder } from './word-memo.js';
import { KUNYA_WORDS } from './name-parts.js';
import { isRareWord } from './tagger.js';

let names: Set<string> | undefined;
let definiteNames: Set<string> | undefined;

/** Whether a folded word opens the names of several people in WikiFANE ("حسن", "جون"). */
export function isGivenName(folded: string): boolean {
  names ??= readFoldedWords('entities/given-names.txt');
  return names.has(folded);
}

let foreignNames: Set<string> | undefined;

/**
 * Whether a folded word is a foreign given name as the Arabic press spells it
 * (data/entities/foreign-given-names.txt: "ماثيو", "رودريغو", "شهباز"; WikiFANE and the Tunisian news
 * know too few of them for international copy). A word that may be a name's, no listed given name:
 * many are family names too ("لويس إنريكي", "بترا لازلو"), and the rules that read a name as opening
 * with its given name are Arabic names' rules.
 */
export function isForeignGivenName(folded: string): boolean {
  foreignNames ??= readFoldedWords('entities/foreign-given-names.txt');
  return foreignNames.has(folded);
}

/**
 * Whether a folded word with the article opens the names of several people in the ANT news
 * ("المنصف", "الشاذلي"; data/entities/ant-definite-given-names.txt, built by
 * scripts/build-definite-given-names.ts), or is one of the Sudan's, Libya's, Mauritania's and the
 * Maghreb's that the Tunisian news has too seldom (data/entities/definite-given-names.txt, compiled by
 * hand: "الفاتح", "الحافظ", "الصديق", "السالك").
 */
export function isNewsDefiniteGivenName(folded: string): boolean {
  definiteNames ??= new Set([...readFoldedWords('entities/ant-definite-given-names.txt'), ...readFoldedWords('entities/definite-given-names.txt')]);
  return definiteNames.has(folded);
}

/**
 * Whether a folded word is a listed given name: on the gazetteer's given names (AKhateeb) or the
 * given names above ("حسن", "جون"). The rules ask this where a name must open with a given name.
 */
export function isListedGivenName(folded: string): boolean {
  return gazetteer().firstNames.has(folded) || isGivenName(folded);
}

/**
 * Whether a folded word is on any name list: a listed given name or one of the gazetteer's family
 * names (AKhateeb). The rules ask this wherever a list's word is spared from a common-word reading.
 */
export function isListedNameWord(folded: string): boolean {
  return isListedGivenName(folded) || gazetteer().familyNames.has(folded);
}

/** "مولاي" (folded), the Moroccan sharifian title that opens men's names ("مولاي أحمد العلوي") and saints' towns ("مولاي يعقوب"). */
const MOULAY = 'مولاي';

/**
 * Whether a folded word is "ب" glued to a given name ("بمحمد", "بمولاي") and no name word itself
 * ("بسام", "بشير", "بكري" are names).
 */
export const isGivenNameAfterBa: (word: WordHolder) => boolean = rememberedYesNoPerWord((folded) => {
  // (Not "بو"/"بن", which open Maghreb family names: "بوجدي", "بنور".)
  if (folded.length < 4 || !folded.startsWith('ب') || /^ب[ون]/.test(folded) || isListedNameWord(folded)) return false;
  const rest = folded.slice(1);
  // (Not a kunya's head: "المكنى بأبي عياض" gives the alias; and a given name the news writes often,
  // no rare one a foreign name may end with: "برويز" is Pervez, not "ب" + "رويز".)
  return rest === MOULAY || (isListedGivenName(rest) && !KUNYA_WORDS.has(rest) && !isRareWord(rest));
});
