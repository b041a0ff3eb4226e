import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MEMORANDUM } from '../fixtures/fixture-archive.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { readLetterFile } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { expectResults, resultTitles, searchFor, searchPage } from '../support/search-page.ts';
import { useSite } from '../support/site.ts';

const titleOf = (id: string) => String(readLetterFile(`${contentDir}/letters/${id}.mdx`).frontmatter.title);
const DONALDSON_2021 = titleOf('2021-01-28-donaldson-selection-process');
const UNDATED_2017 = titleOf('undated-1-for-7-billion-civil-society');
const LUCAS = titleOf('2015-12-11-lucas-ign-meetings');

/** The links of the results without their paragraph links (¶N, which end in #pN). */
const resultTitlesOnly = (hrefs: Array<string | null>) => hrefs.filter((href) => !/#p\d+$/.test(href ?? ''));

/** True when the box about the document comes before the first result in the page. */
async function boxComesFirst(page: Page): Promise<boolean> {
  const { citation, results } = searchPage(page);
  const first = await results.first().elementHandle();
  return citation.evaluate((box, result) => Boolean(box.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING), first);
}

/** The box's heading link and its official link, as a reader sees them. */
async function documentBox(page: Page) {
  const { citation } = searchPage(page);
  const heading = citation.getByRole('heading', { level: 2 });
  const official = citation.getByRole('link', { name: /^Official text/ });
  return {
    heading: await heading.innerText(),
    page: await heading.getByRole('link').getAttribute('href'),
    official: (await official.count()) ? await official.getAttribute('href') : null,
  };
}

describe('searching for a citation in the seed archive', () => {
  const site = useSite();

  it.each(['69/321', 'A/RES/69/321', 'res 69/321', 'resolution 69/321', 'GA res. 69/321', '69-321'])(
    '"%s" shows General Assembly resolution 69/321 first, then the two letters citing it, newest first',
    async (query) => {
      const { page, errors } = await site.open();
      expect(await searchFor(page, query)).toBe('2 letters');
      expect(await documentBox(page)).toEqual({
        heading: 'General Assembly resolution 69/321',
        page: '/documents/a-res-69-321/',
        official: 'https://undocs.org/A/RES/69/321',
      });
      await expectResults(page, [DONALDSON_2021, UNDATED_2017]);
      expect(await boxComesFirst(page)).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  it.each(['decision 62/557', '62/557'])('"%s" shows General Assembly decision 62/557, which has no official link, and the Lucas letter', async (query) => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, query)).toBe('1 letter');
    expect(await documentBox(page)).toEqual({ heading: 'General Assembly decision 62/557', page: '/documents/a-dec-62-557/', official: null });
    await expectResults(page, [LUCAS]);
    expect(await boxComesFirst(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the letters listed for a citation link to their pages and paragraphs as they are, with no empty ?highlight= (nothing to mark)', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, '69/321');
    const hrefs = await searchPage(page).results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(resultTitlesOnly(hrefs)).toEqual(['/letters/2021-01-28-donaldson-selection-process/', '/letters/undated-1-for-7-billion-civil-society/']);
    for (const href of hrefs) expect(href).toMatch(/^\/letters\/[a-z0-9-]+\/(#p\d+)?$/);
    expect(errors).toEqual([]);
  });

  it('the document’s link in the box opens its page in the archive', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, '69/321');
    await searchPage(page).citation.getByRole('link', { name: 'General Assembly resolution 69/321' }).click();
    await page.waitForURL('**/documents/a-res-69-321/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('69/321');
    expect(errors).toEqual([]);
  });

  it('"A/RES/70/1", which no letter cites, says so, links its official text and lists no letter', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, 'A/RES/70/1')).toBe('0 letters');
    const { citation } = searchPage(page);
    expect(await citation.innerText()).toContain('No letter in the archive cites A/RES/70/1');
    expect(await citation.getByRole('link', { name: 'https://undocs.org/A/RES/70/1' }).getAttribute('href')).toBe('https://undocs.org/A/RES/70/1');
    expect(await resultTitles(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a bare number that no cited Security Council resolution bears ("1325") is searched as words, with no document box', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, '1325')).toMatch(/ for “1325”$/);
    expect(await searchPage(page).citation.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('searching for a Security Council or an old-style resolution in the fixture archive', () => {
  const site = useFixtureSite();

  it.each(['1325', '1325 (2000)', 'S/RES/1325 (2000)', 'resolution 1325 (2000)'])(
    '"%s" shows Security Council resolution 1325 (2000) and the memorandum citing it',
    async (query) => {
      const { page, errors } = await site.open();
      expect(await searchFor(page, query)).toBe('1 letter');
      expect(await documentBox(page)).toEqual({
        heading: 'Security Council resolution 1325 (2000)',
        page: '/documents/s-res-1325-2000/',
        official: 'https://undocs.org/S/RES/1325(2000)',
      });
      await expectResults(page, [MEMORANDUM.title]);
      expect(errors).toEqual([]);
    },
  );

  it('"3379 (XXX)" shows General Assembly resolution 3379 (XXX) of the thirtieth session and the memorandum citing it', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, '3379 (XXX)')).toBe('1 letter');
    expect(await documentBox(page)).toEqual({
      heading: 'General Assembly resolution 3379 (XXX)',
      page: '/documents/a-res-3379-xxx/',
      official: 'https://undocs.org/A/RES/3379(XXX)',
    });
    await expectResults(page, [MEMORANDUM.title]);
    expect(errors).toEqual([]);
  });
});
