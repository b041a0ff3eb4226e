// Types only from the schema: the site's scripts reach this module through the archive, and the schema brings zod.
import type { Appointment } from '../../schema/person.ts';
import type { Located, RowPlace, SgAppointmentRow } from '../../schema/register.ts';
import { isUnverified, type RegisterProblem } from './office-terms.ts';
import { slugify } from './slugs.ts';
import type { StateIndex } from './state-names.ts';

/**
 * The posts the Secretary-General announces to the Security Council (content/register/sg-appointments.csv): Special
 * Representatives and Envoys, Force Commanders and Heads of Mission, heads of offices, the Residual Mechanism's
 * officers, members of panels and groups of experts. Each is an announcement, not a term: no first or last day.
 */

/** One person's appointment to a post, as the register records it. */
export interface AppointmentRecord {
  /** The post as the letter writes it. */
  post: string;
  /** The person's name as the letter prints it. */
  holder: string;
  /** The title or rank the letter puts before the name; null when none. */
  honorific: string | null;
  /** The person id: the slug of the name. */
  person: string;
  /** The country as printed; null when the letter gives none. */
  country: string | null;
  /** Id of the Member State the country names; null when none, or when the letter gives two. */
  state: string | null;
  /** Id of the organisation the post belongs to: the Security Council for its panels, groups and the Residual Mechanism, else the United Nations. */
  organisation: string;
  appointment: Appointment;
  source: string;
  unverified: boolean;
  place: RowPlace;
}

/** Posts of the Council's subsidiary bodies: its panels, groups and monitoring groups of experts, its committees' experts, the Residual Mechanism. */
const COUNCIL_BODY = /\b(?:Panel of Experts|Group of Experts|Monitoring Group|group of experts|Committee established pursuant|International Residual Mechanism)\b/;

/** The organisation (by id) a post belongs to. */
export function postOrganisation(post: string): string {
  return COUNCIL_BODY.test(post) ? 'security-council' : 'united-nations';
}

/** The appointments of the register, in the file's order; a country no State answers to is a problem naming its row. */
export function appointmentRecords(rows: ReadonlyArray<Located<SgAppointmentRow>>, states: StateIndex): { records: AppointmentRecord[]; problems: RegisterProblem[] } {
  const problems: RegisterProblem[] = [];
  const records = rows.map((row) => {
    const ids = (row.country ?? '').split('/').filter(Boolean).map((name) => {
      const id = states.idOf(name.trim());
      if (!id) problems.push({ place: row.place, field: 'country', message: `"${name.trim()}" is neither a State of member-states.csv nor a name of one in state-names.csv` });
      return id;
    });
    return {
      post: row.post,
      holder: row.name,
      honorific: row.honorific,
      person: slugify(row.name),
      country: row.country,
      state: ids.length === 1 ? ids[0]! : null,
      organisation: postOrganisation(row.post),
      appointment: { act: row.act, announced: row.announced, announcedIn: row.announced_in, noted: row.noted, notedIn: row.noted_in, note: row.note },
      source: row.source,
      unverified: isUnverified(row.source),
      place: row.place,
    };
  });
  return { records, problems };
}

/** How each act opens the sentence that dates it: "Intention to appoint announced to the Council on ...". */
const ACT_WORDS: Record<Appointment['act'], string> = {
  'intends to appoint': 'Intention to appoint',
  'has decided to appoint': 'Decision to appoint',
  'has appointed': 'Appointment',
  'has reappointed': 'Reappointment',
  nominates: 'Nomination',
  'has extended the appointment': 'Extension of the appointment',
};

/** The dates of an appointment as parts of a sentence: the symbols apart, so that a page can link them to their records. */
export type AppointmentPart = { text: string } | { symbol: string };

/**
 * What the letters say of when an appointment was made, as a sentence in parts: "Intention to appoint announced to the
 * Council on 4 March 2005 (S/2005/151); noted by the Council on 9 March 2005 (S/2005/152)". Never a first day in office.
 */
export function describeAppointment(appointment: Appointment, format: (iso: string) => string): AppointmentPart[] {
  const parts: AppointmentPart[] = [{ text: `${ACT_WORDS[appointment.act]} announced to the Council on ${format(appointment.announced)} (` }, { symbol: appointment.announcedIn }, { text: ')' }];
  if (appointment.noted && appointment.notedIn) parts.push({ text: `; noted by the Council on ${format(appointment.noted)} (` }, { symbol: appointment.notedIn }, { text: ')' });
  return parts;
}

/** The sentence of describeAppointment as plain text. */
export function appointmentText(appointment: Appointment, format: (iso: string) => string): string {
  return describeAppointment(appointment, format).map((part) => ('text' in part ? part.text : part.symbol)).join('');
}
