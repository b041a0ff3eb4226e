import { describe, expect, it } from 'vitest';
import { documentRecords, jsonLines, letterRecord, organisationRecords, peopleRecords } from '../../../src/lib/publish/open-data.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();

describe('the open data of the seed letters', () => {
  it('records a letter with its parties, what it names, its source and the addresses of its files', () => {
    const record = letterRecord(archive.letterById.get('2015-12-11-lucas-ign-meetings')!, archive, SEED_SITE);
    expect(record).toMatchObject({
      id: '2015-12-11-lucas-ign-meetings',
      url: 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/',
      date: '2015-12-11',
      session: 70,
      senders: [{ name: 'Sylvie Lucas', person: 'sylvie-lucas', organisation: 'intergovernmental-negotiations' }],
      recipients: [{ name: 'All Permanent Representatives and Permanent Observers to the United Nations', group: 'All Permanent Representatives and Permanent Observers to the United Nations' }],
      enclosedIn: '2015-12-14-lykketoft-ign-meetings',
      documents: ['A/DEC/69/560', 'A/DEC/62/557'],
      source: { url: 'https://un-letters.example.org/sources/2015-12-14-lykketoft-ign-meetings.txt', lines: [19, 47] },
      files: { json: 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/letter.json', bibtex: 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/cite.bib' },
    });
    expect(record.datesNamed).toContain('2016-02-03');
  });

  it('lists people, organisations and documents with the letters that concern them', () => {
    const lykketoft = peopleRecords(archive, SEED_SITE).find((p) => p.id === 'mogens-lykketoft')!;
    expect(lykketoft.sent).toEqual(['2015-12-14-lykketoft-ign-meetings']);
    expect(lykketoft.namedIn).toEqual(expect.arrayContaining(['2015-12-11-lucas-ign-meetings', '2021-01-28-donaldson-selection-process']));
    expect(organisationRecords(archive, SEED_SITE).map((o) => o.id)).toContain('1-for-7-billion');
    const resolution = documentRecords(archive, SEED_SITE).find((d) => d.symbol === 'A/RES/69/321')!;
    expect(resolution).toMatchObject({ kind: 'ga-resolution', officialUrl: 'https://undocs.org/A/RES/69/321', session: 69 });
    expect([...new Set(resolution.citedBy.map((c) => c.letter))].sort()).toEqual(['2021-01-28-donaldson-selection-process', 'undated-1-for-7-billion-civil-society']);
  });

  it('writes a JSON array one element a line, which parses whole and line by line', () => {
    const text = jsonLines([{ a: 1 }, { b: 'two, "quoted"' }]);
    expect(text).toBe('[\n{"a":1},\n{"b":"two, \\"quoted\\""}\n]\n');
    expect(JSON.parse(text)).toEqual([{ a: 1 }, { b: 'two, "quoted"' }]);
    expect(text.split('\n').slice(1, -2).map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual([{ a: 1 }, { b: 'two, "quoted"' }]);
    expect(JSON.parse(jsonLines([]))).toEqual([]);
  });
});
