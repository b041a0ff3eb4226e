import { describe, expect, it } from 'vitest';
import { letterBodyHtml } from '../../../src/lib/text/letter-html.ts';

const anchor = (n: number) => `<a href="#p${n}" class="para-link" aria-label="Paragraph ${n}" data-pagefind-ignore="">${n}</a>`;

describe('letterBodyHtml', () => {
  it('numbers every paragraph, a signature standing alone on its line included', async () => {
    const html = await letterBodyHtml('Excellency,\n\nI have the honour.\n\n<PersonRef id="mogens-lykketoft">Mogens Lykketoft</PersonRef>');
    expect(html).toBe(
      `<p id="p1">${anchor(1)}Excellency,</p>\n<p id="p2">${anchor(2)}I have the honour.</p>\n` +
        `<p id="p3">${anchor(3)}<a class="mention mention-person" href="/people/mogens-lykketoft/">Mogens Lykketoft</a></p>\n`,
    );
  });

  it('numbers list items as paragraphs and counts from 1 again for each letter', async () => {
    await letterBodyHtml('One.\n\nTwo.');
    expect(await letterBodyHtml('- first\n- second')).toBe(`<ul>\n<li id="p1">${anchor(1)}first</li>\n<li id="p2">${anchor(2)}second</li>\n</ul>\n`);
  });

  it("shows the source's own quotes and dashes rather than typographic ones", async () => {
    expect(await letterBodyHtml(`the UN's "chief" organ -- and more...`)).toBe(`<p id="p1">${anchor(1)}the UN's "chief" organ -- and more...</p>\n`);
  });
});
