/**
 * "شيخ الأزهر أحمد الطيب", "الدكتور أحمد الطيب شيخ الأزهر الشريف": the Grand Imam of al-Azhar holds a
 * post the Egyptian state gives by decree, named "شيخ" (elsewhere a courtesy title or an elder, "شيخ
 * القبيلة") in the construct state with al-Azhar. So does the Druze community's head in Lebanon and
 * Syria, "شيخ عقل طائفة الموحدين الدروز", "شيخ العقل" (elected, recognised by the state). Closed classes.
 */
import type { Token } from './tokenize.js';
import type { WordHolder } from './word-memo.js';
import { readingInList } from './clitics.js';

/** "شيخ" bare (in the construct state), folded. */
const SHEIKH_WORDS = new Set(['شيخ']);

/** Whether a word may be that "شيخ" (behind a clitic too: "وشيخ", "لشيخ"). */
export const mayBeAzharSheikh: (word: WordHolder) => boolean = readingInList(SHEIKH_WORDS);

/** What "شيخ" heads as such a post, folded: al-Azhar, the Druze "عقل" (reason). */
const SHEIKHDOMS = new Set(['الازهر', 'عقل', 'العقل']);

/** Whether the word at i is "شيخ" heading al-Azhar or the Druze community. */
export function isAzharSheikhAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i].isWord && mayBeAzharSheikh(tokens[i]) && SHEIKHDOMS.has(tokens[i + 1]?.folded ?? '');
}
