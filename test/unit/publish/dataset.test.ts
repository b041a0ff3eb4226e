import { describe, expect, it } from 'vitest';
import { DATA_FILES, datasetJsonLd, LETTER_CSV_HEADER, letterCsvRow } from '../../../src/lib/publish/dataset.ts';
import { letterRecord } from '../../../src/lib/publish/open-data.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();

describe('the description of the open data', () => {
  it('describes every file the /data/ folder publishes', () => {
    expect(DATA_FILES.map((f) => f.path)).toEqual(['/data/letters.json', '/data/letters.csl.json', '/data/letters.csv', '/data/people.json', '/data/organisations.json', '/data/documents.json', '/data/cmif.xml']);
    expect(DATA_FILES.every((f) => f.fields.length > 0 && f.description.length > 0)).toBe(true);
  });

  it('is a schema.org Dataset with its licence, coverage and one download per file', () => {
    const data = datasetJsonLd(SEED_SITE, 4, '2015-12-11/2021-01-28');
    expect(data).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', url: 'https://un-letters.example.org/data/', temporalCoverage: '2015-12-11/2021-01-28' });
    expect(data.distribution).toContainEqual({ '@type': 'DataDownload', name: 'Correspondence metadata (CMIF)', encodingFormat: 'application/tei+xml', contentUrl: 'https://un-letters.example.org/data/cmif.xml' });
  });

  it('writes a letter as a CSV row in the order of the header, lists joined with "; "', () => {
    const row = letterCsvRow(letterRecord(archive.letterById.get('2015-12-14-lykketoft-ign-meetings')!, archive, SEED_SITE));
    expect(row).toHaveLength(LETTER_CSV_HEADER.length);
    expect(Object.fromEntries(LETTER_CSV_HEADER.map((h, i) => [h, row[i]]))).toMatchObject({
      id: '2015-12-14-lykketoft-ign-meetings',
      date: '2015-12-14',
      senders: 'Mogens Lykketoft',
      encloses: '2015-12-11-lucas-ign-meetings',
      enclosed_in: null,
    });
  });
});
