/**
 * Quoted titles: the words a quote mark opens right after the head of a work, a place, a body, a
 * medium or a team ('فيلم "فلان علان"', 'منطقتي "فلان"', 'فريقه "فلان ستارز"') are that thing's name,
 * whatever person's name they read as, and so is a word of that title the article quotes again.
 */
import { rememberedPerBlock } from './block-memo.js';
import { procliticReadings } from './clitics.js';
import type { BlockTokens } from './extract-types.js';
import { foldedMediaHeads, isParticle } from './lexicon.js';
import { isAfterRegionHead, isPlaceOrBodyHead } from './named-thing-heads.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import { isTeamHeadWord } from './team-names.js';
import type { Token } from './tokenize.js';

/** Heads of the title of a work (folded): "فيلم", "مسلسل", "أغنية", "رواية", "مسرحية", "برنامج". */
const WORK_HEAD_WORDS = new Set(['فيلم', 'مسلسل', 'اغنيه', 'روايه', 'مسرحيه', 'برنامج', 'كتاب', 'ديوان', 'الفيلم', 'المسلسل', 'عرض', 'شريط', 'البوم',
  // Campaigns, slogans and what is titled ("حملة "خالد بن الوليد"", "مقالا بعنوان "...""), a closed class.
  'حمله', 'مبادره', 'شعار', 'بعنوان', 'عنوان', 'اوبريت', 'قصيده', 'مقال', 'مقالا',
  // Weeklies and dailies, weapons and games named in quotes ("أسبوعية "جون أفريك"", "سلاح "كلاشينكوف"").
  'اسبوعيه', 'يوميه', 'سلاح', 'لعبه',
  // Named things: ships and carriers, makes and kinds, operations, settlements, stations, beaches,
  // rankings, festivals ("السفينة النرويجية "فلان"", "من طراز "..."", "عملية "..."", "مستوطنة "..."").
  'سفينه', 'حامله', 'طراز', 'نوع', 'عمليه', 'مستوطنه', 'محطه', 'شاطي', 'تصنيف', 'مهرجان', 'تظاهره',
  // Boats ("الباخرة "فلان"", "على متن مركب "فلان"").
  'باخره', 'ناقله', 'يخت', 'مركب', 'زورق', 'غواصه',
  // A series of works and the plural of a work's head ('سلسلة أفلام "فلان"', 'مسلسلات "فلان"').
  'سلسله', 'افلام', 'مسلسلات', 'برامج', 'روايات', 'مسرحيات', 'اغاني',
  // A team with its pronoun ('فريقه "فلان ستارز"': his team); "فريق" itself is a team head (team-names.ts).
  'فريقه', 'فريقها', 'فريقهم']);

/** Words of a quoted title looked at when telling an opening straight quote from a closing one. */
const MAX_QUOTED_TITLE_WORDS = 8;

/** Words of a title looked back over from a name to the quote that opens it ('فيلم "فلان آند | علان"'). */
const MAX_WORDS_INTO_TITLE = 4;

const VOCATIVE = 'يا';

/** Whether the opening quote mark right before `start` opens a quote: a straight quote with no other one shortly after closes one. */
export function opensQuoteBefore(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1].text !== '"' || tokens.slice(start, start + MAX_QUOTED_TITLE_WORDS + 1).some((token) => token.text === '"');
}

/**
 * The opening quote mark of the quote a name at `start` stands in: right before it, or a few words
 * back with only words (and the hyphens of a compound) between ('"فاست آند | فيوريوس"'); -1 if none.
 */
function quoteOpeningBefore(tokens: readonly Token[], start: number): number {
  for (let i = start - 1; i >= 0 && start - i <= MAX_WORDS_INTO_TITLE + 1; i--) {
    // (Right before the name, a straight quote with another shortly after opens one: opensQuoteBefore.)
    if (OPENING_QUOTES.has(tokens[i].text)) return i === start - 1 || isOpeningStraightQuote(tokens, i) ? i : -1;
    if (!tokens[i].isWord && !/^[-‐–]$/.test(tokens[i].text)) return -1;
  }
  return -1;
}

/** A block's quote marks (quotesOfBlock). */
interface BlockQuotes {
  /** 1 at each straight quote that closes a quote. */
  closes: Uint8Array;
  /** Where a quote opens, in order: an opening mark ("«", "“") or a straight quote that does not close one. */
  openings: number[];
}

/**
 * 'فيلم "طريق الامل" للمخرج فلان': a straight quote mark closes a quote after an odd number of them in
 * its block, and opens one after an even number (each other mark opens or closes as written). Worked
 * out once a block, not from the block's start at each quote that isOpeningStraightQuote asks about;
 * wordsOfQuotedTitles looks at the openings only, not at every word of the article.
 */
/** The length of the longest quote mark quotesOfBlock looks for (one character each today). */
const LONGEST_QUOTE_MARK = Math.max(...[...OPENING_QUOTES].map((mark) => mark.length));

const quotesOfBlock = rememberedPerBlock((tokens): BlockQuotes => {
  const closes = new Uint8Array(tokens.length);
  const openings: number[] = [];
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const { text } = tokens[i];
    // (The length tells most words apart with no look-up.)
    if (text.length > LONGEST_QUOTE_MARK) continue;
    if (text === '"') closes[i] = seen++ % 2;
    if (closes[i] === 0 && OPENING_QUOTES.has(text)) openings.push(i);
  }
  return { closes, openings };
});

/** Whether the quote mark at `quote` opens a quote: any other mark does as written, a straight one see quotesOfBlock. */
function isOpeningStraightQuote(tokens: readonly Token[], quote: number): boolean {
  return quotesOfBlock(tokens).closes[quote] === 0;
}

/**
 * Heads of the titles of texts (folded): a headline, a slogan, an article, a campaign, a book or a
 * poem is titled with a sentence, which may name a real person past its first word ('بعنوان "لو
 * أن فلان علان بقي"'), so only a name opening such a title is the title's.
 */
const TEXT_TITLE_HEADS = new Set(['عنوان', 'بعنوان', 'شعار', 'مقال', 'مقالا', 'حمله', 'مبادره', 'قصيده', 'كتاب', 'اوبريت', 'ديوان']);

/** Whether the word before the quote mark at `quote` heads the title of a text (TEXT_TITLE_HEADS). */
function headsTextTitle(tokens: readonly Token[], quote: number): boolean {
  const opening = tokens[quote - 1];
  return opening !== undefined && procliticReadings(opening).some(({ stem }) => TEXT_TITLE_HEADS.has(stem));
}

/** Whether the word before the quote mark at `quote` heads the title it opens (see the module comment). */
function headsQuotedTitle(tokens: readonly Token[], quote: number): boolean {
  const opening = tokens[quote - 1];
  if (opening === undefined) return false;
  // "على وقع الـ"سيكا جاز"": the article written apart before a quote makes the quoted words a thing.
  if (/^[وبل]?ال\u0640*$/.test(opening.text)) return true;
  const isHead = (token: Token | undefined, definite: boolean): boolean =>
    token !== undefined &&
    procliticReadings(token).some(({ stem }) => isWorkHead(stem) || isPlaceOrBodyHead(stem) || (definite && (isPlaceOrBodyHead(stem.replace(/^ال/, '')) || WORK_HEAD_WORDS.has(stem.replace(/^ال/, '')))));
  // "الثكنة العسكرية "فلان"", "المسرح البلدي "فلان"": the head with the article and an adjective
  // (a definite head alone before a quote may end a title itself: ""المدينة" لفلان").
  // ('منطقتي "فلان"', 'فريق "فلان"', 'موقع "فلان"': a region's head, a team's, a medium's.)
  return (
    isHead(opening, false) ||
    (opening.folded.startsWith('ال') && isHead(tokens[quote - 2], true)) ||
    vesselHeadBefore(tokens, quote) ||
    isAfterRegionHead(tokens, quote) ||
    isTeamHeadWord(opening) ||
    foldedMediaHeads.has(opening.folded)
  );
}

/**
 * A work's head (WORK_HEAD_WORDS), or one with the pronoun of its author ('قصيدته الشهيرة "فلان"',
 * 'ديوانها "فلان"'; the feminine "ة" written "ت" before it).
 */
function isWorkHead(stem: string): boolean {
  const pronoun = /^(.{3,}?)(ت)?(?:ه|ها|هم)$/.exec(stem);
  return WORK_HEAD_WORDS.has(stem) || (pronoun !== null && WORK_HEAD_WORDS.has(pronoun[2] === undefined ? pronoun[1] : `${pronoun[1]}ه`));
}

/** Heads of the names of ships, boats and pipelines (folded, without the article). */
const VESSEL_HEADS = new Set(['سفينه', 'حامله', 'فرقاطه', 'غواصه', 'مدمره', 'طراد', 'بارجه', 'كاسحه', 'باخره', 'ناقله', 'يخت', 'زورق', 'مركب', 'انبوب']);

/** Words of a vessel's kind and adjectives between its head and its quoted name ("حاملة | المروحيات المصرية"). */
const MAX_WORDS_AFTER_VESSEL_HEAD = 3;

/**
 * 'حاملة المروحيات المصرية "فلان علان"', 'الفرقاطة "الأدميرال فلان"', 'أنبوب الغاز "فلان علان"':
 * ships and pipelines are named after people, in quotes after the head, its kind and adjectives
 * (definite words only between).
 */
function vesselHeadBefore(tokens: readonly Token[], quote: number): boolean {
  for (let k = quote - 1; k >= 0 && quote - k <= MAX_WORDS_AFTER_VESSEL_HEAD + 1; k--) {
    const token = tokens[k];
    if (!token.isWord) return false;
    if (procliticReadings(token).some(({ stem }) => VESSEL_HEADS.has(stem.replace(/^ال/, '')))) return true;
    if (!token.folded.startsWith('ال')) return false;
  }
  return false;
}

/**
 * Whether the words from `start` stand in a quoted title after the head of a work, a campaign, a
 * place or a body ("فيلم "فلان"", "بنهج "فلان"", "على وقع الـ"سيكا جاز"", 'فيلم "فلان آند علان"').
 */
export function isQuotedTitleAt(tokens: readonly Token[], start: number): boolean {
  // ('أغنية "يا فلانة"': a title may open with the vocative.)
  if (tokens[start - 1]?.folded === VOCATIVE && OPENING_QUOTES.has(tokens[start - 2]?.text ?? '')) return isQuotedTitleAt(tokens, start - 1);
  const quote = quoteOpeningBefore(tokens, start);
  // ("والي "جناق قلعة" فلان": the quote closes one.)
  if (quote < 0 || !opensQuoteBefore(tokens, quote + 1) || !headsQuotedTitle(tokens, quote)) return false;
  // ('برنامج "مع فلان"': a preposition before the name in the title speaks of a person, its host or subject.)
  return quote === start - 1 || (!headsTextTitle(tokens, quote) && !isParticle(tokens[start - 1]));
}

/** Whether a name at `start` stands in quote marks, at their opening or a few words into them. */
export function isInQuoteAt(tokens: readonly Token[], start: number): boolean {
  const quote = quoteOpeningBefore(tokens, start);
  return quote >= 0 && opensQuoteBefore(tokens, quote + 1);
}

/** Folded words of the quoted titles after a head anywhere in the article (isQuotedTitleAt). */
export function wordsOfQuotedTitles(blocks: readonly BlockTokens[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of blocks) {
    // ('فيلم "طريق الامل" للمخرج': a straight quote after an odd number of them closes a quote.)
    for (const q of quotesOfBlock(tokens).openings) {
      if (q < 1 || q + 1 >= tokens.length || !tokens[q - 1].isWord || !opensQuoteBefore(tokens, q + 1) || !headsQuotedTitle(tokens, q) || headsTextTitle(tokens, q)) continue;
      for (let k = q + 1; k < tokens.length && k - q <= MAX_QUOTED_TITLE_WORDS && !CLOSING_QUOTES.has(tokens[k].text); k++) {
        // ('برنامج "مع فلان"': not a name after a preposition, which speaks of a person.)
        if (tokens[k].isWord && !(tokens[k - 1].isWord && isParticle(tokens[k - 1]))) found.add(tokens[k].folded);
      }
    }
  }
  return found;
}

/** "الخبري", "المصرية": a definite word in the form of a nisba (folded). */
const DEFINITE_NISBA = /^ال..+ي(?:ه)?$/;

/**
 * 'موقع "فلان" الخبري المصري', 'صحيفة "علان" اليومية': definite nisbas right after a closing quote
 * describe the thing just quoted; they are no name of their own.
 */
export function isDescriptionOfQuotedName(tokens: readonly Token[], start: number, end: number): boolean {
  const quote = tokens[start - 1];
  if (quote === undefined || !CLOSING_QUOTES.has(quote.text) || tokens[start - 2]?.isWord !== true) return false;
  // (A straight quote with another shortly after opens a quote: 'وقال "فلان"'.)
  if (quote.text === '"' && opensQuoteBefore(tokens, start)) return false;
  return tokens.slice(start, end).every((token) => token.isWord && DEFINITE_NISBA.test(token.folded));
}
