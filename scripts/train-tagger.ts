/**
 * Trains the entity tagger on the first 80% of ANERcorp (../shared/ner/anercorp/train.conll) and
 * writes compact averaged weights to data/entities/tagger.bin. The last 20% stays held back for
 * `npm run eval:entities`.
 *
 * Two stages, because the tagger's second pass reads what its first pass made of each word elsewhere
 * in the document (document-features.ts): first, models trained on all folds but one tag the left-out
 * fold, so every training sentence gets first-pass tags from a model that never saw it (as an article
 * at run time); then the final model learns from the sentence features plus those document features,
 * shown for only part of the sentences so that it also tags well without them (the first pass).
 * Usage: tsx scripts/train-tagger.ts [epochs] [min weight] [min frequency] [unseen share]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConll, scoreSpans, SENTENCES_PER_DOCUMENT, splitHeldBack, TAGS, type Sentence } from '../src/entities/conll.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from '../src/entities/document-features.js';
import { describeWord, staticFeatures, type WordFeatures } from '../src/entities/features.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { hashString } from '../src/entities/hash.js';
import { SequenceTagger } from '../src/entities/sequence-tagger.js';
import { TaggerModel } from '../src/entities/tagger-model.js';
import { PerceptronTrainer } from '../src/entities/trainer.js';

const corpus = fileURLToPath(new URL('../../shared/ner/anercorp/train.conll', import.meta.url));
const output = fileURLToPath(new URL('../data/entities/tagger.bin', import.meta.url));
const epochs = Number(process.argv[2] ?? 10);
const minWeight = Number(process.argv[3] ?? 0.05);
const minFrequency = Number(process.argv[4] ?? 3);
// Word dropout: each epoch, this share of uncommon words is shown as unseen, so the model learns to
// find names from context and letters and not only by remembering the training names.
const unseenShare = Number(process.argv[5] ?? 0.3);
const uncommonBelow = 10;
/** Share of sentences shown with their document features in the final training. */
const documentShare = 0.8;
const folds = 5;

if (!existsSync(corpus)) {
  console.error(`ANERcorp not found at ${corpus}; nothing to train.`);
  process.exit(1);
}

const gaz = gazetteer();
const { train, heldBack } = splitHeldBack(readConll(corpus));
const counts = new Map<string, number>();
for (const sentence of train) for (const word of sentence.words) counts.set(word, (counts.get(word) ?? 0) + 1);
const frequent = new Set([...counts].filter(([, count]) => count >= minFrequency).map(([word]) => hashString(word)));
const isRare = (word: string): boolean => !frequent.has(hashString(word));

// Features do not change between epochs: compute them once.
function memoized(describe: (word: string) => WordFeatures): (word: string) => WordFeatures {
  const known = new Map<string, WordFeatures>();
  return (word) => {
    let features = known.get(word);
    if (!features) known.set(word, (features = describe(word)));
    return features;
  };
}
const wordFeatures = memoized((word) => describeWord(word, gaz, (hash) => frequent.has(hash)));
const unseenFeatures = memoized((word) => describeWord(word, gaz, () => false, true));

interface Prepared {
  words: WordFeatures[];
  features: number[][];
  /** Features with the word shown as unseen, for uncommon words. */
  unseenFeatures: Array<number[] | null>;
  gold: Int32Array;
}

const prepared: Prepared[] = train.map((sentence) => {
  const words = sentence.words.map(wordFeatures);
  const asUnseen = (i: number): number[] | null => {
    if ((counts.get(sentence.words[i]) ?? 0) >= uncommonBelow) return null;
    const variant = [...words];
    variant[i] = unseenFeatures(sentence.words[i]);
    return staticFeatures(variant, i);
  };
  return {
    words,
    features: words.map((_, i) => staticFeatures(words, i)),
    unseenFeatures: words.map((_, i) => asUnseen(i)),
    gold: Int32Array.from(sentence.tags, (tag) => TAGS.indexOf(tag)),
  };
});

/**
 * Trains on the sentences at `indices` and returns the encoded model; `documentEvidence[s]`, when
 * given, is shown for a share of them.
 */
function trainModel(indices: number[], documentEvidence?: Array<Array<readonly number[]>>): Uint8Array {
  const trainer = new PerceptronTrainer(TAGS);
  // A fixed-seed shuffle per epoch: order effects matter for perceptrons, randomness should not.
  let seed = 12345;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = [...indices];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { words, features, unseenFeatures: variants, gold } = prepared[index];
      let shown = features.map((list, i) => (variants[i] && random() < unseenShare ? (variants[i] as number[]) : list));
      const evidence = documentEvidence?.[index];
      if (evidence && random() < documentShare) {
        shown = shown.map((list, i) => list.concat(...evidence.slice(i * DOCUMENT_LISTS_PER_TOKEN, (i + 1) * DOCUMENT_LISTS_PER_TOKEN)));
      }
      trainer.trainSentence(words, shown, gold);
    }
  }
  return TaggerModel.encode({ ...trainer.averaged(minWeight), frequent: Uint32Array.from(frequent) });
}

/** Consecutive runs of sentences standing in for documents (ANERcorp has no document boundaries). */
function documents(count: number): number[][] {
  const docs: number[][] = [];
  for (let start = 0; start < count; start += SENTENCES_PER_DOCUMENT) {
    docs.push(Array.from({ length: Math.min(SENTENCES_PER_DOCUMENT, count - start) }, (_, k) => start + k));
  }
  return docs;
}

function tagDocuments(model: TaggerModel, sentences: readonly Sentence[], docs: number[][]): Map<number, string[]> {
  const tagger = new SequenceTagger(model, gaz);
  const tags = new Map<number, string[]>();
  for (const doc of docs) tagger.tagDocument(doc.map((s) => sentences[s].words)).forEach((t, k) => tags.set(doc[k], t));
  return tags;
}

// Stage 1: first-pass tags of every training sentence from a model that did not train on its fold
// (such a model has no document weights, so its second pass changes nothing).
const trainDocs = documents(train.length);
const firstPass = new Map<number, string[]>();
for (let fold = 0; fold < folds; fold++) {
  const inFold = (d: number): boolean => d % folds === fold;
  const model = TaggerModel.decode(trainModel(trainDocs.filter((_, d) => !inFold(d)).flat()));
  for (const [s, tags] of tagDocuments(model, train, trainDocs.filter((_, d) => inFold(d)))) firstPass.set(s, tags);
  console.log(`fold ${fold + 1}/${folds} tagged`);
}
const documentEvidence = new Array<Array<readonly number[]>>(train.length);
for (const doc of trainDocs) {
  const evidence = documentFeatures(doc.map((s) => train[s].words), doc.map((s) => firstPass.get(s) as string[]), isRare, (features) => features, []);
  doc.forEach((s, k) => (documentEvidence[s] = evidence[k]));
}

// Stage 2: the shipped model.
const bytes = trainModel(train.map((_, s) => s), documentEvidence);
const model = TaggerModel.decode(bytes);
writeFileSync(output, bytes);
console.log(`wrote ${output}: ${(bytes.length / 1e6).toFixed(2)} MB`);

const heldBackTags = tagDocuments(model, heldBack, documents(heldBack.length));
const predicted = heldBack.map((_, s) => heldBackTags.get(s) as string[]);
for (const type of ['PERS', 'LOC', 'ORG']) {
  const score = scoreSpans(heldBack.map((s) => s.tags), predicted, type);
  console.log(`held-back ${type} (tagger alone): P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}`);
}
