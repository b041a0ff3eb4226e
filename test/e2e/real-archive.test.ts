import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/lib/text/mentions.ts';
import { readLetterFile, readLetterFiles } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { resultTitles, searchFor, searchPage } from '../support/search-page.ts';
import { useSite } from '../support/site.ts';

// The default archive's real Security Council letters, as a reader finds them.
const letterPath = (id: string) => `/letters/${id}/`;
const letter = (id: string) => readLetterFile(join(contentDir, 'letters', `${id}.mdx`));
const COVER = '2012-03-06-ban-s-2012-135';
const ANNEX = '2012-02-14-ping';

/** Who presided over the Security Council in a month, as the register records it. */
function councilPresident(year: number, month: number): string {
  const rows = readFileSync(join(contentDir, 'register/security-council-presidents.csv'), 'utf8').split('\n');
  const row = rows.find((r) => r.startsWith(`${year},${month},`));
  return row!.split(',')[3]!;
}

describe('the real letters of the default archive', () => {
  const site = useSite();

  it('an S/ letter shows its symbol, links to its official record, and keeps its masthead out of its text', async () => {
    const { page, errors } = await site.open();
    await page.goto(letterPath(COVER));
    const document = page.getByRole('region', { name: 'UN document' });
    await expect.poll(() => document.getByRole('link', { name: 'S/2012/135 at docs.un.org' }).getAttribute('href')).toBe('https://docs.un.org/en/S/2012/135');
    expect(await document.innerText()).toMatch(/Distribution\s+General[\s\S]*Issued\s+6 March 2012[\s\S]*Original\s+English/);
    const text = await page.locator('.letter-text').evaluate((element: HTMLElement) => {
      for (const number of element.querySelectorAll('.para-link')) number.remove();
      return element.innerText.trim();
    });
    expect(text.startsWith('I have the honour to convey')).toBe(true);
    expect(text).not.toMatch(/Distr\.|Original: English|12-25383|\*1225383\*/);
    expect(await page.locator('.letter-apparatus li').allTextContents()).toContain('Line 7: Distr.: General');
    expect(errors).toEqual([]);
  });

  it('publishes no review page: the editors\' list of what awaits review is served by npm run dev only', async () => {
    expect((await fetch(`${site.baseUrl}/review/`)).status).toBe(404);
  });

  it('a letter addressed to "the President of the Security Council" is to whoever presided that month, marked inferred', async () => {
    const { page } = await site.open();
    await page.goto(letterPath(COVER));
    expect(letter(COVER).frontmatter.recipients).toEqual([{ role: 'President of the Security Council' }]);
    const to = page.getByRole('region', { name: 'About this letter' }).locator('dt:text-is("To") + dd');
    expect(await to.innerText()).toContain(councilPresident(2012, 3));
    expect(await to.locator('.inferred').innerText()).toMatch(/inferred/i);
  });

  it('an annex says which UN document it is annexed to, and leads to the letter that carries it', async () => {
    const { page } = await site.open();
    await page.goto(letterPath(ANNEX));
    const document = page.getByRole('region', { name: 'Annexed to a UN document' });
    expect(await document.innerText()).toContain('S/2012/135');
    await document.getByRole('link', { name: 'the letter it is annexed to' }).click();
    await page.waitForURL((url) => url.pathname === letterPath(COVER));
  });

  it('a real reply and the letter it answers link to each other', async () => {
    const { page } = await site.open();
    await page.goto(letterPath('2023-02-21-frazier-s-2023-129'));
    const meta = page.getByRole('region', { name: 'About this letter' });
    await expect.poll(() => meta.locator('dt:text-is("Answers") + dd a').getAttribute('href')).toBe(letterPath('2023-02-15-guterres-s-2023-128'));
    await page.goto(letterPath('2023-02-15-guterres-s-2023-128'));
    expect(await meta.locator('dt:text-is("Answered by") + dd a').getAttribute('href')).toBe(letterPath('2023-02-21-frazier-s-2023-129'));
  });

  it('a reference whose date two letters of the archive bear, and whose symbol neither has, stays "not in the archive"', async () => {
    const sameDay = readLetterFiles(contentDir).filter((l) => l.frontmatter.date === '2022-02-16').map((l) => l.frontmatter.symbol);
    expect(sameDay.sort()).toEqual(['S/2022/126', 'S/2022/141']);
    const { page } = await site.open();
    await page.goto(letterPath('2022-02-21-nebenzia-s-2022-140'));
    const refers = page.getByRole('region', { name: 'About this letter' }).locator('dt:text-is("Refers to") + dd');
    expect(await refers.first().innerText()).toMatch(/16 February 2022[\s\S]*not in the archive/);
    expect(await refers.first().locator('a').count()).toBe(0);
  });

  it.each(['S/RES/1973 (2011)', 'resolution 1973 (2011)', '1973 (2011)'])('finds by "%s" every letter that cites Security Council resolution 1973 (2011)', async (query) => {
    const citing = readLetterFiles(contentDir).filter((l) => extractMentions(l.body).some((m) => m.kind === 'document' && m.key === 'S/RES/1973(2011)'));
    expect(citing.length).toBeGreaterThan(1);
    const { page, errors } = await site.open();
    const status = await searchFor(page, query);
    expect(status).toBe(`${citing.length} letters`);
    expect((await resultTitles(page)).sort()).toEqual(citing.map((l) => String(l.frontmatter.title)).sort());
    expect(errors).toEqual([]);
  });

  it('finds a letter by its own symbol, "S/2012/135", though no other letter cites it', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'S/2012/135');
    const box = searchPage(page).citation;
    await box.waitFor();
    const own = box.getByRole('link', { name: String(letter(COVER).frontmatter.title) });
    expect(await own.getAttribute('href')).toBe(letterPath(COVER));
    expect(errors).toEqual([]);
  });
  it('lists the Security Council resolutions cited over pages of their own, each once, in the order of their numbers', async () => {
    const cited = readdirSync(join(contentDir, 'documents')).filter((file) => /^symbol: S\/RES\//m.test(readFileSync(join(contentDir, 'documents', file), 'utf8'))).length;
    expect(cited).toBeGreaterThan(100);
    const { page } = await site.open();
    await page.goto('/documents/');
    const section = page.getByRole('main').locator('section').filter({ has: page.getByRole('heading', { name: 'Security Council resolutions' }) });
    expect(await section.getByRole('listitem').count()).toBe(100);
    await section.getByRole('link', { name: `All ${cited} Security Council resolutions, by symbol` }).click();
    await page.waitForURL('**/documents/kind/security-council-resolutions/');
    const listed: string[] = [];
    for (;;) {
      listed.push(...(await page.getByRole('main').locator('ul.entity-list').getByRole('listitem').allInnerTexts()).map((item) => item.replace(/ \(\d+ letters?\)$/, '')));
      const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next →' });
      if (!(await next.count())) break;
      await page.goto((await next.getAttribute('href'))!);
    }
    expect(listed).toHaveLength(cited);
    const numbers = listed.map((label) => Number(/^resolution (\d+) \(\d{4}\)$/.exec(label)![1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(cited);
  });
});
