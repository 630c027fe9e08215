import { type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { fitText } from '../layout/fit.js';
import type { LayoutOptions } from '../layout/types.js';
import type { Theme } from './theme.js';

export interface ListEntry {
  /** Article text (any direction): laid out by the bidi pipeline. */
  label: string;
  /** A plain left-to-right note after the label (counts, Latin names). */
  detail?: string;
}

/** An array, or a long list that builds only the rows it shows (a News list of thousands of items). */
export interface ListEntries {
  readonly length: number;
  slice(start: number, end: number): ListEntry[];
}

interface Props {
  title: string;
  entries: ListEntries;
  cursor: number;
  rows: number;
  width: number;
  options: LayoutOptions;
  theme: Theme;
  empty?: string;
  footer?: string;
  /** A row under the title, e.g. the filter field. */
  field?: ReactNode;
}

/** A full-screen list (contents, entities, officials): the cursor row stays in view. */
export function ListView({ title, entries, cursor, rows, width, options, theme, empty = '(nothing)', footer, field }: Props) {
  const listRows = Math.max(0, rows - 1 - (footer ? 1 : 0) - (field ? 1 : 0));
  const first = Math.max(0, Math.min(cursor - Math.floor(listRows / 2), entries.length - listRows));
  const shown = entries.slice(first, first + listRows);
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text {...theme.heading} wrap="truncate-end">
        {title}
      </Text>
      {field}
      {entries.length === 0 && listRows > 0 ? <Text {...theme.dim}>{empty}</Text> : null}
      {shown.map((entry, i) => {
        const index = first + i;
        const detail = entry.detail ? `  ${entry.detail}` : '';
        const label = fitText(entry.label, Math.max(0, width - 2 - detail.length), options);
        const row = `${index === cursor ? '▶ ' : '  '}${label.text}${detail}`;
        return (
          <Text key={index} wrap="truncate-end" {...(index === cursor ? theme.cursor : {})}>
            {row}
          </Text>
        );
      })}
      {footer ? (
        <Box flexGrow={1} alignItems="flex-end">
          <Text {...theme.dim} wrap="truncate-end">
            {footer}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}
