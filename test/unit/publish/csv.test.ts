import { describe, expect, it } from 'vitest';
import { csvField, csvTable } from '../../../src/lib/publish/csv.ts';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [70, '70'],
  ])('writes the field %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes a header row and one row a record, each line ended with CRLF', () => {
    expect(csvTable(['id', 'title'], [['a', 'First, second'], ['b', null]])).toBe('id,title\r\na,"First, second"\r\nb,\r\n');
  });
});
