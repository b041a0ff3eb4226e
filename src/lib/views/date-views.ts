import type { Archive } from '../archive/archive.ts';

/** One day of the calendar with how many letters were sent on it and how many name it. */
export interface DayCount {
  iso: string;
  sent: number;
  mentioned: number;
}

/** A month of a year with the days that have letters. */
export interface MonthOfDays {
  month: number;
  days: DayCount[];
}

/** A year with its months, for the dates index. */
export interface YearSummary {
  year: number;
  months: Array<{ month: number; days: number }>;
  sent: number;
  mentioned: number;
}

/** Every day the archive knows, oldest first, with its counts. */
export function dayCounts(archive: Archive): DayCount[] {
  return [...archive.days]
    .map(([iso, day]) => ({ iso, sent: day.sent.length, mentioned: new Set(day.mentioned.map((m) => m.letter)).size }))
    .sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}

/** The days of each year grouped by month, keyed by year. */
export function calendar(archive: Archive): Map<number, MonthOfDays[]> {
  const known = calendars.get(archive);
  if (known) return known;
  const years = new Map<number, MonthOfDays[]>();
  for (const day of dayCounts(archive)) {
    const year = Number(day.iso.slice(0, 4));
    const month = Number(day.iso.slice(5, 7));
    const months = years.get(year) ?? years.set(year, []).get(year)!;
    const last = months.at(-1);
    if (last && last.month === month) last.days.push(day);
    else months.push({ month, days: [day] });
  }
  calendars.set(archive, years);
  return years;
}

// One calendar per archive: every year page asks for it.
const calendars = new WeakMap<Archive, Map<number, MonthOfDays[]>>();

/** Every year with a page: years with named or dated days, and years in which undated letters are placed. */
export function calendarYears(archive: Archive): number[] {
  const years = new Set(calendar(archive).keys());
  for (const letter of archive.letters) years.add(Number(letter.sortDate.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}

/** The years of the calendar, newest first, with their months and totals. */
export function yearSummaries(archive: Archive): YearSummary[] {
  const months = calendar(archive);
  return calendarYears(archive)
    .map((year) => [year, months.get(year) ?? []] as const)
    .map(([year, months]) => ({
      year,
      months: months.map((m) => ({ month: m.month, days: m.days.length })),
      sent: months.reduce((sum, m) => sum + m.days.reduce((s, d) => s + d.sent, 0), 0),
      mentioned: months.reduce((sum, m) => sum + m.days.reduce((s, d) => s + d.mentioned, 0), 0),
    }))
    .sort((a, b) => b.year - a.year);
}
