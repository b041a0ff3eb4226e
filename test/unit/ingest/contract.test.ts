import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../../src/ingest/archive-state.ts';
import { contractEntry } from '../../../src/lib/ingest/contract.ts';
import { ingestSource } from '../../../src/lib/ingest/ingest-source.ts';
import { seedSource, contentDir } from '../../support/paths.ts';

const state = new ArchiveState(contentDir);
const { letters } = ingestSource(readFileSync(seedSource('2015-12-14-lykketoft-ign-meetings'), 'utf8'), state.contextFor([], true));

describe('contractEntry', () => {
  const [cover, enclosed] = letters.map((letter) => contractEntry('batch/002.txt', letter, state));

  it('has exactly the fields of the contract', () => {
    expect(Object.keys(cover!)).toEqual(['source', 'id', 'date', 'senders', 'recipients', 'documents', 'people', 'dates', 'enclosures', 'enclosedIn']);
  });

  it('names the source as given, and links the cover letter and its enclosure both ways', () => {
    expect(cover).toMatchObject({ source: 'batch/002.txt', id: '2015-12-14-lykketoft', enclosures: ['2015-12-11-lucas'], enclosedIn: null });
    expect(enclosed).toMatchObject({ id: '2015-12-11-lucas', enclosures: [], enclosedIn: '2015-12-14-lykketoft' });
  });

  it('gives senders by name and role as signed, and recipients as written', () => {
    expect(enclosed!.senders).toEqual([{ name: 'Sylvie Lucas', role: 'Ambassador, Permanent Representative Chair of the Intergovernmental Negotiations on Security Council reform' }]);
    expect(enclosed!.recipients).toEqual(['All Permanent Representatives and Permanent Observers to the United Nations']);
  });

  it('gives the people named in the running text by full name, not by id', () => {
    expect(cover!.people).toEqual(['Sylvie Lucas']);
    expect(enclosed!.people).toEqual(['Mogens Lykketoft']);
  });

  it('gives documents by canonical symbol and dates as ISO days, in order of first mention', () => {
    expect(enclosed!.documents).toEqual(['A/DEC/69/560', 'A/DEC/62/557']);
    expect(enclosed!.dates).toEqual(['2015-12-11', '2015-10-23', '2015-10-30', '2015-09-14', '2015-07-31', '2008-09-15', '2016-02-03']);
  });

  it('falls back to the id of a person the names do not hold', () => {
    const entry = contractEntry('x.txt', { ...letters[0]!, namedPeople: ['someone-new'] }, { people: new Map() });
    expect(entry.people).toEqual(['someone-new']);
  });
});
