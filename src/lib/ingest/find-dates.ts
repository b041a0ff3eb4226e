import { pad } from '../model/dates.ts';

/** A full date found in running text: the ISO day and the span of text to mark. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** A place where the text looks like a date that cannot be read with certainty. */
export interface DateWarning {
  offset: number;
  text: string;
  message: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH_INDEX: Record<string, number> = {};
MONTHS.split('|').forEach((name) => (MONTH_INDEX[name.toLowerCase().slice(0, 3)] = 0));
['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].forEach((m, i) => (MONTH_INDEX[m] = i + 1));

const DAY = String.raw`\d{1,2}\s?(?:st|nd|rd|th)?`;
const JOIN = String.raw`\s*(?:,|and|&|-|–|—|to)\s*`;
const MONTH = String.raw`(?:${MONTHS})\.?`;
const YEAR = String.raw`(\d{4})(?!\d)`;
// "5 and 12 March 2019", "8-9 June 2021", "14th December 2015", "the14 December 2015"
const DAY_FIRST = new RegExp(String.raw`(?<![\d/])(${DAY}(?:${JOIN}${DAY})*)\s*(?:of\s+)?(${MONTH}),?\s*${YEAR}`, 'gi');
// "February 3, 2016", "March 5 and 12, 2019"
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\s+(${DAY}(?:${JOIN}${DAY})*),?\s+${YEAR}`, 'gi');
// "30 June to 2 July 2021": the first day takes the year of the second
const CROSS_MONTH = new RegExp(String.raw`(?<![\d/])((${DAY})\s+(${MONTH}))${JOIN}${DAY}\s+${MONTH},?\s+${YEAR}`, 'gi');
const NUMERIC = /(?<![\d/.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d/])/g;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

/** Makes an ISO date from numbers; null when the day does not exist or the year is implausible for a letter. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  return MONTH_INDEX[name.toLowerCase().slice(0, 3)] ?? 0;
}

/** Every day number in a list such as "5, 6 and 12" or "8-9", with its offset within the list. */
function daysOf(list: string): Array<{ day: number; at: number; length: number }> {
  return [...list.matchAll(/\d{1,2}(?:\s?(?:st|nd|rd|th))?/gi)].map((m) => ({ day: parseInt(m[0], 10), at: m.index!, length: m[0].length }));
}

/** Finds every full date (day, month and year) in a text, in order, with the span to mark for each. */
export function findDates(text: string): { dates: FoundDate[]; warnings: DateWarning[] } {
  const dates: FoundDate[] = [];
  const warnings: DateWarning[] = [];
  const add = (iso: string | null, start: number, end: number) => iso && dates.push({ iso, start, end });

  for (const m of text.matchAll(DAY_FIRST)) {
    const [whole, list, month, year] = m as unknown as [string, string, string, string];
    const listStart = m.index! + whole.indexOf(list);
    const days = daysOf(list);
    days.forEach((d, i) => {
      const last = i === days.length - 1;
      add(toIsoDate(Number(year), monthNumber(month), d.day), listStart + d.at, last ? m.index! + whole.length : listStart + d.at + d.length);
    });
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const [whole, month, list, year] = m as unknown as [string, string, string, string];
    const days = daysOf(list);
    days.forEach((d, i) => {
      const start = i === 0 ? m.index! : m.index! + whole.indexOf(list) + d.at;
      const end = i === days.length - 1 ? m.index! + whole.length : m.index! + whole.indexOf(list) + d.at + d.length;
      add(toIsoDate(Number(year), monthNumber(month), d.day), start, end);
    });
  }
  for (const m of text.matchAll(CROSS_MONTH)) {
    const [, firstDate, day, month, year] = m as unknown as [string, string, string, string, string];
    add(toIsoDate(Number(year), monthNumber(month), parseInt(day, 10)), m.index!, m.index! + firstDate.length);
  }
  for (const m of text.matchAll(ISO)) add(toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])), m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(NUMERIC)) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (first <= 12 && second <= 12 && first !== second) {
      warnings.push({ offset: m.index!, text: m[0], message: `ambiguous date "${m[0]}": day/month or month/day; not linked` });
    } else {
      add(first > 12 ? toIsoDate(year, second, first) : toIsoDate(year, first, second), m.index!, m.index! + m[0].length);
    }
  }
  return { dates: removeOverlaps(dates), warnings };
}

/** Keeps the earliest, then longest, of overlapping spans, in text order. */
export function removeOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) if (!kept.length || span.start >= kept[kept.length - 1]!.end) kept.push(span);
  return kept;
}
