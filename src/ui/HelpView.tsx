import React from 'react';
import { Box, Text } from 'ink';
import type { Theme } from './theme.js';

export const KEY_HELP: ReadonlyArray<readonly [string, string]> = [
  ['j ↓ Enter / k ↑', 'line down / up'],
  ['space PgDn / b PgUp', 'page down / up'],
  ['g Home / G End', 'top / bottom'],
  ['] / [', 'next / previous section'],
  ['t', 'table of contents (Enter jumps, Esc closes)'],
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
