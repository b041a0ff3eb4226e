import { describe, expect, it } from 'vitest';
import { citationFiles, cslItem, writeRisRecord } from '../../../src/lib/cite/citation-files.ts';
import { letterReference, splitName } from '../../../src/lib/cite/letter-reference.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();
const seedItem = (id: string) => cslItem(letterReference(archive.letterById.get(id)!, archive, SEED_SITE));
const LUCAS_URL = 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/';

describe('the citation files of a letter', () => {
  it('describe a letter in CSL-JSON as a personal communication with its author, addressee and date', () => {
    expect(seedItem('2015-12-11-lucas-ign-meetings')).toMatchObject({
      id: '2015-12-11-lucas-ign-meetings',
      'citation-key': '2015_12_11_lucas_ign_meetings',
      type: 'personal_communication',
      genre: 'Letter',
      author: [{ family: 'Lucas', given: 'Sylvie' }],
      recipient: [{ literal: 'All Permanent Representatives and Permanent Observers to the United Nations' }],
      issued: { 'date-parts': [[2015, 12, 11]] },
      'publisher-place': 'New York',
      URL: LUCAS_URL,
    });
  });

  it('give BibTeX with the letter id as key, RIS with the letter\'s type and tags, and CSL-JSON that parses', () => {
    const files = citationFiles(seedItem('2015-12-11-lucas-ign-meetings'));
    expect(files['cite.bib']).toMatch(/^@misc\{2015_12_11_lucas_ign_meetings,\n/);
    expect(files['cite.bib']).toContain('\tauthor = {Lucas, Sylvie},\n');
    expect(files['cite.bib']).toContain(`\turl = {${LUCAS_URL}},\n`);
    expect(files['cite.ris'].split('\r\n')).toEqual([
      'TY  - PCOMM',
      'A2  - All Permanent Representatives and Permanent Observers to the United Nations',
      'AU  - Lucas, Sylvie',
      'CY  - New York',
      'DA  - 2015/12/11/',
      'PY  - 2015',
      'ID  - 2015-12-11-lucas-ign',
      'LA  - en',
      'M3  - Letter',
      'TI  - Letter dated 11 December 2015 from the Chair of the Intergovernmental Negotiations on Security Council reform to all Permanent Representatives and Permanent Observers to the United Nations',
      `UR  - ${LUCAS_URL}`,
      'ER  - ',
      '',
    ]);
    expect(JSON.parse(files['cite.json'])).toEqual([expect.objectContaining({ id: '2015-12-11-lucas-ign-meetings', title: expect.stringMatching(/^Letter dated 11 December 2015/) })]);
  });

  it('note that an undated letter is undated, with the estimate, and give no date', () => {
    const item = seedItem('undated-1-for-7-billion-civil-society');
    expect(item.issued).toBeUndefined();
    expect(item.note).toBe('Undated; estimated 1 January 2017');
    expect(item.author).toEqual([{ literal: '1 for 7 Billion' }]);
    expect(citationFiles(item)['cite.bib']).toContain('\tnote = {Undated; estimated 1 January 2017},\n');
  });

  it('type a letter issued as a UN document as a report with its symbol as number', () => {
    const item = { ...seedItem('2015-12-11-lucas-ign-meetings'), type: 'report', number: 'A/70/664', publisher: 'United Nations' };
    const files = citationFiles(item);
    expect(files['cite.bib']).toMatch(/^@techreport\{/);
    expect(files['cite.bib']).toContain('\tnumber = {A/70/664},\n');
    expect(files['cite.ris']).toContain('TY  - RPRT\r\n');
    expect(files['cite.ris']).toContain('SN  - A/70/664\r\n');
  });

  it('write a long RIS value on one line, never broken inside a word', () => {
    expect(writeRisRecord({ TY: 'GEN', TI: 'A title\nacross lines' })).toBe('TY  - GEN\r\nTI  - A title across lines\r\nER  - \r\n');
  });
});

describe('names in citations', () => {
  it.each([
    ['Sylvie Lucas', null, { given: 'Sylvie', family: 'Lucas', familyFirst: false }],
    ['António Guterres', null, { given: 'António', family: 'Guterres', familyFirst: false }],
    ['Maria Fernanda Espinosa Garcés', null, { given: 'Maria Fernanda Espinosa', family: 'Garcés', familyFirst: false }],
    ['Avaaz', null, { given: '', family: 'Avaaz', familyFirst: false }],
    ['BAN Ki-moon', null, { given: 'Ki-moon', family: 'Ban', familyFirst: true }],
    ['ZHANG Yesui', null, { given: 'Yesui', family: 'Zhang', familyFirst: true }],
    ['Ban Ki-moon', 'Ban', { given: 'Ki-moon', family: 'Ban', familyFirst: true }],
    ['Ramón Miranda Ramos', 'Miranda Ramos', { given: 'Ramón', family: 'Miranda Ramos', familyFirst: false }],
  ])('splits %s (family name on record: %s) into given and family names', (name, familyName, split) => {
    expect(splitName(name, familyName)).toEqual(split);
  });
});
