/**
 * Verbs and governing nouns run onto a name at a span's edge ("تهين فلان", "فلانة تموت", "ملاحقة
 * فلان"): morphology no name word has, checked against the name lists and the news share of persons
 * so that a name of the same outline ("نبيل", "تميم", "مباركة") is left alone.
 */
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { isTradeNoun } from './trade-nouns.js';
import { hasTrait, NATIONALITY } from './word-traits.js';
import { foldedLeadingNameParts } from './lexicon.js';
import { isOftenANameInNews, personShareBucket } from './tagger.js';
import { isDerivedImperfect, isEventNounBeforeName, isFutureVerb, isImperfectVerb } from './imperfect-verbs.js';
import { isDerivedMasdarBeforeName } from './common-word-shapes.js';
import { nameKey } from './name-key.js';
import { LINEAGE_LINKS_AFTER_NAME } from './name-parts.js';
import { foldedWords } from './located.js';
import { isHonorificAt } from './honorific-titles.js';
import { isOfficeWord } from './office-words.js';
import { tokenReadAs, type Token } from './tokenize.js';
import type { Located } from './extract-types.js';

/**
 * "تهين", "يلوم", "تموت", "نعود": the imperfect of a hollow root ("ي", "ت" or "ن", a consonant, the
 * long vowel "و" or "ي", a consonant), folded. Names of this outline are listed or often a person
 * in the news ("نبيل", "نعيم"); "تميم" is neither, and is spared before a lineage link below.
 */
const HOLLOW_IMPERFECT = /^[يتن][^اويى][وي][^اويىه]$/;

/** "يعزو", "يدعو", "تشكو": the imperfect of a root whose last letter is "و" (a consonant, two more, "و"), folded. */
const DEFECTIVE_IMPERFECT = /^[يتن][^اويى]{2}و$/;

/**
 * "امتعض", "انتقد", "اعتبر": the past of the seventh form ("ان" and three consonants) or of the
 * eighth (a consonant and its infixed "ت", or "ط" after an emphatic, then two consonants), folded;
 * news also writes its alef "إ" ("إمتعض"), which folding unifies.
 */
const DERIVED_PAST = /^ا(?:ن[^اوي]{3}|[^اوين][تط][^اوي]{2}|[صضطظ]ط[^اوي]{2})$/;

/**
 * "ملاحقة", "محاكمة", "مطالبة": the verbal noun of the third form ("مفاعلة"), folded, its "ة"
 * folded to "ه"; a conjunction or preposition allowed. It governs the person after it.
 */
const THIRD_FORM_MASDAR = /^[وفبل]?م[^اوي]ا[^اوي]{2}ه$/;

/**
 * "إطلاق سراح فلان", "أطلق سراحه": "سراح" (release) stands only in the construct after "إطلاق"
 * and before whom it frees; no name opens with it. A closed class, folded.
 */
const CONSTRUCT_ONLY_NOUNS = new Set(['سراح']);


/** Whether a word is no name word: no list knows it, the news seldom takes it for a person. */
function isUnnamedWord(folded: string): boolean {
  return !isListedNameWord(folded) && !foldedLeadingNameParts.has(folded) && !isOftenANameInNews(folded) && personShareBucket(folded) <= 1;
}

/**
 * "ملاحقة فلان الفلاني", "إطلاق سراح فلان": a noun that governs the person after it (a third-form
 * verbal noun written with "ة", "سراح"), opening a person span; no name opens with it. ("مباركة" is
 * a given name the news often takes for a person, and so spared.)
 */
export function isGoverningNounBeforeName(token: Token): boolean {
  if (!token.isWord) return false;
  const bare = token.folded.replace(/^[وفبل](?=.{4})/, '');
  if (CONSTRUCT_ONLY_NOUNS.has(bare)) return true;
  return THIRD_FORM_MASDAR.test(token.folded) && /ة[\u064b-\u0652]*$/.test(token.text) && isUnnamedWord(token.folded) && isUnnamedWord(bare) && personShareBucket(bare) <= 0;
}

/** Whether a token reads as a verb by its shape or the news (imperfect, future, past of a derived form). */
function isVerbShaped(token: Token): boolean {
  const word = token.folded;
  // ("ياوي": a plain alef after "ي" spells a foreign given name; the verb writes its hamza.)
  if (/^يا/.test(token.text)) return false;
  if (HOLLOW_IMPERFECT.test(word) || DEFECTIVE_IMPERFECT.test(word) || DERIVED_PAST.test(word)) return true;
  // ("تلتفت", "نستغرب": the derived imperfect in another person than "he".)
  if (/^[تن]/.test(word) && isDerivedImperfect(`ي${word.slice(1)}`)) return true;
  // (Not the "ل" of purpose: "ليندي", "ليتشي" are foreign given names of its outline.)
  return isImperfectVerb(token) || isFutureVerb(token);
}

/**
 * "شكره", "وصفه": the past of a sound three-letter root with the object pronoun "ه", written with
 * "ه" (a name's "ة" folds alike: "طلحة"), no name word.
 */
function isPastWithObjectPronoun(token: Token): boolean {
  return token.isWord && /^[^اويى]{3}ه$/.test(token.folded) && token.text.endsWith('ه') && isUnnamedWord(token.folded);
}

/**
 * "أطلع", "أكد", "أعلن": the past of the fourth form ("أفعل"), written with its hamza, that no name list
 * knows and the news seldom takes for a person ("أحمد", "أكرم", "أنور" are names of the outline).
 */
function isFourthFormPast(token: Token): boolean {
  return token.isWord && /^أ[^اوي]{3}$/.test(token.text) && isUnnamedWord(token.folded) && personShareBucket(token.folded) <= 0;
}

/** Whether a word beside a name the article gives is a verb or governing noun, no name word. */
function isVerbOrGoverningNoun(token: Token): boolean {
  if (!token.isWord || !isUnnamedWord(token.folded)) return false;
  // ("وفي مستهل الاجتماع، أمهل الطهطاوي رؤساء المراكز": also the past of the fourth form.)
  return isVerbShaped(token) || isGoverningNounBeforeName(token) || isEventNounBeforeName(token) || isDerivedMasdarBeforeName(token) || isFourthFormPast(token);
}

/**
 * "بريطانيا تهين فلان" beside "فلان", "لن يتركوا فلانة تموت" beside "فلانة", "امتعض فلان الفلاني"
 * beside "فلان الفلاني": a verb (or a noun governing a person) at the edge of a span, where the rest
 * of the span is a name the article gives on its own, is the sentence's, not the name's. The rest
 * must be another span's whole name, or (after the word) the family name ending another one.
 */
export function trimVerbsBesideArticleNames(people: Located[]): void {
  const keys = people.map((located) => nameKey(foldedWords(located)));
  const names = new Set(keys.map((key) => key.join(' ')));
  // ("تهين فلان" beside "علان فلان": after the verb, the family name of a fuller name counts too; not
  // what follows a lineage link, "سدرين" of "فلانة بن سدرين", a father's name.)
  // (Each with the fuller name it ends: the span's own name is no evidence.)
  // (All the fuller names a part ends: "أمهل الطهطاوي" ends with the family name of "إسماعيل الطهطاوي" too.)
  const fullerNames = new Map<string, Set<string>>();
  for (const key of keys) {
    for (let k = 1; k < key.length; k++) {
      if (LINEAGE_LINKS_AFTER_NAME.has(key[k - 1])) continue;
      const part = key.slice(k).join(' ');
      const fuller = fullerNames.get(part) ?? new Set<string>();
      fuller.add(key.join(' '));
      fullerNames.set(part, fuller);
    }
  }
  const endsOtherName = (part: string, own: string): boolean => {
    const fuller = fullerNames.get(part);
    return fuller !== undefined && (fuller.size > 1 || !fuller.has(own));
  };
  for (const located of people) {
    const { block, span } = located;
    if (span.end - span.start < 2) continue;
    const words = foldedWords(located);
    const first = block.tokens[span.start];
    const rest = nameKey(words.slice(1)).join(' ');
    // ("تميم بن حمد": before a lineage link stands the man's own given name, unless the article
    // writes what follows as a name of its own: "يلوم بن سدرين" beside "بن سدرين".)
    const beforeLink = LINEAGE_LINKS_AFTER_NAME.has(words[1]);
    // ("ويعزو الجبوري النقص" beside "نبيل عبد الرزاق الجبوري": the verb behind the "و" a span sets apart.)
    const behindWaw = first.folded.startsWith('و') && first.folded.length > 4 ? tokenReadAs(first, first.folded.slice(1), first.text.slice(1)) : undefined;
    // (Only the defective outline or the future there: "ويبور روس" is Wilbur, no "و" + "يبور".)
    const verb = span.skip === 0 && isVerbOrGoverningNoun(first) ? first : span.skip <= 1 && behindWaw !== undefined && (DEFECTIVE_IMPERFECT.test(behindWaw.folded) || isFutureVerb(behindWaw)) && isUnnamedWord(first.folded) ? behindWaw : undefined;
    if (verb !== undefined && !isGivenNameAfterTradeNoun(block.tokens, span.start) && !isAfterCourtesyTitle(block.tokens, span.start) && (names.has(rest) || (!beforeLink && endsOtherName(rest, nameKey(words).join(' '))))) {
      span.start++;
      continue;
    }
    const last = block.tokens[span.end - 1];
    const before = nameKey(words.slice(0, -1)).join(' ');
    if (isVerbOrGoverningNoun(last) && names.has(before)) span.end--;
    // ("الرئيس عون شكره" beside "ميشل عون", "الوزير خطاب أطلع نظيره" beside "أنس خطاب": the past with
    // its object pronoun, or of the fourth form ("أفعل"), after the family name ending another name
    // of the article.)
    else if ((isPastWithObjectPronoun(last) || isFourthFormPast(last)) && endsOtherName(before, nameKey(words).join(' '))) span.end--;
  }
}

/**
 * "مع اللاعب يسري حمزة", "اللاعبة اليابانية يوكي نايتو": a definite trade noun (and a nationality)
 * names its holder right after it; a word there that only spells a verb, no common word of the news
 * ("النجم يستضيف" is a club and its verb), is his given name.
 */
export function isGivenNameAfterTradeNoun(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (before === undefined || !before.isWord || isCommonWord(tokens[start].folded)) return false;
  const noun = hasTrait(before, NATIONALITY) ? tokens[start - 2] : before;
  return noun !== undefined && noun.isWord && noun.folded.startsWith('ال') && isTradeNoun(noun.folded);
}

/**
 * "المهندس يعرب القضاة" beside "الوزير القضاة": right after a courtesy title or a rank (no office,
 * which a verb may follow as its subject) the name opens, whatever verb its first word spells.
 */
function isAfterCourtesyTitle(tokens: readonly Token[], start: number): boolean {
  return start > 0 && isHonorificAt(tokens, start - 1) && !isOfficeWord(tokens[start - 1]);
}

/** "المنسحب", "المنشق": the definite participle of the seventh form ("المن" and three consonants), folded. */
const SEVENTH_FORM_PARTICIPLE = /^المن[^اوي]{3}$/;

/**
 * "خلفا للمدرب المنسحب فلان الفلاني": a definite seventh-form participle (withdrawn, defected) before
 * a name describes the person, as an adjective of the title before it; no name opens with it. (The
 * given name "المنتصر" has the outline but the news often takes it for a person.)
 */
export function isSeventhFormParticiple(token: Token): boolean {
  return token.isWord && SEVENTH_FORM_PARTICIPLE.test(token.folded) && isUnnamedWord(token.folded) && personShareBucket(token.folded) <= 0;
}
