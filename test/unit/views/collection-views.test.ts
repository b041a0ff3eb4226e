import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { collectionLetters, collectionsByLetter, collectionTimeline } from '../../../src/lib/views/collection-views.ts';
import { lettersByDayAdded } from '../../../src/lib/views/letters-added.ts';
import { makeLetter } from '../../fixtures/archive.ts';

const archive = buildArchive({
  letters: [
    makeLetter('late', { date: '2021-01-28', added: '2026-11-23' }),
    makeLetter('early', { date: '2015-12-14', added: '2026-12-02' }),
    makeLetter('undated', { date: null, dateEstimate: '2017-01-01', added: '2026-11-23' }),
    makeLetter('unrecorded', { date: '2016-02-03' }),
  ],
  people: [],
  organisations: [],
  documents: [],
});
const quote = (letter: string, line: number) => ({ component: 'Quote', letter, paragraph: 1, line });

describe('the letters of a collection', () => {
  it('names each letter once, those the essay cites in its order, then those its frontmatter adds', () => {
    const references = [quote('late', 3), { component: 'Timeline', letter: null, paragraph: null, line: 5 }, quote('early', 7), quote('late', 9)];
    expect(collectionLetters(references, ['undated', 'early'])).toEqual(['late', 'early', 'undated']);
  });

  it('shows them on the timeline in the order they were written, an undated letter at its estimate', () => {
    expect(collectionTimeline(['late', 'undated', 'early'], archive).map((l) => l.id)).toEqual(['early', 'undated', 'late']);
  });

  it('links each letter back to every collection that names it', () => {
    const one = { id: 'one', title: 'One', description: '', letters: ['late', 'early'] };
    const two = { id: 'two', title: 'Two', description: '', letters: ['late'] };
    const byLetter = collectionsByLetter([one, two]);
    expect(byLetter.get('late')).toEqual([one, two]);
    expect(byLetter.get('early')).toEqual([one]);
    expect(byLetter.has('undated')).toBe(false);
  });
});

describe('lettersByDayAdded', () => {
  it('groups the letters by the day they were added, newest day first, and lists those without a day last', () => {
    const days = lettersByDayAdded(archive).map(({ day, letters }) => [day, letters.map((l) => l.id)]);
    expect(days).toEqual([
      ['2026-12-02', ['early']],
      ['2026-11-23', ['late', 'undated']],
      [null, ['unrecorded']],
    ]);
  });
});
