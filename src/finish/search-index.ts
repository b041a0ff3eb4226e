import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGEFIND_PATH, partPath, partsManifest, searchParts, type IndexedLetter, type SearchPart } from '../lib/search/search-parts.ts';
import type { IndexedPart } from './first-results.ts';
import { keepIndexOnly, pagefindVersion, removeUnusedUi } from './search-bundle.ts';

/** A letter page read for the index: its address, the date it sorts by, and a digest of its HTML. */
interface LetterPage extends IndexedLetter {
  folder: string;
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
    pages.push({ folder, page: `/letters/${folder}/`, sortDate: SORT_DATE.exec(html)?.[1] ?? '', file, digest: createHash('sha1').update(html).digest('hex') });
  }
  return pages;
}

/** The digest of a part: Pagefind's version, whether it is the first part, its name, and each of its letters' HTML. */
function partDigest(version: string, part: SearchPart, first: boolean): string {
  const hash = createHash('sha256').update(`${version}\n${first ? 'first' : 'merged'}\n${part.key}\n`);
  for (const letter of part.letters as LetterPage[]) hash.update(`${letter.page} ${letter.digest}\n`);
  return hash.digest('hex').slice(0, 32);
}

/** How many parts Pagefind indexes at once: each holds about 0.9 GB per 5,000 letters while it does. */
const PARTS_AT_ONCE = 2;

/** Runs `work` on every item, at most `width` at a time. */
async function inTurn<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** How many letters one glob names. */
const GLOB_NAMES = 1000;

/** A letter's folder that a glob can name as it is (letter ids are slugs; anything else is added file by file). */
const PLAIN_FOLDER = /^[A-Za-z0-9._-]+$/;

/**
 * Indexes one part with Pagefind into `folder`; the index is deleted from Pagefind's memory before the next. Pagefind
 * reads the part's pages itself, in parallel, named by one glob: at 20,000 letters that took 29 s, against 56 s
 * for handing it each page in turn.
 */
async function indexPart(site: string, part: SearchPart, folder: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const letters = part.letters as LetterPage[];
  const plain = letters.filter((letter) => PLAIN_FOLDER.test(letter.folder)).map((letter) => letter.folder);
  // A glob of 5,616 names failed to parse at 50,000 letters; 1,000 at a time stays well inside what parsed.
  for (let from = 0; from < plain.length; from += GLOB_NAMES) {
    const names = plain.slice(from, from + GLOB_NAMES);
    const glob = names.length === 1 ? `letters/${names[0]}/index.html` : `letters/{${names.join(',')}}/index.html`;
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length || added.page_count !== names.length) throw new Error(`Pagefind indexed ${added.page_count} of ${names.length} letters of ${part.key}: ${added.errors.join('; ')}`);
  }
  for (const letter of letters.filter((l) => !PLAIN_FOLDER.test(l.folder))) {
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
 * copied, not indexed again. Writes /pagefind/parts.json, which the search page merges the parts by. Returns its
 * log line and the parts written.
 */
export async function writeSearchIndex(dir: URL, cacheDir: URL, partLetters: number): Promise<{ line: string; parts: IndexedPart[] }> {
  const site = fileURLToPath(dir);
  const cache = join(fileURLToPath(cacheDir), 'search-parts');
  const parts = searchParts(await letterPages(site), partLetters);
  // An archive with no letter yet still gets an index, so that the search page loads and finds nothing.
  if (!parts.length) parts.push({ key: 'none', letters: [] });
  await mkdir(cache, { recursive: true });
  await rm(join(site, PAGEFIND_PATH), { recursive: true, force: true }); // no part of an earlier build stays beside these
  const version = pagefindVersion();
  const plan = parts.map((part, i) => {
    const digest = partDigest(version, part, i === 0);
    return { part, first: i === 0, digest, path: i === 0 ? PAGEFIND_PATH : partPath(digest) };
  });
  let indexed = 0;
  // Two parts at a time: Pagefind reads and parses a part's pages on every core, but writes its files on one.
  await inTurn(plan, PARTS_AT_ONCE, async ({ part, first, digest }) => {
    const cached = join(cache, digest);
    if (!existsSync(cached)) {
      const fresh = `${cached}.new`;
      await rm(fresh, { recursive: true, force: true });
      await indexPart(site, part, fresh);
      if (first) await removeUnusedUi(fresh);
      else await keepIndexOnly(fresh);
      await rename(fresh, cached);
      indexed += 1;
    }
  });
  // In turn, the first part first: the others' folders lie inside its own.
  for (const { digest, path } of plan) await cp(join(cache, digest), join(site, path), { recursive: true });
  const kept = new Set(plan.map((step) => step.digest));
  const paths = plan.map((step) => step.path);
  await pagefind.close();
  for (const name of await readdir(cache)) if (!kept.has(name)) await rm(join(cache, name), { recursive: true, force: true });
  await writeFile(join(site, 'pagefind', 'parts.json'), `${JSON.stringify(partsManifest(parts, paths))}\n`);
  const letters = parts.reduce((sum, part) => sum + part.letters.length, 0);
  const line = `search index: ${letters} letters in ${parts.length} part${parts.length === 1 ? '' : 's'} (${parts.map((p) => p.key).join(', ')}), ${indexed} indexed, ${parts.length - indexed} from the cache`;
  return { line, parts: plan.map((step) => ({ key: step.part.key, path: step.path, digest: step.digest })) };
}
