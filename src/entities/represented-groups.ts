/**
 * "ممثل الأولياء", "الممثل عن الأولياء", "وكيل أحد المتهمين": a representative of a group of people
 * named by what they are (parents, defendants, protesters), or of one of them, speaks for them in a
 * case or a meeting; he holds no post, unlike the representative of a body, a place or an office.
 */
import { procliticReadings } from './clitics.js';
import { isGroupWord } from './group-words.js';
import { fold } from '../text/normalize.js';
import { REPRESENTATIVES } from './office-words.js';
import type { Token } from './tokenize.js';

/** "أحد", "إحدى" (one of), with a preposition's letter: an indefinite one of a group, folded (a closed class). */
const ONE_OF = new Set(['أحد', 'إحدى', 'لأحد', 'لإحدى'].map(fold));

/** Whether the complement of a representative that opens at tokens[k] is a group of people or one of them. */
export function isRepresentedGroupAt(tokens: readonly Token[], k: number): boolean {
  return representedGroupEnd(tokens, k) > k;
}

/** The end of a group of people ("الأولياء") or one of them ("أحد المتهمين") at tokens[k], or k. */
function representedGroupEnd(tokens: readonly Token[], k: number): number {
  const token = tokens[k];
  if (!token?.isWord) return k;
  if (ONE_OF.has(token.folded)) return tokens[k + 1]?.isWord === true && isGroupWord(tokens[k + 1]) ? k + 2 : k;
  return isGroupWord(token) ? k + 1 : k;
}

/**
 * Where the name starts after a representative or agent of a group at i ("ممثل الأولياء فلان":
 * no post, but the phrase still opens the name of the one who speaks for them), or -1.
 */
export function groupRepresentativeEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token?.isWord || !procliticReadings(token.folded).some(({ stem }) => AGENTS.has(stem) || REPRESENTATIVES.has(stem))) return -1;
  const k = tokens[i + 1]?.folded === 'عن' ? i + 2 : i + 1;
  const end = representedGroupEnd(tokens, k);
  return end > k ? end : -1;
}

/** "وكيل", an agent (also an undersecretary: "وكيل الوزارة"), folded, with or without the article. */
const AGENTS = new Set(['وكيل', 'وكيله', 'الوكيل', 'الوكيله']);

/** "وكيل أحد المتهمين", "وكيل الأولياء": an agent for a group of people or one of them (a lawyer), no office. */
export function isAgentOfGroupAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord || !procliticReadings(token.folded).some(({ stem }) => AGENTS.has(stem))) return false;
  return isRepresentedGroupAt(tokens, tokens[i + 1]?.folded === 'عن' ? i + 2 : i + 1);
}
