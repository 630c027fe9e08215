/**
 * "رئيسة القسم بالمستشفى الجامعي فلان الفلاني بصفاقس، الأستاذة فلانة علان", "مدير المدرسة
 * الابتدائية فلان الفلاني بسوسة علان الفلاني": a hospital, school or street named after someone
 * ("مستشفى", "المدرسة الابتدائية": the head in the construct state, or definite with its adjectives)
 * carries that man's name, and the town it stands in follows the name ("ب" + a town). The town closes
 * the place's name: the name before it is the namesake's, inside the office phrase, and the holder
 * is named after the town (or after a comma, behind an honorific). Without a town or a comma and
 * an honorific after the name ("مدير المعهد فلان الفلاني إن"), the name may be the holder's own and
 * is left to the rest of the grammar.
 */
import { procliticReadings } from './clitics.js';
import { isOrdinalWord } from './counted-ordinals.js';
import { gazetteer } from './gazetteer.js';
import { isHonorificAt, nameStartAfter } from './honorific-titles.js';
import { foldedNamedAfterHeads } from './lexicon.js';
import { isCommonWord } from './ordinary-words.js';
import { isAccusativeOffice, isDefinite, isGivenNameWord, isNamedAfterHead, isOfficeStem, isOfficeWord, isOrganizationHead, isPlaceStem, isVerbLike, stems } from './office-words.js';
import type { IsNameToken } from './role-types.js';
import { isRareWord, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';
import { isDescribedInstitutionHead } from './named-thing-heads.js';

/** Asks of no position whether it is a name: a place's namesake read from the words alone. */
const noNames: IsNameToken = () => false;

/** Most words of a namesake's name ("فلان بن فلان الفلاني" aside): a given name and one or two more. */
const MAX_NAMESAKE_WORDS = 3;

/** Most definite adjectives between a definite head and the namesake ("المستشفى الجامعي", "المعهد الثانوي النموذجي"). */
const MAX_HEAD_ADJECTIVES = 2;

/** A definite head of a place named after someone ("المستشفى", "بالمدرسة"), read without its clitics. */
function isDefiniteNamedAfterHead(token: Token): boolean {
  // ("للمركز": "ل" on the article drops its alef, a spelling the clitic readings leave whole.)
  if (/^لل/.test(token.folded) && foldedNamedAfterHeads.has(token.folded.slice(2))) return true;
  return stems(token).some((stem) => stem.startsWith('ال') && foldedNamedAfterHeads.has(stem.slice(2)));
}

/**
 * A definite head or adjective of it ("بالمستشفى", "الجامعي", "الابتدائية"): no office, no given name.
 * (Undefined before a block's first word: a mention's head may open its block, "الملعب القابسي".)
 */
function isHeadAdjective(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && isDefinite(token) && stems(token).length <= 2 && !isOfficeWord(token) && !isGivenNameWord(token);
}

/**
 * Whether the word before `i` closes the head of a place named after someone: a head in the
 * construct state ("بمستشفى"), or a definite one and its definite adjectives ("بالمستشفى الجامعي"),
 * all after the office at `head`.
 */
function followsNamedAfterHead(tokens: readonly Token[], head: number, i: number): boolean {
  const before = tokens[i - 1];
  if (i - 1 <= head || !before?.isWord) return false;
  if (!isDefinite(before) && isNamedAfterHead(before)) return true;
  return definiteNamedAfterHeadBefore(tokens, head, i) >= 0;
}

/**
 * Where a definite head of a place named after someone stands when it and its definite adjectives
 * are the words right before `i` (after `from`): "بالمستشفى الجامعي", "المركب الرياضي". -1 when
 * they are not.
 */
export function definiteNamedAfterHeadBefore(tokens: readonly Token[], from: number, i: number): number {
  // ("المدرسة الابتدائية": an adjective may be such a head itself; the first one is the head.)
  for (let k = i - 1; k > from && i - 1 - k <= MAX_HEAD_ADJECTIVES && isHeadAdjective(tokens[k]); k--) {
    if (isDefiniteNamedAfterHead(tokens[k]) && !(isHeadAdjective(tokens[k - 1]) && isDefiniteNamedAfterHead(tokens[k - 1]))) return k;
  }
  return -1;
}

/** A word of a name: one the article tags as a name, a given name, or a bare word rare in running text. */
function isNameWord(tokens: readonly Token[], k: number, isName: IsNameToken): boolean {
  const token = tokens[k];
  if (!token?.isWord || isOfficeWord(token) || isVerbLike(token)) return false;
  if (isName(k) || isGivenNameWord(token)) return true;
  // ("فرحات": a first letter that reads as a clitic is the name's own when no common word is left.)
  const word = token.folded;
  const ownLetters = stems(token).slice(1).every((stem) => isRareWord(stem) && !isCommonWord(stem));
  return ownLetters && (gazetteer().familyNames.has(word) || personShareBucket(word) >= 1 || (isRareWord(word) && !isCommonWord(word)));
}

/** "بصفاقس", "بسوسة": "ب" + a town the lists know, written on it (it cannot be a name word). */
function isTownAfterBa(token: Token | undefined): boolean {
  return token?.isWord === true && token.folded.startsWith('ب') && procliticReadings(token).some(({ removed, stem }) => removed === 1 && isPlaceStem(stem));
}

/**
 * "بالمهدية", "بقابس": after the namesake's name and right before the holder's, "ب" + one word is the
 * town the place stands in (news names where he spoke elsewhere, never between his office and his
 * name): a town the lists know, or one with the article, which no name word has; no office, body or verb.
 */
function isSeatAfterName(token: Token | undefined): boolean {
  if (token?.isWord !== true || !token.folded.startsWith('ب') || isOfficeWord(token) || isOrganizationHead(token) || isVerbLike(token)) return false;
  return procliticReadings(token).some(({ removed, stem }) => removed === 1 && (isPlaceStem(stem) || (stem.startsWith('ال') && stem.length > 4 && !isOfficeStem(stem))));
}

/** An honorific at `i` with no conjunction on it ("الأستاذة"; "والمشير" opens the next item of a list). */
function opensHonorificAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.isWord === true && !tokens[i].folded.startsWith('و') && isHonorificAt(tokens, i);
}

/** Whether a holder is named at `t`: a name (after honorifics), or a comma and an honorific or a name ("، الأستاذة فلانة"). */
function namesHolderAt(tokens: readonly Token[], t: number, isName: IsNameToken): boolean {
  const token = tokens[t];
  if (token === undefined) return false;
  // ("بسوسة، فلانة علان، إن": a name set off by commas after the town is the holder's too.)
  const next = tokens[t + 1];
  if (token.text === '،' || token.text === ',') return opensHonorificAt(tokens, t + 1) || (next?.isWord === true && !next.folded.startsWith('و') && (isName(t + 1) || isGivenNameWord(next)));
  if (!token.isWord || isVerbLike(token)) return false;
  return isName(t) || isGivenNameWord(token) || nameStartAfter(tokens, t, isName) >= 0;
}

/**
 * The end of the namesake's name and its town inside the office phrase at `head`, when a place named
 * after someone ends at `i` and a holder follows the town (see the module comment); `i` otherwise.
 * Without a town, a comma and an honorific right after the name close it too, after a head in the
 * construct state ("بمستشفى فلان الفلاني، الدكتورة فلانة").
 */
export function namesakeTownEnd(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): number {
  if (!followsNamedAfterHead(tokens, head, i)) return i;
  // ("مديرة المستشفى الجامعي ابن سينا بالرباط،": "ابن" + one word, a classical scholar's name, is the
  // place's namesake whatever follows, and so is its town: no holder is named so.)
  if (tokens[i].folded === 'ابن' && tokens[i + 1]?.isWord === true && !isVerbLike(tokens[i + 1])) return withTownAfter(tokens, i + 2);
  if (!isNameWord(tokens, i, isName)) return i;
  // ("مدير المركز الاستشفائي الجهوي الحسن الثاني بأكادير محمد فلان", "مستشفى محمد الخامس": a name
  // closed by a ruler's ordinal is a king's, the place's namesake, whatever follows; so is its town.)
  const regnal = regnalNameEnd(tokens, i, isName);
  if (regnal > i) return withTownAfter(tokens, regnal);
  let end = i;
  while (end < tokens.length && end - i < MAX_NAMESAKE_WORDS && !isTownAfterBa(tokens[end]) && isNameWord(tokens, end, isName)) end++;
  if (end - i < 2) return i;
  if (isSeatAfterName(tokens[end]) && namesHolderAt(tokens, end + 1, isName)) return end + 1;
  // ("رئيس مركز حمد البدر لجراحة القلب الدكتور فلان": the place's field, "ل" + a noun and its
  // definite genitive or "لل" + a noun, then the holder's honorific.)
  const field = /^لل.{3,}/.test(tokens[end]?.folded ?? '') ? end + 1 : /^ل[^ل].{2,}/.test(tokens[end]?.folded ?? '') && tokens[end + 1]?.isWord === true && isDefinite(tokens[end + 1]) ? end + 2 : -1;
  if (field > 0 && opensHonorificAt(tokens, field)) return field;
  // ("تعيين فلان مديرا للمركز الاستشفائي الجامعي ابن رشد بالدار البيضاء": an office in the accusative
  // has its holder before it, named by the appointment, so the name after the place's head is the
  // place's, whatever follows: its town, a mark or the end.)
  if (isAccusativeOffice(tokens[head]) && (isTownAfterBa(tokens[end]) || isSeatAfterName(tokens[end]) || tokens[end]?.isWord !== true)) return end;
  // (Only after a head in the construct state: "رئيس المجلس الرئاسي فلان، والمشير علان" names two men;
  // or after a hospital's, a school's or a centre's head and its nisbas, "المدير العام للمركز
  // الاستشفائي الجامعي فرانتز فانون، الدكتور فلان", which a council's is not.)
  const comma = tokens[end];
  const namedHead = definiteNamedAfterHeadBefore(tokens, head, i);
  const institution = namedHead >= 0 && isDescribedInstitutionHead(tokens[namedHead]);
  if ((comma?.text === '،' || comma?.text === ',') && (!isDefinite(tokens[i - 1]) || institution) && opensHonorificAt(tokens, end + 1)) return end;
  return i;
}

/**
 * The end of a king's name right after the head of a place named after him ("مستشفى | الحسن الثاني",
 * "بالمركز الاستشفائي | محمد الخامس"), with the town after it ("بأكادير"), or `i`: the place's own
 * name, however the tagger runs it on into the holder's.
 */
export function regnalNamesakeEnd(tokens: readonly Token[], i: number): number {
  if (!followsNamedAfterHead(tokens, -1, i) || !isNameWord(tokens, i, noNames)) return i;
  const regnal = regnalNameEnd(tokens, i, noNames);
  return regnal === i ? i : withTownAfter(tokens, regnal);
}

/** `end`, or past the town right after it ("بأكادير"), where a place named after a king stands. */
function withTownAfter(tokens: readonly Token[], end: number): number {
  return isTownAfterBa(tokens[end]) || isSeatAfterName(tokens[end]) ? end + 1 : end;
}

/** The end of a ruler's name from `i`, one or two name words ("الحسن", "عبد الله") and his ordinal ("الثاني"), or `i`. */
function regnalNameEnd(tokens: readonly Token[], i: number, isName: IsNameToken): number {
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    if (tokens[k].isWord && isOrdinalWord(tokens[k].folded)) return k + 1;
    if (!isNameWord(tokens, k, isName) && tokens[k].folded !== 'الله') return i;
  }
  return i;
}

/**
 * "مدير مستشفى فلان علان بسوسة يفي بوعده" beside "وكان مدير المستشفى الجامعي فلان علان بسوسة قد":
 * a name the article writes only after the head of a place named after someone, twice or more, is the place's
 * namesake, no one in the news, when one of those heads is in the construct state (which takes
 * no holder's name, only the place's). A name written once after a definite head alone may be the
 * holder's ("مدير المعهد فلان علان") and is kept.
 */
export function isOnlyNamesake(mentions: readonly { tokens: readonly Token[]; start: number }[]): boolean {
  // (Written once, "وبطولة فلانة" may be a film's star: the place's name written again is the evidence.)
  if (mentions.length < 2) return false;
  let construct = false;
  for (const { tokens, start } of mentions) {
    const before = tokens[start - 1];
    if (before?.isWord === true && !isDefinite(before) && isNamedAfterHead(before)) construct = true;
    else if (!followsNamedAfterHead(tokens, -1, start)) return false;
  }
  return construct;
}

/** Most words of the own name of a place named after someone, before the namesake ("العلوم والتكنولوجيا"). */
const MAX_OWN_NAME_WORDS = 3;

/**
 * "مديرا لجامعة الجزائر 1 بن يوسف بن خدة،", "مديرا لجامعة العلوم والتكنولوجيا هواري بومدين بباب
 * الزوار": a university, in the construct state, first named by its own name (a town and maybe a
 * number, or definite words), then by the man it is named after. Given where the
 * own name ends (`i`: the number, or the namesake's first word), returns the end of the namesake
 * when a boundary closes it (punctuation, the end, the town behind "ب"); `i` otherwise: a name
 * followed by more words may be the holder's ("مدير جامعة العلوم هواري بومدين نور الدين ...").
 */
export function ownNamedNamesakeEnd(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): number {
  const number = /^[0-9٠-٩]{1,2}$/.test(tokens[i]?.text ?? '') ? 1 : 0;
  const start = i + number;
  // (Without a number the name may be the holder's, "رئيس جامعة زيمبابوي فلان"; not after an office
  // in the accusative, whose holder the appointment names before it, "تعيين فلان مديرا لجامعة ...".)
  if (!followsOwnNameOfNamedPlace(tokens, head, i)) return i;
  let end = start;
  while (end < tokens.length && end - start < MAX_NAMESAKE_WORDS + 1 && !isTownAfterBa(tokens[end]) && (isNameWord(tokens, end, isName) || (end > start && LINEAGE_LINKS.has(tokens[end].folded)))) end++;
  if (end - start < 2 || LINEAGE_LINKS.has(tokens[end - 1].folded)) return i;
  const after = tokens[end];
  // ("مدير مطار المنستير الحبيب بورقيبة الدولي": the place's adjective after the name closes the
  // place's name, whatever the office's case.)
  if (after?.isWord === true && INTERNATIONAL.has(after.folded)) return end + 1;
  if (number === 0 && !isAccusativeOffice(tokens[head])) return i;
  // ("بباب الزوار": the town behind "ب", whatever its name; the namesake's words are no clitic's.)
  const townBehindBa = after?.isWord === true && after.folded.startsWith('ب') && stems(after).length > 1 && !isVerbLike(after) && !isOfficeWord(after);
  return after === undefined || !after.isWord || townBehindBa || isSeatAfterName(after) ? end : i;
}

/**
 * "جامعة", "مطار", folded: a university named by its town or field, then after a man, is the
 * Maghreb's usage ("جامعة باتنة 1 الحاج لخضر"), and so is an airport ("مطار المنستير الحبيب بورقيبة
 * الدولي"); other bodies named by a town ("حركة مشروع تونس فلان") are followed by their head's
 * name, not a namesake's.
 */
const UNIVERSITY_HEADS = new Set(['جامعه', 'مطار']);

/** "الدولي" (international), folded: an airport's adjective after the man it is named after. */
const INTERNATIONAL = new Set(['الدولي', 'الدوليه']);

/** "بن", "ابن": the links of a lineage inside a namesake's name ("بن يوسف بن خدة"), folded. */
const LINEAGE_LINKS = new Set(['بن', 'ابن']);

/**
 * Whether the words from a head in the construct state ("لجامعة") up to `i` are that place's own
 * name: a town (then maybe the number at `i`), or definite words joined by "و" ("العلوم والتكنولوجيا").
 */
function followsOwnNameOfNamedPlace(tokens: readonly Token[], head: number, i: number): boolean {
  for (let k = i - 1; k > head && i - k <= MAX_OWN_NAME_WORDS; k--) {
    const token = tokens[k];
    if (!token.isWord) return false;
    if (!isDefinite(token) && stems(token).some((stem) => UNIVERSITY_HEADS.has(stem))) return k < i - 1 && tokens.slice(k + 1, i).every((word) => isPlaceStem(word.folded) || (isDefinite(word) && !isOfficeWord(word) && !isGivenNameWord(word)));
  }
  return false;
}
