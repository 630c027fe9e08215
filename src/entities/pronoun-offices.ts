/**
 * "ودعا الاتحاد العام التونسي للشغل وأمينه العام فلان": an office with a third-person pronoun
 * ("وأمينه", "ورئيستها") joined by "و" right after the body it refers back to is that body's office.
 * The role is stated as the reader needs it out of the sentence: the definite office, then "ل" and
 * the body as written ("الأمين العام للاتحاد العام التونسي للشغل"). Only where the body is named
 * just before (its head a few words back, nothing but its own words between), and the pronoun
 * agrees with that head ("ه" a masculine one, "ها" one in "ة"); elsewhere the office stays as the
 * article words it.
 */
import { procliticReadings, writtenOffset } from './clitics.js';
import { foldedRoleQualifiers, foldedRoleStops } from './lexicon.js';
import { isDefinite, isOfficeWord, isOrganizationHead, isVerbLike } from './office-words.js';
import { CLAUSE_ENDS } from './sentence-ends.js';
import { type Token, tokenReadAs } from './tokenize.js';

/** How far back the body's head may stand ("للاتحاد العام التونسي للشغل": four words). */
const MAX_BODY_WORDS = 7;

/**
 * The office written without "و" and its pronoun, whether the pronoun is feminine, and where the body
 * before it ends (the "و" written apart, "و رئيسه", stands between), or null.
 */
function officeWithPronoun(tokens: readonly Token[], start: number): { office: string; feminine: boolean; bodyEnd: number } | null {
  const token = tokens[start];
  if (!token.isWord) return null;
  const glued = token.text.startsWith('و') && procliticReadings(token).some(({ stem }) => stem === token.folded.slice(1));
  // "ضد النادي الصفاقسي و رئيسه فلان": sports news often writes the "و" apart.
  const apart = !glued && tokens[start - 1]?.folded === 'و';
  if (!glued && !apart) return null;
  const from = glued ? 1 : 0;
  for (const [suffix, feminine] of [['ها', true], ['ه', false]] as const) {
    if (!token.text.endsWith(suffix)) continue;
    // "ورئيستها": the "ة" of a feminine office is written "ت" before the pronoun.
    const written = token.text.slice(from, -suffix.length).replace(/ت$/, 'ة');
    const folded = token.folded.slice(from, -suffix.length).replace(/ت$/, 'ه');
    if (written.length >= 3 && isOfficeWord(tokenReadAs(token, folded, written))) return { office: written, feminine, bodyEnd: glued ? start : start - 1 };
  }
  return null;
}

/** "ومؤسسها", "ومؤسسه" (and its founder), folded: a title of the holder that refers back to the body. */
const FOUNDER_OF_ANTECEDENT = /^وموسس(?:ها|ه)$/;

/**
 * "وكبير إدارييها التنفيذيين", "وكبير مستشاريه": "و" + "كبير" (chief) at `at`, a plural with the pronoun
 * of the body named before it, and a definite adjective that is no office: a second title of the
 * same holder. Returns where it ends, or -1.
 */
export function joinedChiefEndAt(tokens: readonly Token[], at: number): number {
  const [chief, staff, adjective] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!chief?.isWord || chief.folded !== 'وكبير' || !staff?.isWord || !/(?:ها|ه)$/.test(staff.folded)) return -1;
  return adjective?.isWord === true && isDefinite(adjective) && !isOfficeWord(adjective) ? at + 3 : at + 2;
}

/** Whether the token is "و" + "founder" + the pronoun of the body named before it. */
export function isFounderOfAntecedent(token: Token): boolean {
  return token.isWord && FOUNDER_OF_ANTECEDENT.test(token.folded);
}

/** The role stated with the body the pronoun of its office refers to, or null. */
export function officeOfAntecedentBody(text: string, tokens: readonly Token[], start: number, end: number): string | null {
  const office = officeWithPronoun(tokens, start);
  if (!office) return officeOfSentenceBody(text, tokens, start, end);
  const { bodyEnd } = office;
  for (let k = bodyEnd - 1; k >= 0 && bodyEnd - k <= MAX_BODY_WORDS; k--) {
    const token = tokens[k];
    if (!token.isWord || foldedRoleStops.has(token.folded) || token.folded.startsWith('و')) return null;
    if (!isOrganizationHead(token)) {
      // The body's own words are definite or "ل" + its aim ("العام التونسي للشغل"); a bare word
      // is a name or a clause ("رئيس الحزب فلان ونائبه": the pronoun is the person's).
      if (!/^(?:ال|ل)/.test(token.folded)) return null;
      continue;
    }
    // The pronoun agrees with the body's head: "للهيئة ... ورئيستها", "للاتحاد ... وأمينه".
    if (/ة$/.test(token.text) !== office.feminine) return null;
    const body = text.slice(token.start, tokens[bodyEnd - 1].end);
    // "ضد النادي الصفاقسي ورئيسه": an office with no words of its own after it takes the body in
    // the construct state, as the news names such an office ("رئيس النادي الصفاقسي", "رئيس حزب التكتل").
    if (end === start + 1) return `${office.office} ${constructBody(token, body)}`;
    const rest = ` ${text.slice(tokens[start + 1].start, tokens[end - 1].end)}`;
    // "حزب التكتل وأمينه العام": a body named bare (the sentence's subject or object) takes "ل" in the
    // office's genitive after the office's own words ("لحزب", "الاتحاد" → "للاتحاد").
    const genitive = token.folded.startsWith('ل') ? body : token.folded.startsWith('ال') ? `ل${body.slice(1)}` : `ل${body}`;
    return `ال${office.office}${rest} ${genitive}`;
  }
  return null;
}

/** The body as a construct's genitive: "للاتحاد ..." → "الاتحاد ...", "لحزب ..." → "حزب ...", "بالنادي" → "النادي". */
function constructBody(head: Token, body: string): string {
  // "للاتحاد": "ل" on the article, whose alef is dropped in writing.
  if (head.folded.startsWith('لل')) return `ا${body.slice(1)}`;
  const reading = procliticReadings(head).find(({ stem }) => isOrganizationHead(tokenReadAs(head, stem, stem)));
  if (!reading || reading.removed === 0) return body;
  return body.slice(writtenOffset(head.text, reading.removed));
}

/** How far back in its sentence the body a feminine pronoun office refers to may stand. */
const MAX_SENTENCE_WORDS = 40;
/** Offices of speaking for a body, folded: stated with "باسم" ("الناطق الرسمي باسم الجبهة"). */
const SPEAKERS = new Set(['ناطق', 'متحدث']);

/**
 * "دعت الجبهة الشعبية ... على لسان ناطقها الرسمي فلان": an office with the feminine pronoun "ها",
 * with no "و" and only qualifiers after it ("الرسمي", "العام"), refers to the nearest body named
 * before it in the sentence whose head is feminine ("الجبهة", "النقابة"). The role states it: the
 * definite office, its qualifiers, then "ل" + the body's head and definite words ("باسم" for one who
 * speaks for it). (A masculine "ه" refers to a person as often as to a body; it stays as written.)
 */
function officeOfSentenceBody(text: string, tokens: readonly Token[], start: number, end: number): string | null {
  const token = tokens[start];
  if (!token.isWord || token.text.startsWith('و') || !token.text.endsWith('ها')) return null;
  const written = token.text.slice(0, -2).replace(/ت$/, 'ة');
  const folded = token.folded.slice(0, -2).replace(/ت$/, 'ه');
  if (written.length < 3 || !isOfficeWord(tokenReadAs(token, folded, written))) return null;
  for (let k = start + 1; k < end; k++) if (!tokens[k].isWord || !tokens[k].folded.startsWith('ال') || !isQualifier(tokens[k])) return null;
  for (let k = start - 1; k >= 0 && start - k <= MAX_SENTENCE_WORDS; k--) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return null;
    if (!tokens[k].isWord || !isOrganizationHead(tokens[k]) || !/ة$/.test(tokens[k].text)) continue;
    let bodyEnd = k + 1;
    while (bodyEnd < start && tokens[bodyEnd].isWord && isDefinite(tokens[bodyEnd]) && !foldedRoleStops.has(tokens[bodyEnd].folded) && !isVerbLike(tokens[bodyEnd])) bodyEnd++;
    // The body named by its head alone ("الحركة") says no more than the pronoun.
    if (bodyEnd === k + 1) return null;
    // The head without its clitics ("لنقابة" → "نقابة", "بالجبهة" → "الجبهة").
    const reading = procliticReadings(tokens[k]).find(({ stem }) => isOrganizationHead(tokenReadAs(tokens[k], stem, stem)));
    if (!reading) return null;
    const headText = tokens[k].text.slice(writtenOffset(tokens[k].text, reading.removed));
    const body = `${headText}${text.slice(tokens[k].end, tokens[bodyEnd - 1].end)}`;
    const rest = end > start + 1 ? ` ${text.slice(tokens[start + 1].start, tokens[end - 1].end)}` : '';
    if (SPEAKERS.has(folded)) return `ال${written}${rest} باسم ${body}`;
    return `ال${written}${rest} ${headText.startsWith('ال') ? `ل${body.slice(1)}` : `ل${body}`}`;
  }
  return null;
}

/** "الرسمي", "العام", "التنفيذي": a definite adjective of the office (a nisba or a known qualifier). */
function isQualifier(token: Token): boolean {
  return /^ال.{2,}يه?$/.test(token.folded) || foldedRoleQualifiers.has(token.folded);
}
