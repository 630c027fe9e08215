/**
 * "طالبت المواطنة أم خالد", "وقالت المعلمة نورة سعد العنزي": after a definite noun for a kind of
 * person (a citizen, a student, a patient; Gulf papers name ordinary people so), a kunya ("أم" or
 * "أبو" + a word) or a chain of bare words closed by a family nisba is that person's name, even where
 * the words are common nouns or the tagger reads a place ("أم قصر"); so after a kinship noun with its
 * pronoun ("والدتها أم عمر"). Closed classes: the person nouns and the kinship nouns.
 */
import { fold } from '../text/normalize.js';
import { KUNYA_HEADS } from './name-parts.js';
import { YOUNG_PERSON_NOUNS } from './person-nouns.js';
import type { Token } from './tokenize.js';
import type { NameSpan } from './titled-names.js';
import { rememberedYesNoPerWord, type WordHolder } from './word-memo.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';

const PERSON_NOUNS = new Set([
  ...[
    'المواطن', 'المواطنة', 'المقيم', 'المقيمة', 'المعلم', 'المعلمة', 'المريض', 'المريضة', 'الطبيب', 'الطبيبة', 'الممرض', 'الممرضة',
    'الموظف', 'الموظفة', 'المسن', 'المسنة', 'المتقاعد', 'المتقاعدة', 'الزميل', 'الزميلة', 'المتهم', 'المتهمة', 'المدعي', 'المدعية',
    // Athletes, artists and writers a ruler or minister honours ("كرّم الملك العداءة فلانة").
    'العداء', 'العداءة', 'اللاعب', 'اللاعبة', 'البطل', 'البطلة', 'الفنان', 'الفنانة', 'الشاعر', 'الشاعرة', 'الروائي', 'الروائية',
    'المطرب', 'المطربة', 'الطالب', 'الطالبة', 'الفارس', 'الفارسة',
  ].map(fold),
  ...YOUNG_PERSON_NOUNS.map((noun) => `ال${noun}`),
]);

/** The last letters of the person nouns and of the kinship nouns with a pronoun (folded "ة" is "ه"). */
const PERSON_NOUN_ENDINGS = new Set([...[...PERSON_NOUNS].map((noun) => noun[noun.length - 1]), 'ه', 'ي', 'ا']);

/** "والدتها", "زوجته", "ابنه": parents, spouses, children, siblings, grandparents with a pronoun name a person too (folded). */
const CLOSE_KIN_WITH_PRONOUN = /^(?:والد|والدت|زوج|زوجت|ابن|ابنت|شقيق|شقيقت|جد|جدت)(?:ه|ها|هم|هما|ي|نا)$/;

/** (Asked of the words isPersonNoun lets through: answered once per distinct word.) */
const isPersonNounWord = rememberedYesNoPerWord((folded) =>
  // ("والمواطنة", "ووالدتها": the conjunction of a list; "والدتها" itself opens with "و".)
  [folded, folded.replace(/^[وف]/, '')].some((word) => PERSON_NOUNS.has(word) || CLOSE_KIN_WITH_PRONOUN.test(word)),
);

/** A person noun by its folded word alone. (The last letter tells most words apart before the remembered answer is looked up.) */
function isPersonNounFolded(word: WordHolder): boolean {
  return PERSON_NOUN_ENDINGS.has(word.folded[word.folded.length - 1]) && isPersonNounWord(word);
}

/** The trigger of personNounNameSpans, which looks at every token of a block. */
const PERSON_NOUN_WORD = triggerWord(isPersonNounFolded);

export function isPersonNoun(token: Token): boolean {
  return token.isWord && isPersonNounFolded(token);
}

/** "أبو" (folded), opening a family name ("أبو الرب", "أبو شنب"). */
const ABU = 'ابو';

/** Whether a token is a bare word that may be a name's: no article, no "و", long enough. */
function isBare(token: Token | undefined): boolean {
  return token?.isWord === true && token.folded.length >= 3 && !/^(?:ال|لل|و)/.test(token.folded);
}

/** A family nisba that may close a name ("العنزي"). */
function isFamilyNisba(token: Token | undefined, looksLikeName: (token: Token) => boolean): boolean {
  return token?.isWord === true && /^ال..+ي$/.test(token.folded) && looksLikeName(token);
}

/**
 * Names after a person noun: a kunya (with a family nisba after it, if one follows), or two to four
 * bare words closed by a family nisba (`chainEnd` gives that chain's end, titled-names.ts).
 */
export function personNounNameSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean, chainEnd: (tokens: readonly Token[], start: number) => number): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, PERSON_NOUN_WORD, 0); i >= 0 && i + 2 < tokens.length; i = nextTriggered(triggers, PERSON_NOUN_WORD, i + 1)) {
    if (!isPersonNoun(tokens[i])) continue;
    const start = i + 1;
    if (KUNYA_HEADS.has(tokens[start].folded) && isBare(tokens[start + 1])) {
      const end = isFamilyNisba(tokens[start + 2], looksLikeName) ? start + 3 : start + 2;
      spans.push({ start, end });
      i = end - 1;
      continue;
    }
    // ("وقال المواطن جميل أبو الرب": a bare word, the given name even where it is a common one, then a
    // family name on "أبو" and its word.)
    // (The block may end on "أبو": nothing after it then.)
    const familyWord = tokens[start + 2];
    if (isBare(tokens[start]) && tokens[start + 1].folded === ABU && familyWord?.isWord === true && familyWord.folded.length >= 3 && !familyWord.folded.startsWith('و')) {
      spans.push({ start, end: start + 3 });
      i = start + 2;
      continue;
    }
    const end = chainEnd(tokens, start);
    if (end > start) {
      spans.push({ start, end });
      i = end - 1;
    }
  }
  return spans;
}
