import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGEFIND_PATH, partPath, partsManifest, searchParts, type IndexedLetter, type SearchPart } from '../lib/search/search-parts.ts';
import { keepIndexOnly, pagefindVersion, removeUnusedUi } from './search-bundle.ts';

/** A letter page read for the index: its address, the date it sorts by, and a digest of its HTML. */
interface LetterPage extends IndexedLetter {
  file: string;
  digest: string;
}

const SORT_DATE = /data-pagefind-sort="date:([^"]*)"/;

/** Every letter page of the built site (a page with data-pagefind-body), with its sort date and digest. */
async function letterPages(site: string): Promise<LetterPage[]> {
  const folders = await readdir(join(site, 'letters'), { withFileTypes: true }).catch(() => []);
  const pages: LetterPage[] = [];
  for (const folder of folders.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const file = join(site, 'letters', folder, 'index.html');
    if (!existsSync(file)) continue;
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue; // a page of the list of letters, not a letter
    pages.push({ page: `/letters/${folder}/`, sortDate: SORT_DATE.exec(html)?.[1] ?? '', file, digest: createHash('sha1').update(html).digest('hex') });
  }
  return pages;
}

/** The digest of a part: Pagefind's version, whether it is the first part, its name, and each of its letters' HTML. */
function partDigest(part: SearchPart, first: boolean): string {
  const hash = createHash('sha256').update(`${pagefindVersion()}\n${first ? 'first' : 'merged'}\n${part.key}\n`);
  for (const letter of part.letters as LetterPage[]) hash.update(`${letter.page} ${letter.digest}\n`);
  return hash.digest('hex').slice(0, 32);
}

/** Indexes one part with Pagefind into `folder`; the index is deleted from Pagefind's memory before the next. */
async function indexPart(part: SearchPart, folder: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const letter of part.letters as LetterPage[]) {
    const added = await index.addHTMLFile({ url: letter.page, content: await readFile(letter.file, 'utf8') });
    if (added.errors.length) throw new Error(`Pagefind could not index ${letter.file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(`Pagefind could not write the search index of ${part.key}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/**
 * Builds the search index over the built site's letter pages, in parts of whole years (../lib/search/search-parts.ts),
 * each a Pagefind bundle kept in the build cache by the digest of its letters: a part whose letters are unchanged is
 * copied, not indexed again. Writes /pagefind/parts.json, which the search page merges the parts by.
 */
export async function writeSearchIndex(dir: URL, cacheDir: URL, partLetters: number): Promise<string> {
  const site = fileURLToPath(dir);
  const cache = join(fileURLToPath(cacheDir), 'search-parts');
  const parts = searchParts(await letterPages(site), partLetters);
  // An archive with no letter yet still gets an index, so that the search page loads and finds nothing.
  if (!parts.length) parts.push({ key: 'none', from: '', to: '', letters: [] });
  await mkdir(cache, { recursive: true });
  await rm(join(site, PAGEFIND_PATH), { recursive: true, force: true }); // no part of an earlier build stays beside these
  const kept = new Set<string>();
  const paths: string[] = [];
  let indexed = 0;
  for (const [i, part] of parts.entries()) {
    const digest = partDigest(part, i === 0);
    const path = i === 0 ? PAGEFIND_PATH : partPath(digest);
    kept.add(digest);
    paths.push(path);
    const cached = join(cache, digest);
    if (!existsSync(cached)) {
      const fresh = `${cached}.new`;
      await rm(fresh, { recursive: true, force: true });
      await indexPart(part, fresh);
      if (i === 0) await removeUnusedUi(fresh);
      else await keepIndexOnly(fresh);
      await rename(fresh, cached);
      indexed += 1;
    }
    await cp(cached, join(site, path), { recursive: true });
  }
  await pagefind.close();
  for (const name of await readdir(cache)) if (!kept.has(name)) await rm(join(cache, name), { recursive: true, force: true });
  await writeFile(join(site, 'pagefind', 'parts.json'), `${JSON.stringify(partsManifest(parts, paths))}\n`);
  const letters = parts.reduce((sum, part) => sum + part.letters.length, 0);
  return `search index: ${letters} letters in ${parts.length} part${parts.length === 1 ? '' : 's'} (${parts.map((p) => p.key).join(', ')}), ${indexed} indexed, ${parts.length - indexed} from the cache`;
}
