import { describe, expect, it } from 'vitest';
import { letterBodyHtml } from '../../../src/lib/text/letter-html.ts';
import { letterParagraphs } from '../../../src/lib/text/letter-paragraphs.ts';

describe('letterParagraphs', () => {
  it('gives each numbered paragraph its text as the page shows it, without the paragraph number', async () => {
    const html = await letterBodyHtml('Excellency,\n\nOn <DateRef date="2015-10-23">23 October 2015</DateRef>, the 70<sup>th</sup> session &amp; more.\n\n<PersonRef id="mogens-lykketoft">Mogens Lykketoft</PersonRef>');
    expect([...letterParagraphs(html)]).toEqual([
      [1, 'Excellency,'],
      [2, 'On 23 October 2015, the 70th session & more.'],
      [3, 'Mogens Lykketoft'],
    ]);
  });

  it('numbers list items as the page does, and keeps a nested list inside the item that holds it', async () => {
    const html = await letterBodyHtml('Intro.\n\n- first\n  - inner\n- second');
    const paragraphs = letterParagraphs(html);
    expect(paragraphs.get(1)).toBe('Intro.');
    expect(paragraphs.get(2)).toBe('first inner');
    expect(paragraphs.get(3)).toBe('inner');
    expect(paragraphs.get(4)).toBe('second');
    expect(paragraphs.size).toBe(4);
  });

  it('finds no paragraph in HTML without numbered paragraphs', () => {
    expect(letterParagraphs('<p>Not a letter.</p>').size).toBe(0);
  });
});
