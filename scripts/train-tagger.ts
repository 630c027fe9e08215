/**
 * Trains the entity tagger on the first 80% of ANERcorp (../shared/ner/anercorp/train.conll) and
 * writes compact averaged weights to data/entities/tagger.json. The last 20% stays held back for
 * `npm run eval:entities`. Usage: tsx scripts/train-tagger.ts [epochs]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConll, scoreSpans, splitHeldBack, TAGS } from '../src/entities/conll.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { PerceptronTagger, PerceptronTrainer } from '../src/entities/perceptron.js';

const corpus = fileURLToPath(new URL('../../shared/ner/anercorp/train.conll', import.meta.url));
const output = fileURLToPath(new URL('../data/entities/tagger.json', import.meta.url));
const epochs = Number(process.argv[2] ?? 8);
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
const frequent = new Set([...counts].filter(([, count]) => count >= minFrequency).map(([word]) => word));
const trainer = new PerceptronTrainer(TAGS, frequent);

// A fixed-seed shuffle per epoch: order effects matter for perceptrons, randomness should not.
let seed = 12345;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

for (let epoch = 1; epoch <= epochs; epoch++) {
  const order = train.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  for (const index of order) errors += trainer.trainSentence(train[index].words, train[index].tags, gaz);
  console.log(`epoch ${epoch}: ${errors} training errors`);
}

const weights = trainer.averaged(minWeight);
const json = JSON.stringify(weights);
writeFileSync(output, json);
console.log(`wrote ${output}: ${Object.keys(weights.weights).length} features, ${(json.length / 1e6).toFixed(2)} MB`);

const model = PerceptronTagger.fromJSON(weights);
const predicted = heldBack.map((sentence) => model.tag(sentence.words, gaz));
for (const type of ['PERS', 'LOC', 'ORG']) {
  const score = scoreSpans(heldBack.map((s) => s.tags), predicted, type);
  console.log(`held-back ${type}: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}`);
}
