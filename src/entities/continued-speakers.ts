/**
 * "قال فلان إن ... وأضاف رئيس الحكومة أن ...": a verb that goes on with what was said ("وأضاف",
 * "وتابعت") whose subject is an office phrase with no name after it continues the last person
 * named before it, the speaker; the office is his. So is the office in the first sentence of an
 * article whose headline opens with one person's name and a colon ("فلان : ...") and names no one
 * else, when that sentence opens "أكد رئيس الجامعة ... أن" with no name: he is the speaker; and so,
 * after a headline "فلان يسلم ..." that names no one else, is the office in a first sentence that
 * opens with the past of the headline's verb ("سلم رئيس الاتحاد ...") and no name.
 */
import type { Entity } from '../article/model.js';
import { fold } from '../text/normalize.js';
import type { BlockTokens, Draft, NameTokens } from './extract-types.js';
import { glossRole } from './gloss.js';
import { isNameIn } from './located.js';
import { isOfficeAt } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
import { isHonorificAt } from './honorific-titles.js';
import { SAYING_VERB } from './sayer-names.js';
import { nextTriggered, triggersIn } from './word-triggers.js';
import { officeAsShown } from './roles.js';
import type { IsNameToken } from './role-types.js';
import type { Token } from './tokenize.js';

/** "وأضاف", "وتابعت": verbs that go on with the words of the speaker named before, folded (verbs of saying all, SAYING_VERB). */
const CONTINUING_VERBS = new Set(['اضاف', 'اضافت', 'تابع', 'تابعت', 'واضاف', 'واضافت', 'وتابع', 'وتابعت'].map(fold));
/** Verbs of saying that open an article's first sentence ("أكد وزير الصحة ... أن"), folded. */
const OPENING_SAYING_VERBS = new Set(['قال', 'قالت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'صرح', 'صرحت', 'افاد', 'افادت', 'اعلن', 'اعلنت', 'اعتبر', 'اعتبرت', 'شدد', 'شددت', 'كشف', 'كشفت', 'نفى', 'نفت', 'اشار', 'اشارت', 'ذكر', 'ذكرت', 'حذر', 'حذرت', 'اعترف', 'اعترفت'].map(fold));
/** What opens the words said right after the subject ("أن", "إنه"), folded. */
const SAID_OPENERS = new Set(['ان', 'انه', 'انها']);

/** An office's words, folded, without the article: "مدير الجامعة" → مدير, جامعه. */
function officeWords(office: string): string[] {
  return office.split(/\s+/).map((word) => fold(word).replace(/^ال(?=..)/, '')).filter((word) => word !== '');
}

/** Whether a role holds every word of an office ("مدير جامعة الإمام ..." holds "مدير الجامعة"). */
function coversOffice(role: string, office: string): boolean {
  const held = new Set(officeWords(role));
  return officeWords(office).every((word) => held.has(word));
}

/** A mention's place in the article, for finding the last one before a position. */
interface Placed {
  block: number;
  start: number;
  person: number;
}

/**
 * The office phrase that is the whole subject of the verb at `verb`, with no name or honorific after
 * it: its start and end, or null. A bare title ("الوزير") is left to references.ts.
 */
function officeSubjectAfter(tokens: readonly Token[], verb: number, isName: IsNameToken, saidRightAfter: boolean): { start: number; end: number } | null {
  const head = verb + 1;
  if (!tokens[head]?.isWord || isName(head) || !isOfficeAt(tokens, head)) return null;
  const end = officePhraseEnd(tokens, head, isName);
  if (end - head < 2 || isName(end) || isHonorificAt(tokens, end)) return null;
  // ("وأضاف رئيس الحكومة أن": what he said follows the subject at once after a continuing verb.)
  if (saidRightAfter && !SAID_OPENERS.has(tokens[end]?.folded ?? '')) return null;
  return { start: head, end };
}

/**
 * Whether `perfect` ("سلم", "توقعت") is the past of the imperfect `imperfect` ("يسلم", "تتوقع"), both
 * folded: the imperfect's "he" or "she" prefix off, the "she" ending "ت" on the past when the prefix is "ت".
 */
function tellsAgain(imperfect: string, perfect: string): boolean {
  if (imperfect.length < 4 || perfect.length < 3) return false;
  const stem = imperfect.slice(1);
  if (imperfect.startsWith('ي')) return perfect === stem;
  return imperfect.startsWith('ت') && perfect === `${stem}ت`;
}

/** For each token of a block, whether it stands inside a quotation the block opened before it (straight quotes paired, « » nested): one pass. */
function insideQuotation(tokens: readonly Token[]): boolean[] {
  const inside: boolean[] = [];
  let straight = false;
  let depth = 0;
  for (const { text } of tokens) {
    inside.push(straight || depth > 0);
    if (text === '"') straight = !straight;
    else if (text === '«') depth++;
    else if (text === '»') depth = Math.max(0, depth - 1);
  }
  return inside;
}

/** Gives an office to the speaker the office continues or the headline names (see the module comment). */
export function addContinuedSpeakerRoles(entities: Entity[], drafts: Draft[], tokenized: readonly BlockTokens[], names: NameTokens): void {
  // (A block's quotations are found once, the first time a continuing verb asks about a mention in it.)
  // (The blocks by number, so that finding a mention's block costs no scan of the article's blocks.)
  const quotedIn = new Map<number, boolean[]>();
  const blockNumbered = new Map<number, BlockTokens>();
  for (let b = tokenized.length - 1; b >= 0; b--) blockNumbered.set(tokenized[b].block, tokenized[b]);
  const isQuoted = (block: number, start: number): boolean => {
    let inside = quotedIn.get(block);
    if (inside === undefined) quotedIn.set(block, (inside = insideQuotation(blockNumbered.get(block)?.tokens ?? [])));
    return inside[start] ?? false;
  };
  const placed: Placed[] = drafts.flatMap((draft, person) => draft.mentions.map(({ block, span }) => ({ block: block.block, start: span.start, person })));
  placed.sort((a, b) => a.block - b.block || a.start - b.start);
  const give = (person: number, block: BlockTokens, office: { start: number; end: number }): void => {
    const entity = entities[person];
    if (entity.role !== null) return;
    const shown = officeAsShown(block.tokens, { ...office, titleOnly: false });
    const role = block.text.slice(block.tokens[shown.start].start, block.tokens[shown.end - 1].end);
    // ("ومدير جامعة الإمام محمد بن سعود الدكتور فلان" ... "وأضاف مدير الجامعة": the office another
    // person of the article holds is his, whoever was named last.)
    if (entities.some((other, p) => p !== person && other.role !== null && coversOffice(other.role, role))) return;
    Object.assign(entity, { official: true, role, roleLatin: glossRole(role) });
  };
  // (The verbs come in reading order, so one cursor walks the mentions once for all of them; the last
  // mention passed that stands outside a quotation is the speaker so far.)
  let cursor = 0;
  let last: Placed | undefined;
  for (const block of tokenized) {
    const isName = isNameIn(names, block);
    const { tokens } = block;
    // (Through nextTriggered: the continuing verbs are verbs of saying, SAYING_VERB, and few. A loop
    // over every word of the article to find them ran unoptimized, then compiled on the stack: 20
    // million instructions of the 8.7 billion of scripts/count-extraction-instructions.sh.)
    const triggers = triggersIn(tokens);
    for (let k = nextTriggered(triggers, SAYING_VERB, 0); k >= 0; k = nextTriggered(triggers, SAYING_VERB, k + 1)) {
      if (!tokens[k].isWord || !CONTINUING_VERBS.has(tokens[k].folded)) continue;
      const office = officeSubjectAfter(tokens, k, isName, true);
      if (!office) continue;
      for (; cursor < placed.length; cursor++) {
        const mention = placed[cursor];
        if (mention.block > block.block || (mention.block === block.block && mention.start >= k)) break;
        // ('معتبرا أن "خطاب فلان ليس ..."': a name inside a quotation is what the speaker spoke of.)
        if (!isQuoted(mention.block, mention.start)) last = mention;
      }
      if (last !== undefined) give(last.person, block, office);
    }
  }
  // The headline's one person and the first sentence of the body.
  const [headline, body] = tokenized;
  if (headline === undefined || body === undefined || body.block !== headline.block + 1) return;
  const inHeadline = placed.filter((mention) => mention.block === headline.block);
  // (The headline's speaker opens it and a colon follows his name: "فلان : ..."; a person named
  // anywhere else in it is whom it is about.)
  const speaker = inHeadline.length === 1 && inHeadline[0].start === 0 ? drafts[inHeadline[0].person].mentions.find(({ block }) => block.block === headline.block) : undefined;
  if (speaker === undefined) return;
  if (placed.some((mention) => mention.block === body.block && mention.start < 2)) return;
  const opening = body.tokens[0]?.isWord ? body.tokens[0].folded : '';
  const verb = opening.startsWith('و') ? opening.slice(1) : opening;
  const next = headline.tokens[speaker.span.end];
  const opensSpeech = next?.text === ':' && (OPENING_SAYING_VERBS.has(opening) || OPENING_SAYING_VERBS.has(verb));
  // ("فلان يسلم الجائزة" over "سلم رئيس الاتحاد الجائزة": the lead tells the headline's act again,
  // its subject the office of the one the headline names.)
  if (!opensSpeech && !(next?.isWord === true && tellsAgain(next.folded, verb))) return;
  const office = officeSubjectAfter(body.tokens, 0, isNameIn(names, body), false);
  if (office) give(inHeadline[0].person, body, office);
}
