import type { Entity } from '../article/model.js';
import { t, tScreen } from '../i18n/index.js';
import type { ArticleDocument, Row } from '../layout/document.js';
import { lookupOfficials } from '../entities/lookup.js';
import { entityIndex, mentionMarks, searchMarks, type Marks } from './marks.js';
import { topAfterResize } from './resize.js';
import { articleCopy, COPY_MESSAGES, personText, type CopyRequest } from './copy.js';

export type Overlay =
  | { kind: 'toc'; cursor: number }
  | { kind: 'help' }
  | { kind: 'entities'; filter: string; cursor: number }
  | { kind: 'officials'; query: string; cursor: number }
  | { kind: 'card'; entity: Entity; also: AlsoInArticle[] | string | null; alsoCursor: number }
  | { kind: 'search'; query: string };

/** Overlays with a text field: printable keys go to the field, not to the reader. */
export function takesText(overlay: Overlay | null): boolean {
  return overlay?.kind === 'entities' || overlay?.kind === 'officials' || overlay?.kind === 'search';
}

/** Another article naming the person on the card (from the index). */
export interface AlsoInArticle {
  title: string;
  location: string;
  date: string | null;
  mentions: number;
  first: { block: number; start: number; text: string } | null;
}

export interface ReaderState {
  /** The row at the top of the article view. */
  top: Row;
  /** Rows of the article view (the screen less the status line). */
  viewRows: number;
  overlay: Overlay | null;
  /** A short message for the status line ("resumed", "no more sections"). */
  notice: string | null;
  /** Set when the reader is done: back to the list it came from, or out of qari. */
  quit: false | 'back' | 'exit';
  /** Whether a list (library or feed) is under this article, so q and Esc go back to it. */
  canGoBack: boolean;
  /** The article's entities; null while they are still being extracted. */
  entities: Entity[] | null;
  /** What n/N move between. */
  marks: Marks | null;
  /** Whether `y` may write to the clipboard (off with --no-clipboard). */
  canCopy: boolean;
  /** The last text `y` copied; `serial` tells two copies of the same text apart. */
  copied: (CopyRequest & { serial: number }) | null;
  /** Another article to open (chosen on the card), for the session to act on. */
  follow: AlsoInArticle | null;
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
  | { type: 'quit'; hard?: boolean }
  | { type: 'jump'; row: Row; notice?: string }
  | { type: 'viewRows'; rows: number }
  /** The article was laid out anew for another width; `previous` is the layout `top` refers to. */
  | { type: 'relayout'; previous: ArticleDocument }
  | { type: 'notice'; text: string | null }
  /** The article chosen on the card could not be opened: why, and Enter may try again. */
  | { type: 'followFailed'; text: string }
  | { type: 'entitiesReady'; entities: Entity[] }
  | { type: 'openEntities' }
  | { type: 'openOfficials' }
  | { type: 'openSearch' }
  | { type: 'input'; text: string }
  | { type: 'mark'; direction: 1 | -1 }
  | { type: 'copy' }
  /** A mouse wheel notch: 1 towards the end, -1 towards the start. */
  | { type: 'wheel'; direction: 1 | -1 }
  | { type: 'alsoReady'; entity: Entity; also: AlsoInArticle[] | string };

/** Lines the article moves for one wheel notch (as most terminal programs do). */
export const WHEEL_LINES = 3;

export function initialState(top: Row, viewRows: number, notice: string | null = null, canGoBack = false, canCopy = true): ReaderState {
  return { top, viewRows: Math.max(1, viewRows), overlay: null, notice, quit: false, canGoBack, entities: null, marks: null, canCopy, copied: null, follow: null };
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
  if (doc.isFarFromEnd(state.top, state.viewRows)) return false;
  return doc.compare(state.top, doc.lastPageTop(state.viewRows)) >= 0;
}

function scrollDown(doc: ArticleDocument, state: ReaderState, rows: number): Row {
  // Like less: scrolling stops once the last line reaches the bottom of the screen.
  const candidate = doc.move(state.top, rows);
  if (doc.isFarFromEnd(candidate, state.viewRows)) return candidate;
  const limit = doc.lastPageTop(state.viewRows);
  if (doc.compare(candidate, limit) <= 0) return candidate;
  return doc.compare(state.top, limit) > 0 ? state.top : limit;
}

function withTop(state: ReaderState, top: Row, notice: string | null = null): ReaderState {
  return { ...state, top, notice };
}

function sectionJump(doc: ArticleDocument, state: ReaderState, direction: 1 | -1): ReaderState {
  const sections = doc.article.sections;
  if (sections.length === 0) return { ...state, notice: t('noSections') };
  const current = currentSection(doc, state.top);
  let target: number;
  if (direction === 1) target = current + 1;
  else {
    const atSectionStart = current >= 0 && state.top.block === sections[current].block && state.top.line === 0;
    target = atSectionStart || current < 0 ? current - 1 : current;
  }
  if (target >= sections.length) return { ...state, notice: t('lastSection') };
  if (target < 0) return { ...state, notice: t('firstSection') };
  return withTop(state, doc.rowAt({ block: sections[target].block, offset: 0 }));
}

/** Moves to mark `index` of `marks`: its row a few lines below the top, for context. */
function gotoMark(doc: ArticleDocument, state: ReaderState, marks: Marks, index: number, wrapped: 'top' | 'bottom' | null = null): ReaderState {
  const mark = marks.ranges[index];
  const row = doc.rowAt({ block: mark.block, offset: mark.start });
  const context = Math.min(3, Math.floor((state.viewRows - 1) / 3));
  // The position is one value: "1/7" reads left to right as one number in every language.
  const values = { label: marks.label, position: `${index + 1}/${marks.ranges.length}` };
  return { ...state, marks: { ...marks, index }, top: doc.move(row, -context), notice: tScreen(wrapped === 'top' ? 'markFromTop' : wrapped === 'bottom' ? 'markFromBottom' : 'markPosition', values) };
}

function stepMarks(doc: ArticleDocument, state: ReaderState, direction: 1 | -1): ReaderState {
  const marks = state.marks;
  if (!marks) return { ...state, notice: t('nothingToGoTo') };
  if (marks.ranges.length === 0) return { ...state, notice: tScreen('notFound', { label: marks.label }) };
  const count = marks.ranges.length;
  const next = marks.index + direction;
  if (next >= count) return gotoMark(doc, state, marks, 0, 'top');
  if (next < 0) return gotoMark(doc, state, marks, count - 1, 'bottom');
  return gotoMark(doc, state, marks, next);
}

/** The first mark at or after the top row (searching starts where the reader is). */
function firstMarkFromTop(doc: ArticleDocument, state: ReaderState, marks: Marks): number {
  const index = marks.ranges.findIndex((m) => doc.compare(doc.rowAt({ block: m.block, offset: m.start }), state.top) >= 0);
  return index === -1 ? 0 : index;
}

/** The entries the open list shows, in order. */
export function listEntries(state: ReaderState, overlay: Overlay): Entity[] {
  const entities = state.entities ?? [];
  if (overlay.kind === 'entities') return entityIndex(entities, overlay.filter);
  if (overlay.kind === 'officials') return lookupOfficials(entities, overlay.query);
  return [];
}

function listLength(doc: ArticleDocument, state: ReaderState, overlay: Overlay): number {
  return overlay.kind === 'toc' ? doc.article.sections.length : listEntries(state, overlay).length;
}

function chooseEntity(doc: ArticleDocument, state: ReaderState, entity: Entity, card: boolean): ReaderState {
  const marks = mentionMarks(entity);
  const closed: ReaderState = { ...state, overlay: card ? { kind: 'card', entity, also: null, alsoCursor: 0 } : null };
  if (marks.ranges.length === 0) return { ...closed, marks, notice: tScreen('noMentions', { label: entity.name }) };
  return gotoMark(doc, closed, marks, 0);
}

/** `y`: the person in the card, else the highlighted sentence or the paragraph at the top. */
function copy(doc: ArticleDocument, state: ReaderState): ReaderState {
  if (!state.canCopy) return { ...state, notice: COPY_MESSAGES.off() };
  const overlay = state.overlay;
  const request: CopyRequest | null =
    overlay?.kind === 'card' ? { text: personText(overlay.entity), what: 'person' } : articleCopy(doc, state.top, state.viewRows, state.marks);
  if (!request || !request.text) return { ...state, notice: COPY_MESSAGES.nothing() };
  const characters = [...request.text].length;
  return { ...state, copied: { ...request, serial: (state.copied?.serial ?? 0) + 1 }, notice: COPY_MESSAGES.copied(characters) };
}

function overlayReducer(doc: ArticleDocument, state: ReaderState, overlay: Overlay, action: ReaderAction): ReaderState {
  switch (action.type) {
    case 'close':
      return { ...state, overlay: null };
    case 'quit':
      return quit(state, action.hard);
    case 'toc':
    case 'help':
      return overlay.kind === action.type ? { ...state, overlay: null } : readerReducer(doc, { ...state, overlay: null }, action);
    case 'jump':
      return readerReducer(doc, { ...state, overlay: null }, action);
    case 'mark':
      // n/N in the card move between the person's mentions and keep the card.
      return overlay.kind === 'card' ? stepMarks(doc, state, action.direction) : state;
    case 'copy':
      return overlay.kind === 'card' ? copy(doc, state) : state;
    case 'input':
      if (overlay.kind === 'entities') return { ...state, overlay: { ...overlay, filter: action.text, cursor: 0 } };
      if (overlay.kind === 'officials') return { ...state, overlay: { ...overlay, query: action.text, cursor: 0 } };
      if (overlay.kind === 'search') return { ...state, overlay: { ...overlay, query: action.text } };
      return state;
    case 'cursor':
    case 'top':
    case 'bottom': {
      if (overlay.kind === 'card') {
        const count = Array.isArray(overlay.also) ? overlay.also.length : 0;
        const cursor = action.type === 'top' ? 0 : action.type === 'bottom' ? count - 1 : clamp(overlay.alsoCursor + action.delta, 0, count - 1);
        return { ...state, overlay: { ...overlay, alsoCursor: Math.max(0, cursor) } };
      }
      if (overlay.kind !== 'toc' && overlay.kind !== 'entities' && overlay.kind !== 'officials') return state;
      const last = Math.max(0, listLength(doc, state, overlay) - 1);
      const cursor = action.type === 'top' ? 0 : action.type === 'bottom' ? last : clamp(overlay.cursor + action.delta, 0, last);
      return { ...state, overlay: { ...overlay, cursor } };
    }
    case 'choose': {
      if (overlay.kind === 'card') {
        const other = Array.isArray(overlay.also) ? overlay.also[overlay.alsoCursor] : undefined;
        return other ? { ...state, follow: other, notice: `opening ${other.title}…` } : { ...state, overlay: null };
      }
      if (overlay.kind === 'toc') {
        const section = doc.article.sections[overlay.cursor];
        if (!section) return { ...state, overlay: null };
        return { ...state, overlay: null, top: doc.rowAt({ block: section.block, offset: 0 }), notice: null };
      }
      if (overlay.kind === 'entities' || overlay.kind === 'officials') {
        const entity = listEntries(state, overlay)[overlay.cursor];
        if (!entity) return { ...state, notice: t(state.entities ? 'noMatch' : 'stillFindingNames') };
        return chooseEntity(doc, state, entity, overlay.kind === 'officials');
      }
      if (overlay.kind === 'search') {
        const query = overlay.query.trim();
        if (!query) return { ...state, overlay: null, marks: null, notice: null };
        const marks = searchMarks(doc.article, query);
        const closed = { ...state, overlay: null, marks };
        if (marks.ranges.length === 0) return { ...closed, notice: tScreen('notFound', { label: marks.label }) };
        return gotoMark(doc, closed, marks, firstMarkFromTop(doc, state, marks));
      }
      return { ...state, overlay: null };
    }
    default:
      return state;
  }
}

/**
 * The wheel moves a list's selection one entry; elsewhere it scrolls the article, also under the
 * card and while a search is typed. The help stays as it is (a key closes it).
 */
function wheel(doc: ArticleDocument, state: ReaderState, direction: 1 | -1): ReaderState {
  const kind = state.overlay?.kind;
  if (kind === 'help') return state;
  if (kind === 'toc' || kind === 'entities' || kind === 'officials') return readerReducer(doc, state, { type: 'cursor', delta: direction });
  const rows = direction * WHEEL_LINES;
  if (!kind) return readerReducer(doc, state, { type: 'scroll', rows });
  return { ...state, top: rows > 0 ? scrollDown(doc, state, rows) : doc.move(state.top, rows) };
}

/** q goes back to the list when there is one; Ctrl-C always leaves qari. */
function quit(state: ReaderState, hard = false): ReaderState {
  return { ...state, quit: state.canGoBack && !hard ? 'back' : 'exit' };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** The reader's behaviour for every key, as a pure function of the laid-out document. */
export function readerReducer(doc: ArticleDocument, state: ReaderState, action: ReaderAction): ReaderState {
  if (action.type === 'viewRows') {
    const viewRows = Math.max(1, action.rows);
    return { ...state, viewRows, top: topAfterResize(doc, state.top, state.viewRows, doc, viewRows) };
  }
  if (action.type === 'relayout') return { ...state, top: topAfterResize(action.previous, state.top, state.viewRows, doc, state.viewRows) };
  if (action.type === 'notice') return { ...state, notice: action.text };
  if (action.type === 'followFailed') return { ...state, follow: null, notice: action.text };
  if (action.type === 'entitiesReady') return { ...state, entities: action.entities };
  if (action.type === 'wheel') return wheel(doc, state, action.direction);
  if (action.type === 'alsoReady') {
    const card = state.overlay;
    if (card?.kind !== 'card' || card.entity !== action.entity) return state;
    return { ...state, overlay: { ...card, also: action.also, alsoCursor: 0 } };
  }
  if (state.overlay) return overlayReducer(doc, state, state.overlay, action);
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
      if (doc.article.sections.length === 0) return { ...state, notice: t('noSections') };
      return { ...state, overlay: { kind: 'toc', cursor: Math.max(0, currentSection(doc, state.top)) }, notice: null };
    case 'help':
      return { ...state, overlay: { kind: 'help' }, notice: null };
    case 'openEntities':
      return { ...state, overlay: { kind: 'entities', filter: '', cursor: 0 }, notice: null };
    case 'openOfficials':
      return { ...state, overlay: { kind: 'officials', query: '', cursor: 0 }, notice: null };
    case 'openSearch':
      return { ...state, overlay: { kind: 'search', query: '' }, notice: null };
    case 'mark':
      return stepMarks(doc, state, action.direction);
    case 'copy':
      return copy(doc, state);
    case 'jump':
      return withTop(state, action.row, action.notice ?? null);
    case 'quit':
      return quit(state, action.hard);
    case 'close':
      // Esc in the article clears the highlights, then goes back to the list it came from.
      if (state.marks) return { ...state, marks: null, notice: null };
      return state.canGoBack ? { ...state, quit: 'back' } : state;
    default:
      return state;
  }
}
