/**
 * Feature templates of the named-entity tagger. Shared by training (scripts/train-tagger.ts) and
 * tagging so both see exactly the same features. Tokens are folded words (see normalize.ts).
 */
import { procliticReadings } from './clitics.js';
import type { Gazetteer } from './gazetteer.js';

/** The stem a word most likely has once و/ف/ب/ل/ك and the article are removed. */
function bareStem(word: string): string {
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

/** Gazetteer classes a word belongs to, under any of its proclitic readings. */
function gazetteerClasses(word: string, gaz: Gazetteer): string[] {
  const classes: string[] = [];
  for (const { stem } of procliticReadings(word)) {
    if (gaz.firstNames.has(stem)) classes.push('first');
    if (gaz.familyNames.has(stem)) classes.push('family');
    if (gaz.honorifics.has(stem)) classes.push('honor');
    if (gaz.officeTitles.has(stem)) classes.push('office');
    if (gaz.nationalities.has(stem)) classes.push('nat');
    if (gaz.places.has(stem)) classes.push('place');
    else if (gaz.placeWords.has(stem)) classes.push('placeword');
    if (gaz.organizationHeads.has(stem)) classes.push('orghead');
    if (gaz.organizations.has(stem)) classes.push('org');
  }
  return [...new Set(classes)];
}

/** What the templates need to know about each token, computed once per sequence. */
export interface TokenInfo {
  word: string;
  stem: string;
  shape: string;
  classes: string[];
  rare: boolean;
}

export function describeToken(word: string, gaz: Gazetteer, frequent: ReadonlySet<string>): TokenInfo {
  return { word, stem: bareStem(word), shape: shape(word), classes: gazetteerClasses(word, gaz), rare: !frequent.has(word) };
}

const START: TokenInfo = { word: '<s>', stem: '<s>', shape: '<s>', classes: [], rare: false };
const END: TokenInfo = { word: '</s>', stem: '</s>', shape: '</s>', classes: [], rare: false };

/** Features of a token that depend on that token alone (cacheable per word). */
export function ownFeatures(token: TokenInfo): string[] {
  const { word, stem } = token;
  const features = [
    'bias',
    'w=' + word,
    's=' + stem,
    'sh=' + token.shape,
    'p2=' + stem.slice(0, 2),
    'p3=' + stem.slice(0, 3),
    'x1=' + stem.slice(-1),
    'x2=' + stem.slice(-2),
    'x3=' + stem.slice(-3),
    'al=' + word.startsWith('ال'),
    'len=' + Math.min(stem.length, 8),
    'p4=' + word.slice(0, 4),
    // A leading و often starts a second name in a list ("بينينغ وجوليا").
    'p1w=' + word.slice(0, 1) + '|' + (word.length > 4),
    'x4=' + word.slice(-4),
  ];
  // Words rare in the training text are where names hide: let context decide for them.
  if (token.rare) features.push('rare', 'rare|x2=' + stem.slice(-2));
  for (const cls of token.classes) features.push('g=' + cls);
  return features;
}

export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** Features contributed by the neighbour at `offset` alone (cacheable per offset and word). */
export function neighbourFeatures(neighbour: TokenInfo, offset: number): string[] {
  const sign = offset < 0 ? String(offset) : '+' + offset;
  const features = ['w' + sign + '=' + neighbour.word];
  if (offset === -1 || offset === 1) features.push('s' + sign + '=' + neighbour.stem, 'sh' + sign + '=' + neighbour.shape);
  for (const cls of neighbour.classes) features.push(`g${offset}=` + cls);
  return features;
}

/** Features joining the token with a neighbour. */
export function pairFeatures(tokens: readonly TokenInfo[], i: number): string[] {
  const previous = (tokens[i - 1] ?? START).word;
  const next = (tokens[i + 1] ?? END).word;
  const { word } = tokens[i];
  const features = ['w-1w=' + previous + '|' + word, 'ww+1=' + word + '|' + next];
  if (tokens[i].rare) features.push('rare|w-1=' + previous, 'rare|w+1=' + next);
  return features;
}

/** The neighbour at `offset`, or a sentence-boundary marker. */
export function neighbourAt(tokens: readonly TokenInfo[], i: number, offset: number): TokenInfo {
  return tokens[i + offset] ?? (offset < 0 ? START : END);
}

/** Features of position i that do not depend on predicted tags. */
export function staticFeatures(tokens: readonly TokenInfo[], i: number): string[] {
  const features = [...ownFeatures(tokens[i]), ...pairFeatures(tokens, i)];
  for (const offset of NEIGHBOUR_OFFSETS) features.push(...neighbourFeatures(neighbourAt(tokens, i, offset), offset));
  return features;
}

/** Features that depend on the tags already predicted to the left. */
export function dynamicFeatures(previousTag: string, beforePreviousTag: string, word: string): string[] {
  return ['t-1=' + previousTag, 't-2t-1=' + beforePreviousTag + '|' + previousTag, 't-1w=' + previousTag + '|' + word];
}
