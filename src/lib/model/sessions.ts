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

/** A session's dates as the register records them, else as the rule computes them (and then marked computed). */
export interface SessionDates {
  session: number;
  /** The opening date. */
  from: string;
  /** The closing date, else the day before the next session opens. */
  to: string;
  /** True when the opening date is the rule's, not a recorded date. */
  fromComputed: boolean;
  /** True when the closing date is not recorded: `to` is then the day before the next session's opening. */
  toComputed: boolean;
}

/** What the register records of a session's dates (null where it found no source). */
export interface RecordedSession {
  session: number;
  opening: string | null;
  closing: string | null;
}

/** The sessions' dates: recorded ones where the register has them, the rule's elsewhere. */
export interface SessionCalendar {
  /** Session N's dates. */
  dates(session: number): SessionDates;
  /** The session a letter of this date belongs to: the latest session opened on or before it. */
  sessionForDate(iso: string): number;
}

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * A calendar of sessions from recorded dates, falling back to the rule (sessionOpeningDate) where a date is missing:
 * the rule is a week off for the 3rd session and wrong for others before the 1970s. With nothing recorded it is the rule.
 * A session runs to its recorded closing meeting; without one, to the eve of the next opening.
 */
export function sessionCalendar(recorded: readonly RecordedSession[] = []): SessionCalendar {
  const byNumber = new Map(recorded.map((r) => [r.session, r]));
  const opening = (n: number) => byNumber.get(n)?.opening ?? null;
  const openingOf = (n: number) => opening(n) ?? sessionOpeningDate(n);
  return {
    dates(session) {
      const closing = byNumber.get(session)?.closing ?? null;
      return {
        session,
        from: openingOf(session),
        to: closing ?? dayBefore(openingOf(session + 1)),
        fromComputed: opening(session) === null,
        toComputed: closing === null,
      };
    },
    sessionForDate(iso) {
      if (iso < openingOf(2)) return 1;
      let candidate = Number(iso.slice(0, 4)) - 1945 + 1;
      while (candidate > 1 && iso < openingOf(candidate)) candidate--;
      return candidate;
    },
  };
}
