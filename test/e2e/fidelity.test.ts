import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { datePath } from '../../src/lib/model/dates.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMissingWords, words } from '../../src/lib/text/fidelity.ts';
import { letterTextFromHtml } from '../../src/lib/text/page-text.ts';
import { paragraphsNotWhole, withoutApparatus } from '../../src/lib/text/source-paragraphs.ts';
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
      // The letter's own lines are its text; the lines its apparatus keeps (masthead, title, page furniture) are beside it, as printed.
      const printed = letter.frontmatter.apparatus?.lines ?? [];
      const [from, to] = letter.frontmatter.source.lines;
      const own = withoutApparatus(readSourceLines(contentDir, letter.frontmatter.source.file, [1, to]).split('\n'), printed).slice(from - 1).join('\n');
      expect(findMissingWords(own, await letterText(page))).toBeNull();
      const apparatus = printed.length ? (await page.locator('.letter-apparatus li').allTextContents()).join('\n') : '';
      expect(findMissingWords(printed.map((p) => p.text).join('\n'), apparatus)).toBeNull();
    },
  );

  it('stands every paragraph of every source, apparatus aside, whole on one page of its letters', () => {
    const bySource = new Map<string, typeof letters>();
    for (const l of letters) bySource.set(l.frontmatter.source.file, [...(bySource.get(l.frontmatter.source.file) ?? []), l]);
    const broken: string[] = [];
    for (const [file, ofSource] of bySource) {
      const printed = ofSource.flatMap((l) => l.frontmatter.apparatus?.lines ?? []);
      const pages = ofSource.map((l) => words(letterTextFromHtml(readFileSync(join(inject('outDir'), 'letters', l.id, 'index.html'), 'utf8')) ?? ''));
      const lines = readFileSync(join(contentDir, file), 'utf8').split('\n');
      broken.push(...paragraphsNotWhole(lines, printed, pages).broken.map((paragraph) => `${file}: ${paragraph.slice(0, 60)}`));
    }
    expect(broken).toEqual([]);
  });

  it.each(letters.map((l) => [l.id, l] as const))('every mention of %s sits in the paragraph the archive cites it by', async (id, letter) => {
    const { page } = await site.open();
    await page.goto(`/letters/${id}/`);
    const onPage = await page.locator('.letter-text a.mention').evaluateAll((links) =>
      links.map((a) => ({ paragraph: a.closest('[id^="p"]')?.id ?? '', href: a.getAttribute('href'), text: (a as HTMLElement).innerText })),
    );
    // A line break inside a mention is a space to the reader (a name that runs across a page break, or a line).
    const spaced = (text: string) => text.replace(/\s+/g, ' ');
    const expected = extractMentions(letter.body).map((m) => ({ paragraph: `p${m.paragraph}`, href: TARGET[m.kind](m.key), text: spaced(m.text) }));
    expect(onPage.map((m) => ({ ...m, text: spaced(m.text) }))).toEqual(expected);
  });
});
