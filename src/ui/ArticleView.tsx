import React from 'react';
import { Box, Text } from 'ink';
import type { ArticleDocument, Row } from '../layout/document.js';
import { screenRow, type Highlight } from './rows.js';
import type { Theme } from './theme.js';

interface Props {
  doc: ArticleDocument;
  top: Row;
  rows: number;
  theme: Theme;
  highlights?: Highlight[];
  current?: Highlight | null;
}

/** The visible rows only: a long article renders as fast as a short one. */
export function ArticleView({ doc, top, rows, theme, highlights = [], current = null }: Props) {
  const visible = doc.isEmpty ? [] : doc.rowsFrom(top, rows);
  return (
    <Box flexDirection="column" height={rows} width={doc.width}>
      {visible.length === 0 ? <Text {...theme.dim}>(this article has no text)</Text> : null}
      {visible.map((row) => {
        const screen = screenRow(doc, row, highlights, current);
        const base = theme.block(doc.article.blocks[row.block].kind);
        return (
          <Text key={screen.key} wrap="truncate-end" {...base}>
            {screen.segments.length === 0
              ? ' '
              : screen.segments.map((segment, i) =>
                  segment.mark === 'none' ? (
                    segment.text
                  ) : (
                    <Text key={i} {...(segment.mark === 'current' ? theme.current : theme.highlight)}>
                      {segment.text}
                    </Text>
                  ),
                )}
          </Text>
        );
      })}
    </Box>
  );
}
