import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { isEntitiesTask, runEntitiesTask } from './ui/entities-worker.js';

// The bundle is also the entity worker (src/ui/entities-worker.ts), started with its task as workerData.
if (isMainThread) await main(process.argv.slice(2), import.meta.url);
else if (isEntitiesTask(workerData)) await runEntitiesTask(workerData);
