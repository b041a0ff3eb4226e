import { describe, expect, it } from 'vitest';
import { pathOf, useSite } from '../support/site.ts';

// One collection on the seed letters, one on the Security Council's.
const COLLECTIONS = [
  ['/collections/selection-of-the-secretary-general/', 'The selection of the Secretary-General, 2015-2016'],
  ['/collections/appointments-by-exchange-of-letters/', 'Appointments by exchange of letters, 2005-2023'],
] as const;

describe.each(COLLECTIONS)('the collection %s', (COLLECTION, TITLE) => {
  const site = useSite();

  it('shows each quoted paragraph with exactly the text the letter shows, and its link lands on that paragraph', async () => {
    const { page, errors } = await site.open();
    await page.goto(COLLECTION);
    const quotes = page.locator('figure.letter-quote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < (await quotes.count()); i++) {
      await page.goto(COLLECTION);
      const quote = quotes.nth(i);
      const quoted = ((await quote.locator('blockquote').textContent()) ?? '').replace(/\s+/g, ' ').trim();
      const link = quote.locator('figcaption a');
      const target = new URL((await link.getAttribute('href'))!, site.baseUrl);
      await link.click();
      await page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash, { timeout: 30_000 });
      expect(target.hash).toMatch(/^#p\d+$/);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target.hash.slice(1));
      const paragraph = page.locator(target.hash);
      await expect.poll(() => paragraph.evaluate((p) => { const r = p.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }), { timeout: 10_000 }).toBe(true);
      const shown = await paragraph.evaluate((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.para-link, .para-tools, button').forEach((n) => n.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
      expect(quoted).toBe(shown);
    }
    expect(errors).toEqual([]);
  });

  it('lists its letters on the timeline in the order they were written', async () => {
    const { page } = await site.open();
    await page.goto(COLLECTION);
    const dates = await page.locator('ol.timeline time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(dates).toEqual([...dates].sort());
  });

  it('shows each letter card with the title and date of the letter it links to', async () => {
    const { page } = await site.open();
    await page.goto(COLLECTION);
    const cards = await page.locator('.letter-card').evaluateAll((divs) => divs.map((d) => ({
      href: new URL(d.querySelector('a')!.href).pathname,
      title: d.querySelector('a')!.textContent!.trim(),
      date: d.querySelector('time')!.getAttribute('datetime'),
    })));
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const card of cards) {
      await page.goto(card.href);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(card.title);
      await page.goto(COLLECTION);
      const onTimeline = page.locator('ol.timeline li').filter({ has: page.locator(`a[href="${card.href}"]`) });
      expect(await onTimeline.locator('time').getAttribute('datetime')).toBe(card.date);
    }
  });

  it('is linked from every letter it quotes, shows or lists, which leads back to it', async () => {
    const { page } = await site.open();
    await page.goto(COLLECTION);
    const letters = [...new Set(await page.locator('figure.letter-quote figcaption a, .letter-card a, ol.timeline a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))];
    expect(letters.length).toBeGreaterThanOrEqual(2);
    for (const letter of letters) {
      await page.goto(letter);
      const back = page.getByRole('region', { name: 'In collections' }).getByRole('link', { name: TITLE });
      await back.click();
      await page.waitForURL((url) => url.pathname === COLLECTION);
      expect(pathOf(page.url())).toBe(COLLECTION);
    }
  });

  it('is listed on the page of all collections', async () => {
    const { page } = await site.open();
    await page.goto('/collections/');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL((url) => url.pathname === COLLECTION);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
  });
});
