import { Box, Text } from 'ink';
import type { ArticleDocument, Row } from '../layout/document.js';
import { screenRow, type Highlight, type RowSegment } from './rows.js';
import type { Style, Theme } from './theme.js';
import { listRow } from './chrome-row.js';
import { screenText } from './screen-text.js';

interface Props {
  doc: ArticleDocument;
  top: Row;
  rows: number;
  theme: Theme;
  highlights?: Highlight[];
  current?: Highlight | null;
}

/** Rows drawn by one <Text>: consecutive rows of one style without highlights, or one highlighted row. */
interface RowGroup {
  style: Style;
  styleKey: string;
  lines: string[];
  segments: RowSegment[] | null;
}

/**
 * The visible rows only: a long article renders as fast as a short one. Consecutive plain rows of
 * one style are one <Text> of lines, so a frame is a few Ink nodes to lay out and draw, not sixty.
 */
export function ArticleView({ doc, top, rows, theme, highlights = [], current = null }: Props) {
  const visible = doc.isEmpty ? [] : doc.rowsFrom(top, rows);
  const groups: RowGroup[] = [];
  for (const row of visible) {
    const screen = screenRow(doc, row, highlights, current);
    const style = theme.block(doc.article.blocks[row.block].kind);
    const styleKey = JSON.stringify(style);
    const marked = screen.segments.some((segment) => segment.mark !== 'none');
    const text = screen.segments.length === 0 ? ' ' : screen.segments.map((segment) => segment.text).join('');
    const last = groups[groups.length - 1];
    if (marked) groups.push({ style, styleKey, lines: [], segments: screen.segments });
    else if (last && !last.segments && last.styleKey === styleKey) last.lines.push(text);
    else groups.push({ style, styleKey, lines: [text], segments: null });
  }
  return (
    <Box flexDirection="column" height={rows} width={doc.width}>
      {visible.length === 0 ? <Text {...theme.dim}>{listRow({ text: screenText('noText') }, doc.width, doc.article.direction, doc.options)}</Text> : null}
      {groups.map((group, index) => (
        <Text key={index} wrap="truncate-end" {...group.style}>
          {group.segments
            ? group.segments.map((segment, i) =>
                segment.mark === 'none' ? (
                  segment.text
                ) : (
                  <Text key={i} {...(segment.mark === 'current' ? theme.current : theme.highlight)}>
                    {segment.text}
                  </Text>
                ),
              )
            : group.lines.join('\n')}
        </Text>
      ))}
    </Box>
  );
}
