import type { Block, Entity } from '../article/model.js';

/** What the program's entry is given when it starts as the entity worker. */
export interface EntitiesTask {
  task: 'entities';
  blocks: Block[];
}

/**
 * The worker's argv marks it, so that the program tells what it is without loading
 * node:worker_threads on every start (~6 ms before the first screen).
 */
const WORKER_ARG = '--qari-entities-worker';

function isEntitiesTask(data: unknown): data is EntitiesTask {
  return typeof data === 'object' && data !== null && (data as { task?: unknown }).task === 'entities';
}

/** The task this process was started for when it is the entity worker; null in the program itself. */
export async function entitiesTaskOf(argv: readonly string[]): Promise<EntitiesTask | null> {
  if (argv[2] !== WORKER_ARG) return null;
  const { isMainThread, workerData } = await import('node:worker_threads');
  return !isMainThread && isEntitiesTask(workerData) ? workerData : null;
}

/** In the worker: extract and send the entities back. */
export async function runEntitiesTask(task: EntitiesTask): Promise<void> {
  const [{ extractEntities }, { parentPort }] = await Promise.all([import('../entities/extract.js'), import('node:worker_threads')]);
  parentPort?.postMessage(extractEntities(task.blocks));
}

/**
 * The entities of `blocks`, extracted in a worker thread started from the program's own entry
 * (`entry`, its module URL), so that a big article's extraction never holds up the keyboard. The
 * worker does not keep qari running when the reader quits first.
 */
export async function extractInWorker(entry: string, blocks: Block[]): Promise<Entity[]> {
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    const task: EntitiesTask = { task: 'entities', blocks };
    const worker = new Worker(new URL(entry), { workerData: task, argv: [WORKER_ARG] });
    worker.unref();
    worker.once('message', (entities: Entity[]) => {
      resolve(entities);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the entity worker stopped (exit status ${code})`)));
  });
}
