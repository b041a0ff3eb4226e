import { describe, expect, it } from 'vitest';
import { familyNameFirst, naturalCase, splitPersonName } from '../../../src/lib/model/person-names.ts';

describe('names as the UN prints them', () => {
  it.each([
    ['BAN Ki-moon', 'Ban'],
    ['ZHANG Yesui', 'Zhang'],
    ['Ban Ki-moon', null],
    ['KOFI A. ANNAN', null],
    ['Kofi A. Annan', null],
    ['UN', null],
  ])('reads the family name printed first in capitals in %s as %s', (printed, family) => {
    expect(familyNameFirst(printed)).toBe(family);
  });

  it.each([
    ['KOFI A. ANNAN', 'Kofi A. Annan'],
    ['BAN Ki-moon', 'Ban Ki-moon'],
    ['Kofi A. ANNAN', 'Kofi A. Annan'],
    ['Amina J. Mohammed', 'Amina J. Mohammed'],
  ])('writes %s in natural letter case as %s', (printed, natural) => {
    expect(naturalCase(printed)).toBe(natural);
  });

  it('puts the family name first in a citation only when the name is printed or recorded that way', () => {
    expect(splitPersonName('ZHANG Yesui').familyFirst).toBe(true);
    expect(splitPersonName('Zhang Yesui').familyFirst).toBe(false);
    expect(splitPersonName('Zhang Yesui', 'Zhang')).toEqual({ given: 'Yesui', family: 'Zhang', familyFirst: true });
  });
});
