import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeader, type NumberedLine } from '../../../src/lib/ingest/read-header.ts';
import { seedSource } from '../../support/paths.ts';

const numbered = (text: string, from = 1): NumberedLine[] => text.split('\n').map((line, i) => ({ n: from + i, text: line }));

const masthead = `S/2016/263

United Nations

Security Council

Distr.: General
21 March 2016
Original: English

Letter dated 18 March 2016 from the Permanent Representative of
Ireland to the United Nations addressed to the President of the
Security Council
I have the honour to transmit herewith a letter dated 16 March 2016.
(Signed) Ciarán Mac Aodha`;

describe('readHeader, on a UN document with a masthead', () => {
  const header = readHeader(numbered(masthead));

  it('reads the symbol of the masthead', () => {
    expect(header.symbol).toBe('S/2016/263');
  });

  it('joins the title written over three lines into one', () => {
    expect(header.title).toBe('Letter dated 18 March 2016 from the Permanent Representative of Ireland to the United Nations addressed to the President of the Security Council');
    expect(header.titleEndLine).toBe(13);
  });

  it("dates the letter from its title, not from the document's date of issue", () => {
    expect(header.date).toBe('2016-03-18');
  });

  it('sets the masthead lines apart, so that nothing in them is read as a citation or a date of the letter', () => {
    expect([...header.mastheadLines].sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 8, 9]);
  });

  it('starts the running text under the title', () => {
    expect(header.bodyStartLine).toBe(14);
  });
});

describe('readHeader, on a letter', () => {
  const lines = readFileSync(seedSource('2015-12-14-lykketoft-ign-meetings'), 'utf8').split('\n');

  it('reads the place and the date of "New York, 11 December 2015"', () => {
    const header = readHeader(numbered(lines.slice(19).join('\n'), 20));
    expect(header).toMatchObject({ date: '2015-12-11', place: 'New York', dateLine: 'New York, 11 December 2015', dateLineNumber: 20 });
  });

  it('reads a date line without a place', () => {
    const header = readHeader(numbered(lines.slice(0, 19).join('\n')));
    expect(header).toMatchObject({ date: '2015-12-14', place: null, dateLine: '14 December 2015', dateLineNumber: 3 });
  });

  it('reads the salutation without its comma, and starts the running text under it', () => {
    const header = readHeader(numbered(lines.slice(0, 19).join('\n')));
    expect(header.salutation).toBe('Excellency');
    expect(header.bodyStartLine).toBe(6);
  });

  it('reads a letterhead in capitals', () => {
    const header = readHeader(numbered('THE PRESIDENT OF THE GENERAL ASSEMBLY\n\n29 January 2024\n\nExcellency,\n\nText.'));
    expect(header.letterhead).toBe('THE PRESIDENT OF THE GENERAL ASSEMBLY');
    expect(header.symbol).toBeNull();
    expect(header.title).toBeNull();
  });

  it.each([
    ['Dear Mr. President,', 'Dear Mr. President'],
    ['Dear Secretary-General:', 'Dear Secretary-General'],
    ['Your Excellency,', 'Your Excellency'],
    ['Sir,', 'Sir'],
  ])('reads the salutation %j as %j', (line, salutation) => {
    expect(readHeader(numbered(`1 May 2017\n\n${line}\n\nText.`)).salutation).toBe(salutation);
  });

  it('warns about a date line that reads both ways, and gives no date', () => {
    const header = readHeader(numbered('Geneva, 03/04/2016\n\nDear Colleagues,\n\nText.'));
    expect(header.date).toBeNull();
    expect(header.warnings).toEqual([{ line: 1, kind: 'ambiguous-date', message: expect.stringContaining('03/04/2016') }]);
  });

  it('gives no date to a letter that has none', () => {
    const header = readHeader(numbered('Dear Secretary-General,\n\nWe welcome your remarks of 19 October 2016.\n\nYours sincerely,'));
    expect(header.date).toBeNull();
    expect(header.dateLine).toBeNull();
  });
});

describe('readHeader, on a note verbale', () => {
  const note = `PERMANENT MISSION OF JAPAN TO THE UNITED NATIONS

The Permanent Mission of Japan to the United Nations presents its compliments to the Secretary-General and has the honour to inform him of the following.

The Permanent Mission of Japan avails itself of this opportunity to renew to the Secretary-General the assurances of its highest consideration.

New York, 14 March 2017`;
  const header = readHeader(numbered(note));

  it('reads who presents its compliments, and to whom', () => {
    expect(header.noteVerbale).toEqual({ from: 'The Permanent Mission of Japan to the United Nations', to: 'Secretary-General' });
  });

  it('dates it from the date line at its foot', () => {
    expect(header).toMatchObject({ date: '2017-03-14', place: 'New York', dateLineNumber: 7 });
  });

  it('starts its running text above that date line', () => {
    expect(header.bodyStartLine).toBeLessThanOrEqual(3);
  });
});
