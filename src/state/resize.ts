import type { ArticleDocument, Row } from '../layout/document.js';

/** Whether the article's last line is on the screen's last row (scrolled to the end, like less). */
function endOnLastRow(doc: ArticleDocument, top: Row, viewRows: number): boolean {
  return !doc.isFarFromEnd(top, viewRows) && doc.compare(top, doc.lastPageTop(viewRows)) === 0;
}

/**
 * The top row after the screen changes size (a new width lays the article out anew as `after`).
 * The text the reader had at the top stays at the top. Only when the end of the article was on the
 * last row may the top move, and only up, to fill blank rows the bigger screen would leave under
 * the end: a reader who jumped to a short last section keeps its heading on the top row.
 */
export function topAfterResize(before: ArticleDocument, top: Row, viewRows: number, after: ArticleDocument, newViewRows: number): Row {
  const kept = before === after ? top : after.rowAt(before.anchorOf(top));
  if (!endOnLastRow(before, top, viewRows)) return kept;
  const end = after.lastPageTop(newViewRows);
  return after.compare(end, kept) < 0 ? end : kept;
}
