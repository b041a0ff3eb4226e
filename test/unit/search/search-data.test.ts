import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { indexHas, letterSymbols, symbolIndex } from '../../../src/lib/search/search-data.ts';
import { makeDocument, makeLetter } from '../../fixtures/archive.ts';

const archive = buildArchive({
  letters: [
    makeLetter('cover', { symbol: 'S/2012/135', title: 'Letter dated 6 March 2012 from the Secretary-General' }, 'It cites <DocRef symbol="S/RES/1973(2011)">resolution 1973 (2011)</DocRef>.'),
    makeLetter('plain', {}),
  ],
  people: [],
  organisations: [],
  documents: [makeDocument('s-res-1973-2011', 'S/RES/1973(2011)')],
});

describe('the indexes a citation search loads', () => {
  it('lists the cited documents by the part of their symbol before its last slash', () => {
    expect(symbolIndex(archive)).toEqual({ 'S/RES/': ['1973(2011)'] });
    expect(indexHas(symbolIndex(archive), 'S/RES/1973(2011)')).toBe(true);
    expect(indexHas(symbolIndex(archive), 'S/2012/135')).toBe(false);
  });

  it('maps each letter issued as a UN document to its id and title, so that its own symbol finds it', () => {
    expect(letterSymbols(archive)).toEqual({ 'S/2012/135': ['cover', 'Letter dated 6 March 2012 from the Secretary-General'] });
  });
});
