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

/** The entries, or a way to make each on demand (a library of 50,000 draws only the rows on screen). */
export interface ListEntries {
  readonly length: number;
  at(index: number): ListEntry | undefined;
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
  const shown: ListEntry[] = [];
  for (let index = first; index < Math.min(entries.length, first + listRows); index++) shown.push(entries.at(index) ?? { label: '' });
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
