// A worker thread of RenderPool: renders each source it is sent and answers with the request's id.
import { parentPort } from 'node:worker_threads';
import { renderSource, type SourceToRender } from './render-letters.ts';

parentPort!.on('message', ({ id, source }: { id: number; source: SourceToRender }) => {
  try {
    parentPort!.postMessage({ id, rendered: renderSource(source) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
