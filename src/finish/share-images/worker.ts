// A worker of the share images (index.ts): renders each batch of cards it is sent and writes their files.
import { parentPort } from 'node:worker_threads';
import { GlyphAtlas } from './glyphs.ts';
import { writeShareImage, type ShareImageJob } from './render.ts';

const atlas = new GlyphAtlas();

parentPort?.on('message', (batch: ShareImageJob[]) => {
  try {
    for (const job of batch) writeShareImage(job, atlas);
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: (error as Error).message });
  }
});
