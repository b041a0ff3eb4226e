import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LetterRecord } from '../../lib/open-data.ts';
import { SHARE_CARD_VERSION, shareCardOf, type ShareCard } from '../../lib/share-card.ts';
import { GlyphAtlas } from './glyphs.ts';
import { renderShareImage } from './render.ts';
import type { ShareImageJob } from './worker.ts';

interface PendingImage {
  card: ShareCard;
  cached: string;
}

const exists = (path: string) => access(path).then(() => true, () => false);

/** The cache file of a card: named by a digest of its design version and content, so that a changed letter gets a new one. */
function cacheName(card: ShareCard): string {
  return `${createHash('sha256').update(JSON.stringify([SHARE_CARD_VERSION, card.title, card.dateText, card.from])).digest('hex').slice(0, 32)}.png`;
}

/** Below this many cards, starting worker threads (each sets up its own glyphs) costs more than it saves. */
const CARDS_PER_WORKER = 400;

/** Renders the cards, each written to its cache file: in this thread for a few, else on one worker thread per core. */
async function renderAll(pending: PendingImage[]): Promise<void> {
  if (pending.length < CARDS_PER_WORKER) {
    const atlas = new GlyphAtlas();
    for (const image of pending) await writeFile(image.cached, renderShareImage(image.card, atlas));
    return;
  }
  let next = 0;
  const workers = Math.min(Math.ceil(pending.length / CARDS_PER_WORKER), availableParallelism());
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url));
      const give = () => {
        const image = pending[next++];
        if (!image) return void worker.terminate().then(() => resolve(), reject);
        worker.postMessage({ card: image.card, file: image.cached } satisfies ShareImageJob);
      };
      worker.on('message', (reply: { ok: boolean; error?: string }) => (reply.ok ? give() : worker.terminate().then(() => reject(new Error(`share image: ${reply.error}`)))));
      worker.on('error', reject);
      give();
    });
  await Promise.all(Array.from({ length: workers }, run));
}

/**
 * Writes each letter's share image (/letters/<id>/share.png, 1200x630) after the build, from the letters
 * of /data/letters.json. Cards are set glyph by glyph (./glyphs.ts) on one worker thread per core, and
 * kept in the build cache (<cacheDir>/share-images/): a rebuild renders only new or changed letters.
 */
export function shareImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'un-letters:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('share-images/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const letters = JSON.parse(await readFile(new URL('data/letters.json', dir), 'utf8')) as LetterRecord[];
        await mkdir(cacheDir, { recursive: true });
        const images = letters.map((letter) => ({ id: letter.id, card: shareCardOf(letter) })).map(({ id, card }) => ({ id, card, cached: `${cacheDir}${cacheName(card)}` }));
        const pending: PendingImage[] = [];
        for (const image of images) if (!(await exists(image.cached))) pending.push(image);
        const renderStart = performance.now();
        await renderAll(pending);
        const rendered = performance.now() - renderStart;
        for (const image of images) await copyFile(image.cached, new URL(`letters/${image.id}/share.png`, dir));
        const each = pending.length ? `, ${(rendered / pending.length).toFixed(1)} ms a card` : '';
        logger.info(`${images.length} share images in ${Math.round(performance.now() - started)} ms: ${pending.length} rendered${each}, ${images.length - pending.length} from the cache`);
      },
    },
  };
}
