import { Box, Text } from 'ink';
import type { Article, Direction, Entity } from '../article/model.js';
import { uiDirection } from '../i18n/index.js';
import { cellWidth } from '../text/cell-width.js';
import type { AlsoInArticle } from '../state/reader.js';
import type { LayoutOptions } from '../layout/types.js';
import { cardLines } from './card.js';
import { blank, cursorMarker, fitPiece, joinPieces, listRow, placeRow } from './chrome-row.js';
import { screenText } from './screen-text.js';
import type { Theme } from './theme.js';

interface Props {
  article: Article;
  entity: Entity;
  /** Other articles naming the person (null while the index is asked), and the chosen one. */
  also?: { list: readonly AlsoInArticle[] | string | null; cursor: number };
  rows: number;
  width: number;
  options: LayoutOptions;
  theme: Theme;
  /** The article's direction: a right-to-left card has its labels at the right. */
  direction?: Direction;
}

/** The rule over the card, with the keys at its end: "──── Esc closes · n/N mentions", mirrored in right-to-left. */
export function cardRule(width: number, direction: Direction, options: LayoutOptions): string {
  const hint = fitPiece(screenText('cardHint'), Math.max(0, width - 4), options);
  const rule = '─'.repeat(Math.max(0, width - hint.width - 1));
  return placeRow({ text: rule, width: rule.length }, joinPieces([blank(1), hint], direction), width, direction);
}

/** The official's card, under the article (which shows the highlighted mention). */
export function CardView({ article, entity, also, rows, width, options, theme, direction = 'ltr' }: Props) {
  const lines = cardLines(article, entity, also).slice(0, Math.max(0, rows - 1));
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text {...theme.dim} wrap="truncate-end">
        {cardRule(width, direction, options)}
      </Text>
      {lines.map((line, i) => {
        // Labels come with a trailing space (an indent, for the gloss under the office): it is the gap here.
        const label = line.label ?? '';
        const lead = label.trim() ? { text: label.trim(), base: uiDirection() } : undefined;
        const row =
          line.selected === undefined
            ? listRow({ lead, leadWidth: cellWidth(label), text: line.text }, width, direction, options)
            : listRow({ indent: 2, lead: line.selected ? cursorMarker(direction) : '', leadWidth: 2, text: line.text, details: line.details }, width, direction, options);
        return (
          <Text key={i} wrap="truncate-end" {...(i === 0 ? theme.heading : line.selected ? theme.cursor : {})}>
            {row}
          </Text>
        );
      })}
    </Box>
  );
}
