/**
 * What other parts of qari call to add to the index. Never throws: a failure (the native module
 * missing, a full disk) is reported once on standard error and reading goes on.
 */
import type { Article } from '../article/model.js';
import { parsePlainText } from '../article/plaintext.js';
import { normalizeDate } from '../sources/date.js';
import { articleRecord, type IndexRecord } from './records.js';

export interface IndexableItem {
  /** The item's URL or id. */
  location: string;
  title: string;
  /** The feed's title. */
  source: string | null;
  /** ISO date. */
  date: string | null;
  /** Plain text of the item's content (may be a summary), one paragraph a line; or `article`. */
  text?: string;
  /**
   * The item as the reader shows it (its entities' places are then the reader's), made only for
   * items not in the index yet: a feed's items are mostly there already.
   */
  article?: () => Article;
}

const reported = new Set<string>();

/** Reports a failure on standard error, once per message. */
export function reportOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  process.stderr.write(message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ') + '\n');
}

/** Feed items written at once (one transaction each). */
const ITEM_BATCH = 25;

export interface IndexFeedOptions {
  /** Where a failure goes (the reader shows it in its status line); default standard error, once. */
  report?: (message: string) => void;
  /** Stops between items (the reader quit): what was written stays. */
  signal?: AbortSignal;
}

/**
 * Indexes feed items with their people, officials and places. An item whose location is in the
 * index already is skipped: it was indexed before, or opened in the reader (which keeps its whole
 * article there, not the feed's summary). Entities are found on this thread one item at a time,
 * with a turn for the screen and the keyboard after each (an item takes ~10 ms, at most ~50 ms).
 */
export async function indexFeedItems(configDir: string, items: IndexableItem[], options: IndexFeedOptions = {}): Promise<void> {
  const report = options.report ?? reportOnce;
  try {
    const { openIndex } = await import('./access.js');
    const access = openIndex(configDir);
    for (const warning of access.warnings) report(warning);
    const store = access.store;
    if (!store) return;
    const todo = items.filter((item) => !store.hasEntitiesAt(item.location));
    if (todo.length === 0) return;
    const { extractEntities } = await import('../entities/extract.js');
    let batch: IndexRecord[] = [];
    for (const item of todo) {
      if (options.signal?.aborted) break;
      // The title line first, as in a text file, so that the parser takes it for the title block.
      const article = item.article?.() ?? parsePlainText(`${item.title}\n${item.text ?? ''}`, { title: item.title, source: item.source, date: normalizeDate(item.date) });
      batch.push(articleRecord(article, item.location, item.title, extractEntities(article.blocks)));
      if (batch.length >= ITEM_BATCH) {
        store.write(batch);
        batch = [];
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (batch.length > 0) store.write(batch);
  } catch (error) {
    report(`qari: could not add feed items to the index: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
