import { describe, expect, it } from 'vitest';
import { dayPageInputs, letterPageInputs, listedLetterInputs, partyPageInputs } from '../../../src/lib/views/page-inputs.ts';
import { archive } from '../../fixtures/three-letters.ts';

const sorted = (set: Set<string>) => [...set].sort();

describe('what a page draws on, for its cache key', () => {
  it('gives a letter\'s page the letter as listed, and its neighbours by date by title alone', () => {
    const inputs = letterPageInputs('2016-01-02-second', archive);
    expect(sorted(inputs.listed)).toEqual(['2016-01-02-second']);
    expect(sorted(inputs.letters)).toEqual(['2016-01-01-first', '2016-01-03-third']);
  });

  it('has a listed letter bring itself and every person and organisation it names or is from or to', () => {
    const inputs = listedLetterInputs(archive.letterById.get('2016-01-02-second')!);
    expect(sorted(inputs.letters)).toEqual(['2016-01-02-second']);
    expect(sorted(inputs.people)).toEqual(['named', 'writer']);
    expect(sorted(inputs.organisations)).toEqual(['general-assembly']);
  });

  it('lists on a person\'s pages every letter they sent, received or are named in, and the person', () => {
    const inputs = partyPageInputs('people', 'writer', archive);
    expect(sorted(inputs.listed)).toEqual(['2016-01-01-first', '2016-01-02-second']);
    expect(sorted(inputs.people)).toEqual(['writer']);
    expect(inputs.organisations.has('unrelated')).toBe(false);
  });

  it('lists on a day\'s page the letters of that day and nothing of the other days', () => {
    const inputs = dayPageInputs('2016-01-03', archive);
    expect(sorted(inputs.listed)).toEqual(['2016-01-03-third']);
    expect(inputs.letters.size + inputs.people.size).toBe(0);
  });

  it('gives nothing for an id the archive does not hold', () => {
    expect(letterPageInputs('no-such-letter', archive).listed.size).toBe(0);
    expect(partyPageInputs('organisations', 'no-such-body', archive).listed.size).toBe(0);
  });
});
