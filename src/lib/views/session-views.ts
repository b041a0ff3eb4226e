import type { Archive, LetterView } from '../archive/archive.ts';
import { sessionRange } from '../model/sessions.ts';

/** A session of the General Assembly as the browse pages show it. */
export interface SessionSummary {
  session: number;
  from: string;
  to: string;
  letters: number;
  /** People who held the presidency during the session, by id and name. */
  presidents: Array<{ id: string; name: string }>;
}

/** The letters of each GA session, newest first, keyed by session number. */
export function lettersBySession(archive: Archive): Map<number, LetterView[]> {
  const sessions = new Map<number, LetterView[]>();
  for (const letter of archive.letters) {
    const list = sessions.get(letter.session) ?? sessions.set(letter.session, []).get(letter.session)!;
    list.push(letter);
  }
  return sessions;
}

/** The people the archive records as President of the General Assembly during a session. */
export function presidentsOf(archive: Archive, session: number): Array<{ id: string; name: string }> {
  const { from, to } = sessionRange(session);
  return [...archive.people.values()]
    .filter((p) => p.data.roles.some((r) => r.organisation === 'general-assembly' && /^President of the General Assembly/i.test(r.title) && (r.from ?? '0000') <= to && (r.to ?? '9999') >= from))
    .map((p) => ({ id: p.id, name: p.data.name }));
}

/** Every session with letters, newest first. */
export function sessionSummaries(archive: Archive): SessionSummary[] {
  return [...lettersBySession(archive)]
    .map(([session, letters]) => ({ session, ...sessionRange(session), letters: letters.length, presidents: presidentsOf(archive, session) }))
    .sort((a, b) => b.session - a.session);
}

/** The letters of each year (by date, or an undated letter's estimate), newest first, keyed by year. */
export function lettersByYear(archive: Archive): Map<number, LetterView[]> {
  const years = new Map<number, LetterView[]>();
  for (const letter of archive.letters) {
    const year = Number(letter.sortDate.slice(0, 4));
    const list = years.get(year) ?? years.set(year, []).get(year)!;
    list.push(letter);
  }
  return years;
}
