import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/finish/search-index.ts';
import type { PartsManifest } from '../../src/lib/search/search-parts.ts';
import { siteDigest } from '../support/fixture-builds.ts';

/** A letter page as the build writes it for the index: its body, its date to sort by. */
const letterPage = (date: string, words: string) =>
  `<!doctype html><html lang="en"><head><title>${date}</title></head><body><article data-pagefind-body><h1>Letter of ${date}</h1><p>${words}</p><span data-pagefind-sort="date:${date}"></span></article></body></html>`;

const LETTERS: Record<string, [string, string]> = {
  'a-1990': ['1990-05-01', 'peacekeeping in Cyprus'],
  'b-1991': ['1991-02-03', 'the financing of peacekeeping'],
  'c-1992': ['1992-07-08', 'Lykketoft and the Assembly'],
};

async function writeSite(site: string, letters: Record<string, [string, string]>): Promise<void> {
  await rm(site, { recursive: true, force: true });
  for (const [id, [date, words]] of Object.entries(letters)) {
    await mkdir(join(site, 'letters', id), { recursive: true });
    await writeFile(join(site, 'letters', id, 'index.html'), letterPage(date, words));
  }
  await mkdir(join(site, 'letters', '2'), { recursive: true });
  await writeFile(join(site, 'letters', '2', 'index.html'), '<html lang="en"><body><h1>Letters, page 2</h1></body></html>');
}

const folder = (path: string) => pathToFileURL(`${path}/`);

describe('the search index in parts, kept in the build cache', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'un-letters-search-index-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('indexes a part a year, then takes every unchanged part from the cache, giving the same files as a cold build', async () => {
    const site = join(root, 'site');
    const cache = join(root, 'cache');
    await writeSite(site, LETTERS);
    expect((await writeSearchIndex(folder(site), folder(cache), 1)).line).toMatch(/3 letters in 3 parts \(1990, 1991, 1992\), 3 indexed, 0 from the cache/);
    const manifest = JSON.parse(await readFile(join(site, 'pagefind', 'parts.json'), 'utf8')) as PartsManifest;
    expect(manifest.parts.map((p) => [p.key, p.letters])).toEqual([['1990', 1], ['1991', 1], ['1992', 1]]);
    expect(manifest.parts[0]!.path).toBe('/pagefind/');
    expect(manifest.parts[1]!.path).toMatch(/^\/pagefind\/parts\/[0-9a-f]{32}\/$/);
    // The first part ships the script and its WebAssembly, no ready-made interface; a later part only its index.
    const first = await readdir(join(site, 'pagefind'));
    expect(first).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'wasm.unknown.pagefind']));
    expect(first.filter((name) => name.includes('-ui.'))).toEqual([]);
    const later = await readdir(join(site, manifest.parts[1]!.path));
    expect(later.map((name) => name.replace(/^pagefind\.\w+\.pf_meta$/, 'pagefind.*.pf_meta')).sort()).toEqual(['fragment', 'index', 'pagefind-entry.json', 'pagefind.*.pf_meta']);

    await writeSite(site, { ...LETTERS, 'c-1992': ['1992-07-08', 'Lykketoft and the Security Council'] });
    expect((await writeSearchIndex(folder(site), folder(cache), 1)).line).toMatch(/3 parts .*, 1 indexed, 2 from the cache/);

    const cold = join(root, 'cold');
    await writeSite(cold, { ...LETTERS, 'c-1992': ['1992-07-08', 'Lykketoft and the Security Council'] });
    await writeSearchIndex(folder(cold), folder(join(root, 'cold-cache')), 1);
    expect(await siteDigest(site)).toEqual(await siteDigest(cold));
  }, 120_000);

  it('gives an archive with no letter an index of one empty part, so that the search page loads', async () => {
    const site = join(root, 'empty');
    await writeSite(site, {});
    expect((await writeSearchIndex(folder(site), folder(join(root, 'empty-cache')), 1)).line).toMatch(/0 letters in 1 part \(none\)/);
  }, 60_000);
});
