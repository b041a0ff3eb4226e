import { describe, expect, it } from 'vitest';
import { restoreLines } from '../../../src/lib/ingest/restore-lines.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('restoring the line breaks of a letter flattened by PDF extraction', () => {
  const masthead = 'S/2018/1000 United Nations Security Council Distr.: General 7 November 2018 Original: English Letter dated 2 November 2018 from the Secretary-General addressed to the President of the Security Council I have the honour to refer to resolution 2430 (2018). I should be grateful if you would bring this matter to the attention of the members of the Security Council. (Signed) António Guterres 18-18856 (E) 081118 *1818856*';

  it('puts the masthead, the title, the body, the signature and the page furniture each on its own line', () => {
    expect(restoreLines(masthead).text.split('\n')).toEqual([
      'S/2018/1000', 'United Nations', 'Security Council', 'Distr.: General', '7 November 2018', 'Original: English',
      'Letter dated 2 November 2018 from the Secretary-General addressed to the President of the Security Council',
      'I have the honour to refer to resolution 2430 (2018). I should be grateful if you would bring this matter to the attention of the members of the Security Council.',
      '(Signed) António Guterres', '18-18856 (E) 081118', '*1818856*',
    ]);
  });

  it('ends a letterhead, a date line, a salutation, a closing formula and a signatory name before the role', () => {
    const flat = 'THE PRESIDENT OF THE GENERAL ASSEMBLY 12 August 2015 Excellency, I have the honour to transmit the draft outcome document, as the co-facilitators requested of me in their letter of last week. Please accept, Excellency, the assurances of my highest consideration. Sam Kahamba Kutesa President of the General Assembly';
    expect(restoreLines(flat).text.split('\n')).toEqual([
      'THE PRESIDENT OF THE GENERAL ASSEMBLY', '12 August 2015', 'Excellency,',
      'I have the honour to transmit the draft outcome document, as the co-facilitators requested of me in their letter of last week. Please accept, Excellency, the assurances of my highest consideration.',
      'Sam Kahamba Kutesa', 'President of the General Assembly',
    ]);
  });

  it('keeps every word, in order, and says which source line each restored line comes from', () => {
    const source = `first line\n${masthead}\nlast line`;
    const restored = restoreLines(source);
    expect(words(restored.text)).toEqual(words(source));
    expect(restored.sourceLine[0]).toBe(1);
    expect(restored.sourceLine.at(-1)).toBe(3);
    expect(new Set(restored.sourceLine.slice(1, -1))).toEqual(new Set([2]));
  });

  it('leaves short lines, and a long line that is only a paragraph, as they are', () => {
    const paragraph = 'The Council welcomes the progress made by the parties, and calls upon them to continue their dialogue in good faith, with the support of the Special Envoy and of the regional organizations concerned, until a lasting settlement is reached.';
    const source = `Excellency,\n\n${paragraph}\n`;
    expect(paragraph.length).toBeGreaterThan(200);
    expect(restoreLines(source)).toEqual({ text: source, sourceLine: [1, 2, 3, 4] });
  });
  it('puts a rule of underscores on a line of its own only where spaces part it from the words, and never splits a word', () => {
    const filler = 'The Council met and heard the briefing of the Special Representative. '.repeat(4);
    const restored = restoreLines(`${filler}footnotes follow ___ 1 See the report. Then ___! stays one word.`).text;
    expect(restored.split('\n')).toContain('___');
    expect(restored.split(/\s+/)).toContain('___!');
    expect(restored.replace(/\s+/g, ' ')).toBe(`${filler}footnotes follow ___ 1 See the report. Then ___! stays one word.`.replace(/\s+/g, ' '));
  });
});
