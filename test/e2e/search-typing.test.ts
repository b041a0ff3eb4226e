import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AXE_TAGS } from '../support/crawl.ts';
import { facetOptions, openFacets, resultTitles, searchFor, searchPage, settledStatus, SEARCH_TIMEOUT } from '../support/search-page.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { useSite } from '../support/site.ts';


/** Opens the search page and waits until its script has started (the controls show). */
async function openSearch(page: Page): Promise<void> {
  await page.goto('/search/');
  await page.locator('#search-controls:not([hidden])').waitFor();
}

/** The suggestions list and what the box says of it. */
function suggestions(page: Page) {
  const { box } = searchPage(page);
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  return { box, list, options: list.getByRole('option') };
}

describe('results as one types, and the keyboard', () => {
  const site = useSite();

  it('typing, without Enter, shows the results and the count once typing pauses, and adds one history entry', async () => {
    const { page, errors } = await site.open();
    await openSearch(page);
    const before = await page.evaluate(() => history.length);
    // 300 ms a key: typing pauses after each, so each prefix is searched in turn.
    await searchPage(page).box.pressSequentially('Lykketoft', { delay: 300 });
    expect(await settledStatus(page)).toBe('3 letters for “Lykketoft”');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Lykketoft');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  it('a new search replaces the old results without emptying the list first, and the count keeps its line', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'United');
    const statusHeight = await searchPage(page).status.evaluate((status) => status.getBoundingClientRect().height);
    await page.evaluate(() => {
      const list = document.getElementById('search-results')!;
      (window as unknown as { emptied: boolean }).emptied = false;
      new MutationObserver(() => list.childElementCount === 0 && ((window as unknown as { emptied: boolean }).emptied = true)).observe(list, { childList: true });
    });
    await searchPage(page).box.fill('Lykketoft');
    expect(await settledStatus(page)).toBe('3 letters for “Lykketoft”');
    expect(await page.evaluate(() => (window as unknown as { emptied: boolean }).emptied)).toBe(false);
    expect(await searchPage(page).status.evaluate((status) => status.getBoundingClientRect().height)).toBe(statusHeight);
    expect(errors).toEqual([]);
  });

  it('ArrowDown from the box moves to the first result, arrows move through the results, and Enter opens one', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'IGN');
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(1);
    const { box } = searchPage(page);
    // Escape would clear a search box: the list is closed anyway, as nothing was typed since the focus.
    await box.focus();
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 6 && (await focused()) !== titles[0]; i++) await page.keyboard.press('ArrowDown'); // past any suggestion
    expect(await focused()).toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(titles[0]);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
    expect(errors).toEqual([]);
  });
});

describe('suggestions under the search box', () => {
  const site = useSite();

  it('their list of shards loads when the box gets focus, and typing a name loads its one shard and offers the person (ARIA combobox)', async () => {
    const { page, errors } = await site.open();
    await openSearch(page);
    const shardsLoaded: string[] = [];
    page.on('request', (request) => request.url().includes('/search/suggest/') && shardsLoaded.push(new URL(request.url()).pathname));
    const keys = page.waitForRequest((request) => request.url().endsWith('/search/suggest-keys.json'));
    const { box, list, options } = suggestions(page);
    await box.focus();
    await keys;
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.pressSequentially('lykke');
    await expect.poll(() => options.allInnerTexts(), { timeout: SEARCH_TIMEOUT }).toEqual(['Person Mogens Lykketoft']);
    expect(shardsLoaded).toEqual(['/search/suggest/30-3d.json']); // "ly"
    expect(await list.isVisible()).toBe(true);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await options.first().getAttribute('id')).toBe(active);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL('**/people/mogens-lykketoft/');
    expect(errors).toEqual([]);
  });

  it.each([
    ['69/3', 'Document A/RES/69/321'],
    ['IGN', 'Organisation Intergovernmental Negotiations'],
  ])('"%s" offers %s; Escape closes the list', async (query, offered) => {
    const { page, errors } = await site.open();
    await openSearch(page);
    const { box, list, options } = suggestions(page);
    await box.focus();
    await box.pressSequentially(query);
    await expect.poll(async () => (await options.allInnerTexts()).some((text) => text.startsWith(offered)), { timeout: SEARCH_TIMEOUT }).toBe(true);
    await box.press('Escape');
    expect(await list.isVisible()).toBe(false);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('the search page, with suggestions and results open, has no axe violation', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'Lykketoft');
    const { box, options } = suggestions(page);
    await box.focus();
    await box.fill('');
    await box.pressSequentially('Lykke');
    await expect.poll(() => options.count(), { timeout: SEARCH_TIMEOUT }).toBeGreaterThan(0);
    await box.press('ArrowDown');
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await searchPage(page).results.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('odd input and the facet menus', () => {
  // The seed letters alone, whose years these tests count.
  const site = useFixtureSite('seed');

  it('choosing a year keeps the menu’s other years, counted as if no year were chosen; arrows through it add one history entry', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'United');
    await openFacets(page);
    const year = searchPage(page).facet('Year');
    const before = await page.evaluate(() => history.length);
    await year.focus();
    await page.keyboard.press('ArrowDown'); // 2015
    await page.keyboard.press('ArrowDown'); // 2017
    expect(await settledStatus(page)).toBe('1 letter for “United”');
    await expect.poll(() => facetOptions(page, 'Year')).toEqual(['All', '2015 (2)', '2017 (1)', '2021 (1)']);
    expect(await year.inputValue()).toBe('2017');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2017');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  it('the count names the words no letter contains, and does not repeat them', async () => {
    const { page, errors } = await site.open();
    const status = await searchFor(page, 'Lykketoft zzzzqqq');
    expect(status).toMatch(/^\d+ letters? (for “Lykketoft”; )?no letter contains “zzzzqqq”$|^0 letters for “Lykketoft zzzzqqq”; no letter contains “zzzzqqq”$/);
    expect(errors).toEqual([]);
  });

  it('the Order menu says "Newest first" when a citation lists its letters newest first', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, '69/321');
    expect(await searchPage(page).order.locator('option:checked').innerText()).toBe('Newest first');
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(errors).toEqual([]);
  });

  it.each(['S/RES/99999 (2099)', '99/9999'])('"%s", which cannot exist, is searched as words: no document box, no official link', async (query) => {
    const { page, errors } = await site.open();
    await searchFor(page, query);
    expect(await searchPage(page).citation.count()).toBe(0);
    expect(await page.getByRole('main').getByRole('link', { name: /undocs|Official text/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a right-to-left query is typed in a box of dir="auto" and repeated in the count inside <bdi>', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'مجلس الأمن');
    expect(await searchPage(page).box.getAttribute('dir')).toBe('auto');
    expect(await searchPage(page).status.locator('bdi').first().innerText()).toBe('مجلس الأمن');
    expect(errors).toEqual([]);
  });

  it('a zero-width space inside a word is dropped: "Lykke\\u200btoft" finds what "Lykketoft" finds', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, 'Lykke\u200btoft')).toBe('3 letters for “Lykketoft”');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Lykketoft');
    expect(errors).toEqual([]);
  });

  it('the count repeats a 2,000-character query cut short', async () => {
    const { page, errors } = await site.open();
    const status = await searchFor(page, `United ${'nations '.repeat(280)}`.slice(0, 2000));
    expect(status.length).toBeLessThan(120);
    expect(status).toMatch(/…”/);
    expect(errors).toEqual([]);
  });
});

describe('showing more results', () => {
  const site = useFixtureSite();

  it('"Show more letters" moves the focus to the first new result', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'Records Section');
    expect(await searchPage(page).results.count()).toBe(25);
    await searchPage(page).more.click();
    const focusedResult = () => page.evaluate(() => [...document.querySelectorAll('#search-results > li')].findIndex((item) => item.contains(document.activeElement)));
    await expect.poll(focusedResult, { timeout: SEARCH_TIMEOUT }).toBe(25);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('result-title'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
