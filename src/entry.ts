import { main } from './main.js';
import { entitiesTaskOf, runEntitiesTask } from './ui/entities-worker.js';
import { isIndexWorker, runIndexWorker } from './index/worker.js';

// The bundle is also the entity worker (src/ui/entities-worker.ts), started with its task as
// workerData, and the library indexing worker (src/index/worker.ts).
if (isIndexWorker(process.argv)) await runIndexWorker();
else {
  const task = await entitiesTaskOf(process.argv);
  if (task) await runEntitiesTask(task);
  else await main(process.argv.slice(2), import.meta.url);
}
