import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const LUCAS = '/letters/2015-12-11-lucas-ign-meetings/';

/** Opens the letter as it prints: the print stylesheet applied, after its scripts have added the paragraph buttons. */
async function openForPrint(page: Page, query = ''): Promise<void> {
  await page.goto(LUCAS + query);
  await page.getByRole('button', { name: 'Copy link to paragraph 1', exact: true }).waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
}

/** What of a selection shows on paper: how many of its elements are visible. */
const visibleCount = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);

describe('a letter on paper', () => {
  const site = useSite();

  it('prints its text with every paragraph number, its metadata and one citation', async () => {
    const { page, errors } = await site.open();
    await openForPrint(page);
    const numbers = await page.locator('.letter-text .para-link').evaluateAll((els) => els.map((el) => ((el as HTMLElement).checkVisibility() ? el.textContent : null)));
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    // The numbers stand inside the page, left of their paragraphs, not cut off at its edge.
    const first = await page.locator('#p1 .para-link').boundingBox();
    expect(first!.x).toBeGreaterThanOrEqual(0);
    expect(await page.locator('.letter-text').isVisible()).toBe(true);
    expect(await page.locator('.letter-meta').isVisible()).toBe(true);
    expect(await visibleCount(page, '.citations dt')).toBe(1);
    expect(errors).toEqual([]);
  });

  it('prints no navigation, buttons, breadcrumbs, link paths or search highlights', async () => {
    const { page, errors } = await site.open();
    await openForPrint(page, '?highlight=Negotiations');
    await page.locator('mark.pagefind-highlight').first().waitFor({ state: 'attached' });
    for (const selector of ['.site-header', '.site-footer', 'nav', '.breadcrumbs', 'button', '.skip-link', '.cite-files']) {
      expect(await visibleCount(page, selector), selector).toBe(0);
    }
    const written = await page.locator('a').evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content).filter((c) => c !== 'none' && c !== 'normal'));
    expect(written).toEqual([]);
    const marks = await page.locator('mark.pagefind-highlight').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
    expect(errors).toEqual([]);
  });

  it('makes a PDF of a few pages, as the browser prints it', async () => {
    const { page } = await site.open();
    await openForPrint(page);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
  });
});
