import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import type { Direction } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import { fitPiece, joinPieces, type Piece, type RowText } from './chrome-row.js';
import { fitText } from '../layout/fit.js';
import type { Style } from './theme.js';

interface Props {
  label: RowText;
  value: string;
  onChange: (value: string) => void;
  width: number;
  options: LayoutOptions;
  style?: Style;
  /** Whether typing goes to this field (default true). */
  focus?: boolean;
  /** Right-to-left: the label at the right edge, the value to its left. */
  direction?: Direction;
}

const CURSOR = ' ';

/**
 * The field's row around the cursor: label, a space, the value (cut to fit, with its ellipsis), and
 * where the cursor goes: after the value's end, which is its left for a right-to-left value.
 */
export function queryFieldParts(label: RowText, value: string, width: number, options: LayoutOptions, direction: Direction) {
  const labelPiece = fitPiece(label, width, options);
  // A message label ("filter:") is followed by a space; the search field's "/" is not.
  const gap = labelPiece.width > 0 && typeof label !== 'string' ? 1 : 0;
  const room = Math.max(0, width - labelPiece.width - gap - CURSOR.length);
  const shown = fitText(value, room, options, direction);
  const valuePiece: Piece = { text: shown.text, width: shown.width };
  const before: Piece = joinPieces([labelPiece, { text: ' '.repeat(gap), width: gap }], direction);
  // The cursor goes on the side the value ends on (its reading direction), between it and the rest of the row.
  const cursorFirst = (value ? shown.direction : direction) === 'rtl';
  return { before, value: valuePiece, cursorFirst };
}

/**
 * A typed query. ink-text-input does the editing, but it writes the value in logical order, which a
 * terminal that does not reorder shows backwards for Arabic; so its own rendering is kept out of
 * sight (a zero-size box) and the value is drawn through the same bidi pipeline as the article.
 */
export function QueryField({ label, value, onChange, width, options, style = {}, focus = true, direction = 'ltr' }: Props) {
  const { before, value: shown, cursorFirst } = queryFieldParts(label, value, width, options, direction);
  const cursor = focus ? <Text inverse>{CURSOR}</Text> : null;
  const used = before.width + shown.width + (focus ? CURSOR.length : 0);
  const pad = ' '.repeat(Math.max(0, width - used));
  return (
    <Box width={width} height={1}>
      {direction === 'rtl' ? (
        <Text {...style} wrap="truncate-end">
          {pad}
          {cursorFirst ? cursor : null}
          {shown.text}
          {cursorFirst ? null : cursor}
          {before.text}
        </Text>
      ) : (
        <Text {...style} wrap="truncate-end">
          {before.text}
          {cursorFirst ? cursor : null}
          {shown.text}
          {cursorFirst ? null : cursor}
        </Text>
      )}
      <Box width={0} height={0} overflow="hidden">
        <TextInput value={value} onChange={onChange} showCursor={false} focus={focus} />
      </Box>
    </Box>
  );
}
