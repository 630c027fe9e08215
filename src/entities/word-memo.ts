/**
 * Answers about a word, remembered per word. The extractor asks the same questions of the same words
 * at every stage (an article repeats its words, and each rule looks at the words around each name).
 *
 * All questions share one record per distinct word, each question a slot of it, and a token keeps
 * the record of its folded word: asked of a token, an answer costs a property read instead of a
 * hash look-up. (A 1 MB article asks ~2 million such questions of its ~100,000 tokens; in profiles
 * the look-ups, each a cache miss into a large table, took an eighth of the extraction.)
 * The table is bounded and emptied when full, so a long session of many articles cannot grow it
 * without end; a token's record stays valid after that (its answers depend on its word alone).
 */

import type { Reading } from './clitics.js';

/** The answers known about one folded word (or another string a question is asked of: an office as written). */
export interface WordRecord {
  readonly folded: string;
  /** One slot per question (rememberedPerWord), undefined until asked. */
  readonly answers: unknown[];
  /** Yes-or-no questions (rememberedYesNoPerWord) asked of the word so far, one bit each, and those answered yes. */
  asked: number;
  yes: number;
  /**
   * The word's proclitic readings (clitics.ts), undefined until asked: the question asked most (a
   * fifth of all, and most others start from it), so a field of its own, at hand with the record.
   */
  readings: readonly Reading[] | undefined;
  /**
   * The record itself: so a record is asked like a token (a WordHolder), and an answer worked out
   * from other answers about the same word ("its traits" from "its readings") looks nothing up.
   */
  readonly word: WordRecord;
}

/** What a question may be asked of: a word, or a token that may hold its folded word's record. */
export interface WordHolder {
  readonly folded: string;
  word?: WordRecord;
}

const BOUND = 100_000;
const records = new Map<string, WordRecord>();
let slots = 0;

export function wordRecord(word: string): WordRecord {
  let record = records.get(word);
  if (record === undefined) {
    if (records.size >= BOUND) records.clear();
    // (Filled, so that every record's answers are an array of one kind, whatever its answers hold:
    // the one look-up site of all questions then stays monomorphic in V8.)
    const answers = new Array<unknown>(slots).fill(undefined);
    const created: Omit<WordRecord, 'word'> & { word?: WordRecord } = { folded: word, answers, asked: 0, yes: 0, readings: undefined, word: undefined };
    created.word = created as WordRecord;
    record = created as WordRecord;
    records.set(word, record);
  }
  return record;
}

/** The record of a token's folded word, kept on the token. */
export function recordOfToken(token: WordHolder): WordRecord {
  let record = token.word;
  // (A token copied with another folded form, `{ ...token, folded }`, would carry the record of the
  // first (tokenReadAs builds such tokens with their own): so the record's word is checked, at once
  // when it is the very string of the token's own.)
  if (record === undefined || record.folded !== token.folded) token.word = record = wordRecord(token.folded);
  return record;
}

/**
 * A yes-or-no question whose answer holds for one round only (it depends on the article at hand as
 * well as on the word): kept in the word's record with the round's number, so that a later round
 * asks anew. `ask` answers within the current round; `nextRound` starts another.
 */
export function rememberedPerWordPerRound(): { nextRound(): void; ask(token: WordHolder, answer: (word: WordRecord) => boolean): boolean } {
  const slot = slots++;
  let round = 0;
  return {
    nextRound: () => {
      round++;
    },
    ask: (token, answer) => {
      const record = recordOfToken(token);
      // (Stored as round * 2 + the answer: one number, no object a word and round.)
      const known = record.answers[slot] as number | undefined;
      if (known !== undefined && Math.floor(known / 2) === round) return known % 2 === 1;
      const yes = answer(record);
      record.answers[slot] = round * 2 + (yes ? 1 : 0);
      return yes;
    },
  };
}

/**
 * A question about a word whose answer depends on the word alone (never undefined), remembered per
 * word. The answer is worked out from the word, or from its record for other questions about it.
 */
export function rememberedPerWord<T>(answer: (word: string, record: WordRecord) => T): (word: string | WordHolder) => T {
  const slot = slots++;
  return (word) => {
    let record: WordRecord | undefined;
    if (typeof word === 'string') record = wordRecord(word);
    else {
      // (recordOfToken written out: this one function answers every question of every rule, ~1.6
      // million a megabyte, and the compiler inlines no calls, see compiler-settings.ts.)
      record = word.word;
      if (record === undefined || record.folded !== word.folded) word.word = record = wordRecord(word.folded);
    }
    let known = record.answers[slot] as T | undefined;
    if (known === undefined) record.answers[slot] = known = answer(record.folded, record);
    return known;
  };
}

/**
 * Bits of WordRecord.asked and .yes: 30, so that both stay small integers (V8 keeps those in the
 * object itself, not boxed).
 */
const YES_NO_BITS = 30;
let yesNoQuestions = 0;

/**
 * rememberedPerWord for a yes-or-no question, its answer kept as a bit of the word's record itself:
 * the record is at hand once the token is, where a slot of its answers is one or two cache misses
 * further (most words of a megabyte are asked some twenty such questions each, rules testing every
 * token against a list). Questions beyond the bits take a slot.
 */
export function rememberedYesNoPerWord(answer: (word: string, record: WordRecord) => boolean): (word: string | WordHolder) => boolean {
  if (yesNoQuestions === YES_NO_BITS) return rememberedPerWord(answer);
  const bit = 1 << yesNoQuestions++;
  return (word) => {
    const record = typeof word === 'string' ? wordRecord(word) : recordOfToken(word);
    if ((record.asked & bit) !== 0) return (record.yes & bit) !== 0;
    const yes = answer(record.folded, record);
    record.asked |= bit;
    if (yes) record.yes |= bit;
    return yes;
  };
}
