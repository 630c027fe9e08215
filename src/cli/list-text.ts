import type { ArticleList } from '../article/model.js';
import { progressLabel } from '../state/list.js';
import { displayLine } from '../sources/list-item.js';
import { sanitizeLine } from '../text/sanitize.js';

/** A library or feed as plain lines for --print and pipes: title, then date, source and progress. */
export function* listLines(list: ArticleList): Generator<string> {
  // Lines in logical order, written raw: no controls, and no bidi controls to reorder the terminal.
  if (list.title) yield sanitizeLine(list.title);
  for (const item of list.items) {
    const details = [item.date, item.source, progressLabel(item.progress), displayLine(item.location)].filter(Boolean).join(' · ');
    yield `${sanitizeLine(item.title)}\t${sanitizeLine(details)}`;
  }
}
