/**
 * Feature templates of the named-entity tagger, shared by training (scripts/train-tagger.ts) and
 * tagging so both see exactly the same features. Tokens are folded words (see normalize.ts); features
 * are 32-bit hashes (hash.ts). Everything that depends on one word alone is computed once per word.
 */
import { procliticReadings } from './clitics.js';
import type { Gazetteer } from './gazetteer.js';
import { hashSlice, hashString, mix, template } from './hash.js';
import type { WordClusters } from './word-clusters.js';

/** Neighbours whose words are features of a token, by offset. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** What the templates need to know about one word. */
export interface WordFeatures {
  word: string;
  hash: number;
  stemHash: number;
  rare: boolean;
  /** Hashes of the gazetteer classes the word belongs to. */
  classes: number[];
  /** Features of the word itself. */
  own: number[];
  /** Features the word contributes as the neighbour at NEIGHBOUR_OFFSETS[k] of another token. */
  asNeighbour: number[][];
}

const T = {
  bias: template('bias'), word: template('w'), stem: template('s'), shape: template('sh'),
  prefix2: template('p2'), prefix3: template('p3'), suffix1: template('x1'), suffix2: template('x2'),
  suffix3: template('x3'), article: template('al'), length: template('len'), wordPrefix4: template('p4'),
  // A leading و often starts a second name in a list ("بينينغ وجوليا").
  firstLetter: template('p1w'), wordSuffix4: template('x4'), rare: template('rare'),
  rareSuffix2: template('rare|x2'), rareShape: template('rare|sh'), gazetteer: template('g'),
  previousWord: template('w-1w'), nextWord: template('ww+1'), rarePrevious: template('rare|w-1'),
  rareNext: template('rare|w+1'), rarePreviousStem: template('rare|s-1'), rarePreviousClass: template('rare|g-1'),
  rareNextClass: template('rare|g+1'), trigram: template('c3'), twoBefore: template('w-2w-1'),
  twoAfter: template('w+1w+2'), previousTag: template('t-1'), previousTagWord: template('t-1w'),
};

/** Cluster templates per clustering level (word-clusters.ts): the word's, its bare stem's. */
const CLUSTER_LEVELS = 3;
const CLUSTER = Array.from({ length: CLUSTER_LEVELS }, (_, level) => ({ word: template('c' + level), stem: template('sc' + level) }));
/** How often the word (and its bare stem) was tagged a person in unlabeled news (name-evidence.ts). */
const NAME_EVIDENCE = { word: template('ne'), stem: template('sne') };

/** The neighbour's clusters at the two finer levels, for the nearest neighbours; the middle level further out. */
const NEIGHBOUR_CLUSTER_LEVELS: Record<number, readonly number[]> = { [-2]: [1], [-1]: [1, 2], [1]: [1, 2], [2]: [1] };

/** NEIGHBOUR_CLUSTER_LEVELS, and whether the neighbour is right next to the token, by index in NEIGHBOUR_OFFSETS. */
const NEIGHBOUR_CLUSTER_LEVELS_AT = NEIGHBOUR_OFFSETS.map((offset) => NEIGHBOUR_CLUSTER_LEVELS[offset]);
const IS_NEXT_TO = NEIGHBOUR_OFFSETS.map((offset) => offset === -1 || offset === 1);

const NEIGHBOUR_TEMPLATES = NEIGHBOUR_OFFSETS.map((offset) => {
  const sign = offset < 0 ? String(offset) : '+' + offset;
  return {
    word: template('w' + sign), stem: template('s' + sign), shape: template('sh' + sign),
    prefix2: template('p2' + sign), suffix2: template('x2' + sign), gazetteer: template('g' + sign),
    cluster: Array.from({ length: CLUSTER_LEVELS }, (_, level) => template('c' + level + sign)),
    nameEvidence: template('ne' + sign),
  };
});

/** The stem a word most likely has once و/ف/ب/ل/ك and the article are removed. */
export function bareStem(word: string): string {
  const readings = procliticReadings(word);
  let stem = readings[readings.length - 1].stem;
  if (stem.startsWith('ال') && stem.length > 4) stem = stem.slice(2);
  return stem;
}

function shape(word: string): string {
  if (/^[0-9]+$/.test(word)) return 'num';
  if (/^[a-z]/.test(word)) return 'latin';
  if (/^[\u0600-\u06ff]/.test(word)) return 'ar';
  return 'punct:' + word;
}

const CLASS_HASHES = new Map(['first', 'family', 'honor', 'office', 'nat', 'place', 'placeword', 'orghead', 'org', 'verb'].map((name) => [name, hashString(name)]));

/** Hashes of the gazetteer classes a word belongs to under any of its proclitic readings, first found first. */
function gazetteerClasses(word: string, gaz: Gazetteer): number[] {
  const classes: number[] = [];
  const add = (name: string): void => {
    const hash = CLASS_HASHES.get(name) as number;
    if (!classes.includes(hash)) classes.push(hash);
  };
  for (const { stem } of procliticReadings(word)) {
    if (gaz.firstNames.has(stem)) add('first');
    if (gaz.familyNames.has(stem)) add('family');
    if (gaz.honorifics.has(stem)) add('honor');
    if (gaz.officeTitles.has(stem)) add('office');
    if (gaz.nationalities.has(stem)) add('nat');
    if (gaz.places.has(stem)) add('place');
    else if (gaz.placeWords.has(stem)) add('placeword');
    if (gaz.organizationHeads.has(stem)) add('orghead');
    if (gaz.organizations.has(stem)) add('org');
    if (gaz.personVerbs.has(stem)) add('verb');
  }
  return classes;
}

/** Hash given to a word's identity when training pretends it never saw the word (see train-tagger.ts). */
const UNSEEN = hashString('\u0000unseen');

/**
 * Everything the templates say about one word. `clusters` are the word clusters learned from
 * unlabeled text, `nameEvidence` how often a tagger took the word for a person there (one level);
 * with `asUnseen` the word's identity is hidden but not what the unlabeled text says of it (a word
 * the labeled text lacks has usually been seen in the unlabeled one).
 */
export function describeWord(
  word: string,
  gaz: Gazetteer,
  clusters: WordClusters,
  nameEvidence: WordClusters,
  isFrequent: (wordHash: number) => boolean,
  asUnseen = false,
): WordFeatures {
  const stem = bareStem(word);
  const wordShape = shape(word);
  const hash = asUnseen ? UNSEEN : hashString(word);
  const stemHash = asUnseen ? UNSEEN : hashString(stem);
  const shapeHash = hashString(wordShape);
  const rare = asUnseen || !isFrequent(hash);
  const classes = gazetteerClasses(word, gaz);
  const own = [
    T.bias, mix(T.word, hash), mix(T.stem, stemHash), mix(T.shape, shapeHash),
    hashSlice(stem, 0, 2, T.prefix2), hashSlice(stem, 0, 3, T.prefix3),
    hashSlice(stem, -1, stem.length, T.suffix1), hashSlice(stem, -2, stem.length, T.suffix2), hashSlice(stem, -3, stem.length, T.suffix3),
    mix(T.article, Number(word.startsWith('ال'))), mix(T.length, Math.min(stem.length, 8)),
    hashSlice(word, 0, 4, T.wordPrefix4), mix(hashSlice(word, 0, 1, T.firstLetter), Number(word.length > 4)),
    hashSlice(word, -4, word.length, T.wordSuffix4),
  ];
  // Words rare in the training text are where names hide: let context decide for them.
  if (rare) {
    own.push(T.rare, hashSlice(stem, -2, stem.length, T.rareSuffix2), mix(T.rareShape, shapeHash));
    // Letter trigrams tell transliterated foreign names ("نيستلروي") from Arabic words never seen.
    const padded = '^' + stem + '$';
    for (let i = 0; i + 3 <= padded.length; i++) own.push(hashSlice(padded, i, i + 3, T.trigram));
  }
  for (const cls of classes) own.push(mix(T.gazetteer, cls));
  const packed = clusters.packedOf(word);
  const stemPacked = stem === word ? packed : clusters.packedOf(stem);
  for (let level = 0; level < CLUSTER_LEVELS; level++) {
    own.push(mix(CLUSTER[level].word, clusters.clusterAt(packed, level)), mix(CLUSTER[level].stem, clusters.clusterAt(stemPacked, level)));
  }
  const evidence = nameEvidence.clusterAt(nameEvidence.packedOf(word), 0);
  own.push(mix(NAME_EVIDENCE.word, evidence), mix(NAME_EVIDENCE.stem, nameEvidence.clusterAt(nameEvidence.packedOf(stem), 0)));
  // (Plain loops over tables made once: this runs for every word new to the tagger.)
  const asNeighbour = new Array<number[]>(NEIGHBOUR_OFFSETS.length);
  for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
    const names = NEIGHBOUR_TEMPLATES[k];
    const features = [mix(names.word, hash)];
    const levels = NEIGHBOUR_CLUSTER_LEVELS_AT[k];
    for (let l = 0; l < levels.length; l++) features.push(mix(names.cluster[levels[l]], clusters.clusterAt(packed, levels[l])));
    if (IS_NEXT_TO[k]) {
      features.push(mix(names.nameEvidence, evidence));
      features.push(mix(names.stem, stemHash), mix(names.shape, shapeHash), hashSlice(stem, 0, 2, names.prefix2), hashSlice(stem, -2, stem.length, names.suffix2));
    }
    for (let c = 0; c < classes.length; c++) features.push(mix(names.gazetteer, classes[c]));
    asNeighbour[k] = features;
  }
  return { word, hash, stemHash, rare, classes, own, asNeighbour };
}

function boundary(word: string): WordFeatures {
  const hash = hashString(word);
  return { word, hash, stemHash: hash, rare: false, classes: [], own: [], asNeighbour: NEIGHBOUR_TEMPLATES.map((names) => [mix(names.word, hash)]) };
}

export const SENTENCE_START = boundary('<s>');
export const SENTENCE_END = boundary('</s>');

/** The neighbour at `offset`, or a sentence-boundary marker. */
export function neighbourAt(words: readonly WordFeatures[], i: number, offset: number): WordFeatures {
  return words[i + offset] ?? (offset < 0 ? SENTENCE_START : SENTENCE_END);
}

/**
 * The features joining two adjacent words `first` and `second` (given by their hashes), one for each
 * token that gets one: BIGRAM_OF_SECOND ... BIGRAM_OF_BEFORE. They depend on the pair alone, so a
 * tagger can work them out once per distinct pair.
 */
const BIGRAM_TEMPLATES = [T.previousWord, T.nextWord, T.twoBefore, T.twoAfter];
/** The pair's second word, its first word, the token after the pair, the token before it. */
export const [BIGRAM_OF_SECOND, BIGRAM_OF_FIRST, BIGRAM_OF_AFTER, BIGRAM_OF_BEFORE] = [0, 1, 2, 3];
export const BIGRAM_ROLES = BIGRAM_TEMPLATES.length;

export function bigramFeature(role: number, first: number, second: number): number {
  return mix(mix(BIGRAM_TEMPLATES[role], first), second);
}

/** What a word tells a rare neighbour (only rare words get these), as the word before it or after it. */
export interface RareContextFeatures {
  previous: number;
  next: number;
  previousStem: number;
  previousClasses: number[];
  nextClasses: number[];
}

export function rareContextFeatures(word: WordFeatures): RareContextFeatures {
  return {
    previous: mix(T.rarePrevious, word.hash),
    next: mix(T.rareNext, word.hash),
    previousStem: mix(T.rarePreviousStem, word.stemHash),
    previousClasses: word.classes.map((cls) => mix(T.rarePreviousClass, cls)),
    nextClasses: word.classes.map((cls) => mix(T.rareNextClass, cls)),
  };
}

/**
 * Features joining a token with its neighbours (appended to `out`). SequenceTagger adds the same
 * features from per-pair and per-word caches.
 */
export function pairFeatures(words: readonly WordFeatures[], i: number, out: number[]): void {
  const previous = neighbourAt(words, i, -1);
  const next = neighbourAt(words, i, 1);
  const current = words[i];
  out.push(bigramFeature(BIGRAM_OF_SECOND, previous.hash, current.hash), bigramFeature(BIGRAM_OF_FIRST, current.hash, next.hash));
  out.push(bigramFeature(BIGRAM_OF_AFTER, neighbourAt(words, i, -2).hash, previous.hash), bigramFeature(BIGRAM_OF_BEFORE, next.hash, neighbourAt(words, i, 2).hash));
  if (!current.rare) return;
  const before = rareContextFeatures(previous);
  const after = rareContextFeatures(next);
  out.push(before.previous, after.next, before.previousStem, ...before.previousClasses, ...after.nextClasses);
}

/** Every feature of position i that does not depend on tags. */
export function staticFeatures(words: readonly WordFeatures[], i: number): number[] {
  const features = [...words[i].own];
  NEIGHBOUR_OFFSETS.forEach((offset, k) => features.push(...neighbourAt(words, i, offset).asNeighbour[k]));
  pairFeatures(words, i, features);
  return features;
}

/** The tag-transition feature; `previousTag` is a tag index, or the tag count for the sentence start. */
export function previousTagFeature(previousTag: number): number {
  return mix(T.previousTag, previousTag);
}

/** The previous tag joined with the current word. */
export function previousTagWordFeature(previousTag: number, wordHash: number): number {
  return mix(mix(T.previousTagWord, previousTag), wordHash);
}
