// Senders and recipients in every shape the schema allows: a known person (with or without the
// role as signed), several co-signatories, an organisation, a bare role, a name not in the archive,
// groups written out in words. Each comes with the words a UN title uses for it.
import { roleOnDay } from './entities.mjs';
import { GIVEN_NAMES, RECIPIENT_GROUPS, SURNAME_PARTS, slugify } from './words.mjs';
import { orgRef, personRef } from './body.mjs';

const ROLES_ONLY = ['Chair of the Fifth Committee', 'Rapporteur of the Sixth Committee', 'Chef de Cabinet', 'Spokesperson for the Secretary-General'];
const ADDRESSEE_ROLES = ['Secretary-General', 'President of the General Assembly', 'President of the Security Council'];

/** A person active on `day` when there is one, else anyone: signatories should hold office when they sign. */
export function personOn(random, cast, day, year) {
  const active = cast.peopleByYear.get(year)?.filter((p) => p.active[0] <= day && day <= p.active[1]);
  return active?.length ? random.pick(active) : random.pick(cast.people);
}

/** The signatories of a letter: { senders (frontmatter), describe (title words), slug (id part), signature (MDX paragraphs) }. */
export function makeSenders(random, cast, day, year, kind) {
  if (kind === 'note-verbale') {
    const state = random.pick(cast.states);
    const name = `Permanent Mission of ${state.name} to the United Nations`;
    return { senders: [{ organisation: state.id, name }], describe: `the ${name}`, slug: state.id, signature: [], state };
  }
  const shape = random.weighted({ person: 62, cosigned: 8, organisation: 12, role: 8, name: 10 });
  if (shape === 'person' || shape === 'cosigned') {
    const people = Array.from({ length: shape === 'person' ? 1 : random.int(2, 4) }, () => personOn(random, cast, day, year));
    const signed = [...new Map(people.map((p) => [p.id, p])).values()];
    const senders = signed.map((person) => {
      const role = roleOnDay(person, day);
      const sender = { person: person.id };
      // Half the letters state the role as signed; otherwise the site derives it from the person's roles.
      if (role && random.chance(0.5)) sender.role = role.title;
      if (role?.organisation && random.chance(0.7)) sender.organisation = role.organisation;
      return { sender, person, role };
    });
    const first = senders[0];
    const describe = signed.length > 1 ? 'the co-facilitators' : first.role ? `the ${first.role.title}` : first.person.name;
    const signature = senders.map(({ person }) => personRef(random, person, person.name));
    if (first.role && random.chance(0.6)) signature.push(roleLine(random, cast, first.role));
    return { senders: senders.map((s) => s.sender), describe, slug: slugify(first.person.surname), signature };
  }
  if (shape === 'organisation') {
    const org = random.pick(cast.organisations.filter((o) => o.kind === 'civil-society' || o.kind === 'group-of-states'));
    const sender = { organisation: org.id };
    if (random.chance(0.5)) sender.name = `The ${org.name} campaign`;
    return { senders: [sender], describe: `the ${org.name}`, slug: org.id, signature: [`The ${orgRef(random, org)} team`] };
  }
  if (shape === 'role') {
    const role = random.pick(ROLES_ONLY);
    return { senders: [{ role, organisation: 'general-assembly' }], describe: `the ${role}`, slug: slugify(role), signature: [role] };
  }
  const name = `${random.pick(GIVEN_NAMES)} ${SURNAME_PARTS.map((p) => random.pick(p)).join('')}`;
  const sender = random.chance(0.5) ? { name, role: 'on behalf of the signatories' } : { name };
  return { senders: [sender], describe: name, slug: slugify(name.split(' ')[1]), signature: [name] };
}

// The role under a signature, with its organisation marked where the title names it.
function roleLine(random, cast, role) {
  const org = cast.organisationById.get(role.organisation);
  return org && role.title.includes(org.name) ? role.title.replace(org.name, orgRef(random, { ...org, shortName: null, aliases: [] })) : role.title;
}

/** The addressees of a letter: { recipients (frontmatter), describe (for the title), group (when addressed to one) }. */
export function makeRecipients(random, cast, day, year, kind) {
  if (kind === 'identical-letters') {
    return {
      recipients: [{ role: 'Secretary-General' }, { organisation: 'security-council', role: 'President of the Security Council' }],
      describe: 'the Secretary-General and the President of the Security Council',
    };
  }
  const shape = random.weighted({ group: 35, person: 30, organisation: 18, role: 10, several: 7 });
  if (shape === 'group') {
    const group = random.pick(RECIPIENT_GROUPS);
    return { recipients: [{ group }], describe: group[0].toLowerCase() + group.slice(1), group };
  }
  if (shape === 'person') {
    const person = personOn(random, cast, day, year);
    const role = roleOnDay(person, day)?.title ?? random.pick(ADDRESSEE_ROLES);
    return { recipients: [{ person: person.id, role }], describe: `the ${role}`, addressee: person };
  }
  if (shape === 'organisation') {
    const org = random.pickSkewed(cast.organisations, 2);
    return { recipients: [{ organisation: org.id }], describe: `the ${org.name}` };
  }
  if (shape === 'role') {
    const role = random.pick(ADDRESSEE_ROLES);
    return { recipients: [{ role }], describe: `the ${role}` };
  }
  const [a, b] = [personOn(random, cast, day, year), random.pick(RECIPIENT_GROUPS)];
  return { recipients: [{ person: a.id, role: 'President of the General Assembly' }, { group: b }], describe: `the President of the General Assembly and ${b[0].toLowerCase() + b.slice(1)}` };
}

/** The UN-style title: "Letter dated 14 December 2015 from ... to ...", by kind, or "Undated letter from ...". */
export function makeTitle(kind, dateText, from, to) {
  const dated = dateText ? ` dated ${dateText}` : '';
  if (kind === 'note-verbale') return `${dateText ? 'Note verbale' : 'Undated note verbale'}${dated} from ${from} addressed to ${to}`;
  if (kind === 'identical-letters') return `Identical letters${dated} from ${from} addressed to ${to}`;
  const noun = kind === 'memorandum' ? 'Memorandum' : 'Letter';
  return `${dateText ? noun : `Undated ${noun.toLowerCase()}`}${dated} from ${from} to ${to}`;
}
