import type { Article } from '../article/model.js';
import type { Anchor } from '../layout/document.js';
import type { PositionStore } from '../store/positions.js';
import { contentKey } from '../sources/key.js';
import { tScreen } from '../i18n/index.js';

const SAVE_DELAY_MS = 300;

/**
 * Remembers where the reader is in one article: where to start, and saves (debounced, since a save
 * re-reads and rewrites the config file) as the reader moves, with `flush` for quitting.
 */
export class PositionKeeper {
  readonly key: string;
  readonly start: Anchor | undefined;
  readonly startNotice: string | null;
  private latest: { anchor: Anchor; fraction: number } | null = null;
  private timer: NodeJS.Timeout | null = null;

  /** `key`: the article's contentKey when already known; `notice`: to show when there is no saved place. */
  constructor(
    private readonly store: PositionStore,
    article: Article,
    key: string = contentKey(article),
    notice: string | null = null,
  ) {
    this.key = key;
    const saved = store.get(this.key);
    const usable = saved && saved.block < article.blocks.length ? saved : undefined;
    this.start = usable ? { block: usable.block, offset: usable.offset } : undefined;
    this.startNotice = usable && (usable.block > 0 || usable.offset > 0) ? tScreen('resumed', { percent: Math.round(usable.progress * 100) }) : notice;
  }

  readonly onPosition = (anchor: Anchor, fraction: number): void => {
    this.latest = { anchor, fraction };
    this.timer ??= setTimeout(this.flush, SAVE_DELAY_MS);
  };

  readonly flush = (): void => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.latest) this.store.set(this.key, { ...this.latest.anchor, progress: this.latest.fraction });
    this.latest = null;
  };

  get progress(): number {
    return this.store.progressOf(this.key);
  }
}
