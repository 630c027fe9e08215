/** The trained tagger, loaded from data/entities/tagger.json on first use (not at program start). */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';
import { gazetteer } from './gazetteer.js';
import { PerceptronTagger, type TaggerWeights } from './perceptron.js';

let model: PerceptronTagger | undefined;

function loadModel(): PerceptronTagger {
  model ??= PerceptronTagger.fromJSON(JSON.parse(readFileSync(dataPath('entities/tagger.json'), 'utf8')) as TaggerWeights);
  return model;
}

/** BIO tags (PERS, LOC, ORG, MISC) for a sequence of folded tokens. */
export function tagWords(words: readonly string[]): string[] {
  return loadModel().tag(words, gazetteer());
}

/** Whether a folded word was rare in the tagger's training text (names usually are). */
export function isRareWord(word: string): boolean {
  return !loadModel().frequent.has(word);
}
