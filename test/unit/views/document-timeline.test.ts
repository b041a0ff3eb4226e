import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { citationTimeline, citationsByYear, documentsCitedAlongside } from '../../../src/lib/views/document-timeline.ts';
import { makeDocument, makeLetter } from '../../fixtures/archive.ts';

const cite = (...symbols: string[]) => symbols.map((s) => `See <DocRef symbol="${s}">${s}</DocRef>.`).join('\n\n');
const letters = [
  makeLetter('a', { date: '2015-03-01' }, cite('A/RES/69/321', 'A/DEC/62/557')),
  makeLetter('b', { date: '2015-06-01' }, cite('A/RES/69/321', 'A/RES/69/321', 'A/DEC/62/557')),
  makeLetter('c', { date: '2018-01-01' }, cite('A/RES/69/321', 'A/DEC/69/560')),
  makeLetter('d', { date: '2018-02-01' }, cite('A/DEC/69/560')),
];
const documents = [makeDocument('r', 'A/RES/69/321'), makeDocument('d1', 'A/DEC/62/557'), makeDocument('d2', 'A/DEC/69/560')];
const archive = buildArchive({ letters, people: [], organisations: [], documents });
const resolution = archive.documents.get('A/RES/69/321')!;

describe('citationsByYear', () => {
  it('counts each citing letter once a year, every year from the first to the last, years without a letter at 0', () => {
    expect(citationsByYear(resolution, archive)).toEqual([
      { year: 2015, letters: 2 }, { year: 2016, letters: 0 }, { year: 2017, letters: 0 }, { year: 2018, letters: 1 },
    ]);
  });
});

describe('citationTimeline', () => {
  it('draws the busiest year as the tallest bar, an empty year as none, each bar on the baseline', () => {
    const { bars, peak, height } = citationTimeline(citationsByYear(resolution, archive));
    expect(peak).toBe(2);
    expect(bars.map((b) => b.height)).toEqual([130, 0, 0, 65]);
    for (const bar of bars) expect(bar.y + bar.height).toBe(height - 16);
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x + bars[0]!.width);
  });
});

describe('documentsCitedAlongside', () => {
  it('ranks the documents cited in the same letters by how many letters they share, and leaves the document out', () => {
    expect(documentsCitedAlongside(resolution, archive).map((d) => [d.symbol, d.letters])).toEqual([['A/DEC/62/557', 2], ['A/DEC/69/560', 1]]);
  });
});
