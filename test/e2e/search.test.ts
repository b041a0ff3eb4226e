import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { useSite } from '../support/site.ts';

const titleOf = (id: string) => String(readLetterFile(`${contentDir}/letters/${id}.mdx`).frontmatter.title);
const cover = { title: titleOf('2015-12-14-lykketoft-ign-meetings'), date: '14 December 2015', sender: 'Mogens Lykketoft' };
const enclosure = { title: titleOf('2015-12-11-lucas-ign-meetings'), date: '11 December 2015', sender: 'Sylvie Lucas' };
const DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

/** Opens the search page for a query and waits until it lists results. */
async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const results = page.getByRole('main').getByRole('listitem');
  await results.first().waitFor({ timeout: 20_000 });
  return results;
}

describe('searching the letters', () => {
  const site = useSite();

  it('a search for Lykketoft finds the cover letter he signed and the letter that names him', async () => {
    const { page, errors } = await site.open();
    const results = await search(page, 'Lykketoft');
    for (const letter of [cover, enclosure]) {
      // Results are listed as their records load: wait for each rather than count the first moment.
      await expect.poll(() => results.getByRole('link', { name: letter.title, exact: true }).count(), { message: letter.title, timeout: 10_000 }).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it('a search for "Intergovernmental Negotiations" reaches the letters about the IGN', async () => {
    const { page, errors } = await site.open();
    const results = await search(page, 'Intergovernmental Negotiations');
    for (const letter of [cover, enclosure]) {
      // Results are listed as their records load: wait for each rather than count the first moment.
      await expect.poll(() => results.getByRole('link', { name: letter.title, exact: true }).count(), { message: letter.title, timeout: 10_000 }).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it('each result shows its title, date, sender and an excerpt with the words found', async () => {
    const { page } = await site.open();
    const results = await search(page, 'Lykketoft');
    for (const letter of [cover, enclosure]) {
      const result = results.filter({ has: page.getByRole('link', { name: letter.title, exact: true }) });
      const text = await result.innerText();
      expect(text).toContain(letter.date);
      expect(text).toContain(letter.sender);
      expect(await result.locator('mark').first().innerText()).toMatch(/Lykketoft/i);
    }
    for (const result of await results.all()) {
      expect(await result.getByRole('link').first().innerText()).not.toBe('');
      expect(await result.innerText()).toMatch(DATE);
      expect(await result.locator('mark').count()).toBeGreaterThan(0);
    }
  });
});
