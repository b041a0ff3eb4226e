import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LetterRecord } from '../../lib/publish/open-data.ts';
import { SHARE_CARD_VERSION, shareCardOf, type ShareCard } from '../../lib/publish/share-card.ts';
import { GlyphAtlas } from './glyphs.ts';
import { placeCachedFile, writeShareImage, type ShareImageJob } from './render.ts';

/** Below this many cards, starting worker threads (each sets up its own glyphs) costs more than it saves. */
const CARDS_PER_WORKER = 400;
/** Cards sent to a worker in one message, and files checked or copied at once. */
const BATCH = 50;

/** The cache file of a card: named by a digest of its design version and content, so that a changed letter gets a new one. */
function cacheName(card: ShareCard): string {
  return `${createHash('sha256').update(JSON.stringify([SHARE_CARD_VERSION, card.title, card.dateText, card.from])).digest('hex').slice(0, 32)}.png`;
}

/** Runs `work` on every item, BATCH at a time; returns the results in order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += BATCH) results.push(...(await Promise.all(items.slice(start, start + BATCH).map(work))));
  return results;
}

/** Renders the cards into their files: in this thread for a few, else on up to `threads` worker threads (of the lowest priority if `background`). */
async function renderAll(jobs: ShareImageJob[], threads: number, background = false): Promise<void> {
  if (jobs.length < CARDS_PER_WORKER) {
    const atlas = new GlyphAtlas();
    for (const job of jobs) writeShareImage(job, atlas);
    return;
  }
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { background } });
      const give = () => {
        const batch = jobs.slice(next, (next += BATCH));
        if (!batch.length) return void worker.terminate().then(() => resolve(), reject);
        worker.postMessage(batch);
      };
      worker.on('message', (reply: { ok: boolean; error?: string }) => (reply.ok ? give() : worker.terminate().then(() => reject(new Error(`share image: ${reply.error}`)))));
      worker.on('error', reject);
      give();
    });
  await Promise.all(Array.from({ length: Math.min(Math.ceil(jobs.length / CARDS_PER_WORKER), threads) }, run));
}

/** Each letter of /data/letters.json with its card, its cache file, and whether that file is there already. */
async function shareImages(dir: URL, buildCache: URL) {
  const cacheDir = fileURLToPath(new URL('share-images/', buildCache));
  const letters = JSON.parse(await readFile(new URL('data/letters.json', dir), 'utf8')) as LetterRecord[];
  await mkdir(cacheDir, { recursive: true });
  const images = letters.map((letter) => {
    const card = shareCardOf(letter);
    return { card, cached: `${cacheDir}${cacheName(card)}`, target: fileURLToPath(new URL(`letters/${letter.id}/share.png`, dir)) };
  });
  const inCache = await inBatches(images, (image) => access(image.cached).then(() => true, () => false));
  return images.map((image, i) => ({ ...image, inCache: inCache[i]! }));
}

/**
 * Draws into the build cache the cards of /data/letters.json it lacks, on one worker thread of the lowest
 * priority: scripts/build.mjs runs this while Astro is still rendering pages, and writeShareImages then only
 * links them in.
 */
export async function drawShareImagesAhead(dir: URL, buildCache: URL): Promise<string> {
  const started = performance.now();
  const pending = (await shareImages(dir, buildCache)).filter((image) => !image.inCache).map(({ card, cached }) => ({ card, cached }));
  await renderAll(pending, 1, true);
  return `${pending.length} share images drawn into the cache while Astro built, in ${Math.round(performance.now() - started)} ms`;
}

/**
 * Writes each letter's share image (/letters/<id>/share.png, 1200x630) from the letters of /data/letters.json.
 * Cards are set glyph by glyph (./glyphs.ts), on one worker thread per core when there are many, and kept in
 * the build cache (<cacheDir>/share-images/): a rebuild renders only new or changed letters and links the
 * others into the site.
 */
export async function writeShareImages(dir: URL, buildCache: URL): Promise<string> {
  const started = performance.now();
  const images = await shareImages(dir, buildCache);
  const pending = images.filter((image) => !image.inCache);
  const renderStart = performance.now();
  await renderAll(pending, availableParallelism());
  const rendered = performance.now() - renderStart;
  for (const image of images.filter((image) => image.inCache)) placeCachedFile(image.cached, image.target);
  const each = pending.length ? ` (${(rendered / pending.length).toFixed(1)} ms a card)` : '';
  return `${images.length} share images in ${Math.round(performance.now() - started)} ms: ${pending.length} rendered${each}, ${images.length - pending.length} from the cache`;
}
