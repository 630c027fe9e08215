import { Box, Text } from 'ink';
import { cellWidth } from '../text/cell-width.js';
import type { Article, Entity } from '../article/model.js';
import type { AlsoInArticle } from '../state/reader.js';
import { fitText } from '../layout/fit.js';
import type { LayoutOptions } from '../layout/types.js';
import { cardLines } from './card.js';
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
}

/** The official's card, under the article (which shows the highlighted mention). */
export function CardView({ article, entity, also, rows, width, options, theme }: Props) {
  const lines = cardLines(article, entity, also).slice(0, Math.max(0, rows - 1));
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <Text {...theme.dim} wrap="truncate-end">
        {'─'.repeat(Math.max(0, width - 26)) + ' Esc closes · n/N mentions'}
      </Text>
      {lines.map((line, i) => {
        const label = line.label ?? '';
        const body = line.text ? fitText(line.text, Math.max(0, width - cellWidth(label)), options).text : '';
        return (
          <Text key={i} wrap="truncate-end" {...(i === 0 ? theme.heading : line.selected ? theme.cursor : {})}>
            {label + body}
          </Text>
        );
      })}
    </Box>
  );
}
