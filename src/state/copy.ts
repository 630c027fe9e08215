import type { Entity } from '../article/model.js';
import { t } from '../i18n/index.js';
import type { ArticleDocument, Row } from '../layout/document.js';
import { sentenceAround } from '../text/sentences.js';
import { sanitizeText } from '../text/sanitize.js';
import type { Marks } from './marks.js';

/** The words `y` says in the status line, in the interface language. */
export const COPY_MESSAGES = {
  copied: (characters: number) => t(characters === 1 ? 'copiedOne' : 'copiedMany', { count: characters }),
  off: () => t('copyOff'),
  nothing: () => t('copyNothing'),
} as const;

/** What `y` copies: always the article's logical text, never the shaped, reordered screen. */
export interface CopyRequest {
  text: string;
  what: 'paragraph' | 'sentence' | 'person';
}

/** The first row at or below `top` that shows text (the top row may be the gap between two blocks). */
function firstTextRow(doc: ArticleDocument, top: Row): Row {
  if (top.line < doc.linesOf(top.block).length) return top;
  return doc.move(top, 1);
}

function onScreen(doc: ArticleDocument, top: Row, viewRows: number, row: Row): boolean {
  return doc.compare(row, top) >= 0 && doc.compare(row, doc.move(top, viewRows - 1)) <= 0;
}

/**
 * Article text as it goes to the clipboard: sanitized like the screen (an escape sequence in the
 * text arrives as the visible "␛[31m", never as a control). Bidi format characters are kept: they
 * are the article's own hints for the bidi algorithm of the program it is pasted into.
 */
export function clipboardText(text: string): string {
  return sanitizeText(text).trim();
}

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

/** "إسكندر مؤمني، وزير الداخلية الإيراني": the name and office as an appositive, in logical order. */
export function personText(entity: Entity): string {
  if (!entity.role) return clipboardText(entity.name);
  const comma = ARABIC_SCRIPT.test(entity.name + entity.role) ? '، ' : ', ';
  return clipboardText(entity.name + comma + entity.role);
}

/**
 * The text `y` copies in the article: the sentence of the highlighted match or mention (the current
 * one, when it is on screen), else the paragraph at the top of the screen.
 */
export function articleCopy(doc: ArticleDocument, top: Row, viewRows: number, marks: Marks | null): CopyRequest | null {
  if (doc.isEmpty) return null;
  const mark = marks && marks.index >= 0 ? marks.ranges[marks.index] : null;
  if (mark && onScreen(doc, top, viewRows, doc.rowAt({ block: mark.block, offset: mark.start }))) {
    const text = doc.article.blocks[mark.block].text;
    const span = sentenceAround(text, mark.start, mark.end);
    return { text: clipboardText(text.slice(span.start, span.end)), what: 'sentence' };
  }
  const row = firstTextRow(doc, top);
  const text = clipboardText(doc.article.blocks[row.block].text);
  return text ? { text, what: 'paragraph' } : null;
}
