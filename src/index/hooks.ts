/**
 * What other parts of qari call to add to the index. Never throws: a failure (the native module
 * missing, a full disk) is reported once on standard error and reading goes on.
 */
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
  /** Plain text of the item's content (may be a summary). */
  text: string;
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

/** Indexes feed items with their people, officials and places (items already indexed unchanged are skipped). */
export async function indexFeedItems(configDir: string, items: IndexableItem[]): Promise<void> {
  try {
    const { openIndex } = await import('./access.js');
    const access = openIndex(configDir);
    for (const warning of access.warnings) reportOnce(warning);
    const store = access.store;
    if (!store) return;
    const { extractEntities } = await import('../entities/extract.js');
    let batch: IndexRecord[] = [];
    for (const item of items) {
      // The title line first, as in a text file, so that the parser takes it for the title block.
      const article = parsePlainText(`${item.title}\n${item.text}`, { title: item.title, source: item.source, date: normalizeDate(item.date) });
      const plain = articleRecord(article, item.location, item.title, null);
      if (store.hasArticle(item.location, plain.hash)) continue;
      batch.push(articleRecord(article, item.location, item.title, extractEntities(article.blocks)));
      if (batch.length >= ITEM_BATCH) {
        store.write(batch);
        batch = [];
        // Let the screen and the keyboard have their turn between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (batch.length > 0) store.write(batch);
  } catch (error) {
    reportOnce(`qari: could not add feed items to the index: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
