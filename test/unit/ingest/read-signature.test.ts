import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NumberedLine } from '../../../src/lib/ingest/read-header.ts';
import { closingLine, normalisePersonName, readAddressBlock, readPersonName, readSignatures, readToLines, titleCase } from '../../../src/lib/ingest/read-signature.ts';
import { seedSource } from '../../support/paths.ts';

const numbered = (text: string): NumberedLine[] => text.split('\n').map((line, i) => ({ n: i + 1, text: line }));
const seed = (name: string) => numbered(readFileSync(seedSource(name), 'utf8'));

describe('readPersonName', () => {
  it.each([
    ['KOFI A. ANNAN', 'KOFI A. ANNAN'],
    ['BAN Ki-moon', 'BAN Ki-moon'],
    ['Luis Alfonso de Alba', 'Luis Alfonso de Alba'],
    ['H.E. Mr. Mogens Lykketoft', 'Mogens Lykketoft'],
    ['Dr. Élodie Müller-Øberg', 'Élodie Müller-Øberg'],
    ['Mogens Lykketoft,', 'Mogens Lykketoft'],
    ['Ciarán Mac Aodha', 'Ciarán Mac Aodha'],
    ['António Guterres', 'António Guterres'],
  ])('reads %j as the name %j', (line, name) => {
    expect(readPersonName(line)).toBe(name);
  });

  it.each([
    ['Permanent Representative', 'a role'],
    ['President of the General Assembly', 'an office'],
    ['The 1 for 7 Billion campaign', 'a campaign'],
    ['Ambassador', 'a title alone'],
    ['New York', 'a place'],
    ['Madonna', 'a single word'],
    ['Ann Example '.repeat(6), 'too long for a name'],
  ])('does not read %j as a name (%s)', (line) => {
    expect(readPersonName(line)).toBeNull();
  });
});

describe('normalisePersonName', () => {
  it.each([
    ['KOFI A. ANNAN', 'Kofi A. Annan'],
    ['BAN Ki-moon', 'Ban Ki-moon'],
    ['Sylvie Lucas', 'Sylvie Lucas'],
    ['Luis Alfonso de Alba', 'Luis Alfonso de Alba'],
  ])('files %j as %j', (name, filed) => {
    expect(normalisePersonName(name)).toBe(filed);
  });

  it("capitalises each part of a name, after an apostrophe or a hyphen too", () => {
    expect(titleCase("O'NEILL-SMITH")).toBe("O'Neill-Smith");
  });
});

describe('readSignatures', () => {
  it('passes over the scribble above "Ben Donaldson on behalf of the 1 for 7 Billion team"', () => {
    expect(readSignatures(seed('2021-01-28-donaldson-selection-process'))).toEqual([{ name: 'Ben Donaldson', role: 'on behalf of the 1 for 7 Billion team', line: 31 }]);
  });

  it('reads a campaign that signs as itself as a role with no name', () => {
    expect(readSignatures(seed('undated-1-for-7-billion-civil-society'))).toEqual([{ name: null, role: 'The 1 for 7 Billion campaign', line: 28 }]);
  });

  it("reads Sylvie Lucas's signature with her role, and stops at the addressee", () => {
    expect(readSignatures(seed('2015-12-14-lykketoft-ign-meetings'))).toEqual([
      { name: 'Sylvie Lucas', role: 'Ambassador, Permanent Representative Chair of the Intergovernmental Negotiations on Security Council reform', line: 42 },
    ]);
  });

  it('reads the cover letter of the same seed as signed by name alone', () => {
    expect(readSignatures(seed('2015-12-14-lykketoft-ign-meetings').slice(0, 19))).toEqual([{ name: 'Mogens Lykketoft', role: null, line: 13 }]);
  });

  it('reads "(Signed) Kofi A. Annan" and the role under it', () => {
    expect(readSignatures(numbered('I have the honour to transmit the report.\n(Signed) Kofi A. Annan\nSecretary-General'))).toEqual([
      { name: 'Kofi A. Annan', role: 'Secretary-General', line: 2 },
    ]);
  });

  it('reads two signatories, each block a name and its role', () => {
    const text = 'Text.\n\nYours sincerely,\n\nAntje Leendertse\nPermanent Representative of Germany\n\nNeville Gertze\nPermanent Representative of Namibia\n\nTo: All Permanent Representatives';
    expect(readSignatures(numbered(text)).map((s) => [s.name, s.role])).toEqual([
      ['Antje Leendertse', 'Permanent Representative of Germany'],
      ['Neville Gertze', 'Permanent Representative of Namibia'],
    ]);
  });

  it('reads "Name, Role" written on one line', () => {
    expect(readSignatures(numbered('Text.\n\nYours sincerely,\n\nJane Roe, Director\nPeace Network'))).toEqual([{ name: 'Jane Roe', role: 'Director Peace Network', line: 5 }]);
  });

  it('reads nothing from a text with no closing formula', () => {
    expect(readSignatures(numbered('Text only, with no closing and no signature.\nJane Roe'))).toEqual([]);
  });
});

describe('closingLine', () => {
  it.each([
    ['Please accept, Excellency, the assurances of my highest consideration.\nJane Roe', 1],
    ['Text.\nYours faithfully,\nJane Roe', 2],
    ['Text.\n(Signed) Jane Roe', 1],
    ['Text, and no closing.', null],
  ])('finds the closing formula of %j on line %j', (text, line) => {
    expect(closingLine(numbered(text))).toBe(line);
  });
});

describe('readToLines', () => {
  it.each([
    ['To All Permanent Representatives to the United Nations\nNew York', ['All Permanent Representatives to the United Nations']],
    ['To: All Permanent Representatives and Permanent Observers\nto the United Nations\nNew York', ['All Permanent Representatives and Permanent Observers to the United Nations']],
    ['To: H.E. Mr. Volkan Bozkir,', ['H.E. Mr. Volkan Bozkir']],
    ['To whom it may concern', []],
    ['I write to all of you.', []],
  ])('reads the addressees of %j', (text, addressees) => {
    expect(readToLines(numbered(text))).toEqual(addressees);
  });

  it('reads both "To" lines of a source that holds two letters', () => {
    expect(readToLines(seed('2015-12-14-lykketoft-ign-meetings'))).toEqual([
      'All Permanent Representatives to the United Nations',
      'All Permanent Representatives and Permanent Observers to the United Nations',
    ]);
  });
});

describe('readAddressBlock', () => {
  it('reads the role under the name of an addressee, not the place under it', () => {
    expect(readAddressBlock(numbered('H.E. Mr. Oh Joon\nPresident of the Economic and Social Council\nUnited Nations\nNew York'))).toEqual(['President of the Economic and Social Council']);
  });

  it('reads nothing from lines that name no one', () => {
    expect(readAddressBlock(numbered('United Nations\nNew York'))).toEqual([]);
  });
});
