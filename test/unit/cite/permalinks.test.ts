import { describe, expect, it } from 'vitest';
import { absoluteUrl, letterFilePath, symbolPath } from '../../../src/lib/cite/permalinks.ts';

describe('permanent addresses', () => {
  it.each([
    ['A/RES/69/321', '/documents/A/RES/69/321/'],
    ['A/DEC/62/557', '/documents/A/DEC/62/557/'],
    ['S/RES/1325(2000)', '/documents/S/RES/1325(2000)/'],
    ['A/RES/3379(XXX)', '/documents/A/RES/3379(XXX)/'],
    ['A/70/L.1', '/documents/A/70/L.1/'],
  ])('reaches the document %s by its symbol typed as a path', (symbol, path) => {
    expect(symbolPath(symbol)).toBe(path);
  });

  it('writes a page address in full with the site URL', () => {
    expect(absoluteUrl('/letters/x/', 'https://un-letters.example.org')).toBe('https://un-letters.example.org/letters/x/');
    expect(absoluteUrl('/letters/x/#p3', new URL('https://archive.test/'))).toBe('https://archive.test/letters/x/#p3');
  });

  it('puts the files of a letter beside its page', () => {
    expect(letterFilePath('2015-12-11-lucas-ign-meetings', 'cite.bib')).toBe('/letters/2015-12-11-lucas-ign-meetings/cite.bib');
  });
});
