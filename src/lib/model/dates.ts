/** English month names, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The year, month and day of an ISO date (YYYY-MM-DD). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits an ISO date into numbers; throws on anything that is not YYYY-MM-DD. */
export function splitIsoDate(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Writes an ISO date the UN way: "14 December 2015". */
export function formatDate(iso: string): string {
  const { year, month, day } = splitIsoDate(iso);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** Writes a year and month: "December 2015". */
export function formatMonth(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** The weekday of an ISO date ("Monday"). */
export function weekdayOf(iso: string): string {
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return days[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

/** The path of a day's page: 2015-12-14 -> /dates/2015/12/14/. */
export function datePath(iso: string): string {
  const { year, month, day } = splitIsoDate(iso);
  return `/dates/${year}/${pad(month)}/${pad(day)}/`;
}

/** Two-digit month or day. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
