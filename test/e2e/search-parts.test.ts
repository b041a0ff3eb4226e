import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PartsManifest } from '../../src/lib/search/search-parts.ts';
import { buildSite } from '../support/astro-build.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { openFacets, facetOptions, resultTitles, settledStatus } from '../support/search-page.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// The search index in parts (src/finish/search-index.ts, src/scripts/search/pagefind.ts): the default archive as the
// e2e site has it, in parts of 60 letters merged in the browser, against the same archive indexed in one part.

/** What a search shows: its count, and its results' titles (as a set where Pagefind's scores may tie differently). */
async function shown(page: Page, query: string): Promise<{ status: string; titles: string[] }> {
  await page.goto(`/search/${query}`);
  const status = await settledStatus(page);
  return { status, titles: await resultTitles(page) };
}

const manifestOf = async (site: string) => JSON.parse(await readFile(join(site, 'pagefind', 'parts.json'), 'utf8')) as PartsManifest;

describe('a search index in parts', () => {
  let work: string;
  let one: StaticServer;
  let browser: Browser;
  const open = async (base: string) => (await openWatchedPage(browser, base)).page;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'un-letters-one-part-'));
    const build = await buildSite({ outDir: join(work, 'site'), cacheDir: join(work, 'cache'), searchPartLetters: 1_000_000 });
    if (build.code !== 0) throw new Error(`the one-part build failed (exit code ${build.code}):\n${build.output}`);
    one = await serveStatic(join(work, 'site'));
    browser = await launchBrowser();
  }, 600_000); // one more build of the default archive
  afterAll(async () => {
    await browser?.close();
    await one?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('cuts the default archive into parts of whole years, every letter in one, the later parts holding only their index', async () => {
    const parts = (await manifestOf(inject('outDir'))).parts;
    const whole = (await manifestOf(join(work, 'site'))).parts;
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(whole).toHaveLength(1);
    expect(parts.reduce((sum, part) => sum + part.letters, 0)).toBe(whole[0]!.letters);
    expect(parts[0]!.path).toBe('/pagefind/');
    const later = await readdir(join(inject('outDir'), parts[1]!.path));
    expect(later).toContain('pagefind-entry.json');
    expect(later.filter((name) => /\.(js|pagefind|css)$/.test(name))).toEqual([]);
  });

  it.each([
    ['newest first', '?q=Council&sort=newest'],
    ['oldest first', '?q=letter&sort=oldest'],
    ['newest first, with no words and one facet', '?kind=letter&sort=newest'],
    ['newest first, for a phrase', '?q=%22Security+Council%22&sort=newest'],
  ])('lists the same letters in the same date order as one index: %s', async (_, query) => {
    const [parts, whole] = await Promise.all([open(inject('baseUrl')).then((p) => shown(p, query)), open(one.url).then((p) => shown(p, query))]);
    expect(parts.titles.length).toBeGreaterThan(5);
    expect(parts).toEqual(whole);
  });

  it.each([['Council'], ['peacekeeping'], ['Lykketoft']])('finds as many letters for "%s" by relevance as one index, the same ones where they fit on a page', async (words) => {
    const query = `?q=${encodeURIComponent(words)}`;
    const [parts, whole] = await Promise.all([open(inject('baseUrl')).then((p) => shown(p, query)), open(one.url).then((p) => shown(p, query))]);
    expect(parts.status).toBe(whole.status);
    if (parts.titles.length < 25) expect([...parts.titles].sort()).toEqual([...whole.titles].sort());
  });

  it('counts every facet value over all the parts, as one index does', async () => {
    const menus = async (base: string) => {
      const page = await open(base);
      await shown(page, '?q=Council');
      await openFacets(page);
      return Promise.all(['Year', 'GA session', 'Sender', 'Kind', 'Document cited'].map((label) => facetOptions(page, label)));
    };
    const [parts, whole] = await Promise.all([menus(inject('baseUrl')), menus(one.url)]);
    expect(parts[0]!.length).toBeGreaterThan(3);
    expect(parts).toEqual(whole);
  });
});
