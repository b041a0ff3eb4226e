import { describe, expect, it } from 'vitest';
import { partPath, partsManifest, searchParts, sumCounts, type IndexedLetter } from '../../../src/lib/search/search-parts.ts';

/** `count` letters dated in `year`, their pages named after the year. */
const lettersOf = (year: number, count: number): IndexedLetter[] => Array.from({ length: count }, (_, i) => ({ page: `/letters/${year}-${String(i).padStart(4, '0')}/`, sortDate: `${year}-01-01` }));

describe('cutting the search index into parts', () => {
  const letters = [...lettersOf(1990, 30), ...lettersOf(1991, 30), ...lettersOf(1992, 50), ...lettersOf(1995, 10)];

  it('closes a part on the first whole year that brings it to the size, oldest first', () => {
    const parts = searchParts(letters, 50);
    expect(parts.map((p) => [p.key, p.letters.length])).toEqual([['1990-1991', 60], ['1992', 50], ['1995', 10]]);
  });

  it('serves the first part from Pagefind\'s own folder and the others from a folder named by their digest', () => {
    expect(partsManifest(searchParts(letters, 50), ['/pagefind/', partPath('ab12'), partPath('cd34')]).parts.map((p) => p.path)).toEqual(['/pagefind/', '/pagefind/parts/ab12/', '/pagefind/parts/cd34/']);
  });

  it('puts every letter in exactly one part, whatever order they come in', () => {
    const parts = searchParts([...letters].reverse(), 40);
    expect(parts.flatMap((p) => p.letters.map((l) => l.page)).sort()).toEqual(letters.map((l) => l.page).sort());
  });

  it('changes only the newest part when letters are added to the newest year', () => {
    const before = searchParts(letters, 50);
    const after = searchParts([...letters, ...lettersOf(1995, 5).map((l) => ({ ...l, page: l.page.replace('1995-', '1995-x') }))], 50);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.letters.length).toBe(15);
  });

  it('keeps one part for an archive smaller than a part, and lists the parts for the search page', () => {
    const parts = searchParts(letters, 1000);
    expect(partsManifest(parts, ['/pagefind/'])).toEqual({ parts: [{ key: '1990-1995', path: '/pagefind/', letters: 120 }] });
  });
});

describe('adding up the facet counts of the parts', () => {
  it('sums each value of each facet over the parts', () => {
    expect(sumCounts([{ year: { 1990: 2 }, sender: { a: 1 } }, { year: { 1990: 1, 1991: 4 } }])).toEqual({ year: { 1990: 3, 1991: 4 }, sender: { a: 1 } });
  });
});
