import { parentPort, Worker } from 'node:worker_threads';
import type { Block, Entity } from '../article/model.js';

/** What the program's entry is given when it starts as the entity worker. */
export interface EntitiesTask {
  task: 'entities';
  blocks: Block[];
}

export function isEntitiesTask(data: unknown): data is EntitiesTask {
  return typeof data === 'object' && data !== null && (data as { task?: unknown }).task === 'entities';
}

/** In the worker: extract and send the entities back. */
export async function runEntitiesTask(task: EntitiesTask): Promise<void> {
  const { extractEntities } = await import('../entities/extract.js');
  parentPort?.postMessage(extractEntities(task.blocks));
}

/**
 * The entities of `blocks`, extracted in a worker thread started from the program's own entry
 * (`entry`, its module URL), so that a big article's extraction never holds up the keyboard. The
 * worker does not keep qari running when the reader quits first.
 */
export function extractInWorker(entry: string, blocks: Block[]): Promise<Entity[]> {
  return new Promise((resolve, reject) => {
    const task: EntitiesTask = { task: 'entities', blocks };
    const worker = new Worker(new URL(entry), { workerData: task });
    worker.unref();
    worker.once('message', (entities: Entity[]) => {
      resolve(entities);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the entity worker stopped (exit status ${code})`)));
  });
}
