/** Where the reader stopped in one article, as a logical text position (independent of screen width). */
export interface ReadingPosition {
  /** Index into the article's blocks. */
  block: number;
  /** UTF-16 code-unit offset into that block's text. */
  offset: number;
  /** Fraction read, 0..1. */
  progress: number;
  /** Milliseconds since the epoch; decides which entries are forgotten first. */
  updatedAt: number;
}

export interface StoreWarning {
  message: string;
}

export interface PositionStore {
  /** The config file path. */
  readonly path: string;
  /** One-line warnings collected while opening and saving; the caller prints them. */
  readonly warnings: string[];
  /** False when saves are skipped (read-only directory, unreadable file...). */
  readonly writable: boolean;
  get(key: string): ReadingPosition | undefined;
  /** Saves (merging with what other processes saved meanwhile). Never throws. */
  set(key: string, pos: Omit<ReadingPosition, 'updatedAt'>): void;
  /** 0 when the article is unknown. */
  progressOf(key: string): number;
  /** progressOf from one reading of the file: for a list of thousands of items (each progressOf checks the file). */
  progressSnapshot(): (key: string) => number;
  getSetting<T>(name: string): T | undefined;
  /** `undefined` removes the setting. Never throws. */
  setSetting(name: string, value: unknown): void;
}

/** The in-memory form of the config file. Maps, not objects, so keys like `__proto__` stay plain data. */
export interface StoreState {
  positions: Map<string, ReadingPosition>;
  settings: Map<string, unknown>;
  /** Top-level keys qari does not know (e.g. conf's `__internal__`, a newer qari's data): kept verbatim. */
  other: Map<string, unknown>;
}

export function emptyState(): StoreState {
  return { positions: new Map(), settings: new Map(), other: new Map() };
}

/** At most this many articles are remembered; the least recently saved are forgotten first. */
export const MAX_REMEMBERED_ARTICLES = 1000;
