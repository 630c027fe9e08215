/**
 * "الرئيس التنفيذي لشركة "غوغل"", "مدير عام شركة مينينكس", "الرئيس المدير العام لمجمع "أم بي جي"": an
 * office of a company, group or bank the article names by its own brand (in quotes, or a word no
 * list knows and the news seldom uses) heads a private firm, no public body: its holder is no
 * official (the conventions: company owners and CEOs of private firms). A public company is named
 * by common words and its country ("الشركة التونسية للكهرباء والغاز", "شركة الخطوط التونسية"),
 * and one named only as "الشركة" may be either: both keep their office. A former post in a firm
 * ("مديرة سابقة لشركة هيوليت باكارد") is kept too: the news names it as the career of a public
 * figure, a candidate or a minister, and the gold files keep it as the office the article gives.
 * Closed class: the heads.
 */
import type { Token } from './tokenize.js';
import { isCommonWord } from './ordinary-words.js';
import { isDefinite, isPlaceOrNationality, isPlaceStem, stems } from './office-words.js';
import { FORMER } from './office-phrase-parts.js';

/** Heads of a firm's name in the construct state, folded, read without "ل", "ب" or "و". */
const FIRM_HEADS = new Set(['شركه', 'مجمع', 'مجموعه', 'بنك', 'مؤسسه']);

/** Quotation marks that open a brand's name. */
const OPENING_QUOTES = new Set(['"', '«', '“']);

/** Whether the office phrase names a private firm by its brand (see the module comment). */
export function headsPrivateFirm(roleTokens: readonly Token[]): boolean {
  if (roleTokens.some((token) => FORMER.has(token.folded))) return false;
  for (let k = 1; k + 1 < roleTokens.length; k++) {
    if (!roleTokens[k].isWord || !stems(roleTokens[k]).some((stem) => FIRM_HEADS.has(stem))) continue;
    return isBrandAt(roleTokens, k + 1);
  }
  return false;
}

/** A brand's name at i: in quotes, or a bare word that is no common word, place or nationality. */
function isBrandAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  // ("لمجمع"أم بي جي"": the quote may be glued to the head.)
  if (OPENING_QUOTES.has(token.text)) return true;
  if (!token.isWord || isDefinite(token)) return false;
  return !isCommonWord(token.folded) && !isPlaceOrNationality(token) && !isPlaceStem(token.folded);
}
