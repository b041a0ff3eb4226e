import type { OrganisationData, PersonData, Role } from '../../schema/index.ts';
import type { Entry } from './archive.ts';
import { matchOffice, OFFICE_ORGANISATIONS } from '../model/offices.ts';
import type { OfficeTerm } from '../model/office-terms.ts';
import type { Register } from '../model/register.ts';
import { appointmentRole, samePost } from './appointment-roles.ts';

const key = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');

/** The role a term gives its holder: the register's dates, State and source. */
function roleOf(term: OfficeTerm, organisations: ReadonlySet<string>): Role {
  const organisation = OFFICE_ORGANISATIONS[term.office];
  return {
    title: term.title,
    organisation: organisations.has(organisation) ? organisation : null,
    from: term.from,
    to: term.to,
    state: term.state && organisations.has(term.state) ? term.state : null,
    source: term.source,
    unverified: term.unverified,
    computed: term.computed,
    appointment: null,
  };
}

/** True when an editor's role is the same office held in the same period as a register role (so the register's replaces it). */
function sameRole(role: Role, registered: Role, term: OfficeTerm): boolean {
  const office = matchOffice(role.title);
  if (!office || office.office !== term.office || (role.source ?? null) !== null) return false;
  if (office.session !== null) return office.session === term.session;
  return (role.from ?? '0000-00-00') <= (registered.to ?? '9999-12-31') && (role.to ?? '9999-12-31') >= (registered.from ?? '0000-00-00');
}

/**
 * The people of the archive with every office-holder and appointee of the register among them. A holder is the person
 * of the same id (the slug of the register's name), else the person whose name or aliases are the register's name, else
 * a new person. The register's roles are added to the person's; a role an editor wrote for the same office and period
 * (for an appointment: the same post, undated) is replaced by the register's, which carries dates and source, not
 * listed twice. The editor's name stays; the register's spelling joins the aliases when it differs.
 */
export function peopleWithRegister(register: Register, people: ReadonlyArray<Entry<PersonData>>, organisations: ReadonlySet<string>): Entry<PersonData>[] {
  const byId = new Map(people.map((p) => [p.id, { id: p.id, data: { ...p.data, aliases: [...p.data.aliases], roles: [...p.data.roles] } }]));
  const byName = new Map<string, string>();
  for (const p of people) for (const name of [p.data.name, ...p.data.aliases]) if (!byName.has(key(name))) byName.set(key(name), p.id);
  const touched = new Set<string>();
  const give = (slug: string, holder: string, honorific: string | null, role: Role, replaces: (r: Role) => boolean) => {
    const id = byId.has(slug) ? slug : (byName.get(key(holder)) ?? slug);
    let person = byId.get(id);
    if (!person) {
      person = { id, data: { name: holder, familyName: null, honorific, aliases: [], roles: [], reviewed: true } };
      byId.set(id, person);
    }
    person.data.roles = [...person.data.roles.filter((r) => !replaces(r)), role];
    if (key(person.data.name) !== key(holder) && !person.data.aliases.some((a) => key(a) === key(holder))) person.data.aliases.push(holder);
    touched.add(id);
  };
  for (const term of register.offices.terms) {
    const role = roleOf(term, organisations);
    give(term.person, term.holder, null, role, (r) => sameRole(r, role, term));
  }
  for (const record of register.appointments) {
    const role = appointmentRole(record, organisations);
    give(record.person, record.holder, record.honorific, role, (r) => samePost(r, record));
  }
  // Oldest first, as the schema asks; a role with no start keeps its place before the dated ones.
  for (const id of touched) byId.get(id)!.data.roles.sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The organisations of the archive with the register's States among them, as kind member-state under the slug of their
 * UN name, with the other names letters use as aliases. An organisation of the same id keeps what an editor wrote and
 * gains the aliases it lacked.
 */
export function organisationsWithRegister(register: Register, organisations: ReadonlyArray<Entry<OrganisationData>>): Entry<OrganisationData>[] {
  const byId = new Map(organisations.map((o) => [o.id, { id: o.id, data: { ...o.data, aliases: [...o.data.aliases] } }]));
  for (const state of register.states) {
    const existing = byId.get(state.id);
    if (!existing) {
      byId.set(state.id, { id: state.id, data: { name: state.name, shortName: null, aliases: [...state.otherNames], kind: 'member-state', reviewed: true } });
      continue;
    }
    for (const name of state.otherNames) if (!existing.data.aliases.some((a) => key(a) === key(name))) existing.data.aliases.push(name);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The people and organisations of an archive joined with its register, organisations first (people's roles point at them). */
export function entitiesWithRegister(register: Register, input: { people: ReadonlyArray<Entry<PersonData>>; organisations: ReadonlyArray<Entry<OrganisationData>> }): {
  people: Entry<PersonData>[];
  organisations: Entry<OrganisationData>[];
} {
  const organisations = organisationsWithRegister(register, input.organisations);
  return { organisations, people: peopleWithRegister(register, input.people, new Set(organisations.map((o) => o.id))) };
}
