import { type ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { Direction } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import { cursorPiece, listRow, type RowText } from './chrome-row.js';
import type { Theme } from './theme.js';

export interface ListEntry {
  /** Article text (any direction): laid out by the bidi pipeline. */
  label: string;
  /** Secondary columns after the label (counts, Latin names, dates), in reading order. */
  details?: RowText[];
}

/** The entries, or a way to make each on demand (a library of 50,000 draws only the rows on screen). */
export interface ListEntries {
  readonly length: number;
  at(index: number): ListEntry | undefined;
}

interface Props {
  title: RowText;
  entries: ListEntries;
  cursor: number;
  rows: number;
  width: number;
  options: LayoutOptions;
  theme: Theme;
  empty?: RowText;
  /** A row under the title, e.g. the filter field. */
  field?: ReactNode;
  /** Right-to-left: the list is laid out from the right edge (chrome-row.ts). */
  direction?: Direction;
}

/** A full-screen list (contents, entities, officials, library, feed): the cursor row stays in view. */
export function ListView({ title, entries, cursor, rows, width, options, theme, empty = '(nothing)', field, direction = 'ltr' }: Props) {
  const listRows = Math.max(0, rows - 1 - (field ? 1 : 0));
  const first = Math.max(0, Math.min(cursor - Math.floor(listRows / 2), entries.length - listRows));
  const shown: ListEntry[] = [];
  for (let index = first; index < Math.min(entries.length, first + listRows); index++) shown.push(entries.at(index) ?? { label: '' });
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text {...theme.heading} wrap="truncate-end">
        {listRow({ text: title }, width, direction, options)}
      </Text>
      {field}
      {entries.length === 0 && listRows > 0 ? <Text {...theme.dim}>{listRow({ text: empty }, width, direction, options)}</Text> : null}
      {shown.map((entry, i) => {
        const index = first + i;
        const row = listRow({ lead: index === cursor ? cursorPiece(direction) : '', leadWidth: 2, text: entry.label, details: entry.details }, width, direction, options);
        return (
          <Text key={index} wrap="truncate-end" {...(index === cursor ? theme.cursor : {})}>
            {row}
          </Text>
        );
      })}
    </Box>
  );
}
