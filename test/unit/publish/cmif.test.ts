import { describe, expect, it } from 'vitest';
import { CMIF_TERMS, cmifDocument, correspDesc, type CmifNames } from '../../../src/lib/publish/cmif.ts';
import { letterRecord } from '../../../src/lib/publish/open-data.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();
const names: CmifNames = {
  person: (id) => ({ name: archive.people.get(id)!.data.name, url: `${SEED_SITE}/people/${id}/` }),
  organisation: (id) => ({ name: archive.organisations.get(id)!.data.name, url: `${SEED_SITE}/organisations/${id}/` }),
  document: (symbol) => ({ name: symbol, url: `${SEED_SITE}/documents/${symbol}/` }),
};
const record = (id: string) => letterRecord(archive.letterById.get(id)!, archive, SEED_SITE);

describe('CMIF, the correspondence metadata correspSearch reads', () => {
  it('gives a letter its sender with place and date, its addressee, and what it mentions', () => {
    const xml = correspDesc(record('2021-01-28-donaldson-selection-process'), names);
    expect(xml).toMatch(/^<correspDesc ref="https:\/\/un-letters\.example\.org\/letters\/2021-01-28-donaldson-selection-process\/" source="#archive">/);
    expect(xml).toContain('<correspAction type="sent"><persName ref="https://un-letters.example.org/people/ben-donaldson/">Ben Donaldson</persName><date when="2021-01-28"/></correspAction>');
    expect(xml).toContain('<correspAction type="received"><persName ref="https://un-letters.example.org/people/volkan-bozkir/">Volkan Bozkir</persName></correspAction>');
    expect(xml).toContain(`<ref type="${CMIF_TERMS}mentionsPerson" target="https://un-letters.example.org/people/mogens-lykketoft/">Mogens Lykketoft</ref>`);
    expect(xml).toContain(`<ref type="${CMIF_TERMS}mentionsOrganization" target="https://un-letters.example.org/organisations/security-council/">Security Council</ref>`);
    expect(xml).toContain(`<ref type="${CMIF_TERMS}mentionsBibl" target="https://un-letters.example.org/documents/A/RES/69/321/">A/RES/69/321</ref>`);
  });

  it('dates an undated letter by its estimate, marked uncertain, and names a campaign as an organisation', () => {
    const xml = correspDesc(record('undated-1-for-7-billion-civil-society'), names);
    expect(xml).toContain('<orgName ref="https://un-letters.example.org/organisations/1-for-7-billion/">The 1 for 7 Billion campaign</orgName><date when="2017-01-01" cert="low"/>');
  });

  it('wraps the letters in a TEI header with the CC BY 4.0 licence, the file address and its date', () => {
    const xml = cmifDocument({ siteUrl: `${SEED_SITE}/`, fileUrl: `${SEED_SITE}/data/cmif.xml`, updated: '2026-01-01T00:00:00Z' }, archive.letters.map((l) => letterRecord(l, archive, SEED_SITE)), names);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">')).toBe(true);
    expect(xml).toContain('<licence target="https://creativecommons.org/licenses/by/4.0/">This file is licensed under the terms of the Creative Commons License CC-BY 4.0</licence>');
    expect(xml).toContain('<idno type="url">https://un-letters.example.org/data/cmif.xml</idno>');
    expect(xml).toContain('<date when="2026-01-01T00:00:00Z"/>');
    expect(xml.match(/<correspDesc /g)).toHaveLength(archive.letters.length);
    expect(xml.trimEnd().endsWith('</TEI>')).toBe(true);
  });
});
