import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Pagefind always writes its three ready-made interfaces (pagefind-ui, -modular-ui, -component-ui: scripts and
// styles, about 390 kB); the search page uses its JS API (pagefind.js, its worker, pagefind-highlight.js) instead.
const UNUSED_UI = /^pagefind-(?:component-|modular-)?ui\.(?:js|css)$/;
// What a merged part is read by: its entry, its page list, and its word, fragment and filter chunks. The script
// and the WebAssembly are the first part's, which every part shares.
const INDEX_FILES = /^(?:pagefind-entry\.json|pagefind\.[^.]+\.pf_meta|index|fragment|filter)$/;

/** Deletes the Pagefind interfaces the site does not load. */
export async function removeUnusedUi(folder: string): Promise<void> {
  for (const name of (await readdir(folder)).filter((n) => UNUSED_UI.test(n))) await rm(join(folder, name));
}

/** Deletes from a merged part's bundle all but its index: the script, worker and WebAssembly come from the first part. */
export async function keepIndexOnly(folder: string): Promise<void> {
  for (const name of (await readdir(folder)).filter((n) => !INDEX_FILES.test(n))) await rm(join(folder, name), { recursive: true });
}

/** The version of Pagefind installed, part of every part's cache key: another version writes another index. */
export function pagefindVersion(): string {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(join(main, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}
