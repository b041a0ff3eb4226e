import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

// Pagefind always writes its three ready-made interfaces (pagefind-ui, -modular-ui, -component-ui: scripts and
// styles, about 390 kB); the search page uses its JS API (pagefind.js, its worker, pagefind-highlight.js) instead.
const UNUSED_UI = /^pagefind-(?:component-|modular-)?ui\.(?:js|css)$/;

/** Deletes the Pagefind interfaces the site does not load; returns how many bytes they were. */
async function removeUnusedUi(folder: string): Promise<number> {
  let bytes = 0;
  for (const name of (await readdir(folder)).filter((n) => UNUSED_UI.test(n))) {
    bytes += (await stat(join(folder, name))).size;
    await rm(join(folder, name));
  }
  return bytes;
}

/** Builds the Pagefind search index over the built site; only pages marked data-pagefind-body (letters) are indexed. */
export async function writeSearchIndex(dir: URL): Promise<string> {
  const site = fileURLToPath(dir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Only letter pages carry data-pagefind-body: reading the listings and entity pages too cost twice the time and memory.
  const added = await index.addDirectory({ path: site, glob: 'letters/*/index.html' });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  const removed = await removeUnusedUi(`${site}pagefind`);
  return `search index: ${added.page_count} pages read, letter pages (data-pagefind-body) indexed; ${Math.round(removed / 1000)} kB of unused Pagefind UI left out`;
}
