import { describe, expect, it } from 'vitest';
import { byInitial, initialPages, initialSlug, ONE_PAGE_INDEX, type PartyListItem } from '../../../src/lib/views/party-views.ts';

/** `count` names spread over the initials A, B, Ö (filed under O) and a digit, in index order. */
function names(count: number): PartyListItem[] {
  const initials = ['#', 'A', 'B', 'O'];
  return Array.from({ length: count }, (_, i) => ({ id: `p${i}`, name: `Name ${i}`, letters: i % 3, initial: initials[Math.floor((i * initials.length) / count)]! }));
}

describe('an index of names by initial', () => {
  it('fits on one page up to its limit, with no pages by initial', () => {
    expect(initialPages(names(ONE_PAGE_INDEX))).toEqual([]);
    expect(byInitial(names(ONE_PAGE_INDEX)).map((g) => g.initial)).toEqual(['#', 'A', 'B', 'O']);
  });

  it('past its limit, gives each initial its pages, every name once and in the order of the index', () => {
    const items = names(ONE_PAGE_INDEX + 1);
    const pages = initialPages(items);
    expect(pages.map((p) => p.slug)).toEqual(['other', 'a', 'b', 'o']);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    for (const page of pages) expect(page.items.every((item) => item.initial === page.initial)).toBe(true);
  });

  it('writes an initial in a URL as a lower-case letter, or "other" for digits and signs', () => {
    expect(['A', 'Z', '#'].map(initialSlug)).toEqual(['a', 'z', 'other']);
  });
});
