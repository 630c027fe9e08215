/**
 * A wire agency's credit line closes its stories: "(تغطية صحفية فلان في القاهرة - إعداد علان للنشرة
 * العربية - تحرير فلانة)". Right after "(" or a dash, the credit ("تغطية صحفية", "إعداد", "تحرير")
 * is followed by the journalist's name, which runs up to the city ("في ..."), the desk ("للنشرة"),
 * the next name ("و..."), a dash or the closing bracket. Both bounds are sure, whatever the words
 * read as ("جلال", "طه"). A closed class: the credit words of the wire house styles.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

const COVERAGE = fold('تغطية');
const PRESS = fold('صحفية');
/** "إعداد" (prepared by), "تحرير" (edited by). */
const CREDITS = new Set(['إعداد', 'تحرير'].map(fold));
const OPENERS = new Set(['(', '-', '–', '—']);
const MAX_NAME_WORDS = 4;

/** Where the name after a credit at `i` starts, or -1 when no credit opens there. */
function nameStartAfterCredit(tokens: readonly Token[], i: number): number {
  if (i === 0 || !OPENERS.has(tokens[i - 1].text) || !tokens[i].isWord) return -1;
  if (CREDITS.has(tokens[i].folded)) return i + 1;
  return tokens[i].folded === COVERAGE && tokens[i + 1]?.folded === PRESS ? i + 2 : -1;
}

function endsName(token: Token): boolean {
  return !token.isWord || token.folded === 'في' || token.folded.startsWith('لل') || token.folded.startsWith('و');
}

/** The credit words as written (the block's text is searched for them before its words are read). */
const CREDIT_TEXT = /تغطية|إعداد|اعداد|تحرير/;

/** The journalists' names right after the credits of a wire credit line in a block of `text`. */
export function creditLineNameSpans(text: string, tokens: readonly Token[]): Array<{ start: number; end: number; bracketed: true }> {
  const spans: Array<{ start: number; end: number; bracketed: true }> = [];
  if (!CREDIT_TEXT.test(text)) return spans;
  for (let i = 1; i < tokens.length; i++) {
    const start = nameStartAfterCredit(tokens, i);
    if (start < 0) continue;
    let end = start;
    while (end < tokens.length && end - start <= MAX_NAME_WORDS && !endsName(tokens[end])) end++;
    const closing = tokens[end];
    // The name ends on the line's own words: a place, the desk, the next name, a dash or the bracket.
    const closed = closing !== undefined && (OPENERS.has(closing.text) || closing.text === ')' || (closing.isWord && endsName(closing)));
    if (end - start >= 2 && end - start <= MAX_NAME_WORDS && closed) spans.push({ start, end, bracketed: true });
  }
  return spans;
}
