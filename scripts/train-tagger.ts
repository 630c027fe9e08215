/**
 * Trains the entity tagger on WikiFANE Gold 2014 (Alotaibi & Lee, COLING 2014, CC BY-SA 3.0;
 * ../shared/ner, read by src/entities/fane.ts) with word clusters learned from unlabeled news
 * (data/entities/clusters.bin, scripts/build-word-clusters.ts), and writes compact averaged weights
 * to data/entities/tagger.bin. Every tenth document is kept out of training as the development set
 * the settings were chosen on; its scores are printed at the end. NewsFANE is never read: its text is
 * ANERcorp's, which qari may measure with but not ship anything derived from (fane.ts), and this
 * script writes data/.
 *
 * Two stages, because the tagger's second pass reads what its first pass made of each word elsewhere
 * in the document (document-features.ts): first, models trained on all folds but one tag the left-out
 * fold, so every training sentence gets first-pass tags from a model that never saw it (as an article
 * at run time); then the final model learns from the sentence features plus those document features,
 * shown for only part of the sentences so that it also tags well without them (the first pass).
 * The fold models also tag the unlabeled ANT news (../shared/corpora/ant): how often each word was
 * taken for a person there is a feature (name-evidence.ts), which a training sentence gets from the
 * fold model that did not see it; the shipped evidence (data/entities/name-evidence.bin) comes from a
 * model trained on all the training documents the same way.
 * Usage: tsx scripts/train-tagger.ts [epochs] [min weight] [min frequency] [unseen share]
 *        [folds] [fold epochs]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreSpans, TAGS, type Sentence } from '../src/entities/conll.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from '../src/entities/document-features.js';
import { procliticReadings } from '../src/entities/clitics.js';
import { dropLeadingTitles, parseFane, splitFane, WIKIFANE_FILE } from '../src/entities/fane.js';
import { describeWord, staticFeatures, type WordFeatures } from '../src/entities/features.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { hashString } from '../src/entities/hash.js';
import { NameEvidenceCounter, NO_NAME_EVIDENCE } from '../src/entities/name-evidence.js';
import { tokenize } from '../src/entities/tokenize.js';
import { foldedHonorifics, foldedOfficeTitles } from '../src/entities/lexicon.js';
import { SequenceTagger } from '../src/entities/sequence-tagger.js';
import { TaggerModel } from '../src/entities/tagger-model.js';
import { PerceptronTrainer } from '../src/entities/trainer.js';
import { WordClusters } from '../src/entities/word-clusters.js';

const shared = fileURLToPath(new URL('../../shared/ner', import.meta.url));
const output = fileURLToPath(new URL('../data/entities/tagger.bin', import.meta.url));
const clustersPath = fileURLToPath(new URL('../data/entities/clusters.bin', import.meta.url));
const evidenceOutput = fileURLToPath(new URL('../data/entities/name-evidence.bin', import.meta.url));
const antPath = fileURLToPath(new URL('../../shared/corpora/ant/ant-1.1.jsonl', import.meta.url));
const args = process.argv.slice(2);
const corpora = [WIKIFANE_FILE];
const epochs = Number(args[0] ?? 10);
const minWeight = Number(args[1] ?? 2);
const minFrequency = Number(args[2] ?? 3);
// Word dropout: each epoch, this share of uncommon words is shown as unseen, so the model learns to
// find names from context, letters and clusters and not only by remembering the training names.
const unseenShare = Number(args[3] ?? 0.5);
const folds = Number(args[4] ?? 3);
/** Epochs of the stage-1 models, which only need to tag their left-out fold about as well. */
const foldEpochs = Number(args[5] ?? 4);
const uncommonBelow = 10;
/** Share of sentences shown with their document features in the final training. */
const documentShare = 0.8;

for (const path of [...corpora.map((file) => `${shared}/${file}`), clustersPath, antPath]) {
  if (!existsSync(path)) {
    console.error(`${path} not found; nothing to train (run scripts/build-word-clusters.ts for clusters.bin).`);
    process.exit(1);
  }
}

const gaz = gazetteer();
const clusters = WordClusters.decode(readFileSync(clustersPath));
const split = splitFane(corpora.map((file) => parseFane(readFileSync(`${shared}/${file}`, 'utf8'))));
/** Honorifics and, with the article, office titles ("والملك" too): not part of the name for qari. */
const isTitle = (word: string): boolean =>
  procliticReadings(word).some(({ stem }) => foldedHonorifics.has(stem) || (stem.startsWith('ال') && foldedOfficeTitles.has(stem)));
for (const doc of [...split.train, ...split.dev]) for (const sentence of doc) dropLeadingTitles(sentence, isTitle);
const train: Sentence[] = split.train.flat();
/** Training documents as lists of sentence indices into `train`. */
const trainDocs: number[][] = [];
for (const doc of split.train) {
  const first = trainDocs.length ? trainDocs[trainDocs.length - 1].at(-1)! + 1 : 0;
  trainDocs.push(doc.map((_, k) => first + k));
}
const counts = new Map<string, number>();
for (const sentence of train) for (const word of sentence.words) counts.set(word, (counts.get(word) ?? 0) + 1);
const frequent = new Set([...counts].filter(([, count]) => count >= minFrequency).map(([word]) => hashString(word)));
const isRare = (word: string): boolean => !frequent.has(hashString(word));

// Features do not change between epochs: compute them once per word and name-evidence table.
function memoized(describe: (word: string) => WordFeatures): (word: string) => WordFeatures {
  const known = new Map<string, WordFeatures>();
  return (word) => {
    let features = known.get(word);
    if (!features) known.set(word, (features = describe(word)));
    return features;
  };
}

interface Prepared {
  words: WordFeatures[];
  features: number[][];
  /** Features with the word shown as unseen, for uncommon words. */
  unseenFeatures: Array<number[] | null>;
  gold: Int32Array;
}

/** The training sentences' features, sentence s seeing the name evidence `evidenceFor(s)`. */
function prepare(evidenceFor: (s: number) => WordClusters): Prepared[] {
  const describers = new Map<WordClusters, { seen: (word: string) => WordFeatures; unseen: (word: string) => WordFeatures }>();
  const describer = (evidence: WordClusters): { seen: (word: string) => WordFeatures; unseen: (word: string) => WordFeatures } => {
    let found = describers.get(evidence);
    if (!found) {
      found = {
        seen: memoized((word) => describeWord(word, gaz, clusters, evidence, (hash) => frequent.has(hash))),
        unseen: memoized((word) => describeWord(word, gaz, clusters, evidence, () => false, true)),
      };
      describers.set(evidence, found);
    }
    return found;
  };
  return train.map((sentence, s) => {
    const { seen, unseen } = describer(evidenceFor(s));
    const words = sentence.words.map(seen);
    const asUnseen = (i: number): number[] | null => {
      if ((counts.get(sentence.words[i]) ?? 0) >= uncommonBelow) return null;
      const variant = [...words];
      variant[i] = unseen(sentence.words[i]);
      return staticFeatures(variant, i);
    };
    return {
      words,
      features: words.map((_, i) => staticFeatures(words, i)),
      unseenFeatures: words.map((_, i) => asUnseen(i)),
      gold: Int32Array.from(sentence.tags, (tag) => TAGS.indexOf(tag)),
    };
  });
}

let prepared = prepare(() => NO_NAME_EVIDENCE);

/** The ANT articles as documents of folded paragraphs (title first). */
const antDocuments: string[][][] = [];
for (const line of readFileSync(antPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { title?: string; paragraphs?: string[] };
  const paragraphs = [article.title ?? '', ...(article.paragraphs ?? [])].map((text) => tokenize(text).map((token) => token.folded));
  antDocuments.push(paragraphs.filter((words) => words.length > 0));
}

/** How often `model` takes each word of the ANT news for a person. */
function nameEvidenceOf(model: TaggerModel): { table: WordClusters; bytes: Uint8Array } {
  const tagger = new SequenceTagger(model, gaz, clusters, NO_NAME_EVIDENCE);
  const counter = new NameEvidenceCounter();
  for (const doc of antDocuments) tagger.tagDocument(doc).forEach((tags, k) => counter.add(doc[k], tags));
  return counter.build();
}

/**
 * Trains on the sentences at `indices` for `rounds` epochs; `documentEvidence[s]`, when given, is
 * shown for a share of them.
 */
function trainModel(indices: number[], rounds: number, documentEvidence?: Array<Array<readonly number[]>>): PerceptronTrainer {
  const trainer = new PerceptronTrainer(TAGS);
  // A fixed-seed shuffle per epoch: order effects matter for perceptrons, randomness should not.
  let seed = 12345;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let epoch = 1; epoch <= rounds; epoch++) {
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
  return trainer;
}

function encode(trainer: PerceptronTrainer, smallest: number): Uint8Array {
  return TaggerModel.encode({ ...trainer.averaged(smallest), frequent: Uint32Array.from(frequent) });
}

function tagDocuments(model: TaggerModel, sentences: readonly Sentence[], docs: number[][], evidence: WordClusters): Map<number, string[]> {
  const tagger = new SequenceTagger(model, gaz, clusters, evidence);
  const tags = new Map<number, string[]>();
  for (const doc of docs) tagger.tagDocument(doc.map((s) => sentences[s].words)).forEach((t, k) => tags.set(doc[k], t));
  return tags;
}

// Stage 1: first-pass tags of every training sentence from a model that did not train on its fold
// (such a model has no document weights, so its second pass changes nothing).
const firstPass = new Map<number, string[]>();
const foldEvidence: WordClusters[] = [];
const foldOf = new Int32Array(train.length);
for (let fold = 0; fold < folds; fold++) {
  const inFold = (d: number): boolean => d % folds === fold;
  const model = TaggerModel.decode(encode(trainModel(trainDocs.filter((_, d) => !inFold(d)).flat(), foldEpochs), minWeight));
  for (const [s, tags] of tagDocuments(model, train, trainDocs.filter((_, d) => inFold(d)), NO_NAME_EVIDENCE)) {
    firstPass.set(s, tags);
    foldOf[s] = fold;
  }
  foldEvidence.push(nameEvidenceOf(model).table);
  console.log(`fold ${fold + 1}/${folds} tagged, and the ANT news with it`);
}
// The shipped name evidence, from a model of all the training documents trained as the fold models.
const evidence = nameEvidenceOf(TaggerModel.decode(encode(trainModel(train.map((_, s) => s), foldEpochs), minWeight)));
writeFileSync(evidenceOutput, evidence.bytes);
console.log(`wrote ${evidenceOutput}: ${(evidence.bytes.length / 1e6).toFixed(2)} MB`);
prepared = prepare((s) => foldEvidence[foldOf[s]]);
const documentEvidence = new Array<Array<readonly number[]>>(train.length);
for (const doc of trainDocs) {
  const evidence = documentFeatures(doc.map((s) => train[s].words), doc.map((s) => firstPass.get(s) as string[]), isRare, (features) => features, []);
  doc.forEach((s, k) => (documentEvidence[s] = evidence[k]));
}

// Stage 2: the shipped model.
console.log(`stage 1 done in ${Math.round(performance.now() / 1000)} s`);
const bytes = encode(trainModel(train.map((_, s) => s), epochs, documentEvidence), minWeight);
const model = TaggerModel.decode(bytes);
writeFileSync(output, bytes);
console.log(`wrote ${output}: ${(bytes.length / 1e6).toFixed(2)} MB after ${Math.round(performance.now() / 1000)} s`);

const dev = split.dev.flat();
const devDocs: number[][] = [];
for (const doc of split.dev) {
  const first = devDocs.length ? devDocs[devDocs.length - 1].at(-1)! + 1 : 0;
  devDocs.push(doc.map((_, k) => first + k));
}
const devTags = tagDocuments(model, dev, devDocs, evidence.table);
const predicted = dev.map((_, s) => devTags.get(s) as string[]);
for (const type of ['PERS', 'LOC', 'ORG', 'MISC']) {
  const score = scoreSpans(dev.map((s) => s.tags), predicted, type);
  console.log(`FANE dev ${type} (tagger alone): P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}`);
}
