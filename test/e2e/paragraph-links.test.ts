import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const LUCAS = '/letters/2015-12-11-lucas-ign-meetings/';
const LUCAS_URL = `https://un-letters.example.org${LUCAS}`;

describe('linking to and citing one paragraph', () => {
  const site = useSite();

  async function openWithClipboard() {
    const watched = await site.open();
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl });
    await watched.page.goto(LUCAS);
    return watched;
  }

  it('a reader copies the link of paragraph 7 and the clipboard holds its full address with the #p7 anchor', async () => {
    const { page, errors } = await openWithClipboard();
    await page.locator('#p7').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 7', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${LUCAS_URL}#p7`);
    expect(await page.getByRole('status').textContent()).toBe('Link to paragraph 7 copied to the clipboard');
    expect(await page.getByRole('button', { name: 'Copy link to paragraph 7', exact: true }).textContent()).toBe('Copied');
    expect(errors).toEqual([]);
  });

  it('a reader copies the citation of paragraph 3, which names the paragraph and links to it', async () => {
    const { page, errors } = await openWithClipboard();
    await page.locator('#p3').hover();
    await page.getByRole('button', { name: 'Cite paragraph 3', exact: true }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(/^Sylvie Lucas, “Letter dated 11 December 2015 from the Chair of the Intergovernmental Negotiations/);
    expect(citation.endsWith(`, para. 3, ${LUCAS_URL}#p3.`)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('every numbered paragraph gets the two buttons, and a keyboard user reaches them', async () => {
    const { page } = await openWithClipboard();
    const numbered = await page.locator('.letter-text .para-link').count();
    expect(numbered).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: /^Copy link to paragraph \d+$/ }).count()).toBe(numbered);
    await page.getByRole('button', { name: 'Copy link to paragraph 1', exact: true }).focus();
    expect(await page.getByRole('button', { name: 'Copy link to paragraph 1', exact: true }).isVisible()).toBe(true);
  });

  it('the page as served, before any script runs, links each paragraph to itself and tells how to cite one', async () => {
    const html = await (await fetch(site.baseUrl + LUCAS)).text();
    expect(html).toContain('href="#p7"');
    expect(html).not.toContain('class="para-tool"');
    expect(html).toContain(`para. 3, ${LUCAS_URL}#p3.`);
  });
});
