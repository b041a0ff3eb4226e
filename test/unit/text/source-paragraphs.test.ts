import { describe, expect, it } from 'vitest';
import { words } from '../../../src/lib/text/fidelity.ts';
import { cutOut, paragraphsNotWhole, sourceParagraphs, standsWhole, withoutApparatus } from '../../../src/lib/text/source-paragraphs.ts';

const PROSE = [
  'The two States agree to abide by the following principles of good neighbourliness',
  'and non-aggression.',
  'Record of Decisions',
  'Meeting of Joint Political Security Mechanism',
  'Addis Ababa, 10 February 2012',
  'Agenda Item 1',
  'The two States shall respect existing agreements relating to the composition of the',
  'Mechanism and shall meet again in Juba.',
  '(Signed) Jean Ping',
];

describe('the paragraphs of a source, as its layout shows them', () => {
  it('ends a paragraph at a sentence that ends short of the line, at a blank line and at a signature', () => {
    const paragraphs = sourceParagraphs(PROSE);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toMatch(/^Record of Decisions .* Addis Ababa, 10 February 2012 Agenda Item 1 The two States/);
    expect(paragraphs[2]).toBe('(Signed) Jean Ping');
    expect(sourceParagraphs(['One line.', '', 'Another line.'])).toEqual(['One line.', 'Another line.']);
  });

  it('leaves out the lines the apparatus keeps, and cuts its text out of a flattened line', () => {
    const flat = `S/2012/135 United Nations Security Council ${'word '.repeat(50)}end.`;
    expect(withoutApparatus(['S/2012/135', 'text'], [{ line: 1, text: 'S/2012/135' }])).toEqual(['', 'text']);
    expect(withoutApparatus([flat], [{ line: 1, text: 'S/2012/135 United Nations' }])[0]).not.toContain('S/2012/135');
  });
});

describe('a paragraph standing whole on a page', () => {
  const paragraph = sourceParagraphs(PROSE)[1]!;

  it('holds when its words run in order on the page, a paragraph number between them allowed', () => {
    expect(standsWhole(paragraph, words(`Before. 2 ${paragraph} After.`))).toBe(true);
    expect(standsWhole('one two three', words('one 4 two three'))).toBe(true);
  });

  it('fails when the paragraph is cut in two and its halves stand on different pages', () => {
    const cut = paragraph.indexOf('Addis Ababa');
    expect(standsWhole(paragraph, words(paragraph.slice(0, cut)))).toBe(false);
    expect(standsWhole(paragraph, words(paragraph.slice(cut)))).toBe(false);
    expect(standsWhole('one two three', words('one two and many words between them three'))).toBe(false);
  });

  it('judges a source by its paragraphs: those whole on no page of its letters are named, its printed lines aside', () => {
    const lines = ['S/2012/1', '', 'First paragraph here.', '', 'Second paragraph here.'];
    const printed = [{ line: 1, text: 'S/2012/1' }];
    expect(paragraphsNotWhole(lines, printed, [words('First paragraph here.'), words('Second paragraph here.')])).toEqual({ paragraphs: 2, broken: [] });
    expect(paragraphsNotWhole(lines, printed, [words('First paragraph here. Second')])).toEqual({ paragraphs: 2, broken: ['Second paragraph here.'] });
  });
});

describe('cutting the apparatus out of a flattened line', () => {
  it('cuts each printed text as a whole, in order, never a digit out of a number', () => {
    const line = 'S/2012/112 United Nations I refer to resolution 1966 (2010) adopted in 2010 2 12-24316 the text goes on';
    expect(cutOut(line, ['S/2012/112', 'United Nations', '2', '12-24316'])).toBe('    I refer to resolution 1966 (2010) adopted in 2010     the text goes on');
  });

  it('cuts a barcode that its asterisks delimit even where it touches a word', () => {
    expect(cutOut('and has the honour*1604521*', ['*1604521*'])).toBe('and has the honour ');
  });
});
