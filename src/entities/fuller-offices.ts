/**
 * "أكد وزير التنمية والاستثمار، فلان ..." after "في سؤال لوزير التنمية والاستثمار والتعاون الدولي":
 * the article words an official's office in full once and cuts it short beside his name. Where a
 * role-only office phrase (beside no name) starts with the words of exactly one official's office and
 * goes on, it is the more specific form of that office, and the role (DESIGN.md: "the most specific
 * one the article gives"). The short form's last word may be a definite noun that points back to the
 * body the long form names: "الرئيس المدير العام للشركة" beside 'الرئيس المدير العام لشركة "فلان"'.
 */
import type { Entity } from '../article/model.js';
import { fold } from '../text/normalize.js';
import { writtenOffset, stripProclitics } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { glossRole } from './gloss.js';
import { foldedNameQualifiers, foldedRoleQualifiers } from './lexicon.js';
import { isOfficeStart, OFFICE_OPENER } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
import { isOfficeBehindClitic, isOfficeStem, isOfficeWord, STATE_HEADS } from './office-words.js';
import { officeAsShown } from './roles.js';
import { isSpokesmanStem } from './represented-groups.js';
import type { IsNameToken } from './role-types.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { nextTriggered, triggersIn } from './word-triggers.js';
import type { BlockTokens } from './extract-types.js';

/** An official's office as folded words, the head without its article or clitic. */
function officeWords(text: string): string[] {
  const words = fold(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  if (words.length > 0) words[0] = headOf(words[0]);
  return words;
}

/** "الوزير", "لوزير", "والوزير" → "وزير". */
function headOf(word: string): string {
  const definite = /^[وف]?[بلك]?ال(.{3,})$/.exec(word) ?? /^[وف]?لل(.{3,})$/.exec(word);
  if (definite) return definite[1];
  return /^[وفبلك]/.test(word) && isOfficeStem(word.slice(1)) ? word.slice(1) : word;
}

/** "للشركه" → "لشركه", "الشركه" → "شركه": a definite word's bare form, its clitic kept. */
function withoutArticle(word: string): string {
  return word.startsWith('لل') ? word.slice(1) : word.replace(/^([وبلك]?)ال/, '$1');
}

/**
 * Whether `short` opens `long` and `long` goes on: the last word of `short` the same, or its definite
 * form pointing back to the bare noun `long` names ("للشركه" / "لشركه").
 */
function opensFuller(short: readonly string[], long: readonly string[]): 'same' | 'anaphor' | null {
  if (long.length <= short.length) return null;
  for (let k = 0; k < short.length - 1; k++) if (short[k] !== long[k]) return null;
  const last = short[short.length - 1];
  const there = long[short.length - 1];
  if (last === there) return 'same';
  return withoutArticle(last) !== last && withoutArticle(last) === there ? 'anaphor' : null;
}

/**
 * Whether the words the long form adds make it the same office, more specific: not only a
 * qualifier ("السابق": a former holder, another person), and no nationality other than the
 * official's own country ("وزير الخارجية الأمريكي" is someone else's office).
 */
function addsSameOffice(added: readonly string[], country: string | null, anaphor: boolean, closed: boolean, ownLength: number, ownHead: string): boolean {
  // "النائبة | عن ولاية سوسة": an office of one word grows only by the seat a member holds, or a
  // spokesman's by the body he speaks for ("المتحدث | باسم سلطات العاصمة").
  if (ownLength === 1) return (added[0] === 'عن' || (added[0] === BEHALF && isSpokesmanStem(ownHead))) && added.length >= 2;
  if (added.every((word) => foldedRoleQualifiers.has(word) || foldedNameQualifiers.has(word))) return false;
  const nationalities = gazetteer().nationalities;
  const ownCountry = added.every((word) => {
    const nation = nationalities.get(word);
    return nation === undefined || nation === country;
  });
  if (!ownCountry) return false;
  // (Where the office phrase stands alone no name stops it, and the grammar may run on into the
  // sentence: "رئيس الجمهورية | للإعلان عن ...", "والي تطاوين | لأسباب شخصية". Only what can only be
  // the office's is taken.)
  // 'للشركة' / 'لشركة "فلان"': the body the definite noun pointed back to, named; "الحكومة" /
  // "حكومة الوحدة الوطنية": or a noun and its adjectives that name the body, no place or nation
  // ("وزير خارجية الولايات المتحدة" is another country's).
  // ("للبنك" / "لبنك ناصر الاجتماعي": or its own name and a nisba adjective after it.)
  const bare = (word: string): boolean => !word.startsWith('ال') && !/^[وبل]/.test(word);
  const definiteBody = (word: string): boolean => word.startsWith('ال') && !gazetteer().placeWords.has(word) && !nationalities.has(word);
  const namedWithNisba = added.length >= 2 && bare(added[0]) && /^ال.{3,}يه?$/.test(added[added.length - 1]) && added.every((word, k) => (k < added.length - 1 ? bare(word) : definiteBody(word)));
  // ("وزير الخارجية" / "وزير خارجية جمهورية كازاخستان": no state, its head or its name, after the bare noun; that is another state's office.)
  const bareBody = (word: string): boolean => bare(word) && !STATE_HEADS.has(word) && !gazetteer().places.has(word) && !gazetteer().placeWords.has(word);
  if (anaphor) return added.length <= MAX_BODY_NAME_WORDS && (added.every(bareBody) || added.every(definiteBody) || namedWithNisba);
  // "وزير التنمية | والتعاون الدولي،": a further portfolio, "و" + a definite noun and its adjectives,
  // where punctuation or a second office closes the phrase ("وزير التربية | والتعامل معه" runs on
  // into the sentence).
  if (added[0].startsWith('وال') && added.slice(1).every((word) => word.startsWith('ال'))) return closed;
  // "رئيس الاتحاد | المنستيري": a nisba adjective of the body, its town's or its country's.
  return added.length === 1 && /^ال.{3,}ي(?:ه)?$/.test(added[0]);
}

/** "باسم" (on behalf of), folded. */
const BEHALF = 'باسم';

/** The most words of a body's name after its noun ('لشركة "فلان"'). */
const MAX_BODY_NAME_WORDS = 3;

/**
 * "رئيس الاتحاد المنستيري | و رئيس لجنة الأحباء": where "و" + an office word opens a second office
 * inside the phrase (another person's or a second post), the first one ends there.
 */
function beforeSecondOffice(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const token = tokens[k];
    if (token.folded === 'و' && tokens[k + 1]?.isWord && isOfficeWord(tokens[k + 1])) return k;
    if (token.folded.startsWith('و') && isOfficeBehindClitic(token)) return k;
  }
  return end;
}

/** The office phrase [start, end) as the role shows it, without a clitic on its first word. */
export function shownText(block: BlockTokens, start: number, end: number): string {
  const shown = officeAsShown(block.tokens, { start, end, titleOnly: false });
  const tokens = block.tokens.slice(shown.start, shown.end);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first.folded.startsWith('لل')) return `ال${block.text.slice(first.start + writtenOffset(first.text, 2), last.end)}`;
  const { offset } = stripProclitics(first, (stem) => isOfficeWord(tokenReadAs(first, stem)));
  return block.text.slice(first.start + offset, last.end);
}

/** Whether a name stands right before or after the phrase (commas between), whose office it is. */
export function besideName(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  const after = tokens[end]?.text === '،' || tokens[end]?.text === ',' ? end + 1 : end;
  const before = tokens[start - 1]?.text === '،' || tokens[start - 1]?.text === ',' ? start - 2 : start - 1;
  return (after < tokens.length && isName(after)) || (before >= 0 && isName(before));
}

/** Gives each official the fuller form of his office the article states alone, where one does. */
export function addFullerOffices(entities: Entity[], blocks: readonly BlockTokens[], names: (block: BlockTokens) => IsNameToken): void {
  const officials = entities.map((entity, index) => ({ entity, index, words: entity.official && entity.role ? officeWords(entity.role) : [] })).filter(({ words }) => words.length >= 1);
  if (officials.length === 0) return;
  const officialOffices = new Set(officials.map(({ words }) => words.join(' ')));
  const fuller = new Map<number, { text: string; length: number }>();
  for (const block of blocks) {
    const { tokens } = block;
    const isName = names(block);
    const triggers = triggersIn(tokens);
    // (Through nextTriggered: over the whole article in one call, a loop testing every position is
    // the hot loop V8 compiles, while office openers are few; word-triggers.ts.)
    for (let i = nextTriggered(triggers, OFFICE_OPENER, 0); i >= 0; i = nextTriggered(triggers, OFFICE_OPENER, i + 1)) {
      if (isName(i) || !isOfficeStart(tokens, i)) continue;
      const phraseEnd = officePhraseEnd(tokens, i, isName);
      if (besideName(tokens, i, phraseEnd, isName)) {
        i = phraseEnd - 1;
        continue;
      }
      const end = beforeSecondOffice(tokens, i, phraseEnd);
      if (end - i < 3) continue;
      const closed = end < phraseEnd || tokens[end] === undefined || !tokens[end].isWord;
      const words = tokens.slice(i, end).filter((t) => t.isWord).map((t) => t.folded);
      words[0] = headOf(words[0]);
      const joined = words.join(' ');
      // (A phrase that is some official's office as it stands is his, no fuller form of another's.)
      if (officialOffices.has(joined)) continue;
      const matches = officials.filter(({ words: own, entity }) => {
        const opening = opensFuller(own, words);
        return opening !== null && addsSameOffice(words.slice(own.length), entity.country, opening === 'anaphor', closed, own.length, own[0]);
      });
      if (matches.length === 1) {
        const { index } = matches[0];
        const known = fuller.get(index);
        if (!known || words.length > known.length) fuller.set(index, { text: shownText(block, i, end), length: words.length });
      }
      i = phraseEnd - 1;
    }
  }
  for (const [index, { text }] of fuller) {
    const entity = entities[index];
    if (officeWords(text).length <= officeWords(entity.role ?? '').length) continue;
    entity.role = text;
    entity.roleLatin = glossRole(text);
  }
}
