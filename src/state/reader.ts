import type { ArticleDocument, Row } from '../layout/document.js';

export type Overlay = { kind: 'toc'; cursor: number } | { kind: 'help' };

export interface ReaderState {
  /** The row at the top of the article view. */
  top: Row;
  /** Rows of the article view (the screen less the status line). */
  viewRows: number;
  overlay: Overlay | null;
  /** A short message for the status line ("resumed", "no more sections"). */
  notice: string | null;
  quit: boolean;
}

export type ReaderAction =
  | { type: 'scroll'; rows: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'section'; direction: 1 | -1 }
  | { type: 'toc' }
  | { type: 'help' }
  | { type: 'cursor'; delta: number }
  | { type: 'choose' }
  | { type: 'close' }
  | { type: 'quit' }
  | { type: 'jump'; row: Row; notice?: string }
  | { type: 'viewRows'; rows: number }
  | { type: 'notice'; text: string | null };

export function initialState(doc: ArticleDocument, top: Row, viewRows: number, notice: string | null = null): ReaderState {
  return { top, viewRows: Math.max(1, viewRows), overlay: null, notice, quit: false };
}

/** Index of the section that contains the top row; the title and source rows belong to the first. */
export function currentSection(doc: ArticleDocument, top: Row): number {
  const sections = doc.article.sections;
  if (sections.length === 0) return -1;
  let current = 0;
  for (let i = 0; i < sections.length && sections[i].block <= top.block; i++) current = i;
  return current;
}

/** Whether the article's last row is on screen. */
export function atEnd(doc: ArticleDocument, state: ReaderState): boolean {
  return doc.compare(state.top, doc.lastPageTop(state.viewRows)) >= 0;
}

function scrollDown(doc: ArticleDocument, state: ReaderState, rows: number): Row {
  // Like less: scrolling stops once the last line reaches the bottom of the screen.
  const candidate = doc.move(state.top, rows);
  const limit = doc.lastPageTop(state.viewRows);
  if (doc.compare(candidate, limit) <= 0) return candidate;
  return doc.compare(state.top, limit) > 0 ? state.top : limit;
}

function withTop(state: ReaderState, top: Row, notice: string | null = null): ReaderState {
  return { ...state, top, notice };
}

function sectionJump(doc: ArticleDocument, state: ReaderState, direction: 1 | -1): ReaderState {
  const sections = doc.article.sections;
  if (sections.length === 0) return { ...state, notice: 'no sections in this article' };
  const current = currentSection(doc, state.top);
  let target: number;
  if (direction === 1) target = current + 1;
  else {
    const atSectionStart = current >= 0 && state.top.block === sections[current].block && state.top.line === 0;
    target = atSectionStart || current < 0 ? current - 1 : current;
  }
  if (target >= sections.length) return { ...state, notice: 'last section' };
  if (target < 0) return { ...state, notice: 'first section' };
  return withTop(state, doc.rowAt({ block: sections[target].block, offset: 0 }));
}

function overlayReducer(doc: ArticleDocument, state: ReaderState, overlay: Overlay, action: ReaderAction): ReaderState {
  switch (action.type) {
    case 'close':
      return { ...state, overlay: null };
    case 'toc':
      return overlay.kind === 'toc' ? { ...state, overlay: null } : { ...state, overlay: { kind: 'toc', cursor: Math.max(0, currentSection(doc, state.top)) } };
    case 'help':
      return overlay.kind === 'help' ? { ...state, overlay: null } : { ...state, overlay: { kind: 'help' } };
    case 'cursor':
      if (overlay.kind !== 'toc') return state;
      return { ...state, overlay: { kind: 'toc', cursor: clamp(overlay.cursor + action.delta, 0, doc.article.sections.length - 1) } };
    case 'top':
      return overlay.kind === 'toc' ? { ...state, overlay: { kind: 'toc', cursor: 0 } } : state;
    case 'bottom':
      return overlay.kind === 'toc' ? { ...state, overlay: { kind: 'toc', cursor: Math.max(0, doc.article.sections.length - 1) } } : state;
    case 'choose': {
      if (overlay.kind !== 'toc') return { ...state, overlay: null };
      const section = doc.article.sections[overlay.cursor];
      if (!section) return { ...state, overlay: null };
      return { ...state, overlay: null, top: doc.rowAt({ block: section.block, offset: 0 }), notice: null };
    }
    case 'quit':
      return { ...state, quit: true };
    case 'jump':
      return readerReducer(doc, { ...state, overlay: null }, action);
    default:
      return state;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** The reader's behaviour for every key, as a pure function of the laid-out document. */
export function readerReducer(doc: ArticleDocument, state: ReaderState, action: ReaderAction): ReaderState {
  if (state.overlay && action.type !== 'viewRows' && action.type !== 'notice') return overlayReducer(doc, state, state.overlay, action);
  switch (action.type) {
    case 'scroll':
      return withTop(state, action.rows > 0 ? scrollDown(doc, state, action.rows) : doc.move(state.top, action.rows));
    case 'page': {
      const rows = Math.max(1, state.viewRows - 1); // keep one line of context, like less
      return withTop(state, action.direction > 0 ? scrollDown(doc, state, rows) : doc.move(state.top, -rows));
    }
    case 'top':
      return withTop(state, doc.firstRow);
    case 'bottom':
      return withTop(state, doc.lastPageTop(state.viewRows));
    case 'section':
      return sectionJump(doc, state, action.direction);
    case 'toc':
      if (doc.article.sections.length === 0) return { ...state, notice: 'no sections in this article' };
      return { ...state, overlay: { kind: 'toc', cursor: Math.max(0, currentSection(doc, state.top)) }, notice: null };
    case 'help':
      return { ...state, overlay: { kind: 'help' }, notice: null };
    case 'jump':
      return withTop(state, action.row, action.notice ?? null);
    case 'viewRows':
      return { ...state, viewRows: Math.max(1, action.rows) };
    case 'notice':
      return { ...state, notice: action.text };
    case 'quit':
      return { ...state, quit: true };
    case 'cursor':
    case 'choose':
    case 'close':
      return state;
  }
}
