import { describe, expect, it } from 'vitest';
import { documentSuggestions, foldName, matchSuggestions, shardFileName, shardKey, splitSuggestions, suggestionIndex, type SuggestionEntry } from '../../../src/lib/search/suggestions.ts';
import { loadContentArchive } from '../../support/content-archive.ts';

const INDEX: SuggestionEntry[] = [
  ['person', 'Mogens Lykketoft', '/people/mogens-lykketoft/', 'Mr Lykketoft', 3],
  ['person', 'Sylvie Lucas', '/people/sylvie-lucas/', '', 1],
  ['organisation', 'Intergovernmental Negotiations on Security Council reform', '/organisations/ign/', 'IGN', 2],
  ['organisation', 'Côte d’Ivoire', '/organisations/cote-d-ivoire/', '', 1],
  ...documentSuggestions({ 'A/RES/69/': ['321'], 'A/DEC/62/': ['557'], 'S/RES/': ['1325(2000)'] }),
];
const labels = (query: string) => matchSuggestions(INDEX, query).map((entry) => entry[1]);

describe('the suggestions offered as one types', () => {
  it.each([
    ['lykke', ['Mogens Lykketoft']],
    ['Mogens L', ['Mogens Lykketoft']],
    ['luc', ['Sylvie Lucas']],
    ['IGN', ['Intergovernmental Negotiations on Security Council reform']],
    ['negotiations', ['Intergovernmental Negotiations on Security Council reform']],
    ['cote', ['Côte d’Ivoire']],
    ['69/3', ['A/RES/69/321']],
    ['resolution 69', ['A/RES/69/321']],
    ['decision 62/557', ['A/DEC/62/557']],
    ['1325', ['S/RES/1325(2000)']],
  ])('"%s" suggests %j', (query, expected) => expect(labels(query)).toEqual(expected));

  it('puts names that begin with the query before names with a later word that does', () => {
    const index: SuggestionEntry[] = [['person', 'Ana Security', '/people/a/', '', 9], ['organisation', 'Security Council', '/organisations/sc/', '', 1]];
    expect(matchSuggestions(index, 'secu').map((entry) => entry[1])).toEqual(['Security Council', 'Ana Security']);
  });

  it('then those in most letters, and no more than six', () => {
    const index: SuggestionEntry[] = Array.from({ length: 9 }, (_, i): SuggestionEntry => ['person', `Name ${i}`, `/people/${i}/`, '', i]);
    expect(matchSuggestions(index, 'name').map((entry) => entry[4])).toEqual([8, 7, 6, 5, 4, 3]);
  });

  it.each(['', 'l', ' ', '/'])('suggests nothing for %j', (query) => expect(matchSuggestions(INDEX, query)).toEqual([]));

  it('folds accents, case and punctuation', () => expect(foldName('Côte d’Ivoire, A/RES/69/321')).toBe('cote d ivoire a res 69 321'));
});

describe('the suggestion index split into shards of two characters', () => {
  const parties = INDEX.filter((entry) => entry[0] !== 'document');
  const shards = splitSuggestions(parties);

  it('puts each entry in the shard of every word of its names', () => {
    expect(Object.keys(shards).sort()).toEqual(['co', 'in', 'ig', 'iv', 'lu', 'ly', 'mo', 'mr', 'ne', 'on', 're', 'se', 'sy'].sort());
    expect(shards.ly!.map((entry) => entry[1])).toEqual(['Mogens Lykketoft']);
  });

  it.each(['lykke', 'Mogens L', 'luc', 'IGN', 'negotiations', 'cote'])('finds in the shard of "%s" what the whole index finds', (query) => {
    expect(matchSuggestions(shards[shardKey(query)!] ?? [], query)).toEqual(matchSuggestions(parties, query));
  });

  it('reads no shard for a first word of one character', () => expect(shardKey('a res 69')).toBeNull());

  it('names shard files with letters, digits and hyphens only', () => {
    expect(shardFileName('ly')).toBe('30-3d');
    expect(shardFileName('مج')).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });
});

describe('suggestionIndex on the default archive', () => {
  it('suggests the people and organisations of its letters, not the register\'s many in no letter', () => {
    const index = suggestionIndex(loadContentArchive());
    expect(index.map((e) => e[2])).toEqual(expect.arrayContaining(['/people/mogens-lykketoft/', '/organisations/general-assembly/']));
    // Ban Ki-moon signed letters of the archive; Trygve Lie, the first Secretary-General, is in the register only.
    expect(index.map((e) => e[2])).toContain('/people/ban-ki-moon/');
    expect(index.map((e) => e[2])).not.toContain('/people/trygve-lie/');
    expect(index.every((e) => e[4] > 0)).toBe(true);
  });
});
