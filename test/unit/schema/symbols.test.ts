import { describe, expect, it } from 'vitest';
import { describeSymbol, numberToRoman, officialUrl, parseSymbol, romanToNumber, slugifySymbol } from '../../../src/schema/symbols.ts';

describe('parseSymbol', () => {
  it.each([
    ['A/RES/69/321', 'A/RES/69/321', 'ga-resolution', 69, null, '321'],
    ['a/res/69/321', 'A/RES/69/321', 'ga-resolution', 69, null, '321'],
    [' A / RES / 69 / 321 ', 'A/RES/69/321', 'ga-resolution', 69, null, '321'],
    ['A/RES/69/0321', 'A/RES/69/321', 'ga-resolution', 69, null, '321'],
    ['A/RES/31/1', 'A/RES/31/1', 'ga-resolution', 31, null, '1'],
    ['A/RES/377 A (V)', 'A/RES/377(V)', 'ga-resolution', 5, null, '377'],
    ['A/RES/377(V)', 'A/RES/377(V)', 'ga-resolution', 5, null, '377'],
    ['A/RES/181 (II)', 'A/RES/181(II)', 'ga-resolution', 2, null, '181'],
    ['a/res/3379 (xxx)', 'A/RES/3379(XXX)', 'ga-resolution', 30, null, '3379'],
    ['A/DEC/62/557', 'A/DEC/62/557', 'ga-decision', 62, null, '557'],
    ['A/DEC/062/0557', 'A/DEC/62/557', 'ga-decision', 62, null, '557'],
    ['S/RES/1325 (2000)', 'S/RES/1325(2000)', 'sc-resolution', null, 2000, '1325'],
    ['s/res/1325(2000)', 'S/RES/1325(2000)', 'sc-resolution', null, 2000, '1325'],
    ['S/2015/988', 'S/2015/988', 'other', null, null, null],
    ['A/70/L.1', 'A/70/L.1', 'other', null, null, null],
    ['E/CN.4/2005/L.1', 'E/CN.4/2005/L.1', 'other', null, null, null],
  ])('reads %j as %s', (raw, symbol, kind, session, year, number) => {
    expect(parseSymbol(raw)).toEqual({ symbol, kind, session, year, number });
  });

  it.each([
    ['A/RES/3379(XXXI)', 'the 31st session already numbered its resolutions 31/N'],
    ['A/RES/12/3', 'sessions below 31 used the old style, 1234 (XII)'],
    ['A/RES/30/1', 'the 30th session still used the old style'],
    ['A/RES/1/1', 'the first session used the old style'],
    ['A/RES/181(IIII)', 'IIII is not a Roman numeral'],
    ['hello', 'it is a word'],
    ['', 'it is empty'],
    ['69/321', 'it has no series'],
  ])('rejects %j because %s', (raw) => {
    expect(parseSymbol(raw)).toBeNull();
  });
});

describe('Roman numerals', () => {
  it.each([[1, 'I'], [4, 'IV'], [5, 'V'], [9, 'IX'], [14, 'XIV'], [30, 'XXX'], [49, 'XLIX'], [190, 'CXC']])(
    'write %i as %s and read it back',
    (value, roman) => {
      expect(numberToRoman(value)).toBe(roman);
      expect(romanToNumber(roman)).toBe(value);
    },
  );

  it.each(['IIII', 'VV', 'IC', 'ABC', ''])('refuse the malformed numeral %j', (roman) => {
    expect(romanToNumber(roman)).toBeNull();
  });
});

describe('slugifySymbol', () => {
  it.each([
    ['A/RES/69/321', 'a-res-69-321'],
    ['A/DEC/62/557', 'a-dec-62-557'],
    ['S/RES/1325(2000)', 's-res-1325-2000'],
    ['A/RES/377(V)', 'a-res-377-v'],
    ['A/70/L.1', 'a-70-l-1'],
  ])('makes %s into %s', (symbol, slug) => {
    expect(slugifySymbol(symbol)).toBe(slug);
  });
});

describe('describeSymbol', () => {
  it.each([
    ['A/RES/69/321', 'resolution 69/321'],
    ['A/RES/377(V)', 'resolution 377 (V)'],
    ['A/RES/3379(XXX)', 'resolution 3379 (XXX)'],
    ['A/DEC/62/557', 'decision 62/557'],
    ['S/RES/1325(2000)', 'resolution 1325 (2000)'],
    ['S/2015/988', 'S/2015/988'],
  ])('names %s in running text as %j', (symbol, text) => {
    expect(describeSymbol(parseSymbol(symbol)!)).toBe(text);
  });
});

describe('officialUrl', () => {
  it.each([
    ['A/RES/69/321', 'https://undocs.org/A/RES/69/321'],
    ['S/RES/1325(2000)', 'https://undocs.org/S/RES/1325(2000)'],
    ['A/RES/377(V)', 'https://undocs.org/A/RES/377(V)'],
    ['S/2015/988', 'https://undocs.org/S/2015/988'],
  ])('links %s to %s', (symbol, url) => {
    expect(officialUrl(parseSymbol(symbol)!)).toBe(url);
  });

  it('gives no link for a General Assembly decision, which has no symbol of its own', () => {
    expect(officialUrl(parseSymbol('A/DEC/62/557')!)).toBeNull();
  });
});
