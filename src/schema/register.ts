import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { APPOINTMENT_ACTS } from './person.ts';

// The register of office-holders (content/register/*.csv): one schema per file, each row a record of strings as
// the CSV gives it. An empty cell means "no source found" (README of the register), so it becomes null, never a guess.

/** A cell that may be empty: the empty string becomes null. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? null : value), schema.nullable());

/** A whole number written in a cell ("12"). */
const wholeNumber = z.string().regex(/^\d+$/, 'write a whole number').transform(Number);

/** Where a row's facts come from: sources separated by " ; ", the whole cell starting "unverified:" when it rests on one weak source. */
const source = z.string().trim().min(1, 'every row needs its source');

/** A row of ga-sessions.csv: one regular session of the General Assembly. */
export const gaSessionRowSchema = z
  .object({
    /** Number of the regular session (1, 2, ...). */
    session: wholeNumber.refine((n) => n >= 1, 'sessions are numbered from 1'),
    /** The year or years the session is labelled with ("1948-1949"). */
    year_label: z.string().regex(/^\d{4}(-\d{4})?$/, 'write the year as YYYY or YYYY-YYYY'),
    /** The session's President, as commonly written. */
    president: z.string().trim().min(1, 'every session has a President'),
    /** The President's country as commonly named ("Turkey"); state-names.csv ties it to a Member State. */
    president_country: z.string().trim().min(1, 'name the President\'s country'),
    /** Date of the opening plenary meeting; null when no source was found. */
    opening_date: optional(isoDate),
    /** Date of the meeting that formally closed the session; null when no source was found. */
    closing_date: optional(isoDate),
    source,
  })
  .refine((r) => !(r.opening_date && r.closing_date && r.closing_date < r.opening_date), { message: 'a session cannot close before it opens', path: ['closing_date'] })
  .refine((r) => !r.opening_date || Number(r.opening_date.slice(0, 4)) === 1945 + r.session, { message: 'session N opens in the year 1945 + N', path: ['opening_date'] });

/** A row of secretaries-general.csv or deputy-secretaries-general.csv: one holder of the office. */
export const officeHolderRowSchema = z
  .object({
    /** The holder's name, as commonly written. */
    name: z.string().trim().min(1, 'name the holder'),
    /** The holder's country as commonly named; state-names.csv ties it to a Member State. */
    country: z.string().trim().min(1, 'name the holder\'s country'),
    /** First day in office. */
    from: isoDate,
    /** Last day in office; null while in office. */
    to: optional(isoDate),
    source,
  })
  .refine((r) => !(r.to && r.to < r.from), { message: 'a term cannot end before it starts', path: ['to'] });

/** A row of member-states.csv: a Member State of the United Nations, or one of the two observer States. */
export const memberStateRowSchema = z.object({
  /** The UN English short form ("Bolivia (Plurinational State of)", "Türkiye"). */
  name: z.string().trim().min(1, 'name the State'),
  /** ISO 3166-1 alpha-3 code ("BOL"). */
  iso3: z.string().regex(/^[A-Z]{3}$/, 'write the three capital letters of ISO 3166-1 alpha-3'),
  /** Date of admission as the UN counts it; null for an observer State. */
  admitted: optional(isoDate),
  source,
});

/** A row of security-council-presidents.csv: the member that held the presidency in a month, and who presided. */
export const securityCouncilPresidentRowSchema = z.object({
  /** The year of the presidency. */
  year: wholeNumber.refine((n) => n >= 1946, 'the Council first met in 1946'),
  /** The month of the presidency, 1-12. */
  month: wholeNumber.refine((n) => n >= 1 && n <= 12, 'write the month as 1-12'),
  /** The member holding the presidency, as the Council lists of the time name it; state-names.csv ties it to a Member State. */
  country: z.string().trim().min(1, 'name the member holding the presidency'),
  /** Who presided: normally the member's Permanent Representative. */
  representative: z.string().trim().min(1, 'name who presided'),
  source,
});

/** A row of state-names.csv: another name letters and the register use for a Member State. */
export const stateNameRowSchema = z.object({
  /** The State's name exactly as member-states.csv gives it. */
  state: z.string().trim().min(1, 'name the State as member-states.csv does'),
  /** The other name ("Turkey", "the United Kingdom" is matched without its "the"). */
  name: z.string().trim().min(1, 'give the other name'),
  /** Where the name is used ("UNTERM short form", "used in S/2010/24"). */
  source,
});

/** A symbol of the Security Council's documents, as the letters cite them ("S/2012/112"). */
const councilSymbol = z.string().regex(/^S\/\d{4}\/\d+$/, 'write the symbol of a Security Council document, S/YYYY/N');

/**
 * A row of sg-appointments.csv: one person whose appointment the Secretary-General announced to the Security Council,
 * as his letter states it, with the Council's reply taking note when the archive holds it. No tenure: the letters give
 * the days of the announcement and of the reply, not the first day in office.
 */
export const sgAppointmentRowSchema = z
  .object({
    /** The person's name as the letter prints it, without title or rank ("Babacar Gaye"). */
    name: z.string().trim().min(1, 'name the person appointed'),
    /** The title or rank the letter puts before the name ("Lieutenant General", "Ms."); null when none. */
    honorific: optional(z.string().trim().min(1)),
    /** The country the letter gives in brackets or with "of"; two joined by "/" as printed ("United Kingdom/France"); null when it gives none. */
    country: optional(z.string().trim().min(1)),
    /** The post as the letter writes it ("Force Commander of the United Nations Interim Security Force for Abyei (UNISFA)"). */
    post: z.string().trim().min(1, 'write the post as the letter does'),
    /** What the letter says the Secretary-General does: one of APPOINTMENT_ACTS. */
    act: z.enum(APPOINTMENT_ACTS, { error: `write one of: ${APPOINTMENT_ACTS.join(', ')}` }),
    /** Date of the Secretary-General's letter. */
    announced: isoDate,
    /** Symbol of that letter. */
    announced_in: councilSymbol,
    /** Date of the Council's reply taking note; null when the archive holds none. */
    noted: optional(isoDate),
    /** Symbol of that reply; empty with `noted`. */
    noted_in: optional(councilSymbol),
    /** What else the letters say of the appointment (a successor, a period of service); null when nothing. */
    note: optional(z.string().trim().min(1)),
    source,
  })
  .refine((r) => (r.noted === null) === (r.noted_in === null), { message: 'give the date and the symbol of the reply together, or neither', path: ['noted_in'] })
  .refine((r) => !(r.noted && r.noted < r.announced), { message: 'the Council cannot take note before the letter is written', path: ['noted'] });

/** The files of the register, with the schema of their rows and the columns they must have, in this order. */
export const registerFiles = {
  gaSessions: { file: 'ga-sessions.csv', schema: gaSessionRowSchema, columns: ['session', 'year_label', 'president', 'president_country', 'opening_date', 'closing_date', 'source'] },
  secretariesGeneral: { file: 'secretaries-general.csv', schema: officeHolderRowSchema, columns: ['name', 'country', 'from', 'to', 'source'] },
  deputySecretariesGeneral: { file: 'deputy-secretaries-general.csv', schema: officeHolderRowSchema, columns: ['name', 'country', 'from', 'to', 'source'] },
  memberStates: { file: 'member-states.csv', schema: memberStateRowSchema, columns: ['name', 'iso3', 'admitted', 'source'] },
  securityCouncilPresidents: { file: 'security-council-presidents.csv', schema: securityCouncilPresidentRowSchema, columns: ['year', 'month', 'country', 'representative', 'source'] },
  stateNames: { file: 'state-names.csv', schema: stateNameRowSchema, columns: ['state', 'name', 'source'] },
  sgAppointments: { file: 'sg-appointments.csv', schema: sgAppointmentRowSchema, columns: ['name', 'honorific', 'country', 'post', 'act', 'announced', 'announced_in', 'noted', 'noted_in', 'note', 'source'] },
} as const;

/** Where a row stands: its file (as the register's folder is named) and line. */
export interface RowPlace {
  file: string;
  line: number;
}

/** A validated row with its place. */
export type Located<T> = T & { place: RowPlace };

/** One session row after validation. */
export type GaSessionRow = z.infer<typeof gaSessionRowSchema>;
/** One Secretary-General or Deputy Secretary-General row after validation. */
export type OfficeHolderRow = z.infer<typeof officeHolderRowSchema>;
/** One Member State row after validation. */
export type MemberStateRow = z.infer<typeof memberStateRowSchema>;
/** One Security Council presidency row after validation. */
export type SecurityCouncilPresidentRow = z.infer<typeof securityCouncilPresidentRowSchema>;
/** One other name of a State after validation. */
export type StateNameRow = z.infer<typeof stateNameRowSchema>;

/** One announced appointment after validation. */
export type SgAppointmentRow = z.infer<typeof sgAppointmentRowSchema>;

/** The register's rows, every one validated and located. */
export interface RegisterRows {
  gaSessions: Array<Located<GaSessionRow>>;
  secretariesGeneral: Array<Located<OfficeHolderRow>>;
  deputySecretariesGeneral: Array<Located<OfficeHolderRow>>;
  memberStates: Array<Located<MemberStateRow>>;
  securityCouncilPresidents: Array<Located<SecurityCouncilPresidentRow>>;
  stateNames: Array<Located<StateNameRow>>;
  sgAppointments: Array<Located<SgAppointmentRow>>;
}
