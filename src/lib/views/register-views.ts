import type { Archive, PartyView } from '../archive/archive.ts';
import type { Attribution } from '../archive/attribution.ts';
import type { PersonData, Role } from '../../schema/index.ts';
import { describePeriod } from '../model/roles.ts';
import { formatDate } from '../model/dates.ts';
import { ordinalWord } from '../model/offices.ts';
import { appointmentText, describeAppointment } from '../model/appointments.ts';
import { officialRecordUrl } from '../archive/official-record.ts';

/** A link to an entity of the archive. */
export interface EntityLink {
  id: string;
  name: string;
}

/** A piece of text, linked when it is a document's symbol (to its official record). */
export interface LinkedText {
  text: string;
  href: string | null;
}

/** A role as a person's page lists it: with its organisation, its State, its period, and where the archive has it from. */
export interface RoleItem {
  title: string;
  organisation: EntityLink | null;
  state: EntityLink | null;
  /** "1 January 2007 – 31 December 2016"; for an announced appointment, the sentence of its announcement. */
  period: string;
  /** For an announced appointment, its sentence in pieces, the symbols linked: "Intention to appoint announced to the Council on ..."; null otherwise. */
  announcement: LinkedText[] | null;
  /** What else the letters say of an appointment ("to serve until 20 December 2009"); null when nothing. */
  note: string | null;
  computed: boolean;
  /** The sources, one item each, a bare document symbol linked to its official record; null when an editor recorded the role. */
  sources: LinkedText[] | null;
  unverified: boolean;
}

/** A UN document symbol standing alone ("S/2012/112", "A/70/1"), which has an official record to link to. */
const SYMBOL = /^[A-Z]+(?:\/[A-Za-z0-9.]+)+$/;

/** A source as a page shows it: a bare symbol linked to its official record, anything else as written. */
export function linkSource(source: string): LinkedText {
  return { text: source, href: SYMBOL.test(source) ? officialRecordUrl(source) : null };
}

/** The sources of a register row, one item each, without the "unverified:" mark. */
export function splitSources(source: string): string[] {
  return source.replace(/^\s*unverified:\s*/i, '').split(/\s+;\s+/).filter(Boolean);
}

/** The organisation of an id as a link; null when the archive has none. */
function organisationLink(id: string | null, archive: Archive): EntityLink | null {
  const org = id ? archive.organisations.get(id) : undefined;
  return org ? { id: org.id, name: org.data.name } : null;
}

/** A person's roles as their page lists them, oldest first. */
export function roleItems(person: PartyView<PersonData>, archive: Archive): RoleItem[] {
  return person.data.roles.map((role: Role) => ({
    title: role.title,
    organisation: organisationLink(role.organisation, archive),
    state: organisationLink(role.state, archive),
    period: role.appointment ? appointmentText(role.appointment, formatDate) : describePeriod(role, formatDate),
    announcement: role.appointment ? describeAppointment(role.appointment, formatDate).map((part) => ('text' in part ? { text: part.text, href: null } : linkSource(part.symbol))) : null,
    note: role.appointment?.note ?? null,
    computed: role.computed,
    sources: role.source ? splitSources(role.source).map(linkSource) : null,
    unverified: role.unverified,
  }));
}

/** The States the letters show a person representing, with the role as written ("Permanent Representative of Georgia ..."). */
export function representedStates(personId: string, archive: Archive): Array<EntityLink & { role: string }> {
  return [...(archive.representing.get(personId) ?? [])].flatMap(([id, role]) => {
    const link = organisationLink(id, archive);
    return link ? [{ ...link, role }] : [];
  });
}

/** How a letter page explains an attribution: "inferred: President of the General Assembly on 14 December 2015, per the register". */
export function describeAttribution(attribution: Attribution): string {
  const when = attribution.session !== null ? `at its ${ordinalWord(attribution.session)} session` : `on ${formatDate(attribution.date)}`;
  return `inferred: ${attribution.officeName} ${when}, per the register${attribution.unverified ? ', a row marked unverified' : ''}`;
}

/** A holder of roles in an organisation as its page lists them: each role's title with the periods it was held. */
export interface MemberItem extends EntityLink {
  roles: Array<{ title: string; periods: string[]; unverified: boolean }>;
}

/** What an organisation's page lists of each member: the roles held in it (or for it, when it is a State), periods grouped by title. */
export function memberItems(organisationId: string, members: ReadonlyArray<PartyView<PersonData>>, archive: Archive): MemberItem[] {
  return members.map((person) => {
    const byTitle = new Map<string, { title: string; periods: string[]; unverified: boolean }>();
    for (const role of person.data.roles.filter((r) => r.organisation === organisationId || r.state === organisationId)) {
      const item = byTitle.get(role.title) ?? byTitle.set(role.title, { title: role.title, periods: [], unverified: false }).get(role.title)!;
      item.periods.push(role.appointment ? appointmentText(role.appointment, formatDate) : describePeriod(role, formatDate));
      item.unverified ||= role.unverified;
    }
    const signed = archive.representing.get(person.id)?.get(organisationId);
    if (signed && !byTitle.has(signed)) byTitle.set(signed, { title: signed, periods: ['as the letters name the role'], unverified: false });
    return { id: person.id, name: person.data.name, roles: [...byTitle.values()] };
  });
}
