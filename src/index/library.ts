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
import type { Worker } from 'node:worker_threads';
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
  /** The bound of a batch worker's heap (MB) and the size of a large file (bytes): tests set them small. */
  workerHeapMb?: number;
  largeFileBytes?: number;
}

/** Files sent to a worker at once, and batches a worker holds at most: bounds memory. */
const BATCH_FILES = 16;
const BATCHES_PER_WORKER = 2;
/**
 * The heap of a worker indexing batches of files (MB). Unbounded, V8 lets each worker's heap grow
 * while the machine has memory free: indexing 50,000 news articles peaked at 0.8-1.0 GB of RSS,
 * against ~0.66 GB with this bound for ~6% more time (bench/RESULTS.md). Extracting a 5 MB article
 * fits in it; a larger file, or a batch that still runs out, goes to a worker without the bound.
 */
const WORKER_HEAP_MB = 256;
/** Files above this size are indexed one at a time by a worker whose heap is not bounded. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;
const OUT_OF_MEMORY = 'ran out of memory finding its people and places';

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
  const largeFileBytes = options.largeFileBytes ?? LARGE_FILE_BYTES;
  const ordinary = todo.filter((file) => file.size <= largeFileBytes);
  const batches: IndexBatch[] = [];
  for (let i = 0; i < ordinary.length; i += BATCH_FILES) batches.push({ id: batches.length, files: ordinary.slice(i, i + BATCH_FILES) });
  const large = todo.filter((file) => file.size > largeFileBytes).map((file, i) => ({ id: batches.length + i, files: [file] }));
  const finish = (batch: IndexBatch, outcomes: FileOutcome[]) => {
    const records = outcomes.flatMap((outcome) => ('record' in outcome ? [outcome.record] : []));
    store.write(records);
    options.onWritten?.(records);
    progress.done += batch.files.length;
    progress.bytes += batch.files.reduce((sum, file) => sum + file.size, 0);
    progress.failed += outcomes.filter((outcome) => 'failure' in outcome).length;
    options.onProgress?.({ ...progress });
  };
  if (!options.entry || todo.length === 0) {
    for (const batch of [...batches, ...large]) {
      if (options.signal?.aborted) break;
      const outcomes: FileOutcome[] = [];
      for (const file of batch.files) outcomes.push(await indexFile(file));
      finish(batch, outcomes);
    }
    return progress;
  }
  await inWorkers(options.entry, batches, large, finish, options);
  return progress;
}

/**
 * Batches of ordinary files go to up to two workers with bounded heaps; large files, and the files
 * of a batch whose worker ran out of memory, one at a time to a worker without the bound (started
 * when there is such work). A file that exhausts even that one is reported as failed.
 */
async function inWorkers(entry: string, batches: IndexBatch[], large: IndexBatch[], finish: (batch: IndexBatch, outcomes: FileOutcome[]) => void, options: IndexLibraryOptions): Promise<void> {
  const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  const count = Math.max(1, Math.min(options.workers ?? Math.min(2, availableParallelism()), batches.length));
  const live = new Set<Worker>();
  const runners: Promise<void>[] = [];
  let nextId = batches.length + large.length;
  let unboundedRunning = false;

  const runUnbounded = () => {
    if (unboundedRunning || large.length === 0 || options.signal?.aborted) return;
    unboundedRunning = true;
    runners.push(
      drain(large, undefined, 1).finally(() => {
        unboundedRunning = false;
        runUnbounded();
      }),
    );
  };

  async function drain(queue: IndexBatch[], heap: number | undefined, perWorker: number): Promise<void> {
    while (queue.length > 0 && !options.signal?.aborted) {
      const worker = await startIndexWorker(entry, heap);
      live.add(worker);
      let lost: IndexBatch[];
      try {
        lost = await feed(worker, queue, perWorker, finish, options.signal);
      } finally {
        live.delete(worker);
        await worker.terminate();
      }
      for (const batch of lost) {
        if (heap === undefined) finish(batch, batch.files.map((file) => ({ path: file.path, failure: OUT_OF_MEMORY })));
        else for (const file of batch.files) large.push({ id: nextId++, files: [file] });
      }
      runUnbounded();
    }
  }

  try {
    for (let i = 0; i < count; i++) runners.push(drain(batches, heapMb, BATCHES_PER_WORKER));
    runUnbounded();
    // (The unbounded worker may start late, when a bounded one runs out of memory.)
    for (let waited = 0; waited < runners.length; ) {
      waited = runners.length;
      await Promise.all(runners);
    }
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
}

/**
 * Sends a worker batches from the queue, `perWorker` at a time, and finishes each it answers. Ends
 * when the queue is done (or the run stopped), with the batches in flight if the worker ran out of
 * memory; any other failure of the worker fails the run.
 */
function feed(worker: Worker, queue: IndexBatch[], perWorker: number, finish: (batch: IndexBatch, outcomes: FileOutcome[]) => void, signal: AbortSignal | undefined): Promise<IndexBatch[]> {
  // (Removed when the feed ends: a run that replaces workers would otherwise pile listeners on the signal.)
  let onAbort = (): void => undefined;
  const fed = new Promise<IndexBatch[]>((resolveFeed, reject) => {
    const inFlight = new Map<number, IndexBatch>();
    const send = () => {
      while (inFlight.size < perWorker && queue.length > 0 && !signal?.aborted) {
        const batch = queue.shift() as IndexBatch;
        inFlight.set(batch.id, batch);
        worker.postMessage(batch);
      }
      if (inFlight.size === 0) resolveFeed([]);
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
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolveFeed([...inFlight.values()]);
      else reject(error);
    });
    // Stopped (the reader quits): the batches in flight are dropped, to be done next time.
    onAbort = () => resolveFeed([]);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('exit', (code) => {
      if (inFlight.size > 0) reject(new Error(`an indexing worker stopped (exit status ${code})`));
    });
    send();
  });
  return fed.finally(() => signal?.removeEventListener('abort', onAbort));
}
