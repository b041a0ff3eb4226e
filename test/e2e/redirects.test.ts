import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readRedirects } from '../../src/lib/archive/redirects.ts';
import { symbolPath } from '../../src/lib/cite/permalinks.ts';
import { slugifySymbol } from '../../src/schema/symbols.ts';
import { htmlPaths } from '../support/crawl.ts';
import { contentDir } from '../support/paths.ts';
import { redirectPages } from '../support/redirects.ts';
import { pathOf, useSite } from '../support/site.ts';

/** Every address the archive promises to lead somewhere else: moved letters and documents by symbol. */
function promisedRedirects(): Array<[string, string]> {
  const moved = readRedirects(readFileSync(`${contentDir}/redirects.yaml`, 'utf8')).redirects;
  const symbols = readdirSync(`${contentDir}/documents`).map((f) => String(parse(readFileSync(`${contentDir}/documents/${f}`, 'utf8')).symbol));
  return [
    ...moved.map((r): [string, string] => [`/letters/${r.from}/`, `/letters/${r.to}/`]),
    ...symbols.flatMap((s): Array<[string, string]> => [[symbolPath(s), `/documents/${slugifySymbol(s)}/`], [symbolPath(s).slice(0, -1), `/documents/${slugifySymbol(s)}/`]]),
  ];
}

describe('permanent addresses', () => {
  const site = useSite();

  it('the archive holds at least one moved letter and one document to reach by symbol', () => {
    const promised = promisedRedirects();
    expect(promised.some(([from]) => from.startsWith('/letters/'))).toBe(true);
    expect(promised.some(([from]) => from === '/documents/A/RES/69/321')).toBe(true);
  });

  it('every redirect page of the built site lands on a page that exists and is not itself a redirect', async () => {
    const paths = await htmlPaths(inject('outDir'));
    const redirects = await redirectPages(inject('outDir'), paths);
    expect(redirects.size).toBeGreaterThanOrEqual(promisedRedirects().length / 2);
    const broken: string[] = [];
    for (const [from, to] of redirects) {
      const response = await fetch(site.baseUrl + to);
      if (response.status !== 200 || redirects.has(to)) broken.push(`${from} -> ${to} (${response.status})`);
    }
    expect(broken).toEqual([]);
  });

  it.each(promisedRedirects())('a reader who opens %s lands on %s', async (from, to) => {
    const { page, errors } = await site.open();
    await page.goto(from);
    await page.waitForURL(`**${to}`);
    expect(pathOf(page.url())).toBe(to);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${to}$`));
    expect(errors).toEqual([]);
  });
});
