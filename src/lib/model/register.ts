import type { RegisterRows, RowPlace } from '../../schema/register.ts';
import { appointmentRecords, type AppointmentRecord } from './appointments.ts';
import { checkOverlaps, isUnverified, officeHolders, officeTerms, type OfficeHolders, type RegisterProblem } from './office-terms.ts';
import { sessionCalendar, type SessionCalendar } from './sessions.ts';
import { stateId, stateIndex, type StateIndex } from './state-names.ts';

/** A Member State (or observer State) as the register lists it. */
export interface RegisterState {
  id: string;
  name: string;
  iso3: string;
  admitted: string | null;
  /** Other names letters use for it (state-names.csv). */
  otherNames: string[];
  source: string;
  unverified: boolean;
  place: RowPlace;
}

/** The register of office-holders, ready for the archive: sessions, terms, States and their names. */
export interface Register {
  calendar: SessionCalendar;
  offices: OfficeHolders;
  states: RegisterState[];
  stateNames: StateIndex;
  /** The sessions the register lists, by number. */
  sessions: number[];
  /** The appointments the Secretary-General announced to the Council (sg-appointments.csv), in the file's order. */
  appointments: AppointmentRecord[];
}

/** A register with no rows: the rule's calendar, no office-holders, no States (an archive without content/register). */
export function emptyRegister(): Register {
  return buildRegister({ gaSessions: [], secretariesGeneral: [], deputySecretariesGeneral: [], memberStates: [], securityCouncilPresidents: [], stateNames: [], sgAppointments: [] }).register;
}

/**
 * Builds the register from validated rows, and lists what keeps it from being used: a session listed twice or out of
 * order, a country no State answers to (in any file, the appointments' too), a name given to two States, two holders of
 * one office at once.
 */
export function buildRegister(rows: RegisterRows): { register: Register; problems: RegisterProblem[] } {
  const problems: RegisterProblem[] = [];
  const seen = new Map<number, RowPlace>();
  let lastOpening: { date: string; place: RowPlace } | null = null;
  for (const row of [...rows.gaSessions].sort((a, b) => a.session - b.session)) {
    const first = seen.get(row.session);
    if (first) problems.push({ place: row.place, field: 'session', message: `session ${row.session} is listed twice`, other: first });
    seen.set(row.session, row.place);
    if (row.opening_date && lastOpening && row.opening_date <= lastOpening.date) {
      problems.push({ place: row.place, field: 'opening_date', message: `opens on ${row.opening_date}, not after the session before it (${lastOpening.date})`, other: lastOpening.place });
    }
    if (row.opening_date) lastOpening = { date: row.opening_date, place: row.place };
  }
  const names = rows.memberStates.map((s) => s.name);
  const { index, conflicts } = stateIndex(names, rows.stateNames);
  conflicts.forEach((conflict, i) => conflict && problems.push({ place: rows.stateNames[i]!.place, field: conflict.name === rows.stateNames[i]!.state ? 'state' : 'name', message: conflict.message }));
  const calendar = sessionCalendar(rows.gaSessions.map((r) => ({ session: r.session, opening: r.opening_date, closing: r.closing_date })));
  const { terms, problems: termProblems } = officeTerms(rows, index, calendar);
  problems.push(...termProblems, ...checkOverlaps(terms));
  const { records: appointments, problems: appointmentProblems } = appointmentRecords(rows.sgAppointments, index);
  problems.push(...appointmentProblems);
  const states = rows.memberStates.map((s) => ({
    id: stateId(s.name),
    name: s.name,
    iso3: s.iso3,
    admitted: s.admitted,
    otherNames: index.otherNames(stateId(s.name)),
    source: s.source,
    unverified: isUnverified(s.source),
    place: s.place,
  }));
  return { register: { calendar, offices: officeHolders(terms), states, stateNames: index, sessions: [...seen.keys()].sort((a, b) => a - b), appointments }, problems };
}

/** One problem as a line of the build's error: "content/register/ga-sessions.csv:12: opening_date: ... (see content/register/ga-sessions.csv:11)". */
export function formatRegisterProblem(problem: RegisterProblem, folder: string): string {
  const at = (place: RowPlace) => `${folder}/${place.file}:${place.line}`;
  return `${at(problem.place)}: ${problem.field}: ${problem.message}${problem.other ? ` (the other row: ${at(problem.other)})` : ''}`;
}
