import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { longLists, newestFirst, partyLetters, PREVIEW } from '../../../src/lib/views/letter-lists.ts';
import { makeLetter, makeOrganisation, makePerson } from '../../fixtures/archive.ts';

const people = [makePerson('busy', 'Busy Writer'), makePerson('quiet', 'Quiet Reader')];
const organisations = [makeOrganisation('general-assembly', 'General Assembly')];
// PREVIEW + 5 letters signed by "busy", each naming "quiet" twice, on days in order.
const letters = Array.from({ length: PREVIEW + 5 }, (_, i) =>
  makeLetter(`letter-${String(i).padStart(2, '0')}`, { date: `2016-01-${String(i + 1).padStart(2, '0')}`, senders: [{ person: 'busy' }] },
    'To <PersonRef id="quiet">Quiet Reader</PersonRef>, again <PersonRef id="quiet">Reader</PersonRef>.'),
);
const archive = buildArchive({ letters, people, organisations, documents: [] });

describe('the letter lists of people and organisations', () => {
  it('lists a party\'s letters newest first, each letter once however often it names them', () => {
    const named = partyLetters(archive.people.get('quiet')!, 'named', archive);
    expect(named).toHaveLength(PREVIEW + 5);
    expect(named[0]!.id).toBe(`letter-${PREVIEW + 4}`);
    expect(named.at(-1)!.id).toBe('letter-00');
  });

  it('gives a list a page of its own only when it is longer than an entity page shows', () => {
    expect(longLists(archive.people.get('busy')!)).toEqual(['sent']);
    expect(longLists(archive.people.get('quiet')!)).toEqual(['named']);
    expect(longLists(archive.organisations.get('general-assembly')!)).toEqual([]);
  });

  it('orders letters of one day by id', () => {
    const sameDay = buildArchive({
      letters: [makeLetter('b', { date: '2016-01-01' }, 'x'), makeLetter('a', { date: '2016-01-01' }, 'y')],
      people, organisations, documents: [],
    });
    expect(newestFirst(['b', 'a', 'b'], sameDay).map((l) => l.id)).toEqual(['a', 'b']);
  });
});
