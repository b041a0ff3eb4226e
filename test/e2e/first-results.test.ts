import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIRST_CARDS, FIRST_RESULTS_PATH, foundAhead, shardOfWord, type FirstResults, type FirstResultsManifest, type FirstResultsShard } from '../../src/lib/search/first-results.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { resultCard } from '../../src/lib/search/result-cards.ts';
import type { PartsManifest } from '../../src/lib/search/search-parts.ts';
import { openPart, serveSiteToFetch } from '../../src/finish/pagefind-in-node.ts';
import { partWordLetters } from '../../src/finish/part-findings.ts';
import { TEST_FIRST_RESULTS_WORDS } from '../support/astro-build.ts';
import { inParts, PART_FILTER } from '../../src/scripts/search/parts.ts';
import { resultTitles, searchFor, searchPage, settledStatus } from '../support/search-page.ts';
import { useSite } from '../support/site.ts';

// The first results of one-word searches, found at build (src/finish/first-results.ts), against the search the page
// would otherwise run: Pagefind's browser script over the merged parts, as src/scripts/search/pagefind.ts merges them.

const site = inject('outDir');

async function records(): Promise<Map<string, FirstResults>> {
  const folder = join(site, FIRST_RESULTS_PATH);
  const manifest = JSON.parse(await readFile(join(folder, 'index.json'), 'utf8')) as FirstResultsManifest;
  const all = new Map<string, FirstResults>();
  for (let i = 0; i < manifest.shards; i++) {
    const shard = JSON.parse(await readFile(join(folder, `${i}.json`), 'utf8')) as FirstResultsShard;
    for (const [word, found] of Object.entries(shard)) {
      expect(shardOfWord(word, manifest.shards)).toBe(i);
      all.set(word, found);
    }
  }
  expect((await readdir(folder)).length).toBe(manifest.shards + 1);
  return all;
}

/** How many letters of the whole site hold each word of three letters or more, from every part's fragments. */
async function lettersOfWords(): Promise<Map<string, number>> {
  const manifest = JSON.parse(await readFile(join(site, 'pagefind', 'parts.json'), 'utf8')) as PartsManifest;
  const letters = new Map<string, number>();
  for (const part of manifest.parts) {
    for (const [word, count] of Object.entries(await partWordLetters(site, part.path))) if (foundAhead(word)) letters.set(word, (letters.get(word) ?? 0) + count);
  }
  return letters;
}

/** The Pagefind of a search page just opened: the first part's bundle with every other part merged in, searched in parts. */
async function freshPagePagefind(instance: string): Promise<Pagefind> {
  const manifest = JSON.parse(await readFile(join(site, 'pagefind', 'parts.json'), 'utf8')) as PartsManifest;
  const [first, ...rest] = manifest.parts;
  const pagefind = await openPart(site, first!.path, { mergeFilter: { [PART_FILTER]: first!.key } }, instance);
  for (const part of rest) await pagefind.mergeIndex(part.path, { highlightParam: 'highlight', mergeFilter: { [PART_FILTER]: part.key } });
  return inParts(pagefind, manifest.parts.map((part) => part.key));
}

/** Every 40th word of the records, and words readers search (a name, a State, a common word, a year). */
const sampled = (words: string[]) => [...new Set([...words.filter((_, i) => i % 40 === 0), 'lykketoft', 'ivoire', 'council', 'security', '2015'])].filter((word) => words.includes(word));

describe('the first results of a one-word search, found at build', () => {
  const realFetch = globalThis.fetch;
  beforeAll(() => serveSiteToFetch(site));
  afterAll(() => void (globalThis.fetch = realFetch));

  it('are kept for the words held by most letters, as many as the bound allows, each in the shard its name hashes to', async () => {
    const found = await records();
    const letters = await lettersOfWords();
    expect(letters.size).toBeGreaterThan(TEST_FIRST_RESULTS_WORDS);
    expect(found.size).toBe(TEST_FIRST_RESULTS_WORDS);
    expect([...found.keys()].every((word) => letters.has(word))).toBe(true);
    const fewestKept = Math.min(...[...found.keys()].map((word) => letters.get(word)!));
    const mostLeft = Math.max(...[...letters].filter(([word]) => !found.has(word)).map(([, count]) => count));
    expect(fewestKept).toBeGreaterThanOrEqual(mostLeft);
    for (const word of ['lykketoft', 'council', 'ivoire']) expect(found.has(word)).toBe(true);
  });

  it('hold the count, the first cards and their order that the search page, just opened, finds for the word', async () => {
    const found = await records();
    const words = sampled([...found.keys()].sort());
    expect(words.length).toBeGreaterThan(50);
    const differ: string[] = [];
    for (const [i, word] of words.entries()) {
      // Pagefind widens a word by the chunks of its index already loaded: each word is searched by a page of its own.
      const pagefind = await freshPagePagefind(`fresh-${i}`);
      const record = found.get(word)!;
      const search = await pagefind.search(word, {});
      const first = search.results.slice(0, record.cards.length);
      const cards = await Promise.all(first.map(async (result) => resultCard(await result.data())));
      const same = search.results.length === record.count && JSON.stringify(cards) === JSON.stringify(record.cards) && first.every((result, n) => result.id === record.ids[n]);
      if (!same) differ.push(`${word} (${record.count} found at build, ${search.results.length} by the page)`);
      expect(record.cards.length).toBe(Math.min(record.count, FIRST_CARDS));
    }
    expect(differ).toEqual([]);
  }, 300_000);
});

describe('a one-word search in the browser', () => {
  const browser = useSite();

  it('shows its first result and its count before any of Pagefind loads, then the same list as a search through Pagefind', async () => {
    const { page, errors } = await browser.open();
    await page.goto('/search/');
    await searchPage(page).box.click();
    // The moment the first result is put in the list, and every file the page asked for from the click on.
    await page.evaluate(() => {
      const w = window as unknown as { firstShown?: number; countShown?: number; clickedAt: number };
      w.clickedAt = performance.now();
      new MutationObserver(() => (w.firstShown ??= document.querySelector('#search-results > li') ? performance.now() : undefined)).observe(document.getElementById('search-results')!, { childList: true });
      const status = document.getElementById('search-status')!;
      new MutationObserver(() => (w.countShown ??= /^\d/.test(status.textContent ?? '') ? performance.now() : undefined)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await searchPage(page).box.fill('Council');
    await searchPage(page).box.press('Enter');
    const status = await settledStatus(page);
    const before = await page.evaluate(() => {
      const w = window as unknown as { firstShown: number; countShown: number; clickedAt: number };
      const shown = Math.max(w.firstShown, w.countShown);
      return performance.getEntriesByType('resource').filter((entry) => entry.startTime > w.clickedAt && entry.startTime < shown).map((entry) => new URL(entry.name).pathname);
    });
    expect(before.some((path) => path.startsWith(FIRST_RESULTS_PATH))).toBe(true);
    expect(before.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const titles = await resultTitles(page);
    expect(titles.length).toBe(25);
    // "Council," is no word alone: the page searches it with Pagefind, which splits it to the same word.
    expect(await searchFor(page, 'Council,')).toBe(status.replace('Council', 'Council,'));
    expect(await resultTitles(page)).toEqual(titles);
    expect(errors).toEqual([]);
  });

  it('searches a word beyond the bound with Pagefind, and finds what a page just opened finds', async () => {
    const found = await records();
    const letters = await lettersOfWords();
    const [word, count] = [...letters].filter(([w]) => !found.has(w) && /^[a-z]+$/.test(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const realFetch = globalThis.fetch;
    serveSiteToFetch(site);
    const expected = await freshPagePagefind('beyond').then(async (pagefind) => (await pagefind.search(word, {})).results.length).finally(() => (globalThis.fetch = realFetch));
    expect(expected).toBeGreaterThanOrEqual(count);
    const { page, errors } = await browser.open();
    await page.goto('/search/');
    const status = await searchFor(page, word);
    expect(status).toBe(`${expected.toLocaleString('en')} ${expected === 1 ? 'letter' : 'letters'} for “${word}”`);
    expect(await resultTitles(page)).toHaveLength(Math.min(expected, 25));
    expect(errors).toEqual([]);
  });
});
