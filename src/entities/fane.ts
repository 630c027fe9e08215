/**
 * Reads the FANE corpora (NewsFANE and WikiFANE Gold 2014, Alotaibi & Lee, COLING 2014) into the
 * tagger's sentences. The files are `token<TAB>tag` lines (BOM, CRLF, a U+200E before each token,
 * a blank line after each sentence) with clitics split off ("و قال", "ل هونج", "ان ه", "حصة ها").
 * qari tags running text, so the clitics are joined back into the words an article writes, and the
 * 50 fine classes are mapped onto the tagger's four (TAGS); the fine person class is kept, as it
 * tells officials (Politician, Police) from other people.
 */
import { fold } from '../text/normalize.js';
import type { Sentence } from './conll.js';

export interface FaneSentence extends Sentence {
  /** Per word, the fine class ("Politician", "Nation", ...) or "" outside entities. */
  fine: string[];
}

/** Fine class → the tagger's coarse type; classes not listed (people groups such as "الصينيون") are O. */
const COARSE: Record<string, string> = {};
const assign = (type: string, classes: string): void => {
  for (const name of classes.split(' ')) COARSE[name] = type;
};
assign('PERS', 'Politician Police Other_PER Artist Scientist Religious_PER Athlete Businessperson Engineer Lawyer');
// Places: geo-political entities, natural locations and facilities.
assign('LOC', 'Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural Celestial Airport Building-Grounds Path Subarea-Facility');
assign('ORG', 'Government Non-Governmental Commercial Media Educational Sports Religious_ORG Entertainment Medical-Science');
// Products, vehicles and weapons.
assign('MISC', 'Book Movie Software Hardware Drug Food Plant Sound Air Land Water Blunt Exploding Sharp Shooting Chemical Nuclear Projectile');

/** The fine classes that name a person holding a public office. */
export const OFFICIAL_CLASSES: ReadonlySet<string> = new Set(['Politician', 'Police']);

/** Single-letter proclitics split off the next word: conjunctions و ف, prepositions ب ل ك. */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** Pronoun suffixes split off the previous word ("ان ه", "حصة ها", "علي نا"). */
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'نا', 'ني', 'ي', 'ك']);

const ARABIC_WORD = /^[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]/;

interface Part {
  text: string;
  tag: string;
}

/** Whether ك (a preposition or the "your" suffix) starts the next word here rather than ends the previous one. */
function kafIsProclitic(previous: string | undefined, next: string | undefined): boolean {
  if (!previous || !ARABIC_WORD.test(previous) || PROCLITICS.has(previous)) return true;
  return next !== undefined && (next.startsWith('ال') || next === 'ما');
}

/** Glues a proclitic onto a word as it is written: ل + الاتحاد is للاتحاد. */
function attachProclitic(clitic: string, word: string): string {
  return clitic === 'ل' && word.startsWith('ال') ? 'لل' + word.slice(2) : clitic + word;
}

/** Glues a pronoun suffix onto a word as it is written: حصة + ها is حصتها. */
function attachEnclitic(word: string, clitic: string): string {
  return (word.endsWith('ة') ? word.slice(0, -1) + 'ت' : word) + clitic;
}

/** The joined word's tag: its main part's, unless a clitic opened the entity (B-) the main part continues. */
function joinedTag(main: string, clitics: readonly string[]): string {
  if (main === 'O') return clitics.find((tag) => tag.startsWith('I-')) ?? 'O';
  if (main.startsWith('I-') && clitics.includes('B-' + main.slice(2))) return 'B-' + main.slice(2);
  return main;
}

/** Joins one sentence's clitic-segmented tokens back into written words with their (fine) tags. */
export function joinClitics(parts: readonly Part[]): Part[] {
  const words: Part[] = [];
  let pending: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const previous = words[words.length - 1];
    const next = parts[i + 1]?.text;
    // A pronoun after a proclitic is a word of its own ("ل هم" is لهم), not a suffix.
    const nextIsWord = next !== undefined && ARABIC_WORD.test(next);
    const isProclitic = PROCLITICS.has(part.text) && nextIsWord && (part.text !== 'ك' || kafIsProclitic(previous?.text, next));
    if (isProclitic) {
      pending.push(part);
      continue;
    }
    if (!pending.length && ENCLITICS.has(part.text) && previous && ARABIC_WORD.test(previous.text) && i > 0 && !PROCLITICS.has(parts[i - 1].text)) {
      previous.text = attachEnclitic(previous.text, part.text);
      continue;
    }
    let text = part.text;
    for (let k = pending.length - 1; k >= 0; k--) text = attachProclitic(pending[k].text, text);
    words.push({ text, tag: joinedTag(part.tag, pending.map((p) => p.tag)) });
    pending = [];
  }
  for (const part of pending) words.push({ ...part });
  return words;
}

/** A fine tag (B-Politician) as a coarse one (B-PERS), and the fine class alone. */
function coarseTag(tag: string): { tag: string; fine: string } {
  if (tag === 'O' || tag.length < 3) return { tag: 'O', fine: '' };
  const fine = tag.slice(2);
  const type = COARSE[fine];
  return type ? { tag: tag.slice(0, 2) + type, fine } : { tag: 'O', fine: '' };
}

/** BIO repair after mapping: an I- that follows neither B- nor I- of its type opens the entity. */
function repairBio(tags: string[]): void {
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('I-')) continue;
    const type = tags[i].slice(2);
    const before = tags[i - 1] ?? 'O';
    if (before !== 'B-' + type && before !== 'I-' + type) tags[i] = 'B-' + type;
  }
}

const WORD_START = /^[\p{L}\p{N}]/u;

/** Parses a FANE file's text into sentences of folded written words with coarse and fine tags. */
export function parseFane(text: string): FaneSentence[] {
  const sentences: FaneSentence[] = [];
  let parts: Part[] = [];
  const flush = (): void => {
    if (!parts.length) return;
    const words = joinClitics(parts);
    // Quotes and brackets inside a name ("ميناء " بندر عباس "") are not part of it when qari tags.
    const mapped = words.map((word) => (WORD_START.test(word.text) ? coarseTag(word.tag) : { tag: 'O', fine: '' }));
    const tags = mapped.map((m) => m.tag);
    repairBio(tags);
    sentences.push({
      words: words.map((word) => fold(word.text)),
      tags,
      fine: mapped.map((m, i) => (tags[i] === 'O' ? '' : m.fine)),
    });
    parts = [];
  };
  for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    const token = (tab < 0 ? line : line.slice(0, tab)).replace(/[\u200e\u200f]/g, '').trim();
    if (!token) {
      flush();
      continue;
    }
    parts.push({ text: token, tag: tab < 0 ? 'O' : line.slice(tab + 1).trim() || 'O' });
  }
  flush();
  return sentences;
}

/** FANE has no document boundaries: runs of consecutive sentences stand in for articles. */
export const FANE_SENTENCES_PER_DOCUMENT = 20;

/** Every DEV_EVERY-th document of each corpus is kept out of training, for choosing settings. */
const DEV_EVERY = 10;

export interface FaneSplit {
  /** Documents (lists of sentences) to train on, and the fixed development documents. */
  train: FaneSentence[][];
  dev: FaneSentence[][];
}

/** Splits each corpus's sentences into documents, every tenth (the 10th, 20th, ...) for development. */
export function splitFane(corpora: readonly FaneSentence[][]): FaneSplit {
  const split: FaneSplit = { train: [], dev: [] };
  for (const sentences of corpora) {
    for (let start = 0, d = 0; start < sentences.length; start += FANE_SENTENCES_PER_DOCUMENT, d++) {
      const doc = sentences.slice(start, start + FANE_SENTENCES_PER_DOCUMENT);
      (d % DEV_EVERY === DEV_EVERY - 1 ? split.dev : split.train).push(doc);
    }
  }
  return split;
}

/** The FANE files under the shared folder ../shared/ner. */
export const WIKIFANE_FILE = 'wikifane/WikiFANE_Gold_2014_500K.txt';
/**
 * NewsFANE's text is ANERcorp's, re-annotated (82% of its sentences are in the shared ANERcorp file,
 * and the rest is most likely the part that was never shared). A model or clusters learned from it
 * would carry ANERcorp into data/ and make every ANERcorp measurement meaningless, so nothing that
 * writes data/ reads it; only the reader's tests do.
 */
export const NEWSFANE_FILE = 'newsfane/NewsFANE_Gold_2014_170K.txt';
export const FANE_FILES = [NEWSFANE_FILE, WIKIFANE_FILE];

/**
 * Takes titles off the front of person names: WikiFANE often tags "الشيخ"/"الملك" as part of the
 * name, while qari (and news annotation generally) keeps the title out of it. `isTitle` says whether
 * a folded word is such a title; the name must keep at least one word.
 */
export function dropLeadingTitles(sentence: FaneSentence, isTitle: (word: string) => boolean): void {
  const { words, tags, fine } = sentence;
  for (let i = 0; i + 1 < words.length; i++) {
    if (tags[i] === 'B-PERS' && tags[i + 1] === 'I-PERS' && isTitle(words[i])) {
      tags[i] = 'O';
      fine[i] = '';
      tags[i + 1] = 'B-PERS';
    }
  }
}
