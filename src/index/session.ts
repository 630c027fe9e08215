/**
 * The index as the reader uses it: articles recorded once their entities are found, a library
 * indexed in the background, the other articles that name a person (the card's "also in"), and the
 * list filter's full-text matches. Every call is safe: a failing index turns into a notice.
 */
import { resolve } from 'node:path';
import type { Article, Entity } from '../article/model.js';
import type { AlsoInArticle } from '../state/reader.js';
import { contentKey } from '../sources/key.js';
import { locationName } from '../sources/location-name.js';
import { isHttpUrl } from '../sources/fetch.js';
import { openIndex, unavailableMessage } from './access.js';
import { indexLibrary } from './library.js';
import { refreshLibraryOrder } from './library-cache.js';
import { articleRecord } from './records.js';
import type { IndexStore } from './store.js';
import { stat } from 'node:fs/promises';

/** A library file as just indexed (its list entry may have changed). */
export interface IndexedFile {
  location: string;
  title: string;
  source: string | null;
  date: string | null;
  contentKey: string;
}

export class ReaderIndex {
  /** Why the index cannot be used, or the last failure (shown once). */
  private failure: string | null = null;

  constructor(
    private readonly store: IndexStore | null,
    readonly unavailable: string | null,
    /** Warnings of opening it (a damaged index moved aside). */
    readonly warnings: string[],
    private readonly entry?: string,
    /** The config directory (where a library's list order is remembered). */
    private readonly configDir?: string,
  ) {}

  /** Where an opened article is kept in the index; null for standard input (it cannot be reopened). */
  static locationOf(location: string): string | null {
    if (location === '-') return null;
    return isHttpUrl(location) ? location : resolve(location);
  }

  /** Adds an article that was read (with its entities); returns a notice when it failed. */
  async record(article: Article, location: string, entities: Entity[]): Promise<string | null> {
    const key = ReaderIndex.locationOf(location);
    if (!this.store || key === null) return null;
    try {
      const file = isHttpUrl(key) ? null : await stat(key).then((info) => ({ size: info.size, mtime: Math.floor(info.mtimeMs) }), () => null);
      this.store.write([articleRecord(article, key, locationName(location), entities, file)]);
      return null;
    } catch (error) {
      return this.fail(error);
    }
  }

  /** The other indexed articles naming `entity`; a string says why there are none to show. */
  alsoIn(entity: Entity, article: Article, location: string): AlsoInArticle[] | string {
    if (!this.store) return `not known: ${unavailableMessage(this.unavailable ?? 'no index').replace(/^qari: /, '')}`;
    try {
      return this.store.alsoIn(entity.name, { location: ReaderIndex.locationOf(location) ?? '-', hash: contentKey(article) });
    } catch (error) {
      return this.fail(error) ?? 'the index failed';
    }
  }

  /** Locations of indexed articles matching `query`, best first; null when the index cannot say. */
  matching(query: string): string[] | null {
    if (!this.store) return null;
    try {
      return this.store.matchingLocations(query);
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  /** Indexes a library in the background, telling how far it got; returns a function that stops it. */
  indexLibrary(dir: string, report: (line: string | null) => void, written?: (articles: IndexedFile[]) => void): () => void {
    if (!this.store) return () => undefined;
    const controller = new AbortController();
    indexLibrary(dir, this.store, {
      entry: this.entry,
      signal: controller.signal,
      onWritten: (records) => written?.(records.map((r) => ({ location: r.location, title: r.title, source: r.source, date: r.date, contentKey: r.hash }))),
      onProgress: (p) => {
        if (p.total > 0 && p.done < p.total) report(`indexing ${p.done}/${p.total} articles for search…`);
      },
    })
      .then(async (p) => {
        report(p.total > 0 ? `indexed ${p.done - p.failed} article${p.done - p.failed === 1 ? '' : 's'} for search` : null);
        // The next start draws the list's first screen from the index when its order is known.
        if (this.configDir !== undefined && !controller.signal.aborted) await refreshLibraryOrder(this.configDir, dir);
      })
      .catch((error: unknown) => report(this.fail(error)));
    return () => controller.abort();
  }

  private fail(error: unknown): string | null {
    const message = `index: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    if (this.failure === message) return null;
    this.failure = message;
    return message;
  }
}

export function openReaderIndex(configDir: string, entry?: string): ReaderIndex {
  const access = openIndex(configDir);
  if (!access.store) return new ReaderIndex(null, access.reason, access.warnings, entry);
  return new ReaderIndex(access.store, null, access.warnings, entry, configDir);
}
