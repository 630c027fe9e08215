import { Box, Text } from 'ink';
import type { Direction } from '../article/model.js';
import type { MessageKey } from '../i18n/index.js';
import { uiDirection } from '../i18n/index.js';
import type { LayoutOptions } from '../layout/types.js';
import { listRow } from './chrome-row.js';
import { screenText } from './screen-text.js';
import type { Theme } from './theme.js';

/** The keys and what they do (a message key). Each line fits an 80-column terminal in every language (test/i18n.test.ts). */
export const KEY_HELP: ReadonlyArray<readonly [string, MessageKey]> = [
  ['j ↓ Enter / k ↑', 'helpLine'],
  ['space PgDn / b PgUp', 'helpPage'],
  ['g Home / G End', 'helpTopBottom'],
  ['] / [', 'helpSection'],
  ['t', 'helpContents'],
  ['e', 'helpEntities'],
  ['o', 'helpOfficials'],
  ['card: j k Enter', 'helpCardAlso'],
  ['/', 'helpSearch'],
  ['n / N', 'helpNext'],
  ['y', 'helpCopy'],
  ['mouse wheel', 'helpWheel'],
  ['Esc', 'helpEsc'],
  ['?', 'helpHelp'],
  ['q Ctrl-C', 'helpQuit'],
];

/** Cells of the key column: the longest keys and two spaces. */
export const HELP_KEY_WIDTH = Math.max(...KEY_HELP.map(([k]) => k.length)) + 2;

/** The help rows as they are drawn: indented keys, then what they do; mirrored in a right-to-left language. */
export function helpRows(width: number, options: LayoutOptions, direction: Direction = uiDirection()): string[] {
  return [
    listRow({ text: screenText('helpTitle') }, width, direction, options),
    ...KEY_HELP.map(([keys, what]) => listRow({ indent: 2, lead: keys, leadWidth: HELP_KEY_WIDTH, text: screenText(what) }, width, direction, options)),
  ];
}

/**
 * The help is in the interface language, laid out from the right when that language or the article
 * reads right to left (an English help over an Arabic article is mirrored like the article's lists).
 */
export function helpDirection(article: Direction): Direction {
  return article === 'rtl' || uiDirection() === 'rtl' ? 'rtl' : 'ltr';
}

export function HelpView({ rows, width, theme, options, direction = uiDirection() }: { rows: number; width: number; theme: Theme; options: LayoutOptions; direction?: Direction }) {
  const [title, ...lines] = helpRows(width, options, direction);
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text {...theme.heading} wrap="truncate-end">
        {title}
      </Text>
      {lines.slice(0, Math.max(0, rows - 1)).map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
