import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { letterThread } from '../../../src/lib/views/letter-thread.ts';
import { makeLetter } from '../../fixtures/archive.ts';

const refers = (id: string, relation: string) => [{ letter: id, description: `letter ${id}`, relation }];
const letters = [
  makeLetter('first', { date: '2020-01-10' }),
  makeLetter('reply', { date: '2020-01-20', refersTo: refers('first', 'answers') }),
  makeLetter('follow-up', { date: '2020-02-01', refersTo: refers('reply', 'follows'), encloses: ['annex'] }),
  makeLetter('annex', { date: '2020-01-31', enclosedIn: 'follow-up' }),
  makeLetter('alone', { date: '2020-03-01' }),
];
const archive = buildArchive({ letters, people: [], organisations: [], documents: [] });
const threadOf = (id: string) => letterThread(archive.letterById.get(id)!, archive).map((e) => [e.letter.id, e.relation]);

describe('letterThread', () => {
  it('lists the whole thread oldest first, each letter with how it stands to this one', () => {
    expect(threadOf('reply')).toEqual([
      ['first', 'Answered by this letter'],
      ['reply', 'This letter'],
      ['annex', 'In the same thread'],
      ['follow-up', 'Follows up this letter'],
    ]);
  });

  it('names enclosures and cover letters', () => {
    expect(threadOf('follow-up')).toContainEqual(['annex', 'Enclosed in this letter']);
    expect(threadOf('annex')).toContainEqual(['follow-up', 'Encloses this letter']);
  });

  it('is empty for a letter linked to no other', () => {
    expect(threadOf('alone')).toEqual([]);
  });
});
