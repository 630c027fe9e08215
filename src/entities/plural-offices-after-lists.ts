/**
 * "فلان وعلان، ممثلي الجهة في مجلس نواب الشعب", "فلان وعلان، عضوي المكتب التنفيذي": an office in
 * the plural or the dual, set off by a comma right after a list of two names or more (or, in the
 * accusative of an election, right after it: "فلان وعلانة نائبين لرئيس الحزب"), is held by each
 * one listed; each holds one seat of it, named in the singular ("ممثل الجهة في مجلس نواب الشعب"), as
 * in the lists a pronoun opens (plural-office-lists.ts). The office must have a complement: a bare
 * "ممثلي" may be actors.
 */
import { isOfficeStem, isPluralOffice, isRepresentativeStem } from './office-words.js';
import { writtenOffset } from './clitics.js';
import { MAX_ROLE_TOKENS, officePhraseEnd } from './office-phrase.js';
import { isOfficeAt } from './office-start.js';
import { singularOffice, SOUND_ENDING } from './plural-office-singulars.js';
import { type ListedMention, previousItemEnd } from './plural-office-lists.js';
import { isComma } from './located.js';
import { honorificBefore, isConjoinedHonorific } from './honorific-titles.js';
import { type Token, tokenize } from './tokenize.js';

/** The singular of a plural or dual (oblique, construct) office word as written ("ممثلي", "عضوي" → "عضو", "النواب" → "النائب"), or null. */
function singularOf(token: Token): string | null {
  const sound = SOUND_ENDING.exec(token.folded);
  if (sound !== null && (isOfficeStem(sound[1]) || isRepresentativeStem(sound[1]))) return token.text.slice(0, writtenOffset(token.text, sound[1].length));
  const singular = isPluralOffice(token) ? singularOffice(token.text) : token.text;
  return singular === token.text ? null : singular;
}

/**
 * The singular office phrase after the comma that follows `nameEnd`, or right after the name when
 * the office is an indefinite dual or plural in "ين", the accusative of an election or appointment
 * ("انتخاب فلان وعلانة نائبين لرئيس الحزب"), or null.
 */
function pluralOfficeAfter(text: string, tokens: readonly Token[], nameEnd: number): string | null {
  const comma = isComma(tokens[nameEnd]);
  const at = comma ? nameEnd + 1 : nameEnd;
  const plural = tokens[at];
  // (One with "و" is a further entry, not the list's apposition; see role-after.ts.)
  if (!plural?.isWord || plural.folded.startsWith('و') || (!comma && !/^[^ا].{2,}ين$/.test(plural.folded))) return null;
  const singular = singularOf(plural);
  if (singular === null) return null;
  // Read by the singular's grammar ("ممثل الكاف في مجلس ..."), shown with the article's complements.
  const head = tokenize(singular);
  if (head.length !== 1) return null;
  const read = [...head, ...tokens.slice(at + 1, at + 1 + MAX_ROLE_TOKENS)];
  // (The singular must open an office there, as it would right after a single name.)
  if (!isOfficeAt(read, 0)) return null;
  const end = officePhraseEnd(read, 0);
  if (end < 2) return null;
  return `${singular} ${text.slice(tokens[at + 1].start, tokens[at + end - 1].end)}`;
}

/** Per person (as `people` holds their mentions), the office a plural after their list gives them, or null. */
export function pluralOfficeAfterListRoles(people: ReadonlyArray<readonly ListedMention[]>): Array<string | null> {
  const startEndingAt = new Map<string, number>();
  for (const mentions of people) for (const { block, span } of mentions) startEndingAt.set(`${block.block}:${span.end}`, span.start);
  const roles = new Map<string, string>();
  for (const mentions of people) {
    for (const { block, span } of mentions) {
      const role = pluralOfficeAfter(block.text, block.tokens, span.end);
      if (role === null) continue;
      // The list's items, from the last back to the first.
      const items = [span.start];
      for (let start = span.start; ; ) {
        const titled = titledItemStart(block.tokens, start);
        const end = previousItemEnd(block.tokens, titled, block.tokens[titled].folded.startsWith('و'));
        const previous = end < 0 ? undefined : startEndingAt.get(`${block.block}:${end}`);
        if (previous === undefined) break;
        items.push(previous);
        start = previous;
      }
      if (items.length >= 2) for (const start of items) roles.set(`${block.block}:${start}`, role);
    }
  }
  return people.map((mentions) => {
    for (const { block, span } of mentions) {
      const role = roles.get(`${block.block}:${span.start}`);
      if (role !== undefined) return role;
    }
    return null;
  });
}

/**
 * Where a list's item opens, the honorifics before its name included ("والدكتورة فلانة", "والأستاذ
 * علان"): a decree lists its appointees with their titles, the list's "و" on the first.
 */
function titledItemStart(tokens: readonly Token[], start: number): number {
  const k = honorificBefore(tokens, start)?.start ?? start;
  return k > 0 && tokens[k - 1].isWord && isConjoinedHonorific(tokens[k - 1]) ? k - 1 : k;
}
