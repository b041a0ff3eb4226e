import { describe, expect, it } from 'vitest';
import { flattenText, lineOfOffset, lineStartsOf, originalSpan } from '../../../src/lib/ingest/flat-text.ts';

describe('flattenText', () => {
  it.each([
    ['resolu-\ntion 69/321', 'resolution 69/321', 'a word broken over two lines with a hyphen is joined'],
    ['Secretary-\nGeneral', 'Secretary- General', 'a hyphen before a capital is part of the word, and stays'],
    ['1-\n2', '1- 2', 'a hyphen between digits is not a broken word'],
    ['a\nb', 'a b', 'a line break becomes a space'],
    ['a\fb\tc\rd', 'a b c d', 'page breaks, tabs and carriage returns become spaces'],
    ['plain', 'plain', 'text without breaks is left as it is'],
  ])('flattens %j to %j: %s', (original, flat) => {
    expect(flattenText(original).text).toBe(flat);
  });

  it('remembers where each character of the flattened text stood in the original', () => {
    const original = 'see resolu-\ntion 69/321';
    const flat = flattenText(original);
    for (let i = 0; i < flat.text.length; i++) {
      const from = original[flat.origin[i]!]!;
      expect(from === flat.text[i] || (/\s/.test(from) && flat.text[i] === ' ')).toBe(true);
    }
  });

  it('maps a match in the flattened text back to its span in the original, over the line break', () => {
    const original = 'see resolu-\ntion 69/321 today';
    const flat = flattenText(original);
    const start = flat.text.indexOf('resolution');
    const [from, to] = originalSpan(flat, start, start + 'resolution 69/321'.length);
    expect(original.slice(from, to)).toBe('resolu-\ntion 69/321');
  });

  it('maps an empty span to a point', () => {
    const flat = flattenText('abc');
    expect(originalSpan(flat, 1, 1)).toEqual([1, 1]);
  });
});

describe('lines and offsets', () => {
  it('gives the offset at which each line starts, blank lines included', () => {
    expect(lineStartsOf('ab\ncd\n\nef')).toEqual([0, 3, 6, 7]);
  });

  it.each([
    [0, 1],
    [2, 1],
    [3, 2],
    [6, 3],
    [7, 4],
    [9, 4],
  ])('puts offset %i on line %i', (offset, line) => {
    expect(lineOfOffset(lineStartsOf('ab\ncd\n\nef'), offset)).toBe(line);
  });
});
