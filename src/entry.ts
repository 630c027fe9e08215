import { main } from './main.js';
import { entitiesTaskOf, runEntitiesTask } from './ui/entities-worker.js';

// The bundle is also the entity worker (src/ui/entities-worker.ts), started with its task as workerData.
const task = await entitiesTaskOf(process.argv);
if (task) await runEntitiesTask(task);
else await main(process.argv.slice(2), import.meta.url);
