import { Box, Text } from 'ink';
import type { Theme } from './theme.js';

/** Each line fits an 80-column terminal (test/ui-components.test.tsx). */
export const KEY_HELP: ReadonlyArray<readonly [string, string]> = [
  ['j ↓ Enter / k ↑', 'line down / up'],
  ['space PgDn / b PgUp', 'page down / up'],
  ['g Home / G End', 'top / bottom'],
  ['] / [', 'next / previous section'],
  ['t', 'table of contents (Enter jumps, Esc closes)'],
  ['e', 'people, places, organizations: filter, Enter jumps'],
  ['o', 'officials: part of a name or office, Arabic or Latin'],
  ['card: j k Enter', 'open another article naming the person'],
  ['/', 'search, in any hamza or diacritic spelling'],
  ['n / N', 'next / previous match or mention'],
  ['Esc', 'close a list; in the article, clear the highlights'],
  ['?', 'this help (any key closes)'],
  ['q Ctrl-C', 'quit (position saved)'],
];

export function HelpView({ rows, width, theme, keys = KEY_HELP }: { rows: number; width: number; theme: Theme; keys?: ReadonlyArray<readonly [string, string]> }) {
  const keyWidth = Math.max(...keys.map(([k]) => k.length)) + 2;
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text {...theme.heading}>qari keys</Text>
      {keys.slice(0, Math.max(0, rows - 1)).map(([k, what]) => (
        <Text key={k} wrap="truncate-end">
          {'  ' + k.padEnd(keyWidth) + what}
        </Text>
      ))}
    </Box>
  );
}
