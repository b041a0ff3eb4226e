import { describe, expect, it } from 'vitest';
import { datePath, formatDate, formatMonth, pad, splitIsoDate, weekdayOf } from '../../../src/lib/model/dates.ts';

describe('splitIsoDate', () => {
  it('splits an ISO date into numbers', () => {
    expect(splitIsoDate('2015-12-04')).toEqual({ year: 2015, month: 12, day: 4 });
  });

  it.each(['2015-12-4', '14 December 2015', '2015/12/14', '', '2015-12-14T00:00'])('throws on %j, naming it', (text) => {
    expect(() => splitIsoDate(text)).toThrow(`not an ISO date (YYYY-MM-DD): "${text}"`);
  });
});

describe('formatDate', () => {
  it.each([
    ['2015-12-14', '14 December 2015'],
    ['2016-02-03', '3 February 2016'],
    ['1946-01-10', '10 January 1946'],
  ])('writes %s the UN way, as %j', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe('formatMonth', () => {
  it('writes a year and month as "December 2015"', () => {
    expect(formatMonth(2015, 12)).toBe('December 2015');
    expect(formatMonth(2021, 1)).toBe('January 2021');
  });
});

describe('weekdayOf', () => {
  it.each([
    ['2015-12-14', 'Monday'],
    ['2016-02-03', 'Wednesday'],
    ['2015-09-15', 'Tuesday'],
    ['2021-01-31', 'Sunday'],
  ])('knows %s was a %s', (iso, day) => {
    expect(weekdayOf(iso)).toBe(day);
  });
});

describe('datePath', () => {
  it('gives the path of a day page with two-digit month and day', () => {
    expect(datePath('2015-10-23')).toBe('/dates/2015/10/23/');
    expect(datePath('2016-02-03')).toBe('/dates/2016/02/03/');
  });
});

describe('pad', () => {
  it.each([[3, '03'], [12, '12']])('pads %i to %s', (value, text) => {
    expect(pad(value)).toBe(text);
  });
});
