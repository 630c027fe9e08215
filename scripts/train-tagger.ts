/**
 * Trains the entity tagger on the first 80% of ANERcorp (../shared/ner/anercorp/train.conll) and
 * writes compact averaged weights to data/entities/tagger.bin. The last 20% stays held back for
 * `npm run eval:entities`. Usage: tsx scripts/train-tagger.ts [epochs] [min weight] [min frequency] [unseen share]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConll, scoreSpans, splitHeldBack, TAGS } from '../src/entities/conll.js';
import { describeWord, staticFeatures, type WordFeatures } from '../src/entities/features.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { hashString } from '../src/entities/hash.js';
import { SequenceTagger } from '../src/entities/sequence-tagger.js';
import { TaggerModel } from '../src/entities/tagger-model.js';
import { PerceptronTrainer } from '../src/entities/trainer.js';

const corpus = fileURLToPath(new URL('../../shared/ner/anercorp/train.conll', import.meta.url));
const output = fileURLToPath(new URL('../data/entities/tagger.bin', import.meta.url));
const epochs = Number(process.argv[2] ?? 10);
// Word dropout: each epoch, this share of uncommon words is shown as unseen, so the model learns to
// find names from context and letters and not only by remembering the training names.
const unseenShare = Number(process.argv[5] ?? 0.3);
const uncommonBelow = 10;
const minWeight = Number(process.argv[3] ?? 0.05);
const minFrequency = Number(process.argv[4] ?? 3);

if (!existsSync(corpus)) {
  console.error(`ANERcorp not found at ${corpus}; nothing to train.`);
  process.exit(1);
}

const gaz = gazetteer();
const { train, heldBack } = splitHeldBack(readConll(corpus));
const counts = new Map<string, number>();
for (const sentence of train) for (const word of sentence.words) counts.set(word, (counts.get(word) ?? 0) + 1);
const frequent = new Set([...counts].filter(([, count]) => count >= minFrequency).map(([word]) => hashString(word)));

// Features do not change between epochs: compute them once.
const described = new Map<string, WordFeatures>();
const wordFeatures = (word: string): WordFeatures => {
  let features = described.get(word);
  if (!features) described.set(word, (features = describeWord(word, gaz, (hash) => frequent.has(hash))));
  return features;
};
const unseen = new Map<string, WordFeatures>();
const unseenFeatures = (word: string): WordFeatures => {
  let features = unseen.get(word);
  if (!features) unseen.set(word, (features = describeWord(word, gaz, () => false, true)));
  return features;
};
const prepared = train.map((sentence) => {
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

const trainer = new PerceptronTrainer(TAGS);
// A fixed-seed shuffle per epoch: order effects matter for perceptrons, randomness should not.
let seed = 12345;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let epoch = 1; epoch <= epochs; epoch++) {
  const order = prepared.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  for (const index of order) {
    const { words, features, unseenFeatures: variants, gold } = prepared[index];
    const shown = features.map((list, i) => (variants[i] && random() < unseenShare ? variants[i] : list));
    errors += trainer.trainSentence(words, shown, gold);
  }
  console.log(`epoch ${epoch}: ${errors} training errors`);
}

const bytes = TaggerModel.encode({ ...trainer.averaged(minWeight), frequent: Uint32Array.from(frequent) });
writeFileSync(output, bytes);
const model = TaggerModel.decode(bytes);
console.log(`wrote ${output}: ${(bytes.length / 1e6).toFixed(2)} MB`);

const tagger = new SequenceTagger(model, gaz);
const predicted = heldBack.map((sentence) => tagger.tag(sentence.words));
for (const type of ['PERS', 'LOC', 'ORG']) {
  const score = scoreSpans(heldBack.map((s) => s.tags), predicted, type);
  console.log(`held-back ${type}: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}`);
}
