import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXCHANGE } from '../fixtures/fixture-archive.ts';
import { AXE_TAGS } from '../support/crawl.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { useSite } from '../support/site.ts';
import { readLetterFiles } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { formatDate } from '../../src/lib/model/dates.ts';

// The register of office-holders (content/register) on the built site: people with their roles over time, sessions
// with their real dates and President, and, on the fixture archive, letters addressed to "President of the Security
// Council" attributed to the holder of the month.

/** The axe violations of a page in light and dark colours, one line each, with its console errors. */
async function violations(page: Page, errors: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    found.push(...result.violations.map((v) => `${page.url()} ${colorScheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`));
  }
  return [...found, ...errors];
}

const text = (page: Page) => page.getByRole('main').innerText();

describe('the register on the default archive', () => {
  const site = useSite();

  it('Ban Ki-moon\'s page lists his term as Secretary-General with its dates, State and source, and draws it over time', async () => {
    const { page, errors } = await site.open();
    await page.goto('/people/ban-ki-moon/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Ban Ki-moon');
    const role = page.locator('ul.roles > li').filter({ hasText: 'Secretary-General of the United Nations' });
    expect(await role.innerText()).toMatch(/^Secretary-General of the United Nations \(United Nations\), for Republic of Korea,\s+1 January 2007 – 31 December 2016\s+Source: britannica\.com\/print\/article\/531933/);
    await expect(role.getByRole('link', { name: 'Republic of Korea' }).getAttribute('href')).resolves.toBe('/organisations/republic-of-korea/');
    const tenure = page.getByRole('region', { name: 'Roles over time' });
    expect(await tenure.locator('svg rect.bar').count()).toBe(1);
    const rows = (await tenure.getByRole('table').getByRole('row').allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim());
    // The tenure's ticks are the letters he signed in the archive while in office.
    const signed = readLetterFiles(contentDir).filter((l) => (l.frontmatter.senders as Array<{ person?: string }> | undefined)?.some((s) => s.person === 'ban-ki-moon') && String(l.frontmatter.date ?? '') >= '2007-01-01' && String(l.frontmatter.date ?? '') <= '2016-12-31');
    expect(signed.length).toBeGreaterThan(10);
    expect(rows[1]).toMatch(new RegExp(`^Secretary-General of the United Nations 1 January 2007 – 31 December 2016 ${signed.length}\\b`));
    expect(await violations(page, errors)).toEqual([]);
  });

  it('a person who presided over the Council several times has one bar a month, the State they represented, and "unverified" where the row is', async () => {
    const { page } = await site.open();
    await page.goto('/people/vitaly-churkin/');
    const roles = page.locator('ul.roles > li');
    expect(await roles.count()).toBe(9);
    expect(await roles.first().innerText()).toContain('President of the Security Council (Security Council), for Russian Federation');
    expect(await page.getByRole('region', { name: 'Roles over time' }).locator('svg rect.bar').count()).toBe(9);
    await page.goto('/people/mark-malloch-brown/');
    expect(await text(page)).toMatch(/Deputy Secretary-General of the United Nations[\s\S]*1 April 2006 – 31 December 2006\s+unverified/);
  });

  it('the 3rd session\'s page gives its real dates (21 September 1948 – 18 May 1949, not the rule\'s 14 September) and its President', async () => {
    const { page, errors } = await site.open();
    await page.goto('/sessions/3/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('3rd session of the General Assembly');
    const main = await text(page);
    expect(main).toContain('21 September 1948 – 18 May 1949.');
    expect(main).not.toContain('computed');
    expect(main).toContain('President: Herbert Vere Evatt.');
    expect(main).toContain('No letter of the archive falls in this session.');
    await expect(page.getByRole('main').getByRole('link', { name: 'Herbert Vere Evatt', exact: true }).getAttribute('href')).resolves.toBe('/people/herbert-vere-evatt/');
    expect(await violations(page, errors)).toEqual([]);
    await page.goto('/people/herbert-vere-evatt/');
    expect(await text(page)).toMatch(/President of the General Assembly at its third session \(General Assembly\), for Australia,\s+21 September 1948 – 18 May 1949/);
  });

  it('a session without recorded dates falls back to the rule and says so', async () => {
    const { page } = await site.open();
    await page.goto('/sessions/28/');
    const main = await text(page);
    expect(main).toContain('18 September 1973 (computed) – 16 September 1974 (computed).');
    expect(main).toContain('Both dates are computed');
    expect(main).toContain('Unverified: this row rests on one weak source');
  });

  it('the sessions index lists every session of the register, the 3rd with its real dates', async () => {
    const { page } = await site.open();
    await page.goto('/sessions/');
    expect(await page.getByRole('main').getByRole('row').count()).toBe(81);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3rd', exact: true }) });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['21 September 1948 – 18 May 1949', 'Herbert Vere Evatt', '0']);
  });

  it('a Member State\'s page lists the office-holders and appointees it had, and the people index stays usable by initial', async () => {
    const { page, errors } = await site.open();
    await page.goto('/organisations/russian-federation/');
    const members = page.getByRole('main').locator('ul.members > li');
    expect(await members.allInnerTexts()).toEqual([
      expect.stringMatching(/^Andrey Denisov: President of the Security Council \(1 November 2005 – 30 November 2005\)/),
      // The experts the Secretary-General appointed from it (sg-appointments.csv), with the announcement for a period.
      'Dmitry Kiku: expert (customs and export controls) of the Panel of Experts established pursuant to resolution 1874 (2009) (Appointment announced to the Council on 4 April 2014 (S/2014/248))',
      expect.stringMatching(/^Vassily Nebenzia: President of the Security Council \(1 June 2018 – 30 June 2018;/),
      'Victor S. Slipchenko: expert to assist the work of the Committee established pursuant to resolution 1540 (2004) (Intention to appoint announced to the Council on 20 December 2004 (S/2004/985); noted by the Council on 7 January 2005 (S/2005/11))',
      expect.stringMatching(/^Vitaly Churkin: President of the Security Council \(1 January 2007 – 31 January 2007;/),
    ]);
    expect(await text(page)).toContain('Member of the United Nations since 24 October 1945. ISO 3166 code RUS.');
    expect(await violations(page, errors)).toEqual([]);
    await page.goto('/people/');
    await page.getByRole('navigation', { name: 'Initials' }).getByRole('link', { name: 'L', exact: true }).click();
    await expect(page.getByRole('region', { name: 'L', exact: true }).getByRole('link', { name: 'Mogens Lykketoft' }).getAttribute('href')).resolves.toBe('/people/mogens-lykketoft/');
  });
});

describe('the Secretary-General\'s announced appointments on the default archive', () => {
  const site = useSite();
  const rows: Array<Record<string, string>> = parse(readFileSync(join(contentDir, 'register', 'sg-appointments.csv'), 'utf8'), { columns: true });

  it('Colin Stewart\'s page gives his post, the days it was announced and noted with their records linked, and the source', async () => {
    const row = rows.find((r) => r.name === 'Colin Stewart')!;
    const { page, errors } = await site.open();
    await page.goto('/people/colin-stewart/');
    const role = page.locator('ul.roles > li').filter({ hasText: row.post });
    expect((await role.innerText()).replace(/\s+/g, ' ')).toContain(
      `${row.post} (United Nations), for Canada, Intention to appoint announced to the Council on ${formatDate(row.announced)} (${row.announced_in}); noted by the Council on ${formatDate(row.noted)} (${row.noted_in})`,
    );
    await expect(role.locator('.appointment').getByRole('link', { name: row.announced_in }).getAttribute('href')).resolves.toBe(`https://docs.un.org/en/${row.announced_in}`);
    await expect(role.locator('.appointment').getByRole('link', { name: row.noted_in }).getAttribute('href')).resolves.toBe(`https://docs.un.org/en/${row.noted_in}`);
    const source = role.locator('.role-source');
    expect(await source.innerText()).toBe(`Source: ${row.source.split(' ; ').join('; ')}`);
    expect(await source.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual(row.source.split(' ; ').map((s) => `https://docs.un.org/en/${s}`));
    expect(await role.innerText()).not.toMatch(/dates not recorded|\bfrom \d/);
    expect(await page.getByRole('region', { name: 'Roles over time' }).count()).toBe(0);
    expect(await violations(page, errors)).toEqual([]);
  });

  it('an expert on several panels has one role for each, on the page of the person the letters name', async () => {
    const { page } = await site.open();
    const panels = rows.filter((r) => r.name === 'Lipika Majumdar Roy Choudhury');
    await page.goto('/people/lipika-majumdar-roy-choudhury/');
    const roles = page.locator('ul.roles > li');
    expect(await roles.count()).toBe(panels.length);
    for (const [i, row] of panels.entries()) expect(await roles.nth(i).innerText()).toContain(`${row.post} (Security Council), for India, Appointment announced to the Council on ${formatDate(row.announced)} (${row.announced_in})`);
  });
});

describe('letters attributed by role, on the fixture archive', () => {
  const site = useFixtureSite();

  it('S/2022/125, addressed to "President of the Security Council", is to Vassily Nebenzia, marked inferred', async () => {
    const { page, errors } = await site.open();
    await page.goto(`/letters/${EXCHANGE.s125}/`);
    const about = page.getByRole('region', { name: 'About this letter' });
    const to = about.getByRole('definition').filter({ hasText: 'President of the Security Council' }).filter({ hasText: 'inferred' });
    expect((await to.innerText()).replace(/\s+/g, ' ').trim()).toBe('President of the Security Council — Vassily Nebenzia (inferred: President of the Security Council on 14 February 2022, per the register, a row marked unverified)');
    await expect(to.getByRole('link', { name: 'Vassily Nebenzia' }).getAttribute('href')).resolves.toBe('/people/vassily-nebenzia/');
    expect(await violations(page, errors)).toEqual([]);
  });

  it('his answers, addressed to "Secretary-General", are to António Guterres, and letter.json says so', async () => {
    const { page } = await site.open();
    await page.goto(`/letters/${EXCHANGE.s142}/`);
    const to = page.getByRole('region', { name: 'About this letter' }).getByRole('definition').filter({ hasText: 'Secretary-General' }).first();
    expect(await to.innerText()).toContain('António Guterres (inferred: Secretary-General of the United Nations on 21 February 2022, per the register)');
    const record = await (await page.request.get(`/letters/${EXCHANGE.s142}/letter.json`)).json();
    expect(record.recipients).toEqual([{ name: 'António Guterres', person: 'antonio-guterres', organisation: null, group: 'Secretary-General', role: null, inferred: true }]);
    const all = await (await page.request.get('/data/letters.json')).json() as Array<{ id: string; senders: Array<{ inferred: boolean }> }>;
    expect(all.find((l) => l.id === EXCHANGE.s142)?.senders).toEqual([expect.objectContaining({ person: 'vassily-nebenzia', inferred: false })]);
  });

  it('Vassily Nebenzia\'s page counts the letters addressed to the presidency in February 2022 among those he received, marked inferred', async () => {
    const { page, errors } = await site.open();
    await page.goto('/people/vassily-nebenzia/');
    const received = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: /^Letter dated 14 February 2022/ }) }).getByRole('listitem');
    expect(await received.allInnerTexts()).toEqual([
      expect.stringMatching(/^Letter dated 16 February 2022 from the Secretary-General[\s\S]*as President of the Security Council · inferred from the register/),
      expect.stringMatching(/^Letter dated 14 February 2022 from the Secretary-General[\s\S]*as President of the Security Council · inferred from the register/),
    ]);
    expect(await page.getByRole('heading', { name: 'Letters received (2)' }).count()).toBe(1);
    expect(await violations(page, errors)).toEqual([]);
  });
});
