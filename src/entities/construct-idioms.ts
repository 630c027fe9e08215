/**
 * "نور الشمس", "حسن الظن", "مالك المنزل", "صباح الخميس": a given name that is also a noun, in the
 * construct state with a definite common noun, is that noun phrase, no name. The genitive is what
 * tells: a definite word the news reads as a common noun (evidence and word cluster), not a nisba
 * ("صلاح التونسي", "علي اللواتي") nor an elative or colour ("بطرس الأكبر", "حسني الأسود"), the shapes
 * family names take. Given names shaped as nisbas ("فتحي") or feminine ("فوزية") head no such
 * phrase in practice, and a word, no title or office, stands before the pair ("الشيخ حسن الصدر" is a name).
 */
import { isCommonNounWord } from './common-noun-words.js';
import { isHonorificWord } from './honorific-titles.js';
import { foldedLeadingNameParts } from './lexicon.js';
import { isDefinite, isNationalityWord, isOfficeWord } from './office-words.js';
import { opensWhatWasSaid } from './sayer-names.js';
import { roleBefore } from './role-before.js';
import { isListedGivenName } from './given-names.js';
import { isRareWord } from './tagger.js';
import { hasTrait, PERSON_TITLE } from './word-traits.js';
import type { Token } from './tokenize.js';

/** "وسام" (an order, a medal), also a given name: the head of a decoration's name before a common noun. */
const DECORATION_HEADS = new Set(['وسام']);

/** Whether tokens[start, start + 2) is a noun in the construct state and its definite genitive. */
export function isConstructNounPhrase(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start];
  const genitive = tokens[start + 1];
  if (!head?.isWord || !genitive?.isWord) return false;
  // The head is indefinite, without a conjunction (a list's next name), and no nisba or feminine.
  // ("عبد الوحيد", "أبو الفضل": a leading name part before the article opens a compound name.)
  // ("وسام" opens with a letter that is also "و" (and): itself a noun, read whole.)
  const decoration = DECORATION_HEADS.has(head.folded);
  if ((!decoration && /^(?:ال|و)/.test(head.folded)) || /[يه]$/.test(head.folded) || head.folded.length < 3 || foldedLeadingNameParts.has(head.folded)) return false;
  if (!genitive.folded.startsWith('ال') || genitive.folded.endsWith('ي') || /^الا.{3}$/.test(genitive.folded)) return false;
  if (!isCommonNounWord(genitive)) return false;
  // Inside a clause (a word before it: "قال مالك المنزل"), not after a comma or at a line's start,
  // where an apposition or a headline may name someone ("رئيس المصلحة، ناصر الكامل").
  // Nor before what someone said ("وقال محمد المرشد إن"): there the pair is the speaker.
  if (opensWhatWasSaid(tokens, start + 2)) return false;
  // ("منحهم الرئيس وسام الرياضة": a decoration's name is no holder's, even after an office.)
  if (decoration) return true;
  const before = tokens[start - 1];
  // (Nor after a nationality, which closes the office phrase before a name: "الرئيس السوري أحمد الشرع";
  // nor a listed given name after a whole office phrase: "رئيس الجمهورية أحمد الشرع".)
  if (before?.isWord !== true || hasTrait(before, PERSON_TITLE) || isHonorificWord(before) || isOfficeWord(before) || (isDefinite(before) && isNationalityWord(before))) return false;
  if (!isListedGivenName(head.folded)) return true;
  const role = roleBefore(tokens, start);
  return role === null || role.titleOnly;
}

/**
 * ("دون الإخلال بمقتضيات حسن سير العدالة": "حسن سير" before a definite common noun, a construct
 * chain of three nouns, "the good running of justice".) Whether tokens[start, start + 2) is a
 * noun-like given name and an indefinite common noun the news never takes for a person, before a
 * definite common noun, inside a clause (a plain word before it).
 */
export function isConstructChainPhrase(tokens: readonly Token[], start: number): boolean {
  const [head, middle, last] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (head?.isWord !== true || middle?.isWord !== true || last?.isWord !== true) return false;
  // (The head a word running text writes often, "حسن" (goodness): not a rare foreign name, "برويز مشرف الموقف".)
  if (/^(?:ال|و)/.test(head.folded) || /[يه]$/.test(head.folded) || foldedLeadingNameParts.has(head.folded) || isRareWord(head.folded)) return false;
  // (isCommonNounWord leaves out listed names and words the news takes for a person at times.)
  if (/^(?:ال|و)/.test(middle.folded) || !isCommonNounWord(middle)) return false;
  if (!last.folded.startsWith('ال') || last.folded.endsWith('ي') || !isCommonNounWord(last)) return false;
  const before = tokens[start - 1];
  return before?.isWord === true && !hasTrait(before, PERSON_TITLE) && !isHonorificWord(before) && !isOfficeWord(before) && !isNationalityWord(before) && !opensWhatWasSaid(tokens, start + 2);
}

