import { describe, expect, it } from 'vitest';
import { matchOffice, ordinalWord, presidencyTitle } from '../../../src/lib/model/offices.ts';

describe('matchOffice', () => {
  it.each([
    ['The President of the Security Council', 'president-of-the-security-council', null],
    ['President of the Security Council', 'president-of-the-security-council', null],
    ['the President of the General Assembly', 'president-of-the-general-assembly', null],
    ['PRESIDENT OF THE GENERAL ASSEMBLY', 'president-of-the-general-assembly', null],
    ['President of the General Assembly at its seventieth session', 'president-of-the-general-assembly', 70],
    ['President of the General Assembly at its seventy-fifth session', 'president-of-the-general-assembly', 75],
    ['President of the General Assembly at its 69th session', 'president-of-the-general-assembly', 69],
    ['President of the sixty-ninth session of the General Assembly', 'president-of-the-general-assembly', 69],
    ['the Secretary-General', 'secretary-general', null],
    ['Secretary-General of the United Nations', 'secretary-general', null],
    ['H.E. Mr. Secretary‑General', 'secretary-general', null],
    ['Deputy Secretary-General', 'deputy-secretary-general', null],
    ['The Deputy Secretary-General of the United Nations.', 'deputy-secretary-general', null],
  ])('reads %j as the office %s (session %s)', (role, office, session) => {
    expect(matchOffice(role)).toEqual({ office, session });
  });

  it.each([
    'Special Representative of the Secretary-General',
    'Under-Secretary-General for Political Affairs',
    'Vice-President of the General Assembly',
    'Permanent Representative of Georgia to the United Nations',
    'President of the General Assembly at its umpteenth session',
    'All Permanent Representatives to the United Nations',
  ])('finds no office in %j', (role) => {
    expect(matchOffice(role)).toBeNull();
  });
});

describe('ordinalWord', () => {
  it.each([[1, 'first'], [3, 'third'], [12, 'twelfth'], [20, 'twentieth'], [42, 'forty-second'], [70, 'seventieth'], [80, 'eightieth']])('writes %i as %j', (n, word) => {
    expect(ordinalWord(n)).toBe(word);
  });

  it('titles a presidency the way letters do', () => {
    expect(presidencyTitle(70)).toBe('President of the General Assembly at its seventieth session');
  });

  it('reads back every session title it writes', () => {
    for (let n = 1; n <= 99; n++) expect(matchOffice(presidencyTitle(n))?.session).toBe(n);
  });
});
