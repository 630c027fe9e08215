/**
 * "الغنوشي : مستعد للقاء ...", "وأضاف الشاهد أن ...", "تكليف الشاهد بتشكيل الحكومة": news names a
 * well-known officeholder by his family name alone, with its article, and no office. Such a word
 * that ends exactly one listed officeholder's name (known-officials.ts, both lists) is that person
 * where the sentence has a place only a person fills: a headline's "X :" or "X يقرر ...", the
 * subject right after a verb of saying, the genitive of "حكومة" or of "تكليف/لقاء/استقبال", a verb
 * of meeting's subject or object. Elsewhere the word keeps its ordinary reading ("الشاهد", the
 * witness: "استمعت المحكمة إلى الشاهد"); so does a word the news seldom takes for a person, a
 * common noun in a court story, a name after another given name or a feminine verb (a woman of that
 * family), and one an article also gives another bearer of (further-offices.ts counts the bearers).
 */
import { readingInList } from './clitics.js';
import { isGovernmentHeadMention } from './government-heads.js';
import { ADJECTIVE_SHAPE } from './known-family-names.js';
import { isKnownOfficial, isKnownOfficialFamilyName } from './known-officials.js';
import { isMeetingVerb } from './meeting-verbs.js';
import { nameKey } from './name-key.js';
import { KUNYA_HEADS, LINEAGE_CHAIN_LINKS } from './name-parts.js';
import { isSaidSubjectAt } from './sayer-names.js';
import { isGivenName } from './given-names.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import { personShareBucket } from './tagger.js';
import { hasTrait, NATIONALITY, OFFICE_WORD, PERSON_TITLE } from './word-traits.js';
import { isCommonWord, isPlaceNameWord, isPlaceWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';

/**
 * Whether a folded word is the article and a listed officeholder's family name ("الغنوشي"): the
 * word keyed ("غنوشي") ends exactly one listed name and is in no other (isKnownOfficialFamilyName).
 */
export function isDefiniteOfficialFamilyName(word: string): boolean {
  if (!word.startsWith('ال')) return false;
  const key = nameKey([word]);
  return key.length === 1 && key[0] !== word && isKnownOfficialFamilyName(key[0]);
}

const DEFINITE_OFFICIAL_FAMILY_NAME = triggerWord((word) => isDefiniteOfficialFamilyName(word.folded));

/**
 * Nouns of an act done to or by a person, whose genitive is the person ("تكليف الشاهد بتشكيل الحكومة",
 * "لقاء الغنوشي بالرئيس", "استقبال العذاري لوفد", "زيارات السبسي للخارج"), folded, a proclitic allowed ("بعد لقائه" has a
 * pronoun, not a name). A closed class.
 */
const readsAsActOnPerson = readingInList(new Set(['تكليف', 'لقاء', 'استقبال', 'برياسه', 'زياره', 'زيارات']));

/** Words that join a name's parts ("بن", "أبو"), folded: a family name after one is another person's. */
const NAME_LINKS = new Set([...LINEAGE_CHAIN_LINKS, ...KUNYA_HEADS, 'عبد', 'زين']);

/**
 * Words of a court hearing ("المحكمة", "القاضي", "شهادته"), folded, a proclitic allowed: where one
 * stands in the paragraph, "الشاهد" is the witness ("وأكد الشاهد أمام المحكمة أنه ...").
 */
const COURT_WORD = triggerWord(readingInList(new Set(['المحكمه', 'محكمه', 'القاضي', 'قاضي', 'الشهود', 'شاهدا', 'شهادته', 'شهادتها', 'المتهم', 'المتهمه', 'المتهمين', 'الادعاء'])));

/**
 * Whether the family name here is rather an ordinary word: one the news seldom takes for a person,
 * with or without the article ("الطبيب", the doctor; "الخطيب", the preacher; "السابع", the seventh),
 * or a title; there only the genitive of "حكومة" names its bearer. A common noun the news takes
 * for a person as often as not ("الشاهد", the witness) is read as the officeholder in a person's
 * slot, unless the paragraph speaks of a court.
 */
function isOrdinaryWordHere(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  // (Each form's share of the news's person tags, name-evidence.ts: 0 and 1 are under 30%; -1 unseen.)
  if ([word, word.slice(2)].some((form) => personShareBucket(form) === 0 || personShareBucket(form) === 1)) return true;
  if (hasTrait(tokens[i], PERSON_TITLE | OFFICE_WORD)) return true;
  if (!isCommonWord(word) && !isCommonWord(word.slice(2))) return false;
  return triggersIn(tokens).some((bits) => (bits & COURT_WORD) !== 0);
}

/**
 * "رينيه الطرابلسي يعلق": a word before the family name without the article, that the news has
 * not seen or takes for a person at times, and that names no place, may be another bearer's given
 * name. (The news almost never takes "بجروحه" or "حكومة" for a person; "منوبة" is a town.)
 */
function isPossibleGivenName(token: Token): boolean {
  return !token.folded.startsWith('ال') && (isGivenName(token.folded) || (personShareBucket(token.folded) !== 0 && !isPlaceWord(token.folded)));
}

/**
 * Whether the name from `start` to `end` (a definite family name, or a listed whole name ending in
 * one) stands in a person's slot (see the module comment). `isNameWord` tells the article's name
 * words: a given name before it makes it another bearer's.
 */
export function isOfficialSurnameSlotAt(tokens: readonly Token[], start: number, end: number, isNameWord: (token: Token) => boolean = () => false): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  // ("محمد الغنوشي", "أبو القاسم": a name word or link before it; "الغنوشي بن ...": a name goes on.)
  if (after?.isWord === true && (NAME_LINKS.has(after.folded) || isNameWord(after) || isGivenName(after.folded))) return false;
  if (before?.isWord === true && (NAME_LINKS.has(before.folded) || (isNameWord(before) && !isCommonWord(before.folded)))) return false;
  // "حكومة الشاهد", "حكومة الصيد": the genitive of "حكومة" is its head, whatever else the word means.
  if (isGovernmentHeadMention(tokens, start)) return true;
  if (isOrdinaryWordHere(tokens, end - 1)) return false;
  // ("وأعلن الحداد الرسمي": a definite adjective of a nisba's shape that the news never takes for a
  // person, no nationality, agrees with a common noun, "the official mourning"; a family name takes none.)
  if (after?.isWord === true && /^ال.{2,}ي$/.test(after.folded) && personShareBucket(after.folded) === 0 && !hasTrait(after, NATIONALITY)) return false;
  // "وأضاف الشاهد أن ...": the subject of a verb of saying ("بين" is also "between": "بين الدهماني وتونس").
  if (isSaidSubjectAt(tokens, start, () => false)) {
    // ("وأوضحت الهمامي أن": after a feminine verb, a woman of that family, not the listed man.)
    if (/ت$/.test(before.folded)) return false;
    if (!/^و?بين$/.test(before.folded)) return true;
  }
  // "تكليف الشاهد", "استقبل الغنوشي": the genitive of an act on a person, or a verb of meeting's subject or object.
  if (before?.isWord === true && (readsAsActOnPerson(before) || isMeetingVerb(before))) return true;
  if (before?.isWord === true && isPossibleGivenName(before)) return false;
  // "وكان الشاهد الذي التقى ميركل": the subject of a verb of meeting in a relative clause.
  if (after?.folded === 'الذي' && isMeetingVerb(tokens[end + 1])) return true;
  // ("وقال إن الوطن الحبيب الغالي يستحق": after a definite word, one of an adjective's shape agrees
  // with it; not with a place's proper name, "في الجزائر | الشاهد :", where one headline ran into the next.)
  if (before?.isWord === true && before.folded.startsWith('ال') && !isPlaceNameWord(before) && ADJECTIVE_SHAPE.test(nameKey([tokens[end - 1].folded])[0])) return false;
  // "الغنوشي : مستعد ...", "الشاهد يقرر ...": a headline's speaker before the colon, or its subject before an imperfect verb.
  return after?.text === ':' || (after !== undefined && isImperfectVerb(after));
}

/**
 * One-word spans (two with a listed given name before it: "حمة الهمامي :") of definite official
 * family names in a person's slot, where the tagger saw nothing. Their bounds are given, so tidying
 * leaves a word that is also a common noun ("الشاهد").
 */
export function officialSurnameSlotSpans(tokens: readonly Token[], isNameWord: (token: Token) => boolean): Array<{ start: number; end: number; bracketed: true }> {
  const spans: Array<{ start: number; end: number; bracketed: true }> = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, DEFINITE_OFFICIAL_FAMILY_NAME, 0); i >= 0; i = nextTriggered(triggers, DEFINITE_OFFICIAL_FAMILY_NAME, i + 1)) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const before = tokens[i - 1];
    // ("حمة الهمامي :": the word before makes with it a listed official's whole name.)
    if (before?.isWord === true && isKnownOfficial([before.folded, token.folded])) {
      if (isOfficialSurnameSlotAt(tokens, i - 1, i + 1, isNameWord)) spans.push({ start: i - 1, end: i + 1, bracketed: true });
      continue;
    }
    if (isOpeningHeadlineName(tokens, i)) spans.push({ start: i - 1, end: i + 1, bracketed: true });
    else if (isOfficialSurnameSlotAt(tokens, i, i + 1, isNameWord)) spans.push({ start: i, end: i + 1, bracketed: true });
  }
  return spans;
}

/**
 * "مية الجريبي : ...": a headline that opens with a word and the family name before its colon
 * names its speaker in full; the word is a given name (another bearer's, unless the whole name is
 * listed), not a head the family name completes ("حكومة الشاهد :", "تكليف الشاهد :").
 */
function isOpeningHeadlineName(tokens: readonly Token[], i: number): boolean {
  const given = tokens[0];
  return i === 1 && given.isWord && !given.folded.startsWith('ال') && tokens[2]?.text === ':' && !isGovernmentHeadMention(tokens, 1) && !readsAsActOnPerson(given) && !isMeetingVerb(given) && !isSaidSubjectAt(tokens, 1, () => false);
}

/**
 * Whether a one-word person (its folded name `word`) is a listed official named by his definite
 * family name in a person's slot at one of its mentions at least.
 */
export function isOfficialBySurnameSlot(word: string, mentions: ReadonlyArray<{ tokens: readonly Token[]; start: number; end: number }>): boolean {
  // ("*مختار الحاجي رئيسا ... وكان الحاجي يشغل": a mention after a word that may be a given name is another bearer's.)
  if (!isDefiniteOfficialFamilyName(word)) return false;
  const inSlot = mentions.map(({ tokens, start, end }) => isOfficialSurnameSlotAt(tokens, start, end));
  return inSlot.some(Boolean) && !mentions.some(({ tokens, start }, k) => !inSlot[k] && tokens[start - 1]?.isWord === true && isPossibleGivenName(tokens[start - 1]));
}
