import { describe, expect, it } from 'vitest';
import { pageKeys, type EntryDigests } from '../../../src/lib/views/page-keys.ts';
import { archive, letters, organisations, people } from '../../fixtures/three-letters.ts';

/** Every entry at version 1, but `changed` (collection:id) at version 2. */
function digests(...changed: string[]): EntryDigests {
  const of = (collection: string, ids: string[]) => new Map(ids.map((id) => [id, changed.includes(`${collection}:${id}`) ? 'v2' : 'v1']));
  return {
    letters: of('letters', letters.map((l) => l.id)),
    people: of('people', people.map((p) => p.id)),
    organisations: of('organisations', organisations.map((o) => o.id)),
    documents: new Map(),
    collections: new Map(),
  };
}

const context = { common: 'test', collectionsOf: () => [], hash: (text: string) => text };
const keysWith = (...changed: string[]) => pageKeys(archive, digests(...changed), context);

describe('page keys', () => {
  it('change an organisation\'s pages when a person named by one of the letters listed there changes', () => {
    expect(keysWith('people:named').party('organisations', 'general-assembly')).not.toBe(keysWith().party('organisations', 'general-assembly'));
  });

  it('keep an organisation\'s pages when a person none of its letters names or is from changes', () => {
    expect(keysWith('people:other').party('organisations', 'general-assembly')).toBe(keysWith().party('organisations', 'general-assembly'));
  });

  it('change a letter\'s page when a neighbour changes, not when what the neighbour alone names changes', () => {
    expect(keysWith('letters:2016-01-03-third').letter('2016-01-02-second')).not.toBe(keysWith().letter('2016-01-02-second'));
    expect(keysWith('people:other').letter('2016-01-02-second')).toBe(keysWith().letter('2016-01-02-second'));
  });

  it('change a day\'s page when a letter of that day changes, and no other day\'s', () => {
    expect(keysWith('letters:2016-01-03-third').day('2016-01-03')).not.toBe(keysWith().day('2016-01-03'));
    expect(keysWith('letters:2016-01-03-third').day('2016-01-01')).toBe(keysWith().day('2016-01-01'));
  });

  it('hash what a listed letter brings once, however many pages list it', () => {
    const hashed: string[] = [];
    const keys = pageKeys(archive, digests(), { ...context, hash: (text) => (hashed.push(text), text) });
    keys.party('people', 'writer');
    keys.day('2016-01-02');
    keys.party('organisations', 'general-assembly');
    expect(hashed.filter((text) => text.startsWith('\nletter:2016-01-02-second:'))).toHaveLength(1);
  });
});

describe('the key of a listing', () => {
  it('changes when a letter listed changes or when one more is listed, and follows the people given with it', () => {
    const listing = (keys: ReturnType<typeof keysWith>, ...people: string[]) => keys.listing(['2016-01-01-first', '2016-01-02-second'], people);
    expect(listing(keysWith('people:named'))).not.toBe(listing(keysWith()));
    expect(keysWith().listing(['2016-01-01-first', '2016-01-02-second', '2016-01-03-third'])).not.toBe(listing(keysWith()));
    expect(listing(keysWith('people:other'))).toBe(listing(keysWith()));
    expect(listing(keysWith('people:other'), 'other')).not.toBe(listing(keysWith(), 'other'));
  });
});
