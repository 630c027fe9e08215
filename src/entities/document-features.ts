/**
 * Document-level features for the tagger's second pass: what the first pass made of the same word
 * elsewhere in the document. A name is often tagged confidently where its context is clear ("قال
 * الرئيس كورت ...") and missed where it is not ("ويختتم كورت حديثه"); the second pass learns how far to
 * trust such evidence instead of copying it blindly. Training computes these features from first-pass
 * tags of models that never saw the sentence (scripts/train-tagger.ts), as tagging computes them from
 * a model that never saw the article.
 */
import { procliticReadings } from './clitics.js';
import { mix, template } from './hash.js';

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
const PERSON = 0;

const T = {
  seenAs: template('doc:seen'), typeElsewhere: template('doc:type'), inLongName: template('doc:long'),
  stemAsPerson: template('doc:stem-pers'), rareSeenAs: template('doc:rare|seen'), repeated: template('doc:n'),
  previousSeenAs: template('doc:seen-1'), nextSeenAs: template('doc:seen+1'),
};

/**
 * Each token gets this many feature lists, one after another: its own evidence, the evidence of the
 * word before it, of the word after it ("كورت" before a known family name is a first name).
 */
export const DOCUMENT_LISTS_PER_TOKEN = 3;

/** Type indices of the tags seen so far: a model has a handful of tags, and every token asks. */
const typeIndices = new Map<string, number>();

/** Index of a tag's type in TYPES; O (and anything else) is TYPES.length. */
function typeIndex(tag: string): number {
  let index = typeIndices.get(tag);
  if (index === undefined) {
    index = tag === 'O' ? -1 : TYPES.indexOf(tag.slice(2) as (typeof TYPES)[number]);
    if (index < 0) index = TYPES.length;
    typeIndices.set(tag, index);
  }
  return index;
}

function inLongName(tags: readonly string[], i: number): boolean {
  return tags[i] === 'I-PERS' || (tags[i] === 'B-PERS' && tags[i + 1] === 'I-PERS');
}

/** Per document: each distinct word's index, and per index what the first pass made of it. */
interface Evidence {
  byWord: Map<string, number>;
  /** How often the first pass gave each word each type (TYPE_COUNTS per word: TYPES order, then O). */
  counts: Int32Array;
  /** Times each word sat in a person span of two or more words. */
  inLongName: Int32Array;
  /** Per token of the document, sentence after sentence: its word's index, and its case (own type × 2 + whether in a long name). */
  tokenWords: Int32Array;
  tokenCases: Int32Array;
}

/** Counts per word: the four types, then O. */
const TYPE_COUNTS = TYPES.length + 1;
/** Token cases (own type × 2 + in a long name) × DOCUMENT_LISTS_PER_TOKEN: the prepared entries a word can have. */
const SLOTS = TYPE_COUNTS * 2 * DOCUMENT_LISTS_PER_TOKEN;

/**
 * The evidence about every word of the document, in typed arrays by word index and by token: one
 * map lookup per token, not an object per word.
 */
function evidenceOf(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): Evidence {
  let tokens = 0;
  for (const words of sentences) tokens += words.length;
  const byWord = new Map<string, number>();
  const tokenWords = new Int32Array(tokens);
  const tokenCases = new Int32Array(tokens);
  let token = 0;
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++, token++) {
      let index = byWord.get(words[i]);
      if (index === undefined) byWord.set(words[i], (index = byWord.size));
      tokenWords[token] = index;
    }
  }
  // Per distinct word, not per token: a few times fewer, and fresh memory is slow to touch.
  const counts = new Int32Array(byWord.size * TYPE_COUNTS);
  const inLongNames = new Int32Array(byWord.size);
  token = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentenceTags = tags[s];
    for (let i = 0; i < sentenceTags.length; i++, token++) {
      const index = tokenWords[token];
      const own = typeIndex(sentenceTags[i]);
      const long = inLongName(sentenceTags, i);
      counts[index * TYPE_COUNTS + own]++;
      if (long) inLongNames[index]++;
      tokenCases[token] = own * 2 + Number(long);
    }
  }
  return { byWord, counts, inLongName: inLongNames, tokenWords, tokenCases };
}

/** Types word `index` was given at other places than a token of type `own`: bit k = TYPES[k], bit 4 = O. */
function typesElsewhere(counts: Int32Array, index: number, own: number): number {
  let mask = 0;
  for (let k = 0; k < TYPE_COUNTS; k++) if (counts[index * TYPE_COUNTS + k] - (k === own ? 1 : 0) > 0) mask |= 1 << k;
  return mask;
}

/** How many other places word `index` is at. */
function placesElsewhere(counts: Int32Array, index: number): number {
  let total = -1;
  for (let k = 0; k < TYPE_COUNTS; k++) total += counts[index * TYPE_COUNTS + k];
  return total;
}

function ownFeatures(word: string, evidence: Evidence, index: number, own: number, ownInLongName: boolean, isRare: (word: string) => boolean): number[] {
  const mask = typesElsewhere(evidence.counts, index, own);
  const total = placesElsewhere(evidence.counts, index);
  const features: number[] = [];
  if (total > 0) {
    features.push(mix(T.seenAs, mask), mix(T.repeated, Math.min(total, 3)));
    for (let k = 0; k < TYPES.length; k++) if (mask & (1 << k)) features.push(mix(T.typeElsewhere, k));
    if (isRare(word)) features.push(mix(T.rareSeenAs, mask));
    if (evidence.inLongName[index] - Number(ownInLongName) > 0) features.push(T.inLongName);
  }
  // "ودراماني" after "دراماني": the word without its clitic was taken for a name.
  for (const { removed, stem } of procliticReadings(word)) {
    if (removed > 0 && isPersonWord(evidence, stem)) features.push(T.stemAsPerson);
  }
  return features;
}

/** Whether the first pass took a word of the document for a person somewhere. */
function isPersonWord(evidence: Evidence, word: string): boolean {
  const index = evidence.byWord.get(word);
  return index !== undefined && evidence.counts[index * TYPE_COUNTS + PERSON] > 0;
}

/** What a word tells its neighbour: only whether it was a name elsewhere matters there. */
function neighbourFeatures(counts: Int32Array, index: number, own: number, template: number): number[] {
  const mask = typesElsewhere(counts, index, own);
  return mask & (1 << PERSON) ? [mix(template, mask)] : [];
}

/**
 * Document features of every token from the first-pass `tags` of the whole document: per sentence,
 * DOCUMENT_LISTS_PER_TOKEN entries per position, each a feature list turned into whatever `prepare`
 * makes of it (the lists themselves for training, their tag scores for tagging); `none` stands for
 * an empty list. `isRare` says whether a word was rare in the training text. Tokens with the same
 * word and first-pass tag share one prepared entry, so `prepare` runs once per distinct case.
 */
export function documentFeatures<Prepared>(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  isRare: (word: string) => boolean,
  prepare: (features: readonly number[]) => Prepared,
  none: Prepared,
): Prepared[][] {
  const evidence = evidenceOf(sentences, tags);
  const { tokenWords, tokenCases } = evidence;
  // Per word index and slot (case × DOCUMENT_LISTS_PER_TOKEN + entry): 1 + the index of its
  // prepared entry in `made`, 0 before it is made.
  const preparedAt = new Int32Array(evidence.byWord.size * SLOTS);
  const made: Prepared[] = [];
  /** Entry `which` (0 own, 1 as previous word, 2 as next word) of token `token` (of the document), the word `word`. */
  const entryOf = (token: number, word: string, which: number): Prepared => {
    const index = tokenWords[token];
    const tokenCase = tokenCases[token];
    const at = index * SLOTS + tokenCase * DOCUMENT_LISTS_PER_TOKEN + which;
    const known = preparedAt[at];
    if (known > 0) return made[known - 1];
    const own = tokenCase >> 1;
    const ownInLongName = (tokenCase & 1) === 1;
    const features =
      which === 0
        ? ownFeatures(word, evidence, index, own, ownInLongName, isRare)
        : neighbourFeatures(evidence.counts, index, own, which === 1 ? T.previousSeenAs : T.nextSeenAs);
    const prepared = features.length ? prepare(features) : none;
    made.push(prepared);
    preparedAt[at] = made.length;
    return prepared;
  };
  let first = 0;
  return sentences.map((words) => {
    const prepared = new Array<Prepared>(words.length * DOCUMENT_LISTS_PER_TOKEN);
    for (let i = 0; i < words.length; i++) {
      const at = i * DOCUMENT_LISTS_PER_TOKEN;
      const token = first + i;
      prepared[at] = entryOf(token, words[i], 0);
      prepared[at + 1] = i > 0 ? entryOf(token - 1, words[i - 1], 1) : none;
      prepared[at + 2] = i + 1 < words.length ? entryOf(token + 1, words[i + 1], 2) : none;
    }
    first += words.length;
    return prepared;
  });
}
