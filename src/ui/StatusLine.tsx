import { Text } from 'ink';
import { cellWidth } from '../text/cell-width.js';
import type { ArticleDocument } from '../layout/document.js';
import { uiDirection } from '../i18n/index.js';
import { blank, EMPTY_PIECE, fitPiece, joinPieces, placeRow } from './chrome-row.js';
import { screenText } from './screen-text.js';
import { atEnd, currentSection, type ReaderState } from '../state/reader.js';
import type { Theme } from './theme.js';

interface Props {
  doc: ArticleDocument;
  state: ReaderState;
  theme: Theme;
  width: number;
  /** How much of a big article has loaded (0..1), while it loads. */
  loading?: number | null;
  /** Shown when the article has neither title nor outlet. */
  name?: string;
}

/**
 * " title · section        notice  §2/2 · 63% ": the place always shows; the names get what is left.
 * For a right-to-left article it is mirrored: the title at the right, the place at the left.
 */
export function statusRow({ doc, state, width, loading = null, name: fallbackName = 'qari' }: Omit<Props, 'theme'>): string {
  const { article } = doc;
  const direction = article.direction;
  const sectionIndex = currentSection(doc, state.top);
  const section = sectionIndex >= 0 ? article.sections[sectionIndex] : undefined;
  const percent = atEnd(doc, state) ? 100 : Math.floor(doc.fraction(doc.anchorOf(state.top)) * 100);
  const fullPlace = `${section ? `§${sectionIndex + 1}/${article.sections.length} · ` : ''}${percent}%`;
  // A terminal too narrow for the whole place still shows how far the reader is.
  const place = cellWidth(fullPlace) + 2 <= width ? fullPlace : `${percent}%`;
  // Notices can quote the article ("إسكندر مؤمني: 1/7"): they go through the bidi pipeline too.
  const notice = state.notice ? fitPiece({ text: state.notice, base: uiDirection() }, Math.max(0, Math.floor(width / 2)), doc.options) : EMPTY_PIECE;
  const progress = loading === null ? EMPTY_PIECE : fitPiece(screenText('loading', { percent: Math.floor(loading * 100) }), width, doc.options);
  const end = joinPieces([joinPieces([notice, progress, { text: place, width: cellWidth(place) }], direction, '  '), blank(1)], direction);
  const room = Math.max(0, width - end.width - 2);
  const name = article.title ?? article.source ?? fallbackName;
  const sectionName = section?.title ?? null;
  const namePiece = fitPiece(name, sectionName ? Math.max(0, Math.floor(room / 2) - 1) : room, doc.options);
  const sectionPiece = sectionName ? fitPiece(sectionName, Math.max(0, room - namePiece.width - 3), doc.options) : EMPTY_PIECE;
  const start = joinPieces([blank(1), joinPieces([namePiece, sectionPiece], direction, ' · ')], direction);
  return placeRow(start, end, width, direction);
}

export function StatusLine(props: Props) {
  // Too narrow for the place: keep the side it is on.
  return (
    <Text {...props.theme.status} wrap={props.doc.article.direction === 'rtl' ? 'truncate-end' : 'truncate-start'}>
      {statusRow(props)}
    </Text>
  );
}
