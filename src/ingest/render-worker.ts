// A worker thread of RenderPool: reads or renders what it is sent and answers with the request's id.
import { parentPort } from 'node:worker_threads';
import { renderSource } from './render-letters.ts';
import { readSourceFile } from './source-reading.ts';
import type { PoolTask } from './render-pool.ts';

parentPort!.on('message', ({ id, task }: { id: number; task: PoolTask }) => {
  try {
    const result = task.kind === 'render' ? renderSource(task.source) : task.files.map(readSourceFile);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
