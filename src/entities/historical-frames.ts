/**
 * "ذكرى وفاة الزعيم فلان", "في عهد فلان", "منذ سقوط فلان", "الحكم الديكتاتوري للجنرال فلان": a
 * person named only where his era, fall, regime's dictatorship, death or family is meant, or with
 * the epithet of mourning ("الراحل", "الشهيد"), is history or a reference,
 * not someone the article shows holding an office now: a well-known name or a rank alone makes him no
 * official there (the office the article words, when it words one, still does).
 */
import { readingInList } from './clitics.js';
import { isHonorificOrWithLam } from './honorific-titles.js';
import { HOLDER_EPITHETS, LEADER_EPITHETS } from './ruler-epithets.js';
import type { Token } from './tokenize.js';

/** Nouns of an era ("عصر الملك فلان", "من زمن الملك فلان"), a fall, a dictatorship, a death or a family right before the name, folded. */
const readsAsPastFrame = readingInList(new Set(['عهد', 'حقبه', 'عصر', 'زمن', 'سقوط', 'اسقاط', 'ديكتاتوريه', 'دكتاتوريه', 'الديكتاتوري', 'الدكتاتوري', 'وفاه', 'رحيل', 'ضريح', 'اغتيال', 'عايله', 'اسره', 'انصار', 'اتباع']));

/**
 * "الزعيم" (the leader), folded: a founder's epithet, or a living ruler's ("الزعيم كيم"). (Not
 * "القائد", the other leader's epithet: also a commander's title.)
 */
const LEADER = new Set([...LEADER_EPITHETS].filter((epithet) => epithet.startsWith('الزعيم')));

/** "الشهيد", "الشهيدة" (the martyr), folded: said of the dead, before his titles ("الشهيد القائد فلان"). */
const MARTYRS = new Set(['الشهيد', 'الشهيده']);

/** How a mention is framed: as history, after the leader's epithet only, or neither. */
type Frame = 'past' | 'leader' | null;

/** The frame of the name starting at `start`: what stands before it, past its honorifics and epithets. */
function frameAt(tokens: readonly Token[], start: number): Frame {
  let k = start;
  let leader = false;
  // (Past "القائد" too, a commander's title or a leader's epithet: "الشهيد القائد فلان".)
  while (k > 0 && tokens[k - 1].isWord && (HOLDER_EPITHETS.has(tokens[k - 1].folded) || MARTYRS.has(tokens[k - 1].folded) || LEADER_EPITHETS.has(tokens[k - 1].folded) || isHonorificOrWithLam(tokens[k - 1]))) {
    if (HOLDER_EPITHETS.has(tokens[k - 1].folded) || MARTYRS.has(tokens[k - 1].folded)) return 'past';
    leader ||= LEADER.has(tokens[k - 1].folded);
    k--;
  }
  const before = tokens[k - 1];
  if (before?.isWord === true && readsAsPastFrame(before)) return 'past';
  // ("جلالة المغفور له الملك محمد الخامس": "the one God has forgiven", said of the dead.)
  if (before?.isWord === true && FORGIVEN_PRONOUNS.has(before.folded) && tokens[k - 2]?.folded === FORGIVEN) return 'past';
  return leader ? 'leader' : null;
}

/** "المغفور له", "المغفور لها" (folded): the formula of mourning before a dead king's or notable's title. */
const FORGIVEN = 'المغفور';
const FORGIVEN_PRONOUNS = new Set(['له', 'لها']);

/**
 * Whether a person's mentions (their tokens and starts) all name him in a historical frame: each
 * one in a frame of history, or after "الزعيم" where another is in a frame of history ("ذكرى وفاة
 * الزعيم فلان ... نضالات الزعيم فلان"; "الزعيم كيم" alone is a living leader's style).
 */
export function isNamedAsHistory(mentions: ReadonlyArray<{ tokens: readonly Token[]; start: number }>): boolean {
  const frames = mentions.map(({ tokens, start }) => frameAt(tokens, start));
  return frames.includes('past') && frames.every((frame) => frame !== null);
}

/** "قبل" + "الميلاد" (before the Christian era), folded. */
const BEFORE = 'قبل';
const CHRISTIAN_ERA = 'الميلاد';

/**
 * "تمثال للملك فلان يعود إلى 3250 عاما قبل الميلاد": a paragraph that dates what it tells before the
 * Christian era is about antiquity; a king it names by his title alone ruled then, no office now.
 */
export function isAntiquityBlock(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => (token.folded === BEFORE && tokens[i + 1]?.folded === CHRISTIAN_ERA) || isDynastyAt(tokens, i)) || isPastCenturiesBlock(tokens);
}

/** "الأسرة", "للأسرة" (folded): a dynasty before its ordinal. */
const DYNASTIES = new Set(['الاسره', 'للاسره', 'بالاسره']);

/** "الأسرة التاسعة عشرة", "الأسرة الثامنة": a numbered dynasty of Egypt's kings at i. */
function isDynastyAt(tokens: readonly Token[], i: number): boolean {
  return DYNASTIES.has(tokens[i].folded) && /^ال(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه)$/.test(tokens[i + 1]?.folded ?? '');
}

/** Words that give a year's era after it ("للميلاد", "للهجرة", "ميلادية", "هجرية"), folded. */
const ERAS = new Set(['للميلاد', 'للهجره', 'ميلاديه', 'ميلادي', 'هجريه', 'هجري']);

/** Years before this one, given with their era, date a paragraph to past centuries. */
const MODERN_TIMES = 1800;

/**
 * "إذ أسس أبو جعفر المنصور المدينة المدورة عام 762 للميلاد": a paragraph that dates what it tells to a
 * year of past centuries, its era written after it, tells history; a ruler of then named in it holds
 * no office now.
 */
export function isPastCenturiesBlock(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => /^[0-9]{1,4}$/.test(token.text) && Number(token.text) < MODERN_TIMES && ERAS.has(tokens[i + 1]?.folded ?? ''));
}
