import { describe, expect, it } from 'vitest';
import { cleanQuery, queryWords, shortQuery } from '../../../src/lib/search/query-text.ts';

describe('a query as the search reads it', () => {
  it.each([
    ['pea\u200bcekeeping', 'peacekeeping'],
    ['\u2060peace\u200dkeeping\ufeff', 'peacekeeping'],
    ['co\u00adoperation', 'cooperation'],
    ['  two   words\n', 'two words'],
    ['Cafe\u0301', 'Café'],
    ['مجلس الأمن', 'مجلس الأمن'],
  ])('cleans %j to %j', (query, clean) => expect(cleanQuery(query)).toBe(clean));

  it('repeats a short query whole in the status', () => expect(shortQuery('peacekeeping operations')).toBe('peacekeeping operations'));

  it('cuts a 2,000-character query at a word, with an ellipsis, to at most 61 characters', () => {
    const short = shortQuery('peacekeeping '.repeat(160).trim());
    expect(short.length).toBeLessThanOrEqual(61);
    expect(short).toMatch(/^peacekeeping( peacekeeping)*…$/);
  });

  it('reads the words of a query one by one, phrases whole', () => {
    expect(queryWords('peacekeeping "highest consideration" zzzzqqq – “open letter”')).toEqual(['peacekeeping', 'highest consideration', 'zzzzqqq', 'open letter']);
  });
});
