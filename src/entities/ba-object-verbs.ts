/**
 * "أشاد وزير الصحة | بجهود الكوادر", "ورحب رئيس المجلس | بالقرار": verbs of praise, welcome,
 * condemnation and demand take their object with "ب"; right after their subject's office phrase, "ب"
 * + a common noun is that object, no complement of the office (a seat, a body or a place aside).
 * Closed class: the verbs, past and imperfect, masculine and feminine, folded.
 */
import { isPlaceWord } from './ordinary-words.js';
import { isOrganizationHead, isPlaceOrNationality, REGION_HEADS, stems } from './office-words.js';
import { honorificBefore } from './honorific-titles.js';
import { type Token, tokenReadAs } from './tokenize.js';

const BA_OBJECT_VERBS = /^[وف]?(?:اشاد|اشادت|رحب|رحبت|نوه|نوهت|ندد|نددت|طالب|طالبت|[يت](?:شيد|رحب|نوه|ندد|طالب))$/;

/** Whether "ب" + a common noun at `i` is the object of the verb before the office phrase at `head`. */
export function isVerbsBaObjectAt(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !/^ب.{3,}/.test(token.folded) || stems(token).length < 2) return false;
  const subjectStart = honorificBefore(tokens, head)?.start ?? head;
  const verb = tokens[subjectStart - 1];
  if (verb?.isWord !== true || !BA_OBJECT_VERBS.test(verb.folded)) return false;
  const noun = tokenReadAs(token, token.folded.slice(1), token.text.slice(1));
  const bare = noun.folded.replace(/^ال/, '');
  return !isPlaceWord(noun.folded) && !isPlaceOrNationality(noun) && !isOrganizationHead(noun) && !REGION_HEADS.has(bare);
}
