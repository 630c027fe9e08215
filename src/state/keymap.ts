import type { Key } from 'ink';
import type { ArticleDocument } from '../layout/document.js';
import { readerReducer, takesText, type Overlay, type ReaderAction, type ReaderState } from './reader.js';

export interface KeyPress {
  input: string;
  key: Key;
}

export interface KeysAction {
  type: 'keys';
  presses: KeyPress[];
}

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

/**
 * Keys typed while qari was busy arrive as one chunk ("jj\r"): each character is its own press, with
 * Enter, Esc and Backspace recognised per character rather than from the chunk's flags.
 */
export function splitChunk(input: string, key: Key): KeyPress[] {
  if (input.length <= 1 || key.ctrl || key.meta) return [{ input, key }];
  return [...input].map((char) => {
    if (char === '\r' || char === '\n') return { input: '', key: { ...NO_KEY, return: true } };
    if (char === '\x1b') return { input: '', key: { ...NO_KEY, escape: true } };
    if (char === '\x7f' || char === '\b') return { input: '', key: { ...NO_KEY, backspace: true } };
    return { input: char, key: { ...NO_KEY, shift: char !== char.toLowerCase() } };
  });
}

/** Applies key presses in order, each seen in the state the previous one left (an overlay may open). */
export function pressKeys(doc: ArticleDocument, state: ReaderState, presses: KeyPress[]): ReaderState {
  let next = state;
  for (const { input, key } of presses) {
    const action = actionForKey(input, key, next.overlay);
    if (action) next = readerReducer(doc, next, action);
  }
  return next;
}

/** Keys of DESIGN.md to reader actions; `null` for keys that do nothing here. */
export function actionForKey(input: string, key: Key, overlay: Overlay | null): ReaderAction | null {
  if (key.ctrl && input === 'c') return { type: 'quit', hard: true };
  if (overlay?.kind === 'help') return { type: 'close' }; // any key closes the help
  if (overlay?.kind === 'card') {
    if (input === 'n') return { type: 'mark', direction: 1 };
    if (input === 'N') return { type: 'mark', direction: -1 };
    if (input === 'y') return { type: 'copy' };
    // With other articles naming the person: choose one, Enter opens it there.
    if (Array.isArray(overlay.also) && overlay.also.length > 0) {
      if (input === 'j' || key.downArrow) return { type: 'cursor', delta: 1 };
      if (input === 'k' || key.upArrow) return { type: 'cursor', delta: -1 };
      if (key.return) return { type: 'choose' };
    }
    return { type: 'close' };
  }
  if (takesText(overlay)) {
    // Printable keys belong to the text field; only editing-neutral keys act here.
    if (key.escape) return { type: 'close' };
    if (key.return) return { type: 'choose' };
    if (key.downArrow) return { type: 'cursor', delta: 1 };
    if (key.upArrow) return { type: 'cursor', delta: -1 };
    if (key.pageDown) return { type: 'cursor', delta: 10 };
    if (key.pageUp) return { type: 'cursor', delta: -10 };
    return null;
  }
  if (overlay) {
    if (key.escape) return { type: 'close' };
    if (key.return) return { type: 'choose' };
    if (input === 'q') return { type: 'close' };
    if (input === 't' && overlay.kind === 'toc') return { type: 'close' };
    if (input === 'j' || key.downArrow) return { type: 'cursor', delta: 1 };
    if (input === 'k' || key.upArrow) return { type: 'cursor', delta: -1 };
    if (key.pageDown || input === ' ') return { type: 'cursor', delta: 10 };
    if (key.pageUp || input === 'b') return { type: 'cursor', delta: -10 };
    if (input === 'g' || key.home) return { type: 'top' };
    if (input === 'G' || key.end) return { type: 'bottom' };
    return null;
  }
  if (input === 'j' || key.downArrow || key.return) return { type: 'scroll', rows: 1 };
  if (input === 'k' || key.upArrow) return { type: 'scroll', rows: -1 };
  if (input === ' ' || key.pageDown || (key.ctrl && input === 'f')) return { type: 'page', direction: 1 };
  if (input === 'b' || key.pageUp || (key.ctrl && input === 'b')) return { type: 'page', direction: -1 };
  if (input === 'g' || key.home) return { type: 'top' };
  if (input === 'G' || key.end) return { type: 'bottom' };
  if (input === ']') return { type: 'section', direction: 1 };
  if (input === '[') return { type: 'section', direction: -1 };
  if (input === 't') return { type: 'toc' };
  if (input === '?') return { type: 'help' };
  if (input === 'e') return { type: 'openEntities' };
  if (input === 'o') return { type: 'openOfficials' };
  if (input === '/') return { type: 'openSearch' };
  if (input === 'n') return { type: 'mark', direction: 1 };
  if (input === 'N') return { type: 'mark', direction: -1 };
  if (input === 'y') return { type: 'copy' };
  if (key.escape) return { type: 'close' };
  if (input === 'q') return { type: 'quit' };
  return null;
}
