import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_LETTERS, MEMORANDUM, NOTICES, noticeTitle } from '../fixtures/fixture-archive.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { readLetterFile } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { pathOf } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const titleOf = (id: string) => String(readLetterFile(`${contentDir}/letters/${id}.mdx`).frontmatter.title);
const LUCAS = titleOf('2015-12-11-lucas-ign-meetings');
const LYKKETOFT = titleOf('2015-12-14-lykketoft-ign-meetings');
const DONALDSON = titleOf('2021-01-28-donaldson-selection-process');
const UNDATED = titleOf('undated-1-for-7-billion-civil-society');

let browser: Browser | undefined;
let fixture: StaticServer | undefined;
let seed: StaticServer | undefined;
const contexts: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  [browser, fixture, seed] = await Promise.all([launchBrowser(), buildFixtureSite().then(serveStatic), buildFixtureSite('seed').then(serveStatic)]);
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await seed?.close();
});

/** A page with JavaScript off, on the seed archive (the seed letters alone, whose listings these tests count) or on the fixture archive. */
async function openWithoutJavaScript(site: 'seed' | 'fixture' = 'seed'): Promise<Page> {
  const baseURL = site === 'seed' ? seed!.url : fixture!.url;
  const context = await browser!.newContext({ baseURL, javaScriptEnabled: false });
  contexts.push(context);
  return context.newPage();
}

/** The titles of the letters a listing shows, in order (each letter listed with its date; breadcrumbs are not letters). */
const listedTitles = (page: Page) =>
  page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('time') }).getByRole('link').allInnerTexts();
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

describe('the search page without JavaScript', () => {
  it('says that search needs JavaScript and offers the browse pages instead, with no search controls', async () => {
    const page = await openWithoutJavaScript();
    await page.goto('/search/');
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain('Search needs JavaScript, which is off in this browser.');
    expect(await main.getByRole('combobox').count()).toBe(0);
    expect(await main.getByRole('link').allInnerTexts()).toEqual([
      'year',
      'session of the General Assembly',
      'sender or recipient',
      'organisation',
      'documents they cite',
      'all letters',
    ]);
  });

  it.each([
    ['year', '/years/', 'Letters by year'],
    ['session of the General Assembly', '/sessions/', 'Sessions of the General Assembly'],
    ['sender or recipient', '/people/', 'People'],
    ['organisation', '/organisations/', 'Organisations'],
    ['documents they cite', '/documents/', 'Documents cited'],
    ['all letters', '/letters/', 'All letters'],
  ])('its link "%s" opens %s, which lists what it promises', async (name, path, title) => {
    const page = await openWithoutJavaScript();
    await page.goto('/search/');
    await page.getByRole('main').getByRole('link', { name, exact: true }).click();
    await page.waitForURL(`**${path}`);
    expect(pathOf(page.url())).toBe(path);
    expect(await heading(page)).toContain(title);
    expect(await page.getByRole('main').getByRole('link').count()).toBeGreaterThan(0);
  });
});

describe('browsing the letters without JavaScript', () => {
  it('/years/ lists the years with their counts and /years/2015/ the letters of 2015, newest first', async () => {
    const page = await openWithoutJavaScript();
    await page.goto('/years/');
    const years = await page.getByRole('main').getByRole('listitem').allInnerTexts();
    expect(years).toEqual(['2021 (1 letter)', '2017 (1 letter)', '2015 (2 letters)']);
    await page.getByRole('main').getByRole('link', { name: '2015', exact: true }).click();
    await page.waitForURL('**/years/2015/');
    expect(await heading(page)).toBe('Letters of 2015');
    expect(await listedTitles(page)).toEqual([LYKKETOFT, LUCAS]);
    expect(await page.getByRole('navigation', { name: 'Pages' }).count()).toBe(0);
  });

  it('/sessions/70/ is the 70th session, its dates and President Mogens Lykketoft, with its letters', async () => {
    const page = await openWithoutJavaScript();
    await page.goto('/sessions/70/');
    expect(await page.title()).toContain('70th session of the General Assembly');
    expect(await heading(page)).toBe('70th session of the General Assembly');
    const main = await page.getByRole('main').innerText();
    // The register's dates: the 70th session's closing meeting was on 13 September 2016 (GA/11813), not on the eve of the 71st.
    expect(main).toContain('15 September 2015 – 13 September 2016');
    expect(main).toContain('President: Mogens Lykketoft');
    expect(await page.getByRole('main').getByRole('link', { name: 'Mogens Lykketoft', exact: true }).getAttribute('href')).toBe('/people/mogens-lykketoft/');
    expect(await listedTitles(page)).toEqual([LYKKETOFT, LUCAS]);
  });

  it('/sessions/ lists each session with its dates, President and number of letters', async () => {
    const page = await openWithoutJavaScript();
    await page.goto('/sessions/');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '70th' }) });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['15 September 2015 – 13 September 2016', 'Mogens Lykketoft', '2']);
  });

  it('/documents/ lists each cited document with its count, and a document’s page lists the letters citing it', async () => {
    const page = await openWithoutJavaScript();
    await page.goto('/documents/');
    const items = await page.getByRole('main').getByRole('listitem').allInnerTexts();
    expect(items).toEqual(['resolution 69/321 (2 letters)', 'decision 62/557 (1 letter)', 'decision 69/560 (1 letter)']);
    await page.getByRole('main').getByRole('link', { name: 'resolution 69/321', exact: true }).click();
    await page.waitForURL('**/documents/a-res-69-321/');
    const titles = await page.getByRole('main').getByRole('link').allInnerTexts();
    expect(titles).toEqual(expect.arrayContaining([DONALDSON, UNDATED]));
  });
});

describe('long listings run over pages (fixture archive: 101 notices in 2016)', () => {
  it.each([
    ['/years/2016/', NOTICES + 1],
    ['/sessions/70/', NOTICES + 3],
    ['/letters/', NOTICES + 5 + EXCHANGE_LETTERS],
  ])('%s shows 100 letters on its first page and links to the next page, which links back', async (path, total) => {
    const page = await openWithoutJavaScript('fixture');
    await page.goto(path);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    expect(await pages.innerText()).toContain('Page 1 of 2');
    expect(await pages.getByRole('link').allInnerTexts()).toEqual(['Older →']);
    const first = await listedTitles(page);
    expect(first).toHaveLength(100);
    await pages.getByRole('link', { name: 'Older →' }).click();
    await page.waitForURL(`**${path}2/`);
    expect(await pages.innerText()).toContain('Page 2 of 2');
    expect(await pages.getByRole('link').allInnerTexts()).toEqual(['← Newer']);
    const second = await listedTitles(page);
    expect(second).toHaveLength(total - 100);
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    await pages.getByRole('link', { name: '← Newer' }).click();
    await page.waitForURL(`**${path}`);
    expect(pathOf(page.url())).toBe(path);
  });

  it('the pages of 2016 run newest first: the last notice opens page 1, the memorandum of March closes page 2', async () => {
    const page = await openWithoutJavaScript('fixture');
    await page.goto('/years/2016/');
    expect((await listedTitles(page))[0]).toBe(noticeTitle(NOTICES));
    await page.goto('/years/2016/2/');
    expect((await listedTitles(page)).at(-1)).toBe(MEMORANDUM.title);
  });
});
