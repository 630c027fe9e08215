import type { Article } from '../article/model.js';
import { layoutBlockForPrint, type PrintedLine } from './layout.js';
import type { LayoutOptions } from './types.js';

/** A line as text for a fixed width: right-to-left lines right-aligned. */
export function alignLine(line: PrintedLine, width: number): string {
  return line.direction === 'rtl' ? ' '.repeat(Math.max(0, width - line.width)) + line.text : line.text;
}

/** Every displayed block (all but `related`), wrapped to `width`, an empty line between blocks. */
export function* printLines(article: Article, width: number, options: LayoutOptions): Generator<string> {
  let first = true;
  for (const block of article.blocks) {
    if (block.kind === 'related') continue;
    if (!first) yield '';
    first = false;
    for (const line of layoutBlockForPrint(block, width, options)) yield alignLine(line, width);
  }
}
