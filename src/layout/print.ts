import type { Article } from '../article/model.js';
import { layoutBlock } from './layout.js';
import { simpleLines } from './simple-lines.js';
import type { LayoutOptions, VisualLine } from './types.js';

/** A line as text for a fixed width: right-to-left lines right-aligned. */
export function alignLine(line: Pick<VisualLine, 'text' | 'width' | 'direction'>, width: number): string {
  return line.direction === 'rtl' ? ' '.repeat(Math.max(0, width - line.width)) + line.text : line.text;
}

/** Every displayed block (all but `related`), wrapped to `width`, an empty line between blocks. */
export function* printLines(article: Article, width: number, options: LayoutOptions): Generator<string> {
  let first = true;
  for (const block of article.blocks) {
    if (block.kind === 'related') continue;
    if (!first) yield '';
    first = false;
    const simple = simpleLines(block.text, block.direction, width, options, true);
    if (simple) for (const line of simple) yield line.text;
    else for (const line of layoutBlock(block, width, options)) yield alignLine(line, width);
  }
}
