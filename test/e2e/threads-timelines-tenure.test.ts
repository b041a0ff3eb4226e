import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE } from '../fixtures/fixture-archive.ts';
import { AXE_TAGS } from '../support/crawl.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// The real exchange of February 2022 in the fixture archive: S/2022/142 answers "your letter dated 16 February 2022
// (S/2022/141)" on a day the archive holds two letters; S/2022/140 answers S/2022/139, which the archive lacks.
// S/2022/142's file leaves the reference unresolved (letter: null), as when the letter answered is added later, so
// that these pages show what the build resolves, not what the ingest wrote.

let browser: Browser | undefined;
let site: StaticServer | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), buildFixtureSite().then(serveStatic)]);
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page of the fixture archive, with JavaScript off unless asked for, and the errors it reports. */
async function open(path: string, javaScriptEnabled = false): Promise<{ page: Page; errors: string[] }> {
  const context = await browser!.newContext({ baseURL: site!.url, javaScriptEnabled });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  return { page, errors };
}

/** The axe violations of a page, in light and dark colours, one line each. */
async function violations(path: string, ...sections: string[]): Promise<string[]> {
  const { page, errors } = await open(path, true);
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await sections.reduce((axe, section) => axe.include(section), new AxeBuilder({ page })).withTags(AXE_TAGS).analyze();
    found.push(...result.violations.map((v) => `${colorScheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`));
  }
  return [...found, ...errors];
}

const letter = (id: string) => `/letters/${id}/`;
const TO_PRESIDENT = 'Letter dated 16 February 2022 from the Secretary-General addressed to the President of the Security Council';
const TO_SG = 'Letter dated 21 February 2022 from the President of the Security Council addressed to the Secretary-General';

describe('a letter\'s thread', () => {
  it('S/2022/142 answers the Secretary-General\'s letter of 16 February, not the President\'s of the same day, and shows the thread in date order', async () => {
    const { page, errors } = await open(letter(EXCHANGE.s142));
    const about = page.getByRole('region', { name: 'About this letter' });
    await expect(about.getByRole('link', { name: 'your letter dated 16 February 2022 (S/2022/141)' }).getAttribute('href')).resolves.toBe(letter(EXCHANGE.s141));
    await expect(about.getByRole('definition').filter({ hasText: TO_PRESIDENT }).getByRole('link').getAttribute('href')).resolves.toBe(letter(EXCHANGE.s141));
    const thread = page.getByRole('region', { name: 'Thread' });
    expect(await thread.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Answered by this letter\s+Letter dated 16 February 2022 from the Secretary-General/i),
      expect.stringMatching(/^This letter\s+Letter dated 21 February 2022 from the President/i),
    ]);
    expect(errors).toEqual([]);
  });

  it('the answered letter links back: "Answered by" S/2022/142', async () => {
    const { page } = await open(letter(EXCHANGE.s141));
    const about = page.getByRole('region', { name: 'About this letter' });
    await expect(about.getByRole('link', { name: TO_SG }).getAttribute('href')).resolves.toBe(letter(EXCHANGE.s142));
    await expect(page.getByRole('region', { name: 'Thread' }).getByRole('link', { name: TO_SG }).getAttribute('href')).resolves.toBe(letter(EXCHANGE.s142));
  });

  it('a reference to a letter the archive lacks (S/2022/139) stays text, marked "not in the archive"', async () => {
    const { page } = await open(letter(EXCHANGE.s140));
    const about = page.getByRole('region', { name: 'About this letter' });
    expect(await about.getByText('your letter dated 16 February 2022 (S/2022/139)').innerText()).toContain('(not in the archive)');
    expect(await page.getByRole('region', { name: 'Thread' }).count()).toBe(0);
  });

  it('letter.json carries refersTo with the id the build resolved and the text, answers, and answeredBy on the letter answered', async () => {
    const { page } = await open(letter(EXCHANGE.s142));
    const record = await (await page.request.get(`${letter(EXCHANGE.s142)}letter.json`)).json();
    expect(record.refersTo).toEqual([{ letter: EXCHANGE.s141, text: 'your letter dated 16 February 2022 (S/2022/141)', relation: 'answers', date: '2022-02-16', symbol: 'S/2022/141' }]);
    expect(record.answers).toEqual([EXCHANGE.s141]);
    const answered = await (await page.request.get(`${letter(EXCHANGE.s141)}letter.json`)).json();
    expect(answered.answeredBy).toEqual([EXCHANGE.s142]);
    const all = await (await page.request.get('/data/letters.json')).json() as Array<{ id: string; answeredBy: string[] }>;
    expect(all.find((l) => l.id === EXCHANGE.s141)?.answeredBy).toEqual([EXCHANGE.s142]);
  });

  it('the document page of S/2022/125 leads to the letter issued under that symbol', async () => {
    const { page } = await open('/documents/s-2022-125/');
    const link = page.getByRole('main').getByRole('link', { name: 'Letter dated 14 February 2022 from the Secretary-General addressed to the President of the Security Council' }).first();
    await expect(link.getAttribute('href')).resolves.toBe(letter(EXCHANGE.s125));
  });

  it('passes axe', async () => {
    expect(await violations(letter(EXCHANGE.s142), '.letter-thread')).toEqual([]);
  });
});

describe('a document\'s citation timeline', () => {
  it('resolution 2553 (2020): an SVG with its figures in words, the same figures as a table, and the documents cited alongside', async () => {
    const { page } = await open('/documents/s-res-2553-2020/');
    const timeline = page.getByRole('region', { name: 'Citations by year' });
    expect(await timeline.getByRole('img').getAttribute('aria-labelledby')).toBe('timeline-title');
    expect(await timeline.locator('svg title#timeline-title').textContent()).toBe('Letters citing resolution 2553 (2020) per year, 2022 to 2022: 2 letters, at most 2 letters in one year.');
    expect(await timeline.locator('svg rect.bar').count()).toBe(1);
    expect(await timeline.getByRole('table').getByRole('row').allTextContents()).toEqual(['YearLetters', '20222']);
    const alongside = page.getByRole('region', { name: 'Cited alongside it' });
    expect(await alongside.getByRole('listitem').allInnerTexts()).toEqual(['S/2022/125 (1 letter)', 'resolution 2151 (2014) (1 letter)']);
  });

  it('passes axe', async () => {
    expect(await violations('/documents/s-res-2553-2020/', '.citation-timeline', '.cited-alongside')).toEqual([]);
  });
});

describe('tenure bars', () => {
  it('a person\'s page draws each presidency as a bar and the letters signed in it as ticks, with a table of the same', async () => {
    const { page } = await open('/people/vassily-nebenzia/');
    const tenure = page.getByRole('region', { name: 'Roles over time' });
    expect(await tenure.locator('svg rect.bar').count()).toBe(5);
    expect(await tenure.locator('svg line.tick').count()).toBe(3);
    const rows = (await tenure.getByRole('table').getByRole('row').allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim());
    expect(rows[1]).toMatch(/^President of the Security Council.*1 February 2022 – 28 February 2022.*3: 16 February 2022, 21 February 2022, 21 February 2022$/);
  });

  it('an organisation\'s page draws those of its many office-holders whom letters are from or to', async () => {
    const { page } = await open('/organisations/security-council/');
    const tenure = page.getByRole('region', { name: 'Office-holders over time' });
    // Of the register's Presidents of the Council, Sylvie Lucas (March 2014) signed a letter of the seed archive.
    expect(await tenure.getByRole('table').getByRole('rowheader').allTextContents()).toEqual(['Sylvie Lucas', 'Vassily Nebenzia']);
  });

  it('passes axe on a person\'s and an organisation\'s page', async () => {
    expect([...(await violations('/people/vassily-nebenzia/', '.tenure')), ...(await violations('/organisations/security-council/', '.tenure'))]).toEqual([]);
  });
});
