// A worker of the share-image hook: lays out each card it is sent with Satori (text to paths, with the
// Noto Sans files of @fontsource/noto-sans), renders it to PNG with resvg, and writes the file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { SHARE_IMAGE_SIZE, shareCardTree, type ShareCard } from '../lib/share-card.ts';

/** A card to render and the file to write it to. */
export interface ShareImageJob {
  card: ShareCard;
  file: string;
}

const font = (subset: string, weight: 400 | 700) => ({
  name: 'Noto Sans',
  weight,
  style: 'normal' as const,
  data: readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`))),
});
const fonts = [font('latin', 400), font('latin', 700), font('latin-ext', 400), font('latin-ext', 700)];

parentPort?.on('message', async (job: ShareImageJob) => {
  try {
    const svg = await satori(shareCardTree(job.card) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts });
    // Written under another name first, so that an interrupted build never leaves half a file in the cache.
    writeFileSync(`${job.file}.part`, new Resvg(svg).render().asPng());
    renameSync(`${job.file}.part`, job.file);
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: `${job.card.title}: ${(error as Error).message}` });
  }
});
