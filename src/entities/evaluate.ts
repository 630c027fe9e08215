/**
 * Measures the extractor against the hand-checked gold files and ANERcorp (which the tagger is not
 * trained on: it is for measuring only).
 * Used by scripts/eval-entities.ts and by the threshold tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Block, Entity } from '../article/model.js';
import { findMatches, fold } from '../text/normalize.js';
import { readConll, scoreSpans, SENTENCES_PER_DOCUMENT, type Score } from './conll.js';
import { extractEntities } from './extract.js';
import { tagDocument } from './document-tags.js';

interface GoldPerson {
  name: string;
  role?: string | null;
  surface: string[];
}

export interface GoldFile {
  file: string;
  officials: GoldPerson[];
  other_people?: GoldPerson[];
}

export interface OfficialsScore {
  file: string;
  gold: number;
  predicted: number;
  found: number;
  correct: number;
  roleRight: number;
  mentionsExpected: number;
  mentionsFound: number;
}

/** One block per non-empty line, the first being the title (how the gold files were written). */
export function blocksFromArticle(text: string): Block[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => ({ kind: index === 0 ? 'title' : 'paragraph', text: line, direction: 'rtl' }));
}

function sameName(predicted: string, gold: GoldPerson): boolean {
  const ours = fold(predicted);
  const forms = [gold.name, ...gold.surface].map(fold);
  if (forms.includes(ours)) return true;
  // A fuller or slightly shorter rendering of the same multi-word name still counts.
  const goldName = fold(gold.name);
  return (ours.split(' ').length >= 2 && goldName.includes(ours)) || (goldName.split(' ').length >= 2 && ours.includes(goldName));
}

function roleMatches(predicted: string | null, gold: string | null | undefined): boolean {
  if (!gold) return true;
  if (!predicted) return false;
  const ours = fold(predicted);
  const theirs = fold(gold);
  return ours.includes(theirs) || theirs.includes(ours);
}

const LETTER = /[\p{L}\p{M}]/u;

/** Whole-word occurrences of a person's surface forms (a clitic letter may precede), longest first. */
function surfaceOccurrences(blocks: Block[], person: GoldPerson): Array<{ block: number; start: number; end: number }> {
  const found: Array<{ block: number; start: number; end: number }> = [];
  const forms = [...new Set(person.surface)].sort((a, b) => b.length - a.length);
  blocks.forEach((block, index) => {
    for (const form of forms) {
      for (const match of findMatches(block.text, form)) {
        const before = block.text.slice(Math.max(0, match.start - 2), match.start);
        const boundaryBefore = before === '' || !LETTER.test(before.slice(-1)) || (/^[وفبلك]$/.test(before.slice(-1)) && !LETTER.test(before.slice(0, -1) || ' '));
        const boundaryAfter = !LETTER.test(block.text[match.end] ?? ' ');
        const overlapping = found.some((f) => f.block === index && f.start < match.end && match.start < f.end);
        if (boundaryBefore && boundaryAfter && !overlapping) found.push({ block: index, ...match });
      }
    }
  });
  return found;
}

export function scoreOfficials(gold: GoldFile, blocks: Block[], entities: Entity[]): OfficialsScore {
  const officials = entities.filter((entity) => entity.kind === 'person' && entity.official);
  const people = entities.filter((entity) => entity.kind === 'person');
  let found = 0;
  let roleRight = 0;
  let mentionsExpected = 0;
  let mentionsFound = 0;
  for (const goldOfficial of gold.officials) {
    const match = officials.find((entity) => sameName(entity.name, goldOfficial));
    if (match) {
      found++;
      if (roleMatches(match.role, goldOfficial.role)) roleRight++;
    }
  }
  for (const person of [...gold.officials, ...(gold.other_people ?? [])]) {
    for (const occurrence of surfaceOccurrences(blocks, person)) {
      mentionsExpected++;
      const covered = people.some((entity) =>
        entity.mentions.some((m) => m.block === occurrence.block && m.start < occurrence.end && occurrence.start < m.end),
      );
      if (covered) mentionsFound++;
    }
  }
  const correct = officials.filter((entity) => gold.officials.some((g) => sameName(entity.name, g))).length;
  return { file: gold.file, gold: gold.officials.length, predicted: officials.length, found, correct, roleRight, mentionsExpected, mentionsFound };
}

/** Scores every gold file whose article exists under `sharedDir`. */
export function evaluateGold(sharedDir: string, goldFiles: string[]): OfficialsScore[] {
  const scores: OfficialsScore[] = [];
  for (const goldPath of goldFiles) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
    const articlePath = `${sharedDir}/articles/ar/${gold.file}`;
    if (!existsSync(articlePath)) continue;
    const blocks = blocksFromArticle(readFileSync(articlePath, 'utf8'));
    scores.push(scoreOfficials(gold, blocks, extractEntities(blocks)));
  }
  return scores;
}

export function totalOfficials(scores: OfficialsScore[]): { precision: number; recall: number; roleAccuracy: number; mentionRecall: number } {
  const sum = (key: keyof Omit<OfficialsScore, 'file'>): number => scores.reduce((total, s) => total + s[key], 0);
  return {
    precision: sum('correct') / Math.max(1, sum('predicted')),
    recall: sum('found') / Math.max(1, sum('gold')),
    roleAccuracy: sum('roleRight') / Math.max(1, sum('found')),
    mentionRecall: sum('mentionsFound') / Math.max(1, sum('mentionsExpected')),
  };
}

/**
 * Which part of ANERcorp to score: settings may be chosen on the first half (by sentence); the second
 * half is the part never looked at while choosing.
 */
export type AnercorpPart = 'first-half' | 'second-half' | 'all';

/**
 * Person P/R/F1 (entity-level exact span) on a part of ANERcorp, tagged as the extractor tags an
 * article (tagger, title rule, document consistency; see document-tags.ts).
 */
export function evaluateAnercorpPersons(conllPath: string, part: AnercorpPart = 'second-half'): Score {
  const sentences = readConll(conllPath);
  const half = Math.floor(sentences.length / 2);
  const scored = part === 'all' ? sentences : part === 'first-half' ? sentences.slice(0, half) : sentences.slice(half);
  const predicted: string[][] = [];
  for (let i = 0; i < scored.length; i += SENTENCES_PER_DOCUMENT) {
    predicted.push(...tagDocument(scored.slice(i, i + SENTENCES_PER_DOCUMENT).map((sentence) => sentence.words)));
  }
  return scoreSpans(scored.map((sentence) => sentence.tags), predicted, 'PERS');
}
