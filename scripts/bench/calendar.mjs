// Days as integers (days since 1970-01-01, UTC) make "a date between X and Y" and "20 days
// earlier" simple arithmetic; the archive's own date rules come from src/lib so they cannot drift.
import { formatDate } from '../../src/lib/model/dates.ts';
import { sessionRange } from '../../src/lib/model/sessions.ts';

const DAY_MS = 86_400_000;

/** The integer day of an ISO date (YYYY-MM-DD). */
export function dayOf(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO date (YYYY-MM-DD) of an integer day. */
export function isoOf(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day letters may bear: the General Assembly's first meeting, 10 January 1946. */
export const FIRST_DAY = dayOf('1946-01-10');
/** The last day letters may bear: the archive is compiled in November 2026. */
export const LAST_DAY = dayOf('2026-11-15');
/** The last GA session that has opened by LAST_DAY. */
export const LAST_SESSION = 81;

/** First and last integer day of GA session N (the last clipped to LAST_DAY). */
export function sessionDays(session) {
  const { from, to } = sessionRange(session);
  return [dayOf(from), Math.min(dayOf(to), LAST_DAY)];
}

/** "14 December 2015", the UN way, as the site writes it. */
export function formatDay(day) {
  return formatDate(isoOf(day));
}

/** "December 14, 2015": the US form some letters use, so that mention texts are not all alike. */
export function formatDayUs(day) {
  const [d, month, year] = formatDay(day).split(' ');
  return `${month} ${d}, ${year}`;
}

/** The calendar year of an integer day. */
export function yearOf(day) {
  return Number(isoOf(day).slice(0, 4));
}
