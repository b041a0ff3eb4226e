import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDateLine, segmentLetters } from '../../../src/lib/ingest/segment.ts';
import { seedSource } from '../../support/paths.ts';

const seed = (name: string) => readFileSync(seedSource(name), 'utf8').split('\n');

describe('isDateLine', () => {
  it.each([
    '14 December 2015',
    '  14 December 2015  ',
    'New York, 11 December 2015',
    'New York, the 3 February 2016.',
    'Wednesday, 3 February 2016',
    'February 3, 2016',
    '2016-02-03',
  ])('takes %j for a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    ['On 14 December 2015 we met', 'the date stands in a sentence'],
    ['The meeting of 14 December 2015', 'words come before the date'],
    ['14 December 2015 and 15 December 2015', 'the line holds two dates'],
    ['Geneva, 3-4 May 2016', 'the line holds a range of days'],
    ['New York, 11 December 2015 (signed)', 'words come after the date'],
    ['03/04/2016', 'the date reads both ways'],
    ['December 2015', 'there is no day'],
    ['', 'the line is blank'],
  ])('does not take %j for a date line: %s', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('segmentLetters', () => {
  it('reads a letter alone as one segment over all its lines', () => {
    const lines = seed('2021-01-28-donaldson-selection-process');
    expect(segmentLetters(lines)).toEqual([{ first: 1, last: lines.length, enclosedIn: null, heading: null, headingLines: 0 }]);
  });

  it('splits a cover letter from the letter it encloses at the second date line, after the signature', () => {
    const lines = seed('2015-12-14-lykketoft-ign-meetings');
    const segments = segmentLetters(lines);
    expect(segments.map(({ first, last, enclosedIn }) => ({ first, last, enclosedIn }))).toEqual([
      { first: 1, last: 19, enclosedIn: null },
      { first: 20, last: lines.length, enclosedIn: 0 },
    ]);
    expect(lines[19]).toBe('New York, 11 December 2015');
  });

  const withAnnex = ['Excellency,', '', 'I enclose a report (see annex).', '', 'Yours sincerely,', '', 'Jane Roe', '', 'Annex', '', 'The report, with its own enclosure.', '', 'Enclosure', '', 'The enclosure.'];

  it('opens an enclosed segment at an "Annex" heading, the heading its first line', () => {
    const [cover, annex] = segmentLetters(withAnnex);
    expect(cover).toMatchObject({ first: 1, last: 8 });
    expect(annex).toMatchObject({ first: 9, enclosedIn: 0, heading: 'Annex', headingLines: 1 });
  });

  it('gives an "Enclosure" that follows an annex to that annex', () => {
    const segments = segmentLetters(withAnnex);
    expect(segments).toHaveLength(3);
    expect(segments[2]).toMatchObject({ first: 13, last: 15, enclosedIn: 1, heading: 'Enclosure' });
  });

  it('gives a second enclosure to the cover letter, not to the first enclosure', () => {
    const lines = ['Excellency,', 'I enclose two letters.', 'Yours sincerely,', 'Jane Roe', '', 'Enclosure 1', 'First.', '', 'Enclosure 2', 'Second.'];
    expect(segmentLetters(lines).map((s) => [s.heading, s.enclosedIn])).toEqual([[null, null], ['Enclosure 1', 0], ['Enclosure 2', 0]]);
  });

  it('does not open an annex at a heading on the first line of text', () => {
    expect(segmentLetters(['', 'Annex', 'A report.'])).toHaveLength(1);
  });

  it('keeps a note verbale dated at its foot as one letter', () => {
    const lines = ['The Mission presents its compliments to the Secretary-General.', '', 'It avails itself of this opportunity to renew the assurances of its highest consideration.', '', 'New York, 14 March 2017', '', 'Enclosure: as stated'];
    expect(segmentLetters(lines)).toHaveLength(1);
  });

  it('takes every line of an "Annex to the letter dated ..." heading, up to its addressee', () => {
    const lines = ['Excellency,', 'Text.', '(Signed) Jane Roe', '', 'Annex to the letter dated 18 March 2016 from the Permanent', 'Representative of Ireland to the United Nations addressed to the', 'President of the Security Council', 'Letter dated 16 March 2016'];
    const annex = segmentLetters(lines)[1]!;
    expect(annex).toMatchObject({ first: 5, headingLines: 3, enclosedIn: 0 });
  });

  it('shares out every line: the segments follow one another without gap or overlap', () => {
    const segments = segmentLetters(withAnnex);
    expect(segments[0]!.first).toBe(1);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.first).toBe(segments[i - 1]!.last + 1);
    expect(segments.at(-1)!.last).toBe(withAnnex.length);
  });
});
