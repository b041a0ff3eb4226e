import type { Archive, LetterView } from '../archive/archive.ts';
import type { SessionDates } from '../model/sessions.ts';

/** A President of a session as the session pages show them: linked by id, with the register's source when it names them. */
export interface SessionPresident {
  id: string;
  name: string;
  /** The register row's sources; null when the archive's own people name the President, not the register. */
  source: string | null;
  unverified: boolean;
}

/** A session of the General Assembly as the browse pages show it. */
export interface SessionSummary extends SessionDates {
  letters: number;
  /** People who held the presidency during the session, by id and name. */
  presidents: SessionPresident[];
  /** The register row of the session's dates ("ga-sessions.csv" and its sources); null when the register has none. */
  source: string | null;
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

/**
 * The President of a session: the register's, as the person of the archive it became (register-entities.ts); where the
 * register does not list the session, the people the archive records as President during its dates.
 */
export function presidentsOf(archive: Archive, session: number): SessionPresident[] {
  const term = archive.register.offices.presidentOf(session);
  if (term) {
    const person = [...archive.people.values()].find((p) => p.data.roles.some((r) => r.source === term.source && r.from === term.from && r.title === term.title));
    if (person) return [{ id: person.id, name: person.data.name, source: term.source, unverified: term.unverified }];
  }
  const { from, to } = archive.register.calendar.dates(session);
  return [...archive.people.values()]
    .filter((p) => p.data.roles.some((r) => r.organisation === 'general-assembly' && /^President of the General Assembly/i.test(r.title) && (r.from ?? '0000') <= to && (r.to ?? '9999') >= from))
    .map((p) => ({ id: p.id, name: p.data.name, source: null, unverified: false }));
}

/** A session with its dates (the register's, else the rule's), President and number of letters. */
export function sessionSummary(archive: Archive, session: number, letters = lettersBySession(archive).get(session)?.length ?? 0): SessionSummary {
  return { ...archive.register.calendar.dates(session), letters, presidents: presidentsOf(archive, session), source: archive.register.offices.presidentOf(session)?.source ?? null };
}

/** Every session the register lists or a letter falls in, newest first. */
export function sessionSummaries(archive: Archive): SessionSummary[] {
  const byLetters = lettersBySession(archive);
  const sessions = new Set([...archive.register.sessions, ...byLetters.keys()]);
  return [...sessions].sort((a, b) => b - a).map((session) => sessionSummary(archive, session, byLetters.get(session)?.length ?? 0));
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
