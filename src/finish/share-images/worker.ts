// A worker of the share images (index.ts): renders each batch of cards it is sent and writes their files.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { GlyphAtlas } from './glyphs.ts';
import { writeShareImage, type ShareImageJob } from './render.ts';

// Drawing while Astro renders, this thread takes the lowest priority (on Linux it applies to this thread alone),
// so that it uses the CPU Astro leaves idle rather than slowing the pages down.
if ((workerData as { background?: boolean } | null)?.background) setPriority(19);

const atlas = new GlyphAtlas();

parentPort?.on('message', (batch: ShareImageJob[]) => {
  try {
    for (const job of batch) writeShareImage(job, atlas);
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: (error as Error).message });
  }
});
