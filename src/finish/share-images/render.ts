import { copyFileSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { ACCENT_BAR_WIDTH, SHARE_IMAGE_SIZE, layoutShareCard, type ShareCard } from '../../lib/publish/share-card.ts';
import type { GlyphAtlas } from './glyphs.ts';
import { encodeIndexedPng } from './png.ts';

// The archive's light colours (src/styles/global.css): background, ink, accent.
const BACKGROUND = [0xfd, 0xfc, 0xf9];
const INK = [0x1c, 0x1c, 0x1c];
const ACCENT = [0x1d, 0x4f, 0x91];

/** Palette ramps: 0 is the background, 1-127 background to ink, 128-254 background to accent. */
const INK_RAMP = 0;
const ACCENT_RAMP = 127;
const SOLID_ACCENT = 254;

/** The 256 colours of a card: the background, then 127 steps towards the ink and 127 towards the accent. */
export const CARD_PALETTE: Uint8Array = (() => {
  const palette = new Uint8Array(256 * 3);
  for (let i = 0; i < 256; i++) {
    const [towards, share] = i === 0 ? [BACKGROUND, 0] : i <= 127 ? [INK, i / 127] : [ACCENT, Math.min(1, (i - 127) / 127)];
    for (let c = 0; c < 3; c++) palette[i * 3 + c] = Math.round(BACKGROUND[c]! + (towards[c]! - BACKGROUND[c]!) * share);
  }
  return palette;
})();

/** A letter's share image as PNG bytes: the accent bar, then the card's text set glyph by glyph. */
export function renderShareImage(card: ShareCard, atlas: GlyphAtlas): Buffer {
  const { width, height } = SHARE_IMAGE_SIZE;
  const indices = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) indices.fill(SOLID_ACCENT, y * width, y * width + ACCENT_BAR_WIDTH);
  for (const run of layoutShareCard(card, (text, weight, size) => atlas.measure(text, weight, size))) {
    atlas.draw({ width, height, indices }, run, run.colour === 'ink' ? INK_RAMP : ACCENT_RAMP);
  }
  return encodeIndexedPng(width, height, indices, CARD_PALETTE);
}

/** A card to render, the cache file to write it to, and where the site shows it (none while Astro still builds the site). */
export interface ShareImageJob {
  card: ShareCard;
  cached: string;
  target?: string;
}

/**
 * Puts a file of the cache into the site as a hard link: no second copy of the bytes to write. Falls
 * back to copying where the two are on different file systems.
 */
export function placeCachedFile(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/** Renders a card into its cache file (written under another name first: an interrupted build leaves no half file) and places it in the site. */
export function writeShareImage(job: ShareImageJob, atlas: GlyphAtlas): void {
  writeFileSync(`${job.cached}.part`, renderShareImage(job.card, atlas));
  renameSync(`${job.cached}.part`, job.cached);
  if (job.target) placeCachedFile(job.cached, job.target);
}
