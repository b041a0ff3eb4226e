import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/crawl.ts';
import { readLetterFiles } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { useSite } from '../support/site.ts';

const EDITORIAL = [
  ['About the archive', '/about/'],
  ['Editorial method', '/about/method/'],
  ['How to cite', '/about/citing/'],
  ['Data and licence', '/about/licence/'],
  ["What's new", '/about/whats-new/'],
  ['Collections', '/collections/'],
] as const;

// Every collection the archive ships, so that a new one is checked with axe too.
const COLLECTION_PAGES = readdirSync(join(contentDir, 'collections'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => `/collections/${name.replace(/\.mdx$/, '')}/`);

describe('the editorial pages', () => {
  const site = useSite();

  it.each([
    ['the footer of every page', '/letters/', 'About the archive'],
    ['the home page', '/', 'Pages about the archive'],
  ])('are all linked from %s', async (_, path, navigation) => {
    const { page } = await site.open();
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: navigation, exact: true });
    for (const [title, href] of EDITORIAL) expect(await nav.getByRole('link', { name: title, exact: true }).getAttribute('href')).toBe(href);
  });

  it.each([...EDITORIAL.map(([, href]) => href), ...COLLECTION_PAGES])(
    '%s has no axe violation (WCAG 2.1 A and AA) in light and dark, and no console error',
    async (path) => {
      const { page, errors } = await site.open();
      expect((await page.goto(path))?.status()).toBe(200);
      expect([...(await axeViolations(page, path, 'light')), ...(await axeViolations(page, path, 'dark'))]).toEqual([]);
      expect(errors).toEqual([]);
    },
    120_000,
  );

  it('How to cite gives the citations of a real letter, exactly as that letter\'s own page gives them', async () => {
    const { page } = await site.open();
    await page.goto('/about/citing/');
    const examples = page.locator('.citation-examples');
    const letter = await examples.getByRole('link').first().getAttribute('href');
    const onGuide = await examples.locator('.citation-text').allTextContents();
    await page.goto(letter!);
    const onLetter = await page.locator('.cite-letter .citations .citation-text').allTextContents();
    expect(onLetter).toHaveLength(4);
    expect(onGuide.slice(0, 4)).toEqual(onLetter);
    expect(onGuide[4]).toMatch(new RegExp(`para\\. 3, \\S+${letter!.replace(/\//g, '\\/')}#p3\\.$`));
  });

  it('What\'s new lists every letter once, under the day it was added, newest day first', async () => {
    const { page } = await site.open();
    await page.goto('/about/whats-new/');
    const listed = await page.locator('main .letter-list a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const letters = readLetterFiles(contentDir);
    expect(listed.sort()).toEqual(letters.map((l) => `/letters/${l.id}/`).sort());
    const days = await page.locator('main h2 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(days).toEqual([...new Set(letters.map((l) => String(l.frontmatter.added)))].sort().reverse());
  });

  it('Editorial method renders its GitHub-flavoured tables and footnote', async () => {
    const { page } = await site.open();
    await page.goto('/about/method/');
    expect(await page.locator('main table').count()).toBeGreaterThanOrEqual(2);
    await page.locator('main a[data-footnote-ref]').click();
    expect(await page.locator(':target').textContent()).toContain('An undated letter carries the editor\'s estimate');
  });
});
