import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
  return `search index: ${added.page_count} pages read, letter pages (data-pagefind-body) indexed`;
}
