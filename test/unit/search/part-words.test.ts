import { describe, expect, it } from 'vitest';
import { partsHoldingAll, queryTokens, sameLetters, verdictOn, type TokenCounts } from '../../../src/lib/search/part-words.ts';

const plain = { text: 'lykketoft', exact: false };
const counts = (exact: Record<string, number>, found: Record<string, number>, beyond: Record<string, number>): TokenCounts => ({ exact, plain: found, beyond });

describe('the words of a query, as Pagefind splits them', () => {
  it('splits at anything but a letter or digit, in lower case, each word once', () => {
    expect(queryTokens('Lykketoft S/2009/139 lykketoft')).toEqual([
      { text: 'lykketoft', exact: false },
      { text: 's', exact: false },
      { text: '2009', exact: false },
      { text: '139', exact: false },
    ]);
  });

  it('matches every word exactly when the whole query is one phrase in straight quotes, and only then', () => {
    expect(queryTokens('"Security Council"').map((t) => t.exact)).toEqual([true, true]);
    expect(queryTokens('"Security Council" reform').map((t) => t.exact)).toEqual([false, false, false]);
  });
});

describe('whether a part of the index holds a word', () => {
  it('holds a word it has as such', () => {
    expect(verdictOn(plain, 'a', counts({ a: 2 }, { a: 2 }, { a: 2 }))).toBe('holds');
  });

  it('holds a word it has only longer forms of, which the lengthened word does not find', () => {
    expect(verdictOn({ text: 'lykke', exact: false }, 'a', counts({}, { a: 2 }, { a: 9 }))).toBe('holds');
    expect(verdictOn({ text: 'lykke', exact: false }, 'a', counts({}, { a: 2 }, {}))).toBe('holds');
  });

  it('lacks a word Pagefind finds nothing for, or a word of a phrase it does not have as such', () => {
    expect(verdictOn(plain, 'a', counts({}, {}, {}))).toBe('lacks');
    expect(verdictOn({ text: 'negotiations', exact: true }, 'a', counts({}, { a: 3 }, { a: 1 }))).toBe('lacks');
  });

  it('is unsure when the word and the word lengthened find as many letters: only the letters tell a fallback', () => {
    expect(verdictOn(plain, 'a', counts({}, { a: 4 }, { a: 4 }))).toBe('unsure');
  });

  it('searches only the parts that hold every word', () => {
    expect(partsHoldingAll(['a', 'b', 'c'], [new Set(['a', 'b']), new Set(['b', 'c'])])).toEqual(['b']);
  });

  it('compares two result lists by the letters they found, in any order', () => {
    expect(sameLetters([{ id: 'x' }, { id: 'y' }], [{ id: 'y' }, { id: 'x' }])).toBe(true);
    expect(sameLetters([{ id: 'x' }], [{ id: 'y' }])).toBe(false);
  });
});
