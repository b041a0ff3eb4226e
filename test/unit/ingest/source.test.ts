import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../../src/ingest/archive-state.ts';
import { ingestSource } from '../../../src/lib/ingest/ingest-source.ts';
import { verifyMdx } from '../../../src/lib/ingest/verify-mdx.ts';
import { seedSource, contentDir } from '../../support/paths.ts';

// The three seeds, read in an archive built from the project's content folder, as the command builds it.
const seedText = (name: string) => readFileSync(seedSource(name), 'utf8');
function ingest(name: string) {
  const state = new ArchiveState(contentDir);
  return { state, ...ingestSource(seedText(name), state.contextFor([], true)) };
}

describe('ingestSource, on the letter of the 1 for 7 Billion campaign to Volkan Bozkir (seed 000)', () => {
  const { letters, warnings, state } = ingest('2021-01-28-donaldson-selection-process');
  const [letter] = letters;

  it('reads one dated letter, with no warning', () => {
    expect(letters).toHaveLength(1);
    expect(letter).toMatchObject({ id: '2021-01-28-donaldson', date: '2021-01-28', dateLine: '28 January 2021', kind: 'letter', lines: [1, 33] });
    expect(warnings).toEqual([]);
  });

  it('reads the signatory under the scribble, and the addressee from the salutation', () => {
    expect(letter!.senders).toEqual([{ name: 'Ben Donaldson', role: 'on behalf of the 1 for 7 Billion team', person: 'ben-donaldson', organisation: null }]);
    expect(letter!.recipients).toEqual([{ text: 'Volkan Bozkir', person: 'volkan-bozkir' }]);
    expect(letter!.title).toBe('Letter dated 28 January 2021 from Ben Donaldson to Volkan Bozkir');
  });

  it('finds the resolution it cites, and not the 2015/16 selection process', () => {
    expect(letter!.documents).toEqual(['A/RES/69/321']);
    expect(letter!.body).toContain('<DocRef symbol="A/RES/69/321">GA Resolution 69/321</DocRef>');
    expect(letter!.body).toContain('in 2015/16');
  });

  it('names in the contract the people of its running text, not its signatory or addressee', () => {
    expect(letter!.namedPeople).toEqual(['mogens-lykketoft']);
    expect(letter!.people).toEqual(expect.arrayContaining(['ben-donaldson', 'volkan-bozkir', 'mogens-lykketoft']));
  });

  it('adds no one to an archive that already knows everyone it names', () => {
    expect(state.addedPeople).toEqual([]);
    expect(state.addedOrganisations).toEqual([]);
  });
});

describe('ingestSource, on the undated letter of the campaign to the Secretary-General (seed 001)', () => {
  const { letters, warnings } = ingest('undated-1-for-7-billion-civil-society');
  const [letter] = letters;

  it('reads an undated letter and warns about it on its first line of text', () => {
    expect(letter).toMatchObject({ id: 'undated-1-for-7-billion', date: null });
    expect(warnings).toEqual([{ line: 3, kind: 'no-date', message: 'no date found for this letter' }]);
  });

  it('reads the campaign that signs as the sender, and the Secretary-General as the addressee', () => {
    expect(letter!.senders).toEqual([{ name: null, role: 'The 1 for 7 Billion campaign', person: null, organisation: null }]);
    expect(letter!.recipients).toEqual([{ text: 'Secretary-General', person: null }]);
  });

  it('finds Ms Amina Mohammed, the date of the remarks and the resolution', () => {
    expect(letter!.namedPeople).toEqual(['amina-mohammed']);
    expect(letter!.dates).toEqual(['2016-10-19']);
    expect(letter!.documents).toEqual(['A/RES/69/321']);
  });

  it('keeps the dashes of its list as text', () => {
    expect(letter!.body).toContain('\\- The recognition of civil society');
  });
});

describe('ingestSource, on a cover letter and the letter it encloses (seed 002)', () => {
  const { letters } = ingest('2015-12-14-lykketoft-ign-meetings');
  const [cover, enclosed] = letters;

  it('reads two letters, the second enclosed in the first', () => {
    expect(letters.map((l) => [l.id, l.lines, l.enclosedIn, l.encloses])).toEqual([
      ['2015-12-14-lykketoft', [1, 19], null, ['2015-12-11-lucas']],
      ['2015-12-11-lucas', [20, 47], '2015-12-14-lykketoft', []],
    ]);
  });

  it('dates and places each letter from its own date line', () => {
    expect([cover!.date, cover!.place]).toEqual(['2015-12-14', null]);
    expect([enclosed!.date, enclosed!.place, enclosed!.dateLine]).toEqual(['2015-12-11', 'New York', 'New York, 11 December 2015']);
  });

  it('reads each signatory, and each letter\'s addressees from its own "To" line', () => {
    expect(cover!.senders.map((s) => [s.name, s.person])).toEqual([['Mogens Lykketoft', 'mogens-lykketoft']]);
    expect(enclosed!.senders.map((s) => [s.name, s.person])).toEqual([['Sylvie Lucas', 'sylvie-lucas']]);
    expect(cover!.recipients.map((r) => r.text)).toEqual(['All Permanent Representatives to the United Nations']);
    expect(enclosed!.recipients.map((r) => r.text)).toEqual(['All Permanent Representatives and Permanent Observers to the United Nations']);
  });

  it('titles the enclosed letter from the office its signatory holds', () => {
    expect(enclosed!.title).toBe('Letter dated 11 December 2015 from the Chair of the Intergovernmental Negotiations on Security Council reform to all Permanent Representatives and Permanent Observers to the United Nations');
  });

  it('finds the decisions it cites and every date in it, in order', () => {
    expect(enclosed!.documents).toEqual(['A/DEC/69/560', 'A/DEC/62/557']);
    expect(enclosed!.dates).toEqual(['2015-12-11', '2015-10-23', '2015-10-30', '2015-09-14', '2015-07-31', '2008-09-15', '2016-02-03']);
  });

  it('keeps the superscripts of "70<sup>th</sup> session"', () => {
    expect(enclosed!.body.match(/70<sup>th<\/sup> session/g)).toHaveLength(3);
  });
});

describe('ingestSource, on every seed', () => {
  it.each(['2021-01-28-donaldson-selection-process', 'undated-1-for-7-billion-civil-society', '2015-12-14-lykketoft-ign-meetings'])('writes for %s bodies that keep every word of their lines and run no code', (seed) => {
    const lines = seedText(seed).split('\n');
    for (const letter of ingest(seed).letters) {
      expect(verifyMdx(letter.body, lines.slice(letter.lines[0] - 1, letter.lines[1]).join('\n')).problems).toEqual([]);
    }
  });

  it.each(['2021-01-28-donaldson-selection-process', 'undated-1-for-7-billion-civil-society', '2015-12-14-lykketoft-ign-meetings'])('shares out every line of %s between its letters, none twice', (seed) => {
    const lines = seedText(seed).split('\n');
    const { letters } = ingest(seed);
    const owners = lines.map((_, i) => letters.filter((l) => l.lines[0] <= i + 1 && i + 1 <= l.lines[1]).length);
    expect(owners.every((count) => count === 1)).toBe(true);
  });

  it('reads the same source the same way twice', () => {
    const strip = (r: ReturnType<typeof ingest>) => ({ letters: r.letters, warnings: r.warnings });
    expect(strip(ingest('2015-12-14-lykketoft-ign-meetings'))).toEqual(strip(ingest('2015-12-14-lykketoft-ign-meetings')));
  });
});
