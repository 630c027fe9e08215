/**
 * The threads that index a library: each reads, parses and finds the entities of the files it is
 * sent, and sends back their records; the main thread only writes them (SQLite is not shared
 * between threads). Started from the program's own entry, marked by its argv like the entity worker.
 */
import type { FileOutcome, FileToIndex } from './file-record.js';

const WORKER_ARG = '--qari-index-worker';

export interface IndexBatch {
  id: number;
  files: FileToIndex[];
}

export interface IndexBatchDone {
  id: number;
  outcomes: FileOutcome[];
}

export function isIndexWorker(argv: readonly string[]): boolean {
  return argv[2] === WORKER_ARG;
}

/** In the worker: answer batches until the parent goes away. */
export async function runIndexWorker(): Promise<void> {
  const [{ parentPort }, { indexFile }] = await Promise.all([import('node:worker_threads'), import('./file-record.js')]);
  parentPort?.on('message', async (batch: IndexBatch) => {
    const outcomes: FileOutcome[] = [];
    for (const file of batch.files) outcomes.push(await indexFile(file));
    parentPort.postMessage({ id: batch.id, outcomes } satisfies IndexBatchDone);
  });
}

/**
 * Starts one worker from the program's entry module URL; with `heapMb`, its heap is bounded to that
 * (V8 then collects as it goes, where an unbounded heap grows while the machine has memory free).
 */
export async function startIndexWorker(entry: string, heapMb?: number): Promise<import('node:worker_threads').Worker> {
  const { Worker } = await import('node:worker_threads');
  return new Worker(new URL(entry), { argv: [WORKER_ARG], resourceLimits: heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb } });
}
