import { pad } from './dates.ts';

/**
 * The day session N of the General Assembly opens: under rule 1 of the rules of procedure, the
 * Tuesday of the third week of September, counting from the first week with at least one working day;
 * from the 78th session (5 September 2023) on, the Tuesday of the second week.
 * The first session is the exception: it opened in London on 10 January 1946.
 */
export function sessionOpeningDate(session: number): string {
  if (session === 1) return '1946-01-10';
  const year = 1945 + session;
  const first = new Date(Date.UTC(year, 8, 1));
  const weekday = first.getUTCDay(); // 0 Sunday ... 6 Saturday
  // The first week counts when it holds a working day (Monday-Friday) on or after 1 September.
  const mondayOfFirstWeek = 1 - ((weekday + 6) % 7);
  const firstWeekMonday = weekday === 6 || weekday === 0 ? mondayOfFirstWeek + 7 : mondayOfFirstWeek;
  const weeksLater = session >= 78 ? 7 : 14;
  const tuesday = firstWeekMonday + weeksLater + 1;
  return `${year}-09-${pad(tuesday)}`;
}

/** The GA session in progress on an ISO date: session N runs from its opening to the day before session N+1 opens. */
export function sessionForDate(iso: string): number {
  const year = Number(iso.slice(0, 4));
  if (iso < sessionOpeningDate(2)) return 1;
  const candidate = year - 1945;
  return iso >= sessionOpeningDate(candidate) ? candidate : candidate - 1;
}

/** First and last day of session N (the last is the day before the next session opens). */
export function sessionRange(session: number): { from: string; to: string } {
  const next = new Date(`${sessionOpeningDate(session + 1)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() - 1);
  return { from: sessionOpeningDate(session), to: next.toISOString().slice(0, 10) };
}

/** The English ordinal of a session for headings: 70 -> "70th", 71 -> "71st". */
export function ordinal(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return `${value}th`;
  return `${value}${['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`;
}
