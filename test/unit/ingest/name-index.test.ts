import { describe, expect, it } from 'vitest';
import { buildNameIndex, extendNameIndex, findNames, wordsWithSpans } from '../../../src/lib/ingest/name-index.ts';

const found = (text: string, index: ReturnType<typeof buildNameIndex>) => findNames(text, index).map((f) => [f.id, text.slice(f.start, f.end)]);

describe('wordsWithSpans', () => {
  it('keeps apostrophes and hyphens inside words, and gives where each word stands', () => {
    expect(wordsWithSpans("it's the Secretary-General’s 70th")).toEqual([
      { word: "it's", start: 0, end: 4 },
      { word: 'the', start: 5, end: 8 },
      { word: 'Secretary-General’s', start: 9, end: 28 },
      { word: '70th', start: 29, end: 33 },
    ]);
  });
});

describe('buildNameIndex and findNames', () => {
  const index = buildNameIndex([
    { id: 'united-nations', form: 'United Nations' },
    { id: 'general-assembly', form: 'United Nations General Assembly' },
    { id: 'general-assembly', form: 'General Assembly' },
    { id: 'united-nations', form: 'UN' },
    { id: 'nothing', form: '' },
  ]);

  it('leaves out one-word forms shorter than three letters, and empty forms', () => {
    expect(found('the UN and the Assembly', index)).toEqual([]);
    expect([...index.keys()].sort()).toEqual(['General', 'United']);
  });

  it('prefers the longest name that starts at a word', () => {
    expect(found('The United Nations General Assembly met.', index)).toEqual([['general-assembly', 'United Nations General Assembly']]);
  });

  it('finds a name broken over two lines, or with a full stop between its words', () => {
    expect(found('United\nNations and United Nations. General Assembly', index)).toEqual([
      ['united-nations', 'United\nNations'],
      ['general-assembly', 'United Nations. General Assembly'],
    ]);
  });

  it('does not find a name whose words are joined by anything else', () => {
    expect(found('United-Nations, United, Nations', index)).toEqual([]);
  });

  it('matches case as written', () => {
    expect(found('united nations', index)).toEqual([]);
  });

  it('finds names added later, longest first among them too', () => {
    const grown = buildNameIndex([{ id: 'united-nations', form: 'United Nations' }]);
    extendNameIndex(grown, [{ id: 'unog', form: 'United Nations Office at Geneva' }]);
    expect(found('the United Nations Office at Geneva and the United Nations', grown)).toEqual([
      ['unog', 'United Nations Office at Geneva'],
      ['united-nations', 'United Nations'],
    ]);
  });
});
