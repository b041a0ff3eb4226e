import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long a search may take in a test (Pagefind and its index load on the first one). */
export const SEARCH_TIMEOUT = 20_000;

/** The parts of the search page a reader sees, by role and name. */
export function searchPage(page: Page) {
  const main = page.getByRole('main');
  return {
    box: main.getByRole('combobox', { name: 'Search the letters' }),
    status: main.getByRole('status'),
    citation: main.getByRole('region', { name: 'Document cited' }),
    results: main.getByRole('listitem'),
    order: main.getByRole('combobox', { name: 'Order', exact: true }),
    facet: (label: string) => main.getByRole('group', { name: 'Narrow by' }).getByRole('combobox', { name: label, exact: true }),
    more: main.getByRole('button', { name: 'Show more letters' }),
  };
}

/** The words of the disclosure that holds the facet menus. */
export const NARROW_BY = 'Narrow by year, session, sender, recipient, kind or document';

/** Opens the facet menus (a disclosure, closed until the reader opens it) and waits until they show counts. */
export async function openFacets(page: Page): Promise<void> {
  const year = searchPage(page).facet('Year');
  if (!(await year.isVisible())) await page.getByRole('main').getByText(NARROW_BY, { exact: true }).click();
  await expect.poll(() => year.getByRole('option').count(), { timeout: SEARCH_TIMEOUT }).toBeGreaterThan(1);
}

/** The count the page announces once a search is done ("2 letters", "1 letter for “IGN”"); waits for it, and for the page to be no longer busy. */
export async function settledStatus(page: Page): Promise<string> {
  const status = searchPage(page).status;
  const settled = async () => ((await status.getAttribute('aria-busy')) === 'true' ? '' : status.innerText());
  await expect.poll(settled, { timeout: SEARCH_TIMEOUT }).toMatch(/^\d[\d,]* letters?\b/);
  return status.innerText();
}

/** Types a query into the search box of the page that is open and presses Enter; returns the count announced. */
export async function submitSearch(page: Page, query: string): Promise<string> {
  const { box } = searchPage(page);
  await box.fill(query);
  await box.press('Enter');
  return settledStatus(page);
}

/** Opens the search page and searches for a query as a reader would; returns the count announced. */
export async function searchFor(page: Page, query: string): Promise<string> {
  await page.goto('/search/');
  return submitSearch(page, query);
}

/** The titles of the results listed, in order (each result's first link; the others are its paragraphs, ¶N). */
export function resultTitles(page: Page): Promise<string[]> {
  return searchPage(page).results.evaluateAll((items) => items.map((item) => item.querySelector('a')?.textContent ?? ''));
}

/** The options of a facet menu as shown ("All", "2015 (2)", ...). */
export function facetOptions(page: Page, label: string): Promise<string[]> {
  return searchPage(page).facet(label).getByRole('option').allTextContents();
}

/** Waits until the page lists exactly these titles, in this order (after a search, a facet or going back). */
export async function expectResults(page: Page, titles: string[]): Promise<void> {
  await expect.poll(() => resultTitles(page), { timeout: SEARCH_TIMEOUT }).toEqual(titles);
}
