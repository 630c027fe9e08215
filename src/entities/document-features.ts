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

interface WordEvidence<Prepared> {
  /** How often the first pass gave the word each type (TYPES order, then O). */
  counts: number[];
  /** Times the word sat in a person span of two or more words. */
  inLongName: number;
  /**
   * Prepared features by the word's own first-pass type, whether it sat in a long name, and which of
   * the DOCUMENT_LISTS_PER_TOKEN entries they are (news repeats words, so tokens share them).
   */
  preparedBySlot: Array<Prepared | undefined>;
}

/**
 * The evidence about every word of the document, and per sentence and position the token's entry and
 * its case: own type × 2 + whether it sat in a long name (what preparedBySlot is indexed by).
 */
function evidenceOf<Prepared>(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
): { byWord: Map<string, WordEvidence<Prepared>>; byToken: Array<Array<WordEvidence<Prepared>>>; cases: Int32Array[] } {
  const byWord = new Map<string, WordEvidence<Prepared>>();
  const cases: Int32Array[] = [];
  const byToken = sentences.map((words, s) => {
    const sentenceTags = tags[s];
    const entries = new Array<WordEvidence<Prepared>>(words.length);
    const sentenceCases = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let entry = byWord.get(words[i]);
      if (!entry) byWord.set(words[i], (entry = { counts: [0, 0, 0, 0, 0], inLongName: 0, preparedBySlot: [] }));
      const own = typeIndex(sentenceTags[i]);
      const long = inLongName(sentenceTags, i);
      entry.counts[own]++;
      if (long) entry.inLongName++;
      entries[i] = entry;
      sentenceCases[i] = own * 2 + Number(long);
    }
    cases.push(sentenceCases);
    return entries;
  });
  return { byWord, byToken, cases };
}

/** Types the word was given at other places: bit k = TYPES[k], bit 4 = O. */
function typesElsewhere(entry: WordEvidence<unknown>, own: number): number {
  let mask = 0;
  for (let k = 0; k < entry.counts.length; k++) if (entry.counts[k] - (k === own ? 1 : 0) > 0) mask |= 1 << k;
  return mask;
}

/** How many other places the word is at. */
function placesElsewhere(entry: WordEvidence<unknown>): number {
  let total = -1;
  for (let k = 0; k < entry.counts.length; k++) total += entry.counts[k];
  return total;
}

function ownFeatures(word: string, entry: WordEvidence<unknown>, own: number, ownInLongName: boolean, isRare: (word: string) => boolean, personWords: ReadonlySet<string>): number[] {
  const mask = typesElsewhere(entry, own);
  const total = placesElsewhere(entry);
  const features: number[] = [];
  if (total > 0) {
    features.push(mix(T.seenAs, mask), mix(T.repeated, Math.min(total, 3)));
    for (let k = 0; k < TYPES.length; k++) if (mask & (1 << k)) features.push(mix(T.typeElsewhere, k));
    if (isRare(word)) features.push(mix(T.rareSeenAs, mask));
    if (entry.inLongName - Number(ownInLongName) > 0) features.push(T.inLongName);
  }
  // "ودراماني" after "دراماني": the word without its clitic was taken for a name.
  for (const { removed, stem } of procliticReadings(word)) {
    if (removed > 0 && personWords.has(stem)) features.push(T.stemAsPerson);
  }
  return features;
}

/** What a word tells its neighbour: only whether it was a name elsewhere matters there. */
function neighbourFeatures(entry: WordEvidence<unknown>, own: number, template: number): number[] {
  const mask = typesElsewhere(entry, own);
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
  const { byWord, byToken, cases } = evidenceOf<Prepared>(sentences, tags);
  const personWords = new Set<string>();
  for (const [word, entry] of byWord) if (entry.counts[PERSON] > 0) personWords.add(word);
  /** Entry `which` (0 own, 1 as previous word, 2 as next word) of the token at i of sentence s. */
  const entryOf = (s: number, i: number, which: number): Prepared => {
    const entry = byToken[s][i];
    const tokenCase = cases[s][i];
    const slot = tokenCase * DOCUMENT_LISTS_PER_TOKEN + which;
    let prepared = entry.preparedBySlot[slot];
    if (prepared === undefined) {
      const own = tokenCase >> 1;
      const ownInLongName = (tokenCase & 1) === 1;
      const features =
        which === 0
          ? ownFeatures(sentences[s][i], entry, own, ownInLongName, isRare, personWords)
          : neighbourFeatures(entry, own, which === 1 ? T.previousSeenAs : T.nextSeenAs);
      prepared = entry.preparedBySlot[slot] = features.length ? prepare(features) : none;
    }
    return prepared;
  };
  return sentences.map((words, s) => {
    const prepared = new Array<Prepared>(words.length * DOCUMENT_LISTS_PER_TOKEN);
    for (let i = 0; i < words.length; i++) {
      const at = i * DOCUMENT_LISTS_PER_TOKEN;
      prepared[at] = entryOf(s, i, 0);
      prepared[at + 1] = i > 0 ? entryOf(s, i - 1, 1) : none;
      prepared[at + 2] = i + 1 < words.length ? entryOf(s, i + 1, 2) : none;
    }
    return prepared;
  });
}
