/**
 * Indexing a library directory: every article file below it, keyed by path, size and modification
 * time, so an unchanged file is never read again. New and changed files are read, parsed and their
 * entities found in worker threads (one per core, at most two); the main thread writes each batch
 * in its own transaction, so a run that is killed keeps every batch already written and the next
 * run carries on from there. Files gone from the directory leave the index.
 */
import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import { findArticleFiles } from '../sources/library.js';
import { indexFile, type FileOutcome, type FileToIndex } from './file-record.js';
import type { IndexRecord } from './records.js';
import type { IndexStore } from './store.js';
import { startIndexWorker, type IndexBatch, type IndexBatchDone } from './worker.js';

export interface LibraryProgress {
  /** Files indexed (or failed) so far in this run, of `total` that needed it. */
  done: number;
  total: number;
  /** Bytes of the files done. */
  bytes: number;
  /** Files that were already indexed and unchanged. */
  unchanged: number;
  failed: number;
  /** Files gone from the directory, so from the index. */
  removed: number;
}

export interface IndexLibraryOptions {
  /** The program's entry module URL: workers start from it. Without it, files are indexed in this thread. */
  entry?: string;
  onProgress?: (progress: LibraryProgress) => void;
  /** Told of each batch written (so a list shown from the index can update changed files). */
  onWritten?: (records: readonly IndexRecord[]) => void;
  /** Stops: nothing more is sent to the workers, and what they are doing is dropped. */
  signal?: AbortSignal;
  workers?: number;
}

/** Files sent to a worker at once, and batches a worker holds at most: bounds memory. */
const BATCH_FILES = 16;
const BATCHES_PER_WORKER = 2;

export async function indexLibrary(dir: string, store: IndexStore, options: IndexLibraryOptions = {}): Promise<LibraryProgress> {
  const root = resolve(dir);
  const paths = (await findArticleFiles(root, [])).map((path) => resolve(path));
  const known = store.listedUnder(root.endsWith(sep) ? root : root + sep);
  const todo: FileToIndex[] = [];
  let unchanged = 0;
  const present = new Set<string>();
  for (const path of paths) {
    // Synchronous stats: microseconds each, where a round trip through the thread pool takes far longer.
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info || !info.isFile()) continue;
    const file = { path, size: info.size, mtime: Math.floor(info.mtimeMs) };
    present.add(file.path);
    const seen = known.get(file.path);
    if (seen && seen[6] === file.size && seen[7] === file.mtime && seen[8] === 1) unchanged++;
    else todo.push(file);
  }
  const gone = [...known.keys()].filter((path) => !present.has(path));
  if (gone.length > 0) store.remove(gone);
  const progress: LibraryProgress = { done: 0, total: todo.length, bytes: 0, unchanged, failed: 0, removed: gone.length };
  options.onProgress?.({ ...progress });
  const batches: IndexBatch[] = [];
  for (let i = 0; i < todo.length; i += BATCH_FILES) batches.push({ id: batches.length, files: todo.slice(i, i + BATCH_FILES) });
  const finish = (batch: IndexBatch, outcomes: FileOutcome[]) => {
    const records = outcomes.flatMap((outcome) => ('record' in outcome ? [outcome.record] : []));
    store.write(records);
    options.onWritten?.(records);
    progress.done += batch.files.length;
    progress.bytes += batch.files.reduce((sum, file) => sum + file.size, 0);
    progress.failed += outcomes.filter((outcome) => 'failure' in outcome).length;
    options.onProgress?.({ ...progress });
  };
  if (!options.entry || batches.length === 0) {
    for (const batch of batches) {
      if (options.signal?.aborted) break;
      const outcomes: FileOutcome[] = [];
      for (const file of batch.files) outcomes.push(await indexFile(file));
      finish(batch, outcomes);
    }
    return progress;
  }
  await inWorkers(options.entry, batches, finish, options);
  return progress;
}

async function inWorkers(entry: string, batches: IndexBatch[], finish: (batch: IndexBatch, outcomes: FileOutcome[]) => void, options: IndexLibraryOptions): Promise<void> {
  const count = Math.max(1, Math.min(options.workers ?? Math.min(2, availableParallelism()), batches.length));
  const workers = await Promise.all(Array.from({ length: count }, () => startIndexWorker(entry)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const inFlight = new Map<number, IndexBatch>();
            const send = () => {
              while (inFlight.size < BATCHES_PER_WORKER && next < batches.length && !options.signal?.aborted) {
                const batch = batches[next++];
                inFlight.set(batch.id, batch);
                worker.postMessage(batch);
              }
              if (inFlight.size === 0) resolveWorker();
            };
            worker.on('message', (done: IndexBatchDone) => {
              const batch = inFlight.get(done.id);
              inFlight.delete(done.id);
              try {
                if (batch) finish(batch, done.outcomes);
                send();
              } catch (error) {
                reject(error);
              }
            });
            worker.once('error', reject);
            // Stopped (the reader quits): the batches in flight are dropped, to be done next time.
            options.signal?.addEventListener('abort', () => resolveWorker(), { once: true });
            worker.once('exit', (code) => {
              if (inFlight.size > 0) reject(new Error(`an indexing worker stopped (exit status ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
