import { describe, expect, it } from 'vitest';
import { findMissingWords, words } from '../../../src/lib/text/fidelity.ts';

describe('words', () => {
  it.each([
    ['Excellency,\n\nOn 23 October 2015, the President', ['Excellency', 'On', '23', 'October', '2015', 'the', 'President']],
    ['the 70<sup>th</sup> session', ['the', '70th', 'session']],
    ['resolution 69/321 (para. 3)', ['resolution', '69', '321', 'para', '3']],
    ["civil society-UN relations; 'we the peoples'", ['civil', 'society', 'UN', 'relations', 'we', 'the', 'peoples']],
    ['António Guterres – Secretary-General', ['António', 'Guterres', 'Secretary', 'General']],
    ['ﬁnal ２０１５', ['final', '2015']],
    ['  \n ', []],
  ])('reads %j as %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('findMissingWords', () => {
  it('finds nothing missing when every source word is on the page in order, whatever the spacing and markup', () => {
    const source = 'Excellency,\n\nOn 23 October 2015, the President of the 70<sup>th</sup> session';
    const rendered = '1 Excellency,\n2 On 23 October 2015, the President of the 70th session';
    expect(findMissingWords(source, rendered)).toBeNull();
  });

  it.each([
    ['a dropped word', 'Please accept, Excellency, the assurances', 'Please accept, the assurances', { word: 'Excellency', index: 2, after: 'Please accept' }],
    ['a changed word', 'the 70th session of the Assembly', 'the 70th session of the Asembly', { word: 'Assembly', index: 5, after: 'the 70th session of the' }],
    ['two words swapped', 'General Assembly Decision', 'Assembly General Decision', { word: 'Assembly', index: 1, after: 'General' }],
    ['a changed case', 'New York', 'new York', { word: 'New', index: 0, after: '' }],
    ['a missing last word', 'one two three four five six seven', 'one two three four five six', { word: 'seven', index: 6, after: 'two three four five six' }],
  ])('reports %s with its position and the words before it', (_, source, rendered, missing) => {
    expect(findMissingWords(source, rendered)).toEqual(missing);
  });

  it('accepts extra words on the page, such as paragraph numbers and headings', () => {
    expect(findMissingWords('Sylvie Lucas', 'Letter 12 Sylvie Lucas Ambassador')).toBeNull();
  });

  it('finds nothing missing in an empty source', () => {
    expect(findMissingWords('', 'anything')).toBeNull();
  });
});
