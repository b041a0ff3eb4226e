import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { expectResults, openFacets, resultTitles, searchFor, searchPage, settledStatus, submitSearch } from '../support/search-page.ts';
import { pathOf } from '../support/site.ts';
import { useFixtureSite } from '../support/fixture-site.ts';

const titleOf = (id: string) => String(readLetterFile(`${contentDir}/letters/${id}.mdx`).frontmatter.title);
const LUCAS = titleOf('2015-12-11-lucas-ign-meetings');
const LYKKETOFT = titleOf('2015-12-14-lykketoft-ign-meetings');
const DONALDSON = titleOf('2021-01-28-donaldson-selection-process');

/** The query string of the page's URL, as a plain object. */
const paramsOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** What the form shows: the words, the order and the year chosen. */
async function formOf(page: Page) {
  const { box, order, facet } = searchPage(page);
  return { q: await box.inputValue(), sort: await order.inputValue(), year: await facet('Year').inputValue() };
}

/** Searches for "United", narrows to 2015 and orders newest first, as a reader would. */
async function searchUnitedIn2015NewestFirst(page: Page): Promise<void> {
  await searchFor(page, 'United');
  await openFacets(page);
  await searchPage(page).facet('Year').selectOption('2015');
  await settledStatus(page);
  await searchPage(page).order.selectOption('newest');
  // Results follow the form after a pause; the old results are in the same order, so wait for the search itself.
  await settledStatus(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
  await expectResults(page, [LYKKETOFT, LUCAS]);
}

describe('a search lives in its URL', () => {
  // The seed letters alone, whose results and years these tests count.
  const site = useFixtureSite('seed');

  it('a search with words, a year and an order puts all three in the URL', async () => {
    const { page, errors } = await site.open();
    await searchUnitedIn2015NewestFirst(page);
    expect(pathOf(page.url())).toBe('/search/');
    expect(paramsOf(page)).toEqual({ q: 'United', year: '2015', sort: 'newest' });
    expect(errors).toEqual([]);
  });

  it('reloading that URL restores the form and the same results', async () => {
    const { page, errors } = await site.open();
    await searchUnitedIn2015NewestFirst(page);
    const status = await settledStatus(page);
    await page.reload();
    expect(await settledStatus(page)).toBe(status);
    await expectResults(page, [LYKKETOFT, LUCAS]);
    expect(await formOf(page)).toEqual({ q: 'United', sort: 'newest', year: '2015' });
    // The URL narrows by a year, so the facet menus come back open, with their counts.
    const year = searchPage(page).facet('Year');
    expect(await year.isVisible()).toBe(true);
    await expect.poll(() => year.locator('option:checked').innerText()).toBe('2015 (2)');
    expect(errors).toEqual([]);
  });

  it('a shared URL opened in a fresh page shows the same form and results', async () => {
    const first = await site.open();
    await searchUnitedIn2015NewestFirst(first.page);
    const shared = first.page.url();
    const { page, errors } = await site.open();
    await page.goto(shared);
    expect(await settledStatus(page)).toBe('2 letters for “United”');
    await expectResults(page, [LYKKETOFT, LUCAS]);
    expect(await formOf(page)).toEqual({ q: 'United', sort: 'newest', year: '2015' });
    expect([...first.errors, ...errors]).toEqual([]);
  });

  it('the back button returns to the previous search, its words and its results', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, 'Lykketoft')).toBe('3 letters for “Lykketoft”');
    const lykketoftResults = await resultTitles(page);
    expect(await submitSearch(page, 'selection')).toBe('2 letters for “selection”');
    const selectionResults = await resultTitles(page);
    expect(selectionResults).not.toEqual(lykketoftResults);
    await page.goBack();
    await expectResults(page, lykketoftResults);
    expect(await settledStatus(page)).toBe('3 letters for “Lykketoft”');
    expect(await searchPage(page).box.inputValue()).toBe('Lykketoft');
    expect(paramsOf(page)).toEqual({ q: 'Lykketoft' });
    await page.goForward();
    await expectResults(page, selectionResults);
    expect(await searchPage(page).box.inputValue()).toBe('selection');
    expect(errors).toEqual([]);
  });

  it('the back button undoes a year chosen, showing every year again', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'United');
    await openFacets(page);
    await searchPage(page).facet('Year').selectOption('2021');
    await expectResults(page, [DONALDSON]);
    await page.goBack();
    await expect.poll(() => settledStatus(page)).toBe('4 letters for “United”');
    expect(await searchPage(page).facet('Year').inputValue()).toBe('');
    expect(paramsOf(page)).toEqual({ q: 'United' });
    expect(errors).toEqual([]);
  });

  it('a result opened from a search marks the searched word in the letter', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'Negotiations');
    await searchPage(page).results.getByRole('link', { name: LUCAS, exact: true }).click();
    await page.waitForURL('**/letters/2015-12-11-lucas-ign-meetings/?highlight=*');
    const marks = page.locator('.letter-text mark.pagefind-highlight');
    await marks.first().waitFor();
    expect((await marks.allInnerTexts()).every((text) => /^Negotiations$/i.test(text))).toBe(true);
    expect(await marks.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
