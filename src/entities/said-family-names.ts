/**
 * "أعلنت المديرة العامة، سهام فلانة علانية أنه ..." then "وبينت علانية، خلال الملتقى، أن ...": the
 * tagger may stop a name of two words before the third, the family name. Where the article makes
 * that very word, alone, the subject of a verb of saying (what was said, a comma or a full stop right
 * after it), it names a person; right after a person's name it is that name's last word. The mention
 * runs on over it, and the word said alone becomes a mention of the same person.
 */
import { isParticle } from './lexicon.js';
import { isHonorificWord } from './honorific-titles.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isSaidSubjectAt, opensWhatWasSaid, RESUMPTIVE_SAYING_VERB, standsBeforeSaidSubject } from './sayer-names.js';
import { nextTriggered, triggersIn } from './word-triggers.js';
import { isTitleWord } from './spans.js';
import { isOfficeWord, isPlaceOrNationality, isTimeWord } from './office-words.js';
import type { Token } from './tokenize.js';
import type { BlockTokens, Draft, NameTokens } from './extract-types.js';
import { isListedGivenName } from './given-names.js';

/**
 * Extends the mentions of persons named in two words or more over such a family name after them.
 * `names`: the tokens already some person's, which it never takes. One pass over the article finds
 * the words said alone; only the words right after a name are looked up.
 */
export function extendOverSaidFamilyNames(drafts: readonly Draft[], blocks: readonly BlockTokens[], names: NameTokens): void {
  const candidates = new Set<string>();
  for (const draft of drafts) {
    if (!isNamedInPart(draft)) continue;
    for (const { block, span } of draft.mentions) if (mayEndName(block.tokens, span.end, true) && names.get(block)?.has(span.end) !== true) candidates.add(block.tokens[span.end].folded);
  }
  if (candidates.size === 0) return;
  const saidAlone = new Map<string, Array<{ block: BlockTokens; index: number }>>();
  for (const block of blocks) {
    const taken = names.get(block);
    const { tokens } = block;
    // (Only the words after a verb of saying, honorifics between, may be said alone: they are found
    // from the verbs, through nextTriggered, not by looking at every word of the article.)
    const triggers = triggersIn(tokens);
    let last = -1;
    for (let verb = nextTriggered(triggers, RESUMPTIVE_SAYING_VERB, 0); verb >= 0; verb = nextTriggered(triggers, RESUMPTIVE_SAYING_VERB, verb + 1)) {
      // (A verb among the honorifics after another verb: its words were looked at with that verb's.)
      if (verb < last) continue;
      for (let index = verb + 1; index < tokens.length; index++) {
        const token = tokens[index];
        last = index;
        // (A word the news also writes as a common word only after a title that names no one itself:
        // "أكد المحافظ الغريب أن", not "وأكد الشيخ ضرورة" where "الشيخ" is someone's family name.)
        // ("المهندس مجيب الشعبي ... وأضاف الشعبي أن": nor a definite nisba that is no nationality; an
        // adjective stands alone as no one's subject.)
        if (token.isWord && taken?.has(index) !== true && candidates.has(token.folded) && isSaidAloneAt(tokens, index) && (mayEndName(tokens, index) || isNisbaNoNationality(token) || (isTitleWord(tokens[index - 1]) && taken?.has(index - 1) !== true))) {
          saidAlone.set(token.folded, [...(saidAlone.get(token.folded) ?? []), { block, index }]);
        }
        if (!standsBeforeSaidSubject(token, isTitleWord)) break;
      }
    }
  }
  for (const draft of drafts) {
    if (!isNamedInPart(draft)) continue;
    let extended = '';
    for (const mention of draft.mentions) {
      const next = mention.block.tokens[mention.span.end];
      if (next === undefined || !saidAlone.has(next.folded) || names.get(mention.block)?.has(mention.span.end) === true) continue;
      mention.span = { ...mention.span, end: mention.span.end + 1 };
      extended = next.folded;
    }
    if (extended === '') continue;
    for (const { block, index } of saidAlone.get(extended) ?? []) draft.mentions.push({ block, span: { kind: 'person', start: index, end: index + 1, skip: 0 } });
    saidAlone.delete(extended);
  }
}

/**
 * A name of two words or more, or a listed given name alone ("مدير المكتب الإعلامي إسماعيل | الثوابتة
 * الاحتلال" beside "وأشار الثوابتة إلى"): a given name is never the whole name of someone the article
 * names by his family name.
 */
function isNamedInPart(draft: Draft): boolean {
  if (draft.words.length !== 1) return draft.words.length >= 2;
  // ("المهندس عزام | الغريب" beside "أكد المحافظ الغريب أن": so is a bare word right after an honorific.)
  return isListedGivenName(draft.words[0]) || (!draft.words[0].startsWith('ال') && draft.mentions.some(({ block, span }) => span.start > 0 && isHonorificWord(block.tokens[span.start - 1])));
}

/**
 * A word that may be a family name after a name: no particle, title or time word ("الثلاثاء"), nor the
 * opener of what was said ("أنه"); no other common word either, unless `commonWordToo`.
 */
function mayEndName(tokens: readonly Token[], i: number, commonWordToo = false): boolean {
  const token = tokens[i];
  // ("قال للأخبار إن": "ل" on the article is whom he told, no name's word.)
  if (token === undefined || !token.isWord || token.folded.startsWith('و') || token.folded.startsWith('لل') || isParticle(token) || isTitleWord(token) || isTimeWord(tokens, i) || opensWhatWasSaid(tokens, i)) return false;
  return commonWordToo || (!isCommonWord(token) && !isOrdinaryWord(token));
}

/** A definite nisba ("الشعبي") that names no nation, office or place. */
function isNisbaNoNationality(token: Token): boolean {
  return /^ال..+ي$/.test(token.folded) && !isPlaceOrNationality(token) && !isOfficeWord(token);
}

/** "وبينت علانية، خلال": the word at i alone between a verb of saying and what was said, a comma or a stop. */
function isSaidAloneAt(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  if (!isSaidSubjectAt(tokens, i, isTitleWord)) return false;
  if (after === undefined || !after.isWord || opensWhatWasSaid(tokens, i + 1)) return true;
  // ("وأكد الشعار في تصريح لـ«الوطن» أن", "وأكد الشعار خلال اللقاء أن": where and when he said it,
  // between the speaker and what he said.)
  if (!SAYING_CIRCUMSTANCES.has(after.folded)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + MAX_CIRCUMSTANCE_WORDS); k++) if (opensWhatWasSaid(tokens, k)) return true;
  return false;
}

/** Prepositions of where and when something was said ("في تصريح", "خلال اللقاء"), folded. */
const SAYING_CIRCUMSTANCES = new Set(['في', 'خلال', 'عقب', 'لدي', 'اثناء', 'امام']);
/** The most tokens such a circumstance takes before what was said. */
const MAX_CIRCUMSTANCE_WORDS = 6;
