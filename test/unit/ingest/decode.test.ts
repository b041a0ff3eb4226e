import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/lib/ingest/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeSource', () => {
  it('reads UTF-8 as it is, with no note', () => {
    expect(decodeSource(utf8('Ciarán Mac Aodha – 70ᵗʰ'))).toEqual({ ok: true, text: 'Ciarán Mac Aodha – 70ᵗʰ', notes: [] });
  });

  it('drops a byte order mark', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'Excellency,'))).toEqual({ ok: true, text: 'Excellency,', notes: [] });
  });

  it.each([
    ['CRLF', 'Excellency,\r\n\r\nText.', 'Excellency,\n\nText.'],
    ['CR', 'Excellency,\r\rText.', 'Excellency,\n\nText.'],
    ['mixed', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
  ])('turns %s line ends into LF', (_, text, decoded) => {
    expect(decodeSource(utf8(text))).toMatchObject({ ok: true, text: decoded });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a note', () => {
    // "Ciarán €" in Windows-1252: á is 0xE1, the euro sign 0x80.
    expect(decodeSource(bytes('Ciar', [0xe1], 'n ', [0x80]))).toEqual({ ok: true, text: 'Ciarán €', notes: ['not valid UTF-8: read as Windows-1252 (Latin-1)'] });
  });

  it('removes NUL bytes, with a note', () => {
    expect(decodeSource(bytes('Excel', [0], 'lency, we write to you about the meeting.'))).toEqual({
      ok: true,
      text: 'Excellency, we write to you about the meeting.',
      notes: ['NUL bytes removed'],
    });
  });

  it('turns other control characters into spaces and keeps page breaks', () => {
    expect(decodeSource(utf8('a\u0007b\u000bc\fd\u007fe, and a line of text long enough'))).toMatchObject({ ok: true, text: 'a b c\fd e, and a line of text long enough' });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty file'],
    ['a file of white space', utf8('  \n\t \r\n'), 'no text: the file holds only white space'],
    ['a binary file', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)), 'binary file (more than 10% control bytes): not a plain-text letter'],
    ['a file mostly of NUL bytes', bytes('text', new Array(100).fill(0)), 'binary file (more than 10% control bytes): not a plain-text letter'],
  ])('refuses %s, saying why', (_, input, reason) => {
    expect(decodeSource(input)).toEqual({ ok: false, reason });
  });
});
