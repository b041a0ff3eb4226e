// Types only from the schema: the site's scripts reach this module through the archive, and the schema brings zod.
import type { RegisterRows, RowPlace } from '../../schema/register.ts';
import { OFFICE_NAMES, presidencyTitle, type Office } from './offices.ts';
import type { SessionCalendar } from './sessions.ts';
import { slugify } from './slugs.ts';
import type { StateIndex } from './state-names.ts';

/** True when a row's source marks it unverified (one weak source, or the compiler's knowledge only). */
export function isUnverified(source: string): boolean {
  return /^\s*unverified:/i.test(source);
}

/** One holder's term in an office, as the register records it. */
export interface OfficeTerm {
  office: Office;
  /** The role's title ("President of the General Assembly at its seventieth session", "President of the Security Council"). */
  title: string;
  /** The holder's name as the register writes it. */
  holder: string;
  /** The holder's person id: the slug of the name. */
  person: string;
  /** The country as the register names it ("Turkey"). */
  country: string;
  /** Id of the Member State the holder came from or represented; null when the name is not one the index knows. */
  state: string | null;
  /** First day. */
  from: string;
  /** Last day; null while the term goes on. */
  to: string | null;
  /** True when a date of the term is not recorded but derived (the rule's opening, the eve of the next session). */
  computed: boolean;
  /** The session of a presidency of the General Assembly; null for the other offices. */
  session: number | null;
  /** The row's sources. */
  source: string;
  /** True when the row's source is marked unverified. */
  unverified: boolean;
  place: RowPlace;
}

/** A row the register cannot use as it stands: where, which field, and why; `other` is the row it clashes with. */
export interface RegisterProblem {
  place: RowPlace;
  field: string;
  message: string;
  other?: RowPlace;
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** The terms of every office the register records, oldest first within each office; names of countries it cannot place are problems. */
export function officeTerms(rows: RegisterRows, states: StateIndex, calendar: SessionCalendar): { terms: OfficeTerm[]; problems: RegisterProblem[] } {
  const problems: RegisterProblem[] = [];
  const terms: OfficeTerm[] = [];
  const add = (term: Omit<OfficeTerm, 'person' | 'state' | 'unverified'>, countryField: string) => {
    const state = states.idOf(term.country);
    if (!state) problems.push({ place: term.place, field: countryField, message: `"${term.country}" is neither a State of member-states.csv nor a name of one in state-names.csv` });
    terms.push({ ...term, person: slugify(term.holder), state, unverified: isUnverified(term.source) });
  };
  for (const row of rows.gaSessions) {
    const dates = calendar.dates(row.session);
    add({ office: 'president-of-the-general-assembly', title: presidencyTitle(row.session), holder: row.president, country: row.president_country, from: dates.from, to: dates.to, computed: dates.fromComputed || dates.toComputed, session: row.session, source: row.source, place: row.place }, 'president_country');
  }
  for (const [office, list] of [['secretary-general', rows.secretariesGeneral], ['deputy-secretary-general', rows.deputySecretariesGeneral]] as const) {
    for (const row of list) add({ office, title: OFFICE_NAMES[office], holder: row.name, country: row.country, from: row.from, to: row.to, computed: false, session: null, source: row.source, place: row.place }, 'country');
  }
  for (const row of rows.securityCouncilPresidents) {
    const from = `${row.year}-${pad(row.month)}-01`;
    add({ office: 'president-of-the-security-council', title: OFFICE_NAMES['president-of-the-security-council'], holder: row.representative, country: row.country, from, to: lastDayOf(row.year, row.month), computed: false, session: null, source: row.source, place: row.place }, 'country');
  }
  terms.sort((a, b) => a.office.localeCompare(b.office) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { terms, problems };
}

const FOREVER = '9999-12-31';
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Two holders of one office whose terms share more than one day: the day of handover (one term ends, the next starts)
 * is the only day two may share. Each clash names both rows.
 */
export function checkOverlaps(terms: readonly OfficeTerm[]): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const byOffice = new Map<Office, OfficeTerm[]>();
  for (const term of terms) (byOffice.get(term.office) ?? byOffice.set(term.office, []).get(term.office)!).push(term);
  for (const list of byOffice.values()) {
    const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    sorted.forEach((earlier, i) => {
      for (const later of sorted.slice(i + 1)) {
        const end = [earlier.to ?? FOREVER, later.to ?? FOREVER].sort()[0]!;
        if (later.from > end) continue;
        const shared = dayNumber(end === FOREVER ? later.from : end) - dayNumber(later.from) + 1;
        if (end !== FOREVER && shared <= 1) continue;
        const until = end === FOREVER ? 'on' : `to ${end}`;
        problems.push({
          place: later.place,
          field: later.office === 'president-of-the-security-council' ? 'month' : later.session !== null ? 'opening_date' : 'from',
          message: `${later.holder}'s term as ${OFFICE_NAMES[later.office]} overlaps ${earlier.holder}'s from ${later.from} ${until}: two holders may share only the day of handover`,
          other: earlier.place,
        });
      }
    });
  }
  return problems;
}

/** Who held offices when: the lookups of the register. */
export interface OfficeHolders {
  /** The term of whoever held an office on an ISO date; on a day of handover, the incoming holder's. Null when none is recorded. */
  holderOn(office: Office, iso: string): OfficeTerm | null;
  /** The presidency of a session of the General Assembly; null when the register does not list the session. */
  presidentOf(session: number): OfficeTerm | null;
  /** Every term, by office and date. */
  terms: readonly OfficeTerm[];
}

/** The lookups over a list of terms. */
export function officeHolders(terms: readonly OfficeTerm[]): OfficeHolders {
  return {
    terms,
    holderOn(office, iso) {
      const held = terms.filter((t) => t.office === office && t.from <= iso && iso <= (t.to ?? FOREVER));
      return held.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))[0] ?? null;
    },
    presidentOf: (session) => terms.find((t) => t.office === 'president-of-the-general-assembly' && t.session === session) ?? null,
  };
}
