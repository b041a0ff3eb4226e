import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { datePath } from '../../src/lib/model/dates.ts';
import { findMissingWords } from '../../src/lib/text/fidelity.ts';
import { extractMentions, type Mention } from '../../src/lib/text/mentions.ts';
import { slugifySymbol } from '../../src/schema/symbols.ts';
import { readLetterFiles, readSourceLines } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { useSite } from '../support/site.ts';

const letters = readLetterFiles(contentDir);

const TARGET: Record<Mention['kind'], (key: string) => string> = {
  person: (id) => `/people/${id}/`,
  organisation: (id) => `/organisations/${id}/`,
  document: (symbol) => `/documents/${slugifySymbol(symbol)}/`,
  date: datePath,
};

/** The reader's text of a letter page: the letter's text without its paragraph numbers. */
function letterText(page: Page): Promise<string> {
  return page.locator('.letter-text').evaluate((element: HTMLElement) => {
    for (const number of element.querySelectorAll('.para-link')) number.remove();
    return element.innerText;
  });
}

describe('fidelity to the sources', () => {
  const site = useSite();

  it.each(letters.map((l) => [l.id, l.frontmatter.source.lines.join('–'), l] as const))(
    'the page of %s shows every word of its source lines %s, in order',
    async (id, _, letter) => {
      const { page } = await site.open();
      await page.goto(`/letters/${id}/`);
      const source = readSourceLines(contentDir, letter.frontmatter.source.file, letter.frontmatter.source.lines);
      expect(findMissingWords(source, await letterText(page))).toBeNull();
    },
  );

  it.each(letters.map((l) => [l.id, l] as const))('every mention of %s sits in the paragraph the archive cites it by', async (id, letter) => {
    const { page } = await site.open();
    await page.goto(`/letters/${id}/`);
    const onPage = await page.locator('.letter-text a.mention').evaluateAll((links) =>
      links.map((a) => ({ paragraph: a.closest('[id^="p"]')?.id ?? '', href: a.getAttribute('href'), text: (a as HTMLElement).innerText })),
    );
    const expected = extractMentions(letter.body).map((m) => ({ paragraph: `p${m.paragraph}`, href: TARGET[m.kind](m.key), text: m.text }));
    expect(onPage).toEqual(expected);
  });
});
