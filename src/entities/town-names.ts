/**
 * "معتمد بئر علي بن خليفة", "معتمد سيدي علي بن عون": many towns are named with a head noun (a well,
 * a saint, a spring: office-phrase-parts.ts TOWN_NAME_HEADS) and a person's name. After such a head
 * in an office's genitive, that name is the town's, part of the office phrase, not its holder.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { TOWN_NAME_HEADS } from './office-phrase-parts.js';
import { isVerbLike, stems } from './office-words.js';
import { isCommonWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';
import { MANS_NAME_OPENERS } from './name-parts.js';

/**
 * A town's head, bare or behind "ب" (the seat of a regional office: "المندوب الجهوي للتربية
 * بسيدي بوزيد فلان", whose town, a proper noun, takes no genitive).
 */
function isTownHead(token: Token): boolean {
  const word = token.folded;
  if (TOWN_NAME_HEADS.has(word)) return true;
  return word.startsWith('ب') && TOWN_NAME_HEADS.has(word.slice(1)) && stems(token).includes(word.slice(1));
}

/** Links of a lineage inside a town's name ("بن"). */
const LINKS = new Set(['بن', 'ابن']);

/**
 * Where the town's name ends when the word before `end` is a town head right after the office head
 * (or its genitive chain), else `end`: the next word, and "بن" + a word after it.
 */
export function townNameEnd(tokens: readonly Token[], head: number, end: number, isName: (index: number) => boolean): number {
  const townHead = tokens[end - 1];
  const first = tokens[end];
  if (end - 1 <= head || !townHead?.isWord || !first?.isWord || isName(end) || isVerbLike(first)) return end;
  // "المندوب الجهوي للتربية بسيدي بوزيد فلان": the head behind "ب" or "ل", before a word that is
  // no common one ("بعين المكان" is "on the spot").
  const glued = (isTownHead(townHead) || (/^[بل]/.test(townHead.folded) && TOWN_NAME_HEADS.has(townHead.folded.slice(1)))) && !isCommonWord(first);
  if (!TOWN_NAME_HEADS.has(townHead.folded) && !glued) return end;
  let townEnd = end + 1;
  if (LINKS.has(tokens[townEnd]?.folded ?? '') && tokens[townEnd + 1]?.isWord && !isName(townEnd + 1)) townEnd += 2;
  return townEnd;
}

/** "منزل": a house, and the head of many Tunisian towns ("منزل تميم"), folded. */
const HOUSE_HEAD = fold('منزل');

/**
 * "بمنزل عبد الرحمان من ولاية بنزرت", "ومنزل بوزيان": after "منزل" a given name alone is a town's
 * (the towns are named so); a man's house takes his full name ("منزل فلان الفلاني", "منزل فلان بن
 * علان"). Whether a mention at `start` of a name of `words` (folded) stands so.
 */
export function isTownAfterHouseHead(tokens: readonly Token[], start: number, words: readonly string[]): boolean {
  const oneName = words.length === 1 || (words.length === 2 && MANS_NAME_OPENERS.has(words[0]));
  const before = tokens[start - 1];
  return oneName && before?.isWord === true && procliticReadings(before).some(({ stem }) => stem === HOUSE_HEAD);
}
