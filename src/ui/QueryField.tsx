import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { cellWidth } from '../text/cell-width.js';
import { fitText } from '../layout/fit.js';
import type { LayoutOptions } from '../layout/types.js';
import type { Style } from './theme.js';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  width: number;
  options: LayoutOptions;
  style?: Style;
  /** Whether typing goes to this field (default true). */
  focus?: boolean;
}

/**
 * A typed query. ink-text-input does the editing, but it writes the value in logical order, which a
 * terminal that does not reorder shows backwards for Arabic; so its own rendering is kept out of
 * sight (a zero-size box) and the value is drawn through the same bidi pipeline as the article.
 */
export function QueryField({ label, value, onChange, width, options, style = {}, focus = true }: Props) {
  const room = Math.max(0, width - cellWidth(label) - 1);
  const shown = fitText(value, room, options);
  return (
    <Box width={width} height={1}>
      <Text {...style} wrap="truncate-end">
        {label}
        {shown.text}
        {focus ? <Text inverse> </Text> : null}
      </Text>
      <Box width={0} height={0} overflow="hidden">
        <TextInput value={value} onChange={onChange} showCursor={false} focus={focus} />
      </Box>
    </Box>
  );
}
