import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { searchFor, searchPage, SEARCH_TIMEOUT } from '../support/search-page.ts';
import { useSite } from '../support/site.ts';

const titleOf = (id: string) => String(readLetterFile(`${contentDir}/letters/${id}.mdx`).frontmatter.title);
const DONALDSON = titleOf('2021-01-28-donaldson-selection-process');

/** Each passage of the result with that title: its paragraph link's address and text, its words, and the words marked. */
async function passagesOf(page: Page, title: string) {
  const result = searchPage(page).results.filter({ has: page.getByRole('link', { name: title, exact: true }) });
  return result.locator('p.excerpt').evaluateAll((lines) =>
    lines.map((line) => ({
      href: line.querySelector('a')?.getAttribute('href') ?? null,
      label: line.querySelector('a')?.textContent ?? null,
      text: line.textContent ?? '',
      marked: [...line.querySelectorAll('mark')].map((mark) => mark.textContent),
    })),
  );
}

/** The text of the paragraph a ¶ link leads to, on the letter's page. */
async function paragraphText(page: Page, href: string): Promise<string> {
  await page.goto(href);
  return page.locator(`[id="${new URL(href, page.url()).hash.slice(1)}"]`).innerText();
}

describe('each result shows the passage that matched, with its paragraph', () => {
  const site = useSite();

  it('"69/321" shows, under each letter, the sentence citing the resolution and its ¶ link, not the start of the letter', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, '69/321');
    const passages = await passagesOf(page, DONALDSON);
    expect(passages.map((p) => p.marked)).toEqual([['GA Resolution 69/321'], ['Resolution 69/321']]);
    expect(passages[0]!.text).toMatch(/^¶\d+ We welcome your strong commitment to consolidating the improvements achieved through GA Resolution 69\/321, as expressed in your letter to Member States dated 11 January 2021\.$/);
    expect(passages.map((p) => p.text).join(' ')).not.toContain('c/o Ben Donaldson');
    expect(passages[0]!.label).toBe(`¶${passages[0]!.href!.split('#p')[1]}`);
    expect(await paragraphText(page, passages[0]!.href!)).toContain('GA Resolution 69/321');
    expect(errors).toEqual([]);
  });

  it('a word search shows the sentence holding the word, marked, with the link to its paragraph', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'traction');
    const [passage, ...others] = await passagesOf(page, DONALDSON);
    expect(others).toEqual([]);
    expect(passage!.marked).toEqual(['traction']);
    expect(passage!.text).toMatch(/^¶\d+ We were also delighted to have worked closely with Mr Lykketoft .* gained traction with the UN's membership\.$/);
    expect(passage!.href).toMatch(/^\/letters\/2021-01-28-donaldson-selection-process\/\?highlight=traction#p\d+$/);
    expect(await paragraphText(page, passage!.href!)).toContain('gained traction');
    expect(errors).toEqual([]);
  });

  it('a letter that matches in several places shows three sentences at most, each with a word marked and its own ¶ link', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'process');
    const passages = await passagesOf(page, DONALDSON);
    expect(passages).toHaveLength(3);
    for (const p of passages) {
      expect(p.marked.length).toBeGreaterThan(0);
      expect(p.href).toMatch(/#p\d+$/);
    }
    expect(errors).toEqual([]);
  });

  it('a citation loads no facet index and no word index: its results come from the document’s citing record', async () => {
    const { page, errors } = await site.open();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await searchFor(page, '69/321');
    await expect.poll(() => searchPage(page).results.count(), { timeout: SEARCH_TIMEOUT }).toBe(2);
    expect(loaded.filter((path) => /\/pagefind\/(filter|index)\//.test(path))).toEqual([]);
    expect(loaded).toContain('/documents/a-res-69-321/citing.json');
    expect(errors).toEqual([]);
  });
});
