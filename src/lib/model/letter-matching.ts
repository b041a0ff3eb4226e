/**
 * Which letter of the archive a reference names ("your letter dated 14 February 2022 (S/2022/125)").
 * The ingest and the build both resolve references with it, so that the two never disagree.
 */
import { rolesOnDate, type DatedRole } from './roles.ts';

/** How a letter stands to another it refers to (the schema's letterRelations). */
export type LetterRelation = 'answers' | 'follows' | 'transmits' | 'cites';

/** A sender or an addressee, as far as matching needs it: any of its ids or its role. */
export interface MatchParty {
  person?: string | null;
  organisation?: string | null;
  role?: string | null;
  /** A group or office as addressed ("President of the Security Council"): read as a role. */
  group?: string | null;
}

/** A letter as matching needs it. */
export interface MatchLetter {
  id: string;
  date: string | null;
  symbol: string | null;
  senders: readonly MatchParty[];
  recipients: readonly MatchParty[];
  encloses?: readonly string[];
  enclosedIn?: string | null;
}

/** What a reference states about the letter it names. */
export interface LetterClue {
  relation: LetterRelation;
  date: string | null;
  symbol: string | null;
}

/** A role as a key: lower case, single spaces, without "of the United Nations" and a leading article. */
export function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(the|h\.e\.) /, '')
    .replace(/ of the united nations$/, '')
    .trim();
}

/** The keys a party is known by: `person:<id>`, `organisation:<id>`, `role:<key>`. */
export function partyKeys(parties: readonly MatchParty[], extra: (party: MatchParty) => string[] = () => []): Set<string> {
  const keys = new Set<string>();
  for (const party of parties) {
    if (party.person) keys.add(`person:${party.person}`);
    if (party.role) keys.add(`role:${roleKey(party.role)}`);
    if (party.group) keys.add(`role:${roleKey(party.group)}`);
    // An organisation alone names the party; beside a person or a role it is only where they act.
    if (party.organisation && !party.person && !party.role && !party.group) keys.add(`organisation:${party.organisation}`);
    for (const key of extra(party)) keys.add(key);
  }
  return keys;
}

/** The keys of a letter's parties on its day: a party's own, and the roles its person held that day. */
export type PartyKeys = (parties: readonly MatchParty[], date: string | null) => Set<string>;

/**
 * Keys that also know each person by the roles they held on the letter's day (the register's and their own), so that
 * "your letter" to the Secretary-General finds the letter António Guterres signed.
 */
export function keysWithRoles(rolesOf: (person: string) => readonly DatedRole[] | undefined): PartyKeys {
  return (parties, date) => partyKeys(parties, (party) => {
    const roles = party.person ? rolesOnDate(rolesOf(party.person) ?? [], date) : [];
    return roles.flatMap((r) => [`role:${roleKey(r.title)}`, ...(r.organisation ? [`organisation:${r.organisation}`] : [])]);
  });
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((key) => b.has(key));

/**
 * The one letter a reference names, or null when none or more than one match.
 * A symbol decides on its own. A date narrows to the letters of that day; then "your letter" keeps the
 * letters from this letter's addressee, "my letter" those from its sender, a transmitted letter those it
 * encloses or from someone else; of several answered or followed letters still left, those addressed to this
 * letter's sender ("your letter" to me) or its addressee ("my letter" to you).
 * `keysOf` gives a party's keys (the archive adds each person's roles on the day).
 */
export function matchLetter<L extends MatchLetter>(
  clue: LetterClue,
  citing: L,
  letters: readonly L[],
  keysOf: PartyKeys = (parties) => partyKeys(parties),
): L | null {
  const others = letters.filter((l) => l.id !== citing.id);
  if (clue.symbol) {
    const bySymbol = others.filter((l) => l.symbol === clue.symbol);
    if (bySymbol.length === 1) return bySymbol[0]!;
    if (bySymbol.length > 1 || !clue.date) return null;
  }
  const enclosedBy = (l: L) => citing.encloses?.includes(l.id) || l.enclosedIn === citing.id;
  if (!clue.date) {
    // "I transmit herewith a letter from ...": the one letter it encloses, if it encloses one.
    const enclosed = clue.relation === 'transmits' ? others.filter(enclosedBy) : [];
    return enclosed.length === 1 ? enclosed[0]! : null;
  }
  // A letter of that day with another symbol than the one stated is another letter.
  let candidates = others.filter((l) => l.date === clue.date && !(clue.symbol && l.symbol && l.symbol !== clue.symbol));
  const from = (l: L) => keysOf(l.senders, l.date);
  const to = (l: L) => keysOf(l.recipients, l.date);
  const citingFrom = keysOf(citing.senders, citing.date);
  const citingTo = keysOf(citing.recipients, citing.date);
  if (clue.relation === 'answers') candidates = candidates.filter((l) => meets(from(l), citingTo));
  if (clue.relation === 'follows') candidates = candidates.filter((l) => meets(from(l), citingFrom));
  if (clue.relation === 'transmits') {
    const enclosed = candidates.filter(enclosedBy);
    candidates = enclosed.length ? enclosed : candidates.filter((l) => !meets(from(l), citingFrom));
  }
  // Only an exchange tells who wrote to whom: a bare citation of a day with two letters stays unresolved.
  if (candidates.length > 1 && (clue.relation === 'answers' || clue.relation === 'follows')) {
    const back = clue.relation === 'answers' ? citingFrom : citingTo;
    const addressedBack = candidates.filter((l) => meets(to(l), back));
    if (addressedBack.length) candidates = addressedBack;
  }
  return candidates.length === 1 ? candidates[0]! : null;
}
