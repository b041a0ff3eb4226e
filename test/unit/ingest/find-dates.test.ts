import { describe, expect, it } from 'vitest';
import { findDates, removeOverlaps, toIsoDate } from '../../../src/lib/ingest/find-dates.ts';

/** The dates found in a text, each as its ISO day and the exact text its span covers. */
function marked(text: string): Array<[string, string]> {
  return findDates(text).dates.map((d) => [d.iso, text.slice(d.start, d.end)]);
}

describe('findDates', () => {
  it.each([
    ['14 December 2015', [['2015-12-14', '14 December 2015']]],
    ['December 14, 2015', [['2015-12-14', 'December 14, 2015']]],
    ['14th December 2015', [['2015-12-14', '14th December 2015']]],
    ['14 th December 2015', [['2015-12-14', '14 th December 2015']]],
    ['New York, 11 December 2015', [['2015-12-11', '11 December 2015']]],
    ['11 December, 2015', [['2015-12-11', '11 December, 2015']]],
    ['Sept. 5, 2019', [['2019-09-05', 'Sept. 5, 2019']]],
    ['5 and 12 March 2019', [['2019-03-05', '5'], ['2019-03-12', '12 March 2019']]],
    ['5, 6 and 12 March 2019', [['2019-03-05', '5'], ['2019-03-06', '6'], ['2019-03-12', '12 March 2019']]],
    ['8-9 June 2021', [['2021-06-08', '8'], ['2021-06-09', '9 June 2021']]],
    ['from 3 to 5 May 2017', [['2017-05-03', '3'], ['2017-05-05', '5 May 2017']]],
    ['30 June to 2 July 2021', [['2021-06-30', '30 June'], ['2021-07-02', '2 July 2021']]],
    ['the14 December 2015', [['2015-12-14', '14 December 2015']]],
    ['ISO 2016-02-03 today', [['2016-02-03', '2016-02-03']]],
    ['25/04/2016', [['2016-04-25', '25/04/2016']]],
    ['03/03/2016', [['2016-03-03', '03/03/2016']]],
    ['held on Wednesday February 3, 2016 at 10am', [['2016-02-03', 'February 3, 2016']]],
    ['on 12 May 2019.', [['2019-05-12', '12 May 2019']]],
  ])('reads %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['31 February 2015', 'the day does not exist'],
    ['29 February 2015', '2015 is not a leap year'],
    ['14 December 15', 'the year has two digits'],
    ['1 January 1899', 'the year is before any letter of the archive'],
    ['May 2019', 'there is no day'],
    ['in 2015/16', 'a session is not a date'],
    ['2016-13-01', 'there is no thirteenth month'],
  ])('finds no date in %j because %s', (text) => {
    expect(findDates(text).dates).toEqual([]);
  });

  it('reads 29 February of a leap year', () => {
    expect(marked('29 February 2016')).toEqual([['2016-02-29', '29 February 2016']]);
  });

  it('reads a numeric date day first when its first number cannot be a month', () => {
    expect(marked('on 13/01/2017')).toEqual([['2017-01-13', '13/01/2017']]);
  });

  it('warns about a numeric date that reads both ways, and links none', () => {
    const { dates, warnings } = findDates('Geneva, 03/04/2016');
    expect(dates).toEqual([]);
    expect(warnings).toEqual([{ offset: 8, text: '03/04/2016', message: expect.stringContaining('ambiguous date "03/04/2016"') }]);
  });

  it('gives the dates of a sentence in the order they stand', () => {
    const text = 'On 23 October 2015 I wrote; the debate of 30 October 2015 followed, and on 3 February 2016 we met.';
    expect(findDates(text).dates.map((d) => d.iso)).toEqual(['2015-10-23', '2015-10-30', '2016-02-03']);
  });

  it('never gives two dates over the same text', () => {
    const { dates } = findDates('30 June to 2 July 2021, and 5 and 12 March 2019');
    for (let i = 1; i < dates.length; i++) expect(dates[i]!.start).toBeGreaterThanOrEqual(dates[i - 1]!.end);
  });
});

describe('toIsoDate', () => {
  it.each([
    [2015, 12, 14, '2015-12-14'],
    [2016, 2, 29, '2016-02-29'],
    [1900, 1, 1, '1900-01-01'],
    [2100, 12, 31, '2100-12-31'],
  ])('writes %i-%i-%i as %s', (year, month, day, iso) => {
    expect(toIsoDate(year, month, day)).toBe(iso);
  });

  it.each([
    [2015, 2, 29],
    [2015, 4, 31],
    [2015, 0, 1],
    [2015, 13, 1],
    [2015, 1, 0],
    [1899, 12, 31],
    [2101, 1, 1],
  ])('refuses %i-%i-%i', (year, month, day) => {
    expect(toIsoDate(year, month, day)).toBeNull();
  });
});

describe('removeOverlaps', () => {
  it('keeps the earliest span, and of two that start together the longer', () => {
    const spans = [
      { start: 10, end: 12, name: 'late' },
      { start: 0, end: 4, name: 'short' },
      { start: 0, end: 8, name: 'long' },
      { start: 6, end: 11, name: 'inside the long one' },
      { start: 12, end: 14, name: 'after the late one' },
    ];
    expect(removeOverlaps(spans).map((s) => s.name)).toEqual(['long', 'late', 'after the late one']);
  });
});
