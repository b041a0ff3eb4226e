import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { pathOf, useSite } from '../support/site.ts';

const LUCAS = '/letters/2015-12-11-lucas-ign-meetings/';
const LYKKETOFT = '/letters/2015-12-14-lykketoft-ign-meetings/';
const titleOf = (id: string) => String(readLetterFile(`${contentDir}/letters/${id}.mdx`).frontmatter.title);
const lucasTitle = titleOf('2015-12-11-lucas-ign-meetings');
const lykketoftTitle = titleOf('2015-12-14-lykketoft-ign-meetings');

describe('reading a letter', () => {
  const site = useSite();

  it('a reader follows a cited decision to its page, which lists the citing letter with the citing sentence, and goes back', async () => {
    const { page, errors } = await site.open();
    await page.goto(LUCAS);
    await page.getByRole('main').getByRole('link', { name: 'General Assembly Decision 62/557', exact: true }).first().click();
    await page.waitForURL('**/documents/a-dec-62-557/');
    const citing = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: lucasTitle, exact: true }) });
    expect(await citing.count()).toBe(1);
    expect(await citing.innerText()).toContain(
      'As such, I envision a series of meetings to comprehensively cover the five key issues set out in General Assembly Decision 62/557 of 15 September 2008',
    );
    await page.goBack();
    expect(pathOf(page.url())).toBe(LUCAS);
    expect(errors).toEqual([]);
  });

  it.each([
    ['a person', 'Mogens Lykketoft', '/people/mogens-lykketoft/', 'Mogens Lykketoft'],
    ['a date', '23 October 2015', '/dates/2015/10/23/', '23 October 2015'],
  ])('a reader follows %s named in the letter to its page', async (_, linkText, path, heading) => {
    const { page, errors } = await site.open();
    await page.goto(LUCAS);
    await page.locator('.letter-text').getByRole('link', { name: linkText, exact: true }).first().click();
    await page.waitForURL(`**${path}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(heading);
    expect(errors).toEqual([]);
  });

  it('a reader opens a paragraph anchor and lands on that paragraph, which links to itself', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${LUCAS}#p6`);
    const paragraph = page.locator('#p6');
    expect(await paragraph.count()).toBe(1);
    expect(await paragraph.isVisible()).toBe(true);
    expect(await paragraph.innerText()).toContain('I intend to continue the IGN in the 70th session');
    const selfLink = paragraph.locator('a[href="#p6"]');
    expect(await selfLink.isVisible()).toBe(true);
    const top = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(page.viewportSize()!.height);
    expect(errors).toEqual([]);
  });

  it('the 70<sup>th</sup> of the source renders as a superscript, not as the text "<sup>"', async () => {
    const { page } = await site.open();
    await page.goto(LUCAS);
    const text = page.locator('.letter-text');
    expect(await text.locator('sup').count()).toBe(3);
    expect(await text.locator('sup').first().innerText()).toBe('th');
    expect(await text.innerText()).not.toContain('<sup>');
    expect(await page.getByText('<sup>').count()).toBe(0);
  });

  it('the cover letter names its enclosure, and the enclosure names its cover letter', async () => {
    const { page, errors } = await site.open();
    await page.goto(LYKKETOFT);
    expect(await page.getByText('Encloses', { exact: true }).isVisible()).toBe(true);
    // The metadata names the enclosure; the letter's thread below it links to it too.
    const about = page.getByRole('region', { name: 'About this letter' });
    await about.getByRole('link', { name: lucasTitle, exact: true }).click();
    await page.waitForURL(`**${LUCAS}`);
    expect(await page.getByText('Enclosed in', { exact: true }).isVisible()).toBe(true);
    await about.getByRole('link', { name: lykketoftTitle, exact: true }).click();
    await page.waitForURL(`**${LYKKETOFT}`);
    expect(errors).toEqual([]);
  });
});
