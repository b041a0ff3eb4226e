import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/publish/security-headers.ts';
import { openFacets, searchFor, searchPage, settledStatus, SEARCH_TIMEOUT } from '../support/search-page.ts';
import { useSite } from '../support/site.ts';

const LUCAS = '/letters/2015-12-11-lucas-ign-meetings/';

// One page of every kind the site has, the 404 page included.
const PAGES = [
  '/', '/letters/', LUCAS, '/years/', '/years/2015/', '/sessions/', '/sessions/70/', '/dates/', '/dates/2015/12/14/',
  '/documents/', '/documents/kind/security-council-resolutions/', '/documents/a-res-69-321/', '/people/', '/people/amina-mohammed/',
  '/organisations/', '/organisations/general-assembly/', '/data/', '/search/', '/collections/',
  '/collections/appointments-by-exchange-of-letters/', '/about/', '/about/method/', '/about/citing/', '/about/licence/',
  '/about/whats-new/', '/no-such-page/',
];

/** Records every Content-Security-Policy violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('the site served with its own _headers, as a static host sends them', () => {
  const site = useSite();

  it.each(PAGES)('%s comes with the policy and the other headers, and breaks none of it', async (path) => {
    const { page, errors } = await site.open();
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'x-frame-options': 'DENY' });
    expect(await page.locator('script:not([src]):not([type="application/ld+json"]), style, [style]').count(), 'inline scripts and styles').toBe(0);
    expect(await violations()).toEqual([]);
    expect(errors.filter((e) => !(path === '/no-such-page/' && /404/.test(e)))).toEqual([]);
  });

  it('a search, its facets, a citation and the suggestions work under the policy: Pagefind compiles its WebAssembly and loads its index', async () => {
    const { page, errors } = await site.open();
    const violations = await watchViolations(page);
    const all = await searchFor(page, 'United');
    expect(all).toMatch(/^[\d,]+ letters for “United”$/);
    await openFacets(page);
    await searchPage(page).facet('Year').selectOption('2015');
    await expect.poll(() => settledStatus(page)).toMatch(/^[\d,]+ letters? for “United”$/);
    expect(await settledStatus(page)).not.toBe(all);
    await searchFor(page, 'A/RES/69/321');
    await searchPage(page).citation.waitFor();
    // Suggestions: their list of shards on focus, then the shard of what is typed.
    const box = searchPage(page).box;
    await box.fill('');
    await box.pressSequentially('lykke');
    await expect.poll(() => page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').allInnerTexts(), { timeout: SEARCH_TIMEOUT }).toContain('Person Mogens Lykketoft');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a letter's paragraph buttons and the search highlights work under the policy", async () => {
    const { page, errors, context } = await site.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl });
    const violations = await watchViolations(page);
    await page.goto(`${LUCAS}?highlight=Negotiations`);
    await page.locator('.letter-text mark.pagefind-highlight').first().waitFor();
    await page.locator('#p3').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 3', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#p3$/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the plain-text sources, the CSV and the JSON are sent as UTF-8, and Chromium shows their dashes as dashes', async () => {
    const { page } = await site.open();
    const source = await page.goto('/sources/undated-1-for-7-billion-civil-society.txt');
    expect(source!.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await page.locator('body').innerText()).toContain('CSOs – the United Nations Association – UK');
    for (const [path, type] of [['/data/letters.csv', 'text/csv; charset=utf-8'], ['/data/letters.json', 'application/json; charset=utf-8']]) {
      expect((await fetch(site.baseUrl + path)).headers.get('content-type'), path).toBe(type);
    }
  });

  it('the Excel copy of the CSV is the same table after a UTF-8 byte-order mark, which the plain CSV does not have', async () => {
    const plain = Buffer.from(await (await fetch(`${site.baseUrl}/data/letters.csv`)).arrayBuffer());
    const excel = Buffer.from(await (await fetch(`${site.baseUrl}/data/letters-excel.csv`)).arrayBuffer());
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    expect(plain.subarray(0, 3).toString()).toBe('id,');
  });

  it('the data page links the Excel copy beside the CSV and says which file opens where', async () => {
    const { page } = await site.open();
    await page.goto('/data/');
    const csv = page.getByRole('region', { name: 'Letters (CSV) (CSV, /data/letters.csv)' });
    await expect(csv.getByRole('link', { name: '/data/letters-excel.csv' }).getAttribute('href')).resolves.toBe('/data/letters-excel.csv');
    const note = await csv.getByText('for Excel').innerText();
    expect(note).toContain('byte-order mark');
    expect(note).toMatch(/use letters\.csv with them/);
  });

  it('ships only the Pagefind files the site loads: no ready-made search interfaces', async () => {
    const files = await readdir(join(inject('outDir'), 'pagefind'));
    expect(files.filter((f) => /ui\.(?:js|css)$/.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-entry.json']));
  });

  it('404.html has no canonical link, as it has no address of its own, and asks not to be indexed', async () => {
    const html = await readFile(join(inject('outDir'), '404.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
