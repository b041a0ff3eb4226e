import { describe, expect, it } from 'vitest';
import { ordinal, sessionForDate, sessionOpeningDate, sessionRange } from '../../../src/lib/model/sessions.ts';

describe('sessionOpeningDate', () => {
  it.each([
    [1, '1946-01-10'],
    [2, '1947-09-16'],
    [70, '2015-09-15'],
    [71, '2016-09-13'],
    [72, '2017-09-12'],
    [73, '2018-09-18'],
    [74, '2019-09-17'],
    [75, '2020-09-15'],
    [76, '2021-09-14'],
    [77, '2022-09-13'],
    [78, '2023-09-05'],
    [79, '2024-09-10'],
    [80, '2025-09-09'],
  ])('opens session %i on %s', (session, date) => {
    expect(sessionOpeningDate(session)).toBe(date);
  });

  it('always opens on a Tuesday', () => {
    for (let session = 2; session <= 100; session++) {
      expect(new Date(`${sessionOpeningDate(session)}T00:00:00Z`).getUTCDay(), `session ${session}`).toBe(2);
    }
  });
});

describe('sessionForDate', () => {
  it.each([
    ['1946-01-01', 1],
    ['1946-01-10', 1],
    ['1946-10-23', 1],
    ['1946-12-31', 1],
    ['1947-09-15', 1],
    ['1947-09-16', 2],
    ['2015-09-14', 69],
    ['2015-09-15', 70],
    ['2015-12-14', 70],
    ['2016-09-12', 70],
    ['2016-09-13', 71],
    ['2021-01-28', 75],
    ['2023-09-04', 77],
    ['2023-09-05', 78],
  ])('places %s in session %i', (date, session) => {
    expect(sessionForDate(date)).toBe(session);
  });
});

describe('sessionRange', () => {
  it.each([
    [70, '2015-09-15', '2016-09-12'],
    [75, '2020-09-15', '2021-09-13'],
    [77, '2022-09-13', '2023-09-04'],
  ])('runs session %i from %s to %s', (session, from, to) => {
    expect(sessionRange(session)).toEqual({ from, to });
  });

  it('leaves no day between one session and the next', () => {
    for (let session = 2; session < 100; session++) {
      const { to } = sessionRange(session);
      expect(sessionForDate(to)).toBe(session);
      expect(sessionOpeningDate(session + 1) > to).toBe(true);
    }
  });
});

describe('ordinal', () => {
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [70, '70th'], [71, '71st'], [72, '72nd'], [73, '73rd'], [111, '111th'], [112, '112th']])(
    'writes %i as %s',
    (value, text) => {
      expect(ordinal(value)).toBe(text);
    },
  );
});
