/**
 * "مصطفى بايتاس، الوزير المنتدب لدى رئيس الحكومة المكلف بالعلاقات مع البرلمان، الناطق الرسمي باسم
 * الحكومة، في ...": official styles (the Maghreb's above all) stack a holder's posts in apposition,
 * each set off by a comma. A second office right after the first one's comma, with no name after it
 * to take it as its own, is a further post of the same holder, and the role is both as written.
 */
import type { IsNameToken, RoleMatch } from './role-types.js';
import type { Token } from './tokenize.js';
import { isOfficeStart } from './office-start.js';
import { officeBehindClitic } from './office-phrase-parts.js';
import { officePhraseEnd } from './office-phrase.js';
import { isAccusativeOffice, isDefinite, isNationalityWord, isPluralOffice } from './office-words.js';
import { isMasculineOfficeWithFeminine } from './office-gender.js';
import { nameStartAfter } from './honorific-titles.js';
import { COMMAS } from './role-before.js';

/** "مبعوثا", "موفدا", "ممثلا" (as an envoy, a representative), folded: the capacity of a visit. */
const ENVOY_CAPACITIES = new Set(['مبعوثا', 'موفدا', 'ممثلا', 'مندوبا']);

/**
 * The role when a further office follows the comma at `officeEnd`, the first office's head at
 * `firstHead`: both, or the second alone when it is the post a decree gives; null when none is
 * stacked there.
 */
export function stackedOffices(tokens: readonly Token[], firstHead: number, officeEnd: number, isName: IsNameToken): RoleMatch | null {
  const start = officeEnd + 1;
  const head = tokens[start];
  if (!COMMAS.has(tokens[officeEnd]?.text ?? '') || head?.isWord !== true || isName(start)) return null;
  // ("، ووزير ..." opens a list's next entry, "، ولى زيلدن" is "و" + a name; "، بمديرة ..." someone met.)
  if (/^و/.test(head.folded) ? !(head.folded === 'ولي' && tokens[start + 1]?.folded === 'العهد') : officeBehindClitic(head, /^[بلك]/)) return null;
  if (isPluralOffice(head) || !isOfficeStart(tokens, start)) return null;
  // ("الرئيس المدير العام لشركة ...، المكلفة بتهيئة ...": a feminine after a masculine office speaks
  // of the body.)
  if (/ة$/.test(head.text) && isMasculineOfficeWithFeminine(tokens[firstHead])) return null;
  const end = officePhraseEnd(tokens, start, isName);
  // (A bare office word says too little to be a post of its own: "، الرئيس".)
  if (end - start < 2) return null;
  // ("فلان، وزير الخارجية، رئيس الوزراء علان": an office before a name is that name's.)
  if (isName(end) || nameStartAfter(tokens, end, isName) >= 0) return null;
  // ("استقبل فلان، أمير منطقة مكة المكرمة، الوزير الجزائري والوفد المرافق له": a definite office said
  // only by a nationality, or one the delegation with him follows, is the guest the verb receives.)
  const byNationality = end - start === 2 && isDefinite(head) && isNationalityWord(tokens[start + 1]);
  const withDelegation = /^و?(?:ال)?وفد$/.test(tokens[end]?.folded ?? '') && /^المرافق/.test(tokens[end + 1]?.folded ?? '');
  if (byNationality || withDelegation) return null;
  // ("تعيين فلان، المستشار بدائرة المحاسبات، رئيسا أول لدائرة المحاسبات": after a post he holds, one
  // in the accusative is the post he is given, his role now.)
  // (Not the capacity of a visit: "وزير الدولة ...، مبعوثا من خادم الحرمين الشريفين" came as an envoy,
  // his post stays.)
  if (isAccusativeOffice(head) && !isAccusativeOffice(tokens[firstHead])) return ENVOY_CAPACITIES.has(head.folded) ? null : { start, end, titleOnly: false };
  return { start: firstHead, end, titleOnly: false };
}
