/**
 * Measures the extractor against the hand-checked gold files and ANERcorp (which the tagger is not
 * trained on: it is for measuring only).
 * Used by scripts/eval-entities.ts and by the threshold tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Block, Entity } from '../article/model.js';
import { findMatches, fold } from '../text/normalize.js';
import { readConll, scoreSpans, SENTENCES_PER_DOCUMENT, type Score, type Sentence } from './conll.js';
import { extractEntities } from './extract.js';
import { tagDocument } from './document-tags.js';

export interface GoldPerson {
  name: string;
  role?: string | null;
  surface: string[];
}

export interface GoldFile {
  file: string;
  officials: GoldPerson[];
  other_people?: GoldPerson[];
  unnamed_officials?: string[];
}

/**
 * The gold files kept out of all tuning (fixed by the lead): their text and gold are only ever scored,
 * never read while developing the rules.
 */
export const HELD_BACK_FILES = ['snn-43-aawsat', 'snn-47-alriyadh', 'snn-51-aljazirah', 'snn-56-alyaum', 'snn-59-okaz'];

export function isHeldBack(file: string): boolean {
  return HELD_BACK_FILES.some((name) => file.startsWith(name));
}

/** The outlet of a gold file, from its name: "snn-43-aawsat.txt" → "aawsat", "ant-01-politic.txt" → "ant". */
export function sourceOf(file: string): string {
  const snn = /^snn-\d+-([a-z]+)/.exec(file);
  if (snn) return snn[1];
  return file.split(/[-.]/)[0];
}

export interface OfficialsScore {
  file: string;
  gold: number;
  predicted: number;
  found: number;
  correct: number;
  /** Found officials whose gold file gives a role, and those whose role is exactly it (folded). */
  rolesScored: number;
  roleExact: number;
  /** Role words: shared with the gold role, ours, gold's (over found officials with a gold role). */
  roleWordsShared: number;
  roleWordsOurs: number;
  roleWordsGold: number;
  /** Person entities predicted, and those that are people of the gold file (officials or others). */
  persons: number;
  realPersons: number;
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
  return exactName(predicted, gold) || containedName(predicted, gold);
}

/** Our name is the gold name or one of its surface forms, folded. */
function exactName(predicted: string, gold: GoldPerson): boolean {
  return [gold.name, ...gold.surface].map(fold).includes(fold(predicted));
}

/** A fuller or slightly shorter rendering of the same multi-word name ("X بن Y" within "X بن Y آل Z"). */
function containedName(predicted: string, gold: GoldPerson): boolean {
  const ours = fold(predicted);
  const goldName = fold(gold.name);
  return (ours.split(' ').length >= 2 && goldName.includes(ours)) || (goldName.split(' ').length >= 2 && ours.includes(goldName));
}

/**
 * Each gold official's entity: exact (folded) matches are paired first, and containment is tried
 * only among the entities and gold officials left, so that "محمد بن سلمان بن عبدالعزيز آل سعود"
 * (which contains "سلمان بن عبدالعزيز آل سعود") cannot take the other man's place when both are named.
 */
export function pairOfficials<E extends { name: string }>(goldOfficials: readonly GoldPerson[], officials: readonly E[]): Map<GoldPerson, E> {
  const pairs = new Map<GoldPerson, E>();
  const taken = new Set<E>();
  for (const sameNameTest of [exactName, containedName]) {
    for (const goldOfficial of goldOfficials) {
      if (pairs.has(goldOfficial)) continue;
      const match = officials.find((entity) => !taken.has(entity) && sameNameTest(entity.name, goldOfficial));
      if (!match) continue;
      pairs.set(goldOfficial, match);
      taken.add(match);
    }
  }
  return pairs;
}

/** A role as words for comparison: folded, punctuation dropped ("وزير الداخلية، الإيراني" = 3 words). */
export function roleWords(role: string): string[] {
  return fold(role)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

function sharedWords(ours: string[], theirs: string[]): number {
  const left = new Map<string, number>();
  for (const word of theirs) left.set(word, (left.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of ours) {
    const count = left.get(word) ?? 0;
    if (count > 0) {
      shared++;
      left.set(word, count - 1);
    }
  }
  return shared;
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
  const goldPeople = [...gold.officials, ...(gold.other_people ?? [])];
  const score: OfficialsScore = {
    file: gold.file, gold: gold.officials.length, predicted: officials.length, found: 0, correct: 0,
    rolesScored: 0, roleExact: 0, roleWordsShared: 0, roleWordsOurs: 0, roleWordsGold: 0,
    persons: people.length,
    // The name is without its honorific (DESIGN.md); a gold file may write it with ("الإمام الحسين").
    realPersons: people.filter((entity) => goldPeople.some((g) => sameName(entity.name, g) || (entity.honorific ? sameName(`${entity.honorific} ${entity.name}`, g) : false))).length,
    mentionsExpected: 0, mentionsFound: 0,
  };
  // One entity per person: a second entity for an official already matched is a wrong one.
  const pairs = pairOfficials(gold.officials, officials);
  for (const goldOfficial of gold.officials) {
    const match = pairs.get(goldOfficial);
    if (!match) continue;
    score.found++;
    if (!goldOfficial.role) continue;
    const ours = match.role ? roleWords(match.role) : [];
    const theirs = roleWords(goldOfficial.role);
    score.rolesScored++;
    if (ours.join(' ') === theirs.join(' ')) score.roleExact++;
    score.roleWordsShared += sharedWords(ours, theirs);
    score.roleWordsOurs += ours.length;
    score.roleWordsGold += theirs.length;
  }
  score.correct = pairs.size;
  for (const person of goldPeople) {
    for (const occurrence of surfaceOccurrences(blocks, person)) {
      score.mentionsExpected++;
      const covered = people.some((entity) =>
        entity.mentions.some((m) => m.block === occurrence.block && m.start < occurrence.end && occurrence.start < m.end),
      );
      if (covered) score.mentionsFound++;
    }
  }
  return score;
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

export interface OfficialsTotal {
  precision: number;
  recall: number;
  /** Share of found officials (with a gold role) whose role is exactly the gold one, folded. */
  roleExact: number;
  /** Word-level F1 of roles, micro-averaged over found officials with a gold role. */
  roleWordF1: number;
  /** Share of predicted person entities that are people in the gold file. */
  personPrecision: number;
  mentionRecall: number;
}

export function totalOfficials(scores: OfficialsScore[]): OfficialsTotal {
  const sum = (key: keyof Omit<OfficialsScore, 'file'>): number => scores.reduce((total, s) => total + s[key], 0);
  const wordPrecision = sum('roleWordsShared') / Math.max(1, sum('roleWordsOurs'));
  const wordRecall = sum('roleWordsShared') / Math.max(1, sum('roleWordsGold'));
  return {
    precision: sum('correct') / Math.max(1, sum('predicted')),
    recall: sum('found') / Math.max(1, sum('gold')),
    roleExact: sum('roleExact') / Math.max(1, sum('rolesScored')),
    roleWordF1: wordPrecision + wordRecall === 0 ? 0 : (2 * wordPrecision * wordRecall) / (wordPrecision + wordRecall),
    personPrecision: sum('realPersons') / Math.max(1, sum('persons')),
    mentionRecall: sum('mentionsFound') / Math.max(1, sum('mentionsExpected')),
  };
}

/**
 * Which part of ANERcorp to score: settings may be chosen on the first half (by sentence); the second
 * half is the part never looked at while choosing.
 */
export type AnercorpPart = 'first-half' | 'second-half' | 'all';

function anercorpSentences(conllPath: string, part: AnercorpPart): Sentence[] {
  const sentences = readConll(conllPath);
  const half = Math.floor(sentences.length / 2);
  return part === 'all' ? sentences : part === 'first-half' ? sentences.slice(0, half) : sentences.slice(half);
}

/**
 * Person P/R/F1 (entity-level exact span) on a part of ANERcorp, tagged as the extractor tags an
 * article (tagger, title rule, document consistency; see document-tags.ts).
 */
export function evaluateAnercorpPersons(conllPath: string, part: AnercorpPart = 'second-half'): Score {
  const scored = anercorpSentences(conllPath, part);
  const predicted: string[][] = [];
  for (let i = 0; i < scored.length; i += SENTENCES_PER_DOCUMENT) {
    predicted.push(...tagDocument(scored.slice(i, i + SENTENCES_PER_DOCUMENT).map((sentence) => sentence.words)));
  }
  return scoreSpans(scored.map((sentence) => sentence.tags), predicted, 'PERS');
}

/**
 * Person P/R/F1 on a part of ANERcorp as a reader gets them: each run of SENTENCES_PER_DOCUMENT
 * sentences is an article of one paragraph per sentence, put through the whole extractor (tagger,
 * rules, filters, merging), and every mention of a person entity is scored as a span of the tokens it
 * covers (a mention without its clitic "و" still covers that token). Stricter than
 * evaluateAnercorpPersons, which scores the tagger's document pass alone.
 */
export function evaluateAnercorpExtractor(conllPath: string, part: AnercorpPart = 'second-half'): Score {
  const scored = anercorpSentences(conllPath, part);
  const predicted: string[][] = [];
  for (let i = 0; i < scored.length; i += SENTENCES_PER_DOCUMENT) {
    const documentSentences = scored.slice(i, i + SENTENCES_PER_DOCUMENT);
    const blocks: Block[] = documentSentences.map((sentence) => ({ kind: 'paragraph', text: sentence.words.join(' '), direction: 'rtl' }));
    const tags = documentSentences.map((sentence) => sentence.words.map(() => 'O'));
    const tokenStarts = documentSentences.map((sentence) => {
      const starts: number[] = [];
      let offset = 0;
      for (const word of sentence.words) {
        starts.push(offset);
        offset += word.length + 1;
      }
      return starts;
    });
    for (const entity of extractEntities(blocks)) {
      if (entity.kind !== 'person') continue;
      for (const mention of entity.mentions) {
        const starts = tokenStarts[mention.block];
        if (!starts) continue;
        const tokenAt = (offset: number): number => {
          let index = 0;
          while (index + 1 < starts.length && starts[index + 1] <= offset) index++;
          return index;
        };
        const first = tokenAt(mention.start);
        const last = tokenAt(mention.end - 1);
        const sentenceTags = tags[mention.block];
        if (sentenceTags.slice(first, last + 1).some((tag) => tag !== 'O')) continue;
        for (let t = first; t <= last; t++) sentenceTags[t] = t === first ? 'B-PERS' : 'I-PERS';
      }
    }
    predicted.push(...tags);
  }
  return scoreSpans(scored.map((sentence) => sentence.tags), predicted, 'PERS');
}

