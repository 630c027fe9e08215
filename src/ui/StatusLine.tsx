import { Text } from 'ink';
import { cellWidth } from '../text/cell-width.js';
import type { ArticleDocument } from '../layout/document.js';
import { fitText } from '../layout/fit.js';
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

/** " title · section        notice  §2/2 · 63% ": the place always shows; the names get what is left. */
export function StatusLine({ doc, state, theme, width, loading = null, name: fallbackName = 'qari' }: Props) {
  const { article } = doc;
  const sectionIndex = currentSection(doc, state.top);
  const section = sectionIndex >= 0 ? article.sections[sectionIndex] : undefined;
  const percent = atEnd(doc, state) ? 100 : Math.floor(doc.fraction(doc.anchorOf(state.top)) * 100);
  const place = `${section ? `§${sectionIndex + 1}/${article.sections.length} · ` : ''}${percent}% `;
  // Notices can quote the article ("إسكندر مؤمني: 1/7"): they go through the bidi pipeline too.
  const notice = state.notice ? `${fitText(state.notice, Math.max(0, Math.floor(width / 2)), doc.options).text}  ` : '';
  const progress = loading === null ? '' : `loading ${Math.floor(loading * 100)}%  `;
  const right = notice + progress + place;
  const room = Math.max(0, width - cellWidth(right) - 2);
  const name = article.title ?? article.source ?? fallbackName;
  const sectionName = section?.title ?? null;
  const nameText = fitText(name, sectionName ? Math.max(0, Math.floor(room / 2) - 1) : room, doc.options).text;
  const sectionText = sectionName ? fitText(sectionName, Math.max(0, room - cellWidth(nameText) - 3), doc.options).text : '';
  const left = ' ' + [nameText, sectionText].filter(Boolean).join(' · ');
  const gap = Math.max(1, width - cellWidth(left) - cellWidth(right));
  return (
    <Text {...theme.status} wrap="truncate-start">
      {left + ' '.repeat(gap) + right}
    </Text>
  );
}
