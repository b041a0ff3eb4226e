import type { LetterData, Recipient, Sender } from '../../schema/index.ts';
import { matchOffice, OFFICE_NAMES, type Office } from '../model/offices.ts';
import type { OfficeHolders } from '../model/office-terms.ts';

/** A sender or addressee named only by an office, attributed to whoever held it on the letter's date (per the register). */
export interface Attribution {
  /** Id of the person who held the office. */
  person: string;
  office: Office;
  /** The office as the UN names it ("President of the General Assembly"). */
  officeName: string;
  /** The day the office is looked up on: the letter's date. */
  date: string;
  /** The session a presidency of the General Assembly was named with, else null. */
  session: number | null;
  /** The register row's sources, and whether it is marked unverified. */
  source: string;
  unverified: boolean;
}

/** What a letter's parties are attributed to, in the order of its senders and of its recipients (null: not attributed). */
export interface LetterAttributions {
  senders: Array<Attribution | null>;
  recipients: Array<Attribution | null>;
}

/** The office a text names and who held it on a date (or in the session it names); null when it names none or nobody is recorded. */
export function attributeRole(text: string | null, date: string | null, offices: OfficeHolders, isPerson: (id: string) => boolean): Attribution | null {
  const match = text ? matchOffice(text) : null;
  if (!match) return null;
  const term = match.session !== null ? offices.presidentOf(match.session) : date ? offices.holderOn(match.office, date) : null;
  if (!term || !isPerson(term.person)) return null;
  return { person: term.person, office: term.office, officeName: OFFICE_NAMES[term.office], date: date ?? term.from, session: match.session, source: term.source, unverified: term.unverified };
}

/**
 * Attributes the senders and recipients a letter names by office alone: a sender with no person, signed only with a
 * role ("The President of the General Assembly"), or a recipient with no person addressed by a role or as a group that
 * is an office ("President of the Security Council"). An undated letter is attributed only where the role names a session:
 * its date is an estimate for ordering, not a date to look an office-holder up on.
 */
export function attributeLetter(data: LetterData, offices: OfficeHolders, isPerson: (id: string) => boolean): LetterAttributions {
  const sender = (s: Sender) => (s.person ? null : attributeRole(s.name ? (matchOffice(s.name) ? s.name : null) : s.role, data.date, offices, isPerson));
  const recipient = (r: Recipient) => (r.person ? null : attributeRole(r.role ?? r.group, data.date, offices, isPerson));
  return { senders: data.senders.map(sender), recipients: data.recipients.map(recipient) };
}
