// People and organisations of the synthetic archive. Each person has a career (roles over time),
// so that letters can be signed by someone who held the role on the letter's date.
import { FIRST_DAY, LAST_DAY, LAST_SESSION, isoOf, sessionDays } from './calendar.mjs';
import { CORE_ORGANISATIONS, CSO_CITIES, CSO_PARTS, GIVEN_NAMES, HONORIFICS, STATES, SURNAME_PARTS, ordinalWords, slugify } from './words.mjs';

const YEAR = 365;

/** How many entities an archive of N letters gets: grows with N, as a real archive's cast does, but slower. */
export function scaleFor(letters) {
  return {
    people: Math.round(60 + letters * 0.25),
    organisations: Math.round(50 + letters * 0.015),
    documents: Math.round(300 + letters * 0.6),
  };
}

/** The organisations: the core UN bodies always, then Member States and civil society in about equal parts. */
export function generateOrganisations(random, count) {
  const orgs = CORE_ORGANISATIONS.map(([name, shortName, kind, aliases]) => ({ id: slugify(name), name, shortName, kind, aliases }));
  const states = random.shuffle(STATES).slice(0, Math.max(0, Math.round((count - orgs.length) * 0.55)));
  for (const name of states) orgs.push({ id: slugify(name), name, shortName: null, kind: 'member-state', aliases: [] });
  const taken = new Set(orgs.map((o) => o.id));
  while (orgs.length < count) {
    const name = freeName(random, taken);
    const id = slugify(name);
    taken.add(id);
    const shortName = random.chance(0.4) ? name.split(' ').map((w) => w[0]).join('').toUpperCase() : null;
    orgs.push({ id, name, shortName, kind: random.chance(0.9) ? 'civil-society' : 'other', aliases: [] });
  }
  for (const org of orgs) org.reviewed = !random.chance(0.03);
  return orgs;
}

/** How many fresh draws a civil-society name gets before it takes a city: enough that archives of up to ~20,000 letters keep the names they always had. */
const NAME_DRAWS = 20;

/**
 * A civil-society name whose slug is not yet taken. The three-part names number 1,000, and 100,000 letters ask for
 * about 1,500 organisations: after NAME_DRAWS draws that are all taken, the last draw takes the first city of
 * CSO_CITIES still free ("Global Policy Forum Geneva"), then a number, so that the search always ends.
 */
export function freeName(random, taken) {
  let name = '';
  for (let draw = 0; draw < NAME_DRAWS; draw++) {
    name = CSO_PARTS.map((part) => random.pick(part)).join(' ');
    if (!taken.has(slugify(name))) return name;
  }
  const city = CSO_CITIES.find((c) => !taken.has(slugify(`${name} ${c}`)));
  if (city) return `${name} ${city}`;
  for (let n = 2; ; n++) if (!taken.has(slugify(`${name} ${n}`))) return `${name} ${n}`;
}

/** The people: a name, honorific, aliases, and one to four consecutive roles between 1946 and 2026. */
export function generatePeople(random, count, orgs) {
  const byKind = (kind) => orgs.filter((o) => o.kind === kind);
  const pools = { state: byKind('member-state'), process: byKind('intergovernmental-process'), cso: byKind('civil-society') };
  const office = orgs.filter((o) => o.kind === 'un-office');
  const presidencies = new Set(); // one President of the General Assembly per session
  const taken = new Map();
  const people = [];
  for (let i = 0; i < count; i++) {
    const surname = SURNAME_PARTS.map((part) => random.pick(part)).join('');
    const name = `${random.pick(GIVEN_NAMES)} ${surname}`;
    const base = slugify(name);
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    const id = seen === 1 ? base : `${base}-${seen}`;
    const honorific = random.chance(0.8) ? random.pick(HONORIFICS) : null;
    const aliases = [`Mr. ${surname}`, `Ambassador ${surname}`, surname].filter(() => random.chance(0.6));
    // Careers start in proportion to time, ending by 2026 at the latest (some still running).
    const start = random.int(FIRST_DAY - 2 * YEAR, LAST_DAY - 2 * YEAR);
    const end = Math.min(start + random.int(3 * YEAR, 25 * YEAR), LAST_DAY + 3 * YEAR);
    const roles = [];
    let from = start;
    const roleCount = random.int(1, 4);
    for (let r = 0; r < roleCount && from < end; r++) {
      const to = r === roleCount - 1 ? end : Math.min(end, from + random.int(YEAR, 8 * YEAR));
      roles.push(makeRole(random, { from, to, pools, office, presidencies, orgs }));
      from = to + 1;
    }
    people.push({ id, name, surname, honorific, aliases, roles, reviewed: !random.chance(0.03), active: [start, end] });
  }
  return people;
}

// A role held from day `from` to day `to`; a presidency takes the session's exact dates instead.
function makeRole(random, { from, to, pools, office, presidencies, orgs }) {
  const kind = random.weighted({ representative: 45, deputy: 15, presidency: 6, office: 12, chair: 8, cso: 14 });
  const role = (title, organisation, f = from, t = to) => ({
    title,
    organisation,
    // Some records lack a start or an end, as real ones do; open-ended roles still running stay open.
    from: random.chance(0.08) ? null : isoOf(f),
    to: t > LAST_DAY || random.chance(0.08) ? null : isoOf(t),
    days: [f, t],
  });
  if (kind === 'presidency') {
    for (let session = 1; session <= LAST_SESSION; session++) {
      const [open, close] = sessionDays(session);
      if (open >= from && open <= to && !presidencies.has(session)) {
        presidencies.add(session);
        return role(`President of the General Assembly at its ${ordinalWords(session)} session`, 'general-assembly', open, close);
      }
    }
  }
  if (kind === 'office' && office.length) {
    const org = random.pick(office);
    return role(`Under-Secretary-General, ${org.name}`, org.id);
  }
  if (kind === 'chair' && pools.process.length) {
    const org = random.pick(pools.process);
    return role(`Chair of the ${org.name}`, org.id);
  }
  if (kind === 'cso' && pools.cso.length) {
    const org = random.pick(pools.cso);
    return role(random.pick(['Executive Director', 'Director', 'Coordinator', 'Chair of the Board']) + `, ${org.name}`, org.id);
  }
  const state = pools.state.length ? random.pick(pools.state) : orgs[0];
  const title = kind === 'deputy' ? 'Deputy Permanent Representative' : 'Permanent Representative';
  return role(`${title} of ${state.name} to the United Nations`, state.id);
}

/** The role a person held on a day, or null; used to sign letters as the UN would. */
export function roleOnDay(person, day) {
  return person.roles.find((r) => r.days[0] <= day && day <= r.days[1]) ?? null;
}

/** People grouped by the years they were active, so that a letter of 1962 finds a signatory of 1962 quickly. */
export function indexPeopleByYear(people) {
  const byYear = new Map();
  for (const person of people) {
    const first = 1946 + Math.max(0, Math.floor((person.active[0] - FIRST_DAY) / YEAR));
    const last = 1946 + Math.floor((Math.min(person.active[1], LAST_DAY) - FIRST_DAY) / YEAR);
    for (let year = first; year <= last; year++) (byYear.get(year) ?? byYear.set(year, []).get(year)).push(person);
  }
  return byYear;
}
