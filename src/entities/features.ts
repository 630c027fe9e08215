/**
 * Feature templates of the named-entity tagger, shared by training (scripts/train-tagger.ts) and
 * tagging so both see exactly the same features. Tokens are folded words (see normalize.ts); features
 * are 32-bit hashes (hash.ts). Everything that depends on one word alone is computed once per word.
 */
import { procliticReadings, type Reading } from './clitics.js';
import type { Gazetteer } from './gazetteer.js';
import { FNV_PRIME, hashSlice, hashString, mix, template } from './hash.js';
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
  return stemOfReadings(procliticReadings(word));
}

function stemOfReadings(readings: readonly Reading[]): string {
  let stem = readings[readings.length - 1].stem;
  if (stem.startsWith('ال') && stem.length > 4) stem = stem.slice(2);
  return stem;
}

/** Hashes of the word shapes other than punctuation ('punct:' + the word), by shapeIndex. */
const SHAPE_HASHES = ['num', 'latin', 'ar'].map((name) => hashString(name));
const PUNCTUATION = -1;
const PUNCTUATION_SEED = hashString('punct:');

/**
 * The word's shape: 0 'num' (all ASCII digits), 1 'latin' (starts a-z), 2 'ar' (starts in the Arabic
 * block), else PUNCTUATION ('punct:' + the word). Char codes, not regular expressions: every word
 * new to the tagger asks.
 */
function shapeIndex(word: string): number {
  const first = word.length > 0 ? word.charCodeAt(0) : -1;
  if (first >= 0x30 && first <= 0x39) {
    let digits = 1;
    while (digits < word.length && word.charCodeAt(digits) >= 0x30 && word.charCodeAt(digits) <= 0x39) digits++;
    if (digits === word.length) return 0;
  }
  if (first >= 0x61 && first <= 0x7a) return 1;
  if (first >= 0x600 && first <= 0x6ff) return 2;
  return PUNCTUATION;
}

/** Hashes of the gazetteer classes, by class index. */
const CLASS_HASHES = ['first', 'family', 'honor', 'office', 'nat', 'place', 'placeword', 'orghead', 'org', 'verb'].map((name) => hashString(name));
const [FIRST, FAMILY, HONOR, OFFICE, NATIONALITY, PLACE, PLACE_WORD, ORGANIZATION_HEAD, ORGANIZATION, VERB] = CLASS_HASHES.keys();

/**
 * Puts into `classes` the indices of the gazetteer classes a word belongs to under any of its
 * proclitic readings, first found first; returns how many.
 */
function gazetteerClasses(readings: readonly Reading[], gaz: Gazetteer, classes: Int32Array): number {
  let count = 0;
  for (let r = 0; r < readings.length; r++) {
    const stem = readings[r].stem;
    if (gaz.firstNames.has(stem)) count = addClass(classes, count, FIRST);
    if (gaz.familyNames.has(stem)) count = addClass(classes, count, FAMILY);
    if (gaz.honorifics.has(stem)) count = addClass(classes, count, HONOR);
    if (gaz.officeTitles.has(stem)) count = addClass(classes, count, OFFICE);
    if (gaz.nationalities.has(stem)) count = addClass(classes, count, NATIONALITY);
    if (gaz.taggerPlaces.has(stem)) count = addClass(classes, count, PLACE);
    else if (gaz.placeWords.has(stem)) count = addClass(classes, count, PLACE_WORD);
    if (gaz.organizationHeads.has(stem)) count = addClass(classes, count, ORGANIZATION_HEAD);
    if (gaz.organizations.has(stem)) count = addClass(classes, count, ORGANIZATION);
    if (gaz.personVerbs.has(stem)) count = addClass(classes, count, VERB);
  }
  return count;
}

/** Appends a class index to the first `count` of `classes` unless there; returns the new count. */
function addClass(classes: Int32Array, count: number, index: number): number {
  for (let c = 0; c < count; c++) if (classes[c] === index) return count;
  classes[count] = index;
  return count + 1;
}

/** Hash given to a word's identity when training pretends it never saw the word (see train-tagger.ts). */
const UNSEEN = hashString('\u0000unseen');

/**
 * Who a word's features are for (describeWordInto): the token itself, the token it is the neighbour
 * NEIGHBOUR_OFFSETS[k] of (NEIGHBOUR_ROLE + k), a rare token right after it (BEFORE_RARE_ROLE) or
 * right before it (AFTER_RARE_ROLE; rareContextFeatures).
 */
export const OWN_ROLE = 0;
export const NEIGHBOUR_ROLE = 1;
export const BEFORE_RARE_ROLE = NEIGHBOUR_ROLE + NEIGHBOUR_OFFSETS.length;
export const AFTER_RARE_ROLE = BEFORE_RARE_ROLE + 1;
export const WORD_ROLES = AFTER_RARE_ROLE + 1;

/**
 * Templates whose features take a few values only (clusters, gazetteer classes, shapes, ...), by
 * index: smallFeature(template, value) is mix(seed, value), or mix(seed, values[value]) for those
 * given a list of values. The tagger looks each (template, value) up once, not once per word.
 */
const SMALL_SEEDS: number[] = [];
const SMALL_VALUES: Array<readonly number[] | undefined> = [];

function smallTemplate(seed: number, values?: readonly number[]): number {
  SMALL_SEEDS.push(seed);
  SMALL_VALUES.push(values);
  return SMALL_SEEDS.length - 1;
}

/** The feature of a small template with a value (from -1 up). */
export function smallFeature(template: number, value: number): number {
  const values = SMALL_VALUES[template];
  return mix(SMALL_SEEDS[template], values ? values[value] : value);
}

const S = {
  shape: smallTemplate(T.shape, SHAPE_HASHES), article: smallTemplate(T.article), length: smallTemplate(T.length),
  rareShape: smallTemplate(T.rareShape, SHAPE_HASHES), gazetteer: smallTemplate(T.gazetteer, CLASS_HASHES),
  cluster: CLUSTER.map((names) => ({ word: smallTemplate(names.word), stem: smallTemplate(names.stem) })),
  nameEvidence: { word: smallTemplate(NAME_EVIDENCE.word), stem: smallTemplate(NAME_EVIDENCE.stem) },
  neighbours: NEIGHBOUR_TEMPLATES.map((names) => ({
    cluster: names.cluster.map((seed) => smallTemplate(seed)), nameEvidence: smallTemplate(names.nameEvidence),
    shape: smallTemplate(names.shape, SHAPE_HASHES), gazetteer: smallTemplate(names.gazetteer, CLASS_HASHES),
  })),
  rarePreviousClass: smallTemplate(T.rarePreviousClass, CLASS_HASHES), rareNextClass: smallTemplate(T.rareNextClass, CLASS_HASHES),
};

/** How many small templates there are (indices 0 .. SMALL_TEMPLATES - 1). */
export const SMALL_TEMPLATES = SMALL_SEEDS.length;

/** Receives a word's features one at a time: the tagger adds their weights at once, allocating nothing. */
export interface WordFeatureSink {
  add(role: number, feature: number): void;
  /** add(role, smallFeature(template, value)). */
  addSmall(role: number, template: number, value: number): void;
}

/** What describeWordInto says of the word besides its features. */
export interface WordIdentity {
  hash: number;
  stemHash: number;
  rare: boolean;
}

/** Scratch for a word's gazetteer classes (there are ten). */
const classScratch = new Int32Array(CLASS_HASHES.length);

/**
 * Everything the templates say about one word, given to `sink` by role. `clusters` are the word
 * clusters learned from unlabeled text, `nameEvidence` how often a tagger took the word for a person
 * there (one level); with `asUnseen` the word's identity is hidden but not what the unlabeled text
 * says of it (a word the labeled text lacks has usually been seen in the unlabeled one). Features of
 * a role come in a fixed order (describeWord's lists; training sums them in that order).
 */
export function describeWordInto(
  word: string,
  gaz: Gazetteer,
  clusters: WordClusters,
  nameEvidence: WordClusters,
  isFrequent: (wordHash: number) => boolean,
  sink: WordFeatureSink,
  asUnseen = false,
): WordIdentity {
  const readings = procliticReadings(word);
  const stem = stemOfReadings(readings);
  const wordHash = hashString(word);
  const bareStemHash = stem === word ? wordHash : hashString(stem);
  const hash = asUnseen ? UNSEEN : wordHash;
  const stemHash = asUnseen ? UNSEEN : bareStemHash;
  const shape = shapeIndex(word);
  const punctuationShape = shape === PUNCTUATION ? hashString(word, PUNCTUATION_SEED) : 0;
  const rare = asUnseen || !isFrequent(hash);
  const classes = classScratch;
  const classCount = gazetteerClasses(readings, gaz, classes);
  const stemLength = stem.length;
  sink.add(OWN_ROLE, T.bias);
  sink.add(OWN_ROLE, mix(T.word, hash));
  sink.add(OWN_ROLE, mix(T.stem, stemHash));
  if (shape === PUNCTUATION) sink.add(OWN_ROLE, mix(T.shape, punctuationShape));
  else sink.addSmall(OWN_ROLE, S.shape, shape);
  sink.add(OWN_ROLE, hashSlice(stem, 0, 2, T.prefix2));
  sink.add(OWN_ROLE, hashSlice(stem, 0, 3, T.prefix3));
  sink.add(OWN_ROLE, hashSlice(stem, -1, stemLength, T.suffix1));
  sink.add(OWN_ROLE, hashSlice(stem, -2, stemLength, T.suffix2));
  sink.add(OWN_ROLE, hashSlice(stem, -3, stemLength, T.suffix3));
  sink.addSmall(OWN_ROLE, S.article, Number(word.startsWith('ال')));
  sink.addSmall(OWN_ROLE, S.length, Math.min(stemLength, 8));
  sink.add(OWN_ROLE, hashSlice(word, 0, 4, T.wordPrefix4));
  sink.add(OWN_ROLE, mix(hashSlice(word, 0, 1, T.firstLetter), Number(word.length > 4)));
  sink.add(OWN_ROLE, hashSlice(word, -4, word.length, T.wordSuffix4));
  // Words rare in the training text are where names hide: let context decide for them.
  if (rare) {
    sink.add(OWN_ROLE, T.rare);
    sink.add(OWN_ROLE, hashSlice(stem, -2, stemLength, T.rareSuffix2));
    if (shape === PUNCTUATION) sink.add(OWN_ROLE, mix(T.rareShape, punctuationShape));
    else sink.addSmall(OWN_ROLE, S.rareShape, shape);
    // Letter trigrams tell transliterated foreign names ("نيستلروي") from Arabic words never seen:
    // those of '^' + stem + '$', hashed without building the string.
    for (let i = 0; i + 3 <= stemLength + 2; i++) {
      let trigram = T.trigram;
      for (let j = i; j < i + 3; j++) {
        const code = j === 0 ? 0x5e : j === stemLength + 1 ? 0x24 : stem.charCodeAt(j - 1);
        trigram = Math.imul(trigram ^ code, FNV_PRIME);
      }
      sink.add(OWN_ROLE, trigram >>> 0);
    }
  }
  for (let c = 0; c < classCount; c++) sink.addSmall(OWN_ROLE, S.gazetteer, classes[c]);
  const packed = clusters.packedOfHash(wordHash);
  const stemPacked = stem === word ? packed : clusters.packedOfHash(bareStemHash);
  for (let level = 0; level < CLUSTER_LEVELS; level++) {
    sink.addSmall(OWN_ROLE, S.cluster[level].word, clusters.clusterAt(packed, level));
    sink.addSmall(OWN_ROLE, S.cluster[level].stem, clusters.clusterAt(stemPacked, level));
  }
  const evidence = nameEvidence.clusterAt(nameEvidence.packedOfHash(wordHash), 0);
  sink.addSmall(OWN_ROLE, S.nameEvidence.word, evidence);
  sink.addSmall(OWN_ROLE, S.nameEvidence.stem, nameEvidence.clusterAt(nameEvidence.packedOfHash(bareStemHash), 0));
  for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
    const role = NEIGHBOUR_ROLE + k;
    const names = NEIGHBOUR_TEMPLATES[k];
    const small = S.neighbours[k];
    sink.add(role, mix(names.word, hash));
    const levels = NEIGHBOUR_CLUSTER_LEVELS_AT[k];
    for (let l = 0; l < levels.length; l++) sink.addSmall(role, small.cluster[levels[l]], clusters.clusterAt(packed, levels[l]));
    if (IS_NEXT_TO[k]) {
      sink.addSmall(role, small.nameEvidence, evidence);
      sink.add(role, mix(names.stem, stemHash));
      if (shape === PUNCTUATION) sink.add(role, mix(names.shape, punctuationShape));
      else sink.addSmall(role, small.shape, shape);
      sink.add(role, hashSlice(stem, 0, 2, names.prefix2));
      sink.add(role, hashSlice(stem, -2, stemLength, names.suffix2));
    }
    for (let c = 0; c < classCount; c++) sink.addSmall(role, small.gazetteer, classes[c]);
  }
  // rareContextFeatures, role by role (test/entities-tagger.test.ts holds the tagger's scores to the listed features').
  sink.add(BEFORE_RARE_ROLE, mix(T.rarePrevious, hash));
  sink.add(BEFORE_RARE_ROLE, mix(T.rarePreviousStem, stemHash));
  for (let c = 0; c < classCount; c++) sink.addSmall(BEFORE_RARE_ROLE, S.rarePreviousClass, classes[c]);
  sink.add(AFTER_RARE_ROLE, mix(T.rareNext, hash));
  for (let c = 0; c < classCount; c++) sink.addSmall(AFTER_RARE_ROLE, S.rareNextClass, classes[c]);
  return { hash, stemHash, rare };
}

/** describeWordInto as lists (training). */
export function describeWord(
  word: string,
  gaz: Gazetteer,
  clusters: WordClusters,
  nameEvidence: WordClusters,
  isFrequent: (wordHash: number) => boolean,
  asUnseen = false,
): WordFeatures {
  const own: number[] = [];
  const asNeighbour = NEIGHBOUR_OFFSETS.map((): number[] => []);
  const add = (role: number, feature: number): void => {
    if (role === OWN_ROLE) own.push(feature);
    else if (role < BEFORE_RARE_ROLE) asNeighbour[role - NEIGHBOUR_ROLE].push(feature);
  };
  const sink: WordFeatureSink = { add, addSmall: (role, template, value) => add(role, smallFeature(template, value)) };
  const { hash, stemHash, rare } = describeWordInto(word, gaz, clusters, nameEvidence, isFrequent, sink, asUnseen);
  const classes = Array.from(classScratch.subarray(0, gazetteerClasses(procliticReadings(word), gaz, classScratch)), (index) => CLASS_HASHES[index]);
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
  return bigramFeatureFrom(bigramSeed(role, first), second);
}

/** The part of bigramFeature that depends on the first word alone (a tagger keeps it per word). */
export function bigramSeed(role: number, first: number): number {
  return mix(BIGRAM_TEMPLATES[role], first);
}

/** bigramFeature from the first word's bigramSeed. */
export function bigramFeatureFrom(seed: number, second: number): number {
  return mix(seed, second);
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

/** Gives `sink` the features of a word described as lists (describeWord, the sentence-boundary markers), rareContextFeatures included. */
export function replayWord(features: WordFeatures, sink: WordFeatureSink): void {
  for (const feature of features.own) sink.add(OWN_ROLE, feature);
  features.asNeighbour.forEach((list, k) => list.forEach((feature) => sink.add(NEIGHBOUR_ROLE + k, feature)));
  const context = rareContextFeatures(features);
  for (const feature of [context.previous, context.previousStem, ...context.previousClasses]) sink.add(BEFORE_RARE_ROLE, feature);
  for (const feature of [context.next, ...context.nextClasses]) sink.add(AFTER_RARE_ROLE, feature);
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

/** mix(T.previousTagWord, tag) by tag index: every word new to the tagger asks for each. */
const previousTagWordSeeds: number[] = [];

/** The previous tag joined with the current word. */
export function previousTagWordFeature(previousTag: number, wordHash: number): number {
  let seed = previousTagWordSeeds[previousTag];
  if (seed === undefined) seed = previousTagWordSeeds[previousTag] = mix(T.previousTagWord, previousTag);
  return mix(seed, wordHash);
}
