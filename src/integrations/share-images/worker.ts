// A worker of the share-image hook: renders each card it is sent and writes the PNG file.
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { ShareCard } from '../../lib/share-card.ts';
import { GlyphAtlas } from './glyphs.ts';
import { renderShareImage } from './render.ts';

/** A card to render and the file to write it to. */
export interface ShareImageJob {
  card: ShareCard;
  file: string;
}

const atlas = new GlyphAtlas();

parentPort?.on('message', (job: ShareImageJob) => {
  try {
    // Written under another name first, so that an interrupted build never leaves half a file in the cache.
    writeFileSync(`${job.file}.part`, renderShareImage(job.card, atlas));
    renameSync(`${job.file}.part`, job.file);
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: `${job.card.title}: ${(error as Error).message}` });
  }
});
