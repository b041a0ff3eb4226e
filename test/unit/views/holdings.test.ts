import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { archiveHoldings } from '../../../src/lib/views/holdings.ts';
import { makeLetter, makeOrganisation, makePerson } from '../../fixtures/archive.ts';

const letters = [
  makeLetter('a', { date: '2012-03-06', senders: [{ person: 'ban' }] }),
  makeLetter('b', { date: '2012-05-01', senders: [{ person: 'ban' }, { person: 'ban' }] }),
  makeLetter('c', { date: '2022-02-16', senders: [{ organisation: 'sc' }], kind: 'note-verbale' }),
  makeLetter('d', { date: '2005-01-07', senders: [{ name: 'Someone unknown' }] }),
];
const archive = buildArchive({ letters, people: [makePerson('ban', 'Ban Ki-moon')], organisations: [makeOrganisation('sc', 'Security Council')], documents: [] });

describe('what the archive holds, for its home page', () => {
  const holdings = archiveHoldings(archive);

  it('counts the letters of each year, oldest first, each linked to its year', () => {
    expect(holdings.byYear).toEqual([
      { label: '2005', letters: 1, href: '/years/2005/' },
      { label: '2012', letters: 2, href: '/years/2012/' },
      { label: '2022', letters: 1, href: '/years/2022/' },
    ]);
  });

  it('counts each sender once a letter, most letters first, and leaves out a sender the archive does not know', () => {
    expect(holdings.bySender).toEqual([
      { label: 'Ban Ki-moon', letters: 2, href: '/people/ban/' },
      { label: 'Security Council', letters: 1, href: '/organisations/sc/' },
    ]);
  });

  it('counts the letters of each kind, the most frequent first', () => {
    expect(holdings.byKind).toEqual([{ label: 'Letters', letters: 3, href: null }, { label: 'Notes verbales', letters: 1, href: null }]);
  });
});
