import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { makeDocument, makeLetter, makeOrganisation, makePerson } from '../../fixtures/archive.ts';

// The February 2022 exchange as the ingest writes it: the Secretary-General signs by name, his letters go to the
// "President of the Security Council" and come back addressed to the "Secretary-General".
const people = [
  makePerson('antonio-guterres', 'António Guterres', [{ title: 'Secretary-General of the United Nations', organisation: 'united-nations', from: '2017-01-01' }]),
  makePerson('vassily-nebenzia', 'Vassily Nebenzia'),
];
const fromSG = { senders: [{ person: 'antonio-guterres' }], recipients: [{ group: 'President of the Security Council' }] };
const fromPresident = { senders: [{ person: 'vassily-nebenzia', role: 'President of the Security Council' }], recipients: [{ group: 'Secretary-General' }] };
const answering = (date: string, symbol: string | null) => [{ description: `your letter dated ${date}`, relation: 'answers', date, symbol }];
const letters = [
  makeLetter('s125', { date: '2022-02-14', symbol: 'S/2022/125', ...fromSG }),
  makeLetter('s126', { date: '2022-02-16', symbol: 'S/2022/126', ...fromPresident, refersTo: answering('2022-02-14', 'S/2022/125') }),
  makeLetter('s141', { date: '2022-02-16', symbol: 'S/2022/141', ...fromSG }),
  // Without its symbol, "your letter dated 16 February 2022" is told from S/2022/126 of the same day by who wrote it.
  makeLetter('s142', { date: '2022-02-21', symbol: 'S/2022/142', ...fromPresident, refersTo: answering('2022-02-16', null) }),
  makeLetter('s140', { date: '2022-02-21', symbol: 'S/2022/140', ...fromPresident, refersTo: answering('2022-02-16', 'S/2022/139') }),
  makeLetter('by-hand', { date: '2022-03-01', ...fromSG, refersTo: [{ letter: 's126', description: 'the letter of the President' }] }),
];
const archive = buildArchive({ letters, people, organisations: [makeOrganisation('united-nations', 'United Nations')], documents: [makeDocument('s-2022-125', 'S/2022/125')] });
const thread = (id: string) => archive.letterById.get(id)!.thread;

describe('threads at build', () => {
  it('resolves "your letter" of a day with two letters to the one the addressee signed, by the roles people hold that day', () => {
    expect(thread('s142').references.map((r) => r.letter)).toEqual(['s141']);
    expect(thread('s142').answers).toEqual(['s141']);
  });

  it('leaves a reference to a letter the archive lacks unresolved, though another letter bears its date', () => {
    expect(thread('s140').references).toEqual([{ letter: null, description: 'your letter dated 2022-02-16', relation: 'answers', date: '2022-02-16', symbol: 'S/2022/139' }]);
    expect(thread('s141').answeredBy).toEqual(['s142']);
  });

  it('links replies both ways, and keeps a reference an editor resolved by hand', () => {
    expect(thread('s126').answers).toEqual(['s125']);
    expect(thread('s125').answeredBy).toEqual(['s126']);
    expect(thread('s126').referredBy).toEqual([{ letter: 'by-hand', relation: 'cites' }]);
  });

  it('makes the document page of a letter\'s symbol lead to the letter', () => {
    expect(archive.documents.get('S/2022/125')!.letter).toBe('s125');
  });
});
