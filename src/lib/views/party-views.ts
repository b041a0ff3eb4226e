import type { Archive, PartyView } from '../archive/archive.ts';

/** A person or organisation as the index pages list them. */
export interface PartyListItem {
  id: string;
  name: string;
  /** Number of distinct letters that send, receive or name them. */
  letters: number;
  /** The first letter of the sort key, accents stripped ("Ö" files under "O"); "#" for a digit or other sign. */
  initial: string;
}

/** Lists people or organisations in the order of a sort key (family name, or name), with their letter counts. */
export function partyIndex<T extends { name: string }>(parties: Map<string, PartyView<T>>, sortKey: (party: PartyView<T>) => string): PartyListItem[] {
  return [...parties.values()]
    .map((party) => ({ party, key: sortKey(party).toLocaleLowerCase('en') }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en') || a.party.id.localeCompare(b.party.id))
    .map(({ party, key }) => ({
      id: party.id,
      name: party.data.name,
      letters: new Set([...party.sent, ...party.received, ...party.mentioned.map((m) => m.letter)]).size,
      initial: initialOf(key),
    }));
}

/** The letter a sort key files under: "Ö" under "O", a digit or sign under "#". */
function initialOf(key: string): string {
  const first = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** A long index split by initial, so that a page of hundreds of names can be entered by its letter. */
export function byInitial(items: readonly PartyListItem[]): Array<{ initial: string; items: PartyListItem[] }> {
  const groups = new Map<string, PartyListItem[]>();
  for (const item of items) (groups.get(item.initial) ?? groups.set(item.initial, []).get(item.initial)!).push(item);
  return [...groups].map(([initial, list]) => ({ initial, items: list }));
}

/** The people of an index, by family name ("Ban" for "Ban Ki-moon", else the last word of the name). */
export function peopleIndex(archive: Archive): PartyListItem[] {
  return partyIndex(archive.people, (p) => p.data.familyName ?? p.data.name.split(' ').at(-1)!);
}

/** The organisations of an index, by name, a leading "the" aside. */
export function organisationIndex(archive: Archive): PartyListItem[] {
  return partyIndex(archive.organisations, (o) => o.data.name.replace(/^the /i, ''));
}

/** Past this many names an index no longer lists them all on one page: each initial has pages of its own. */
export const ONE_PAGE_INDEX = 1000;

/** An initial in a URL: "a" for "A", "other" for "#" (digits and signs). */
export function initialSlug(initial: string): string {
  return initial === '#' ? 'other' : initial.toLowerCase();
}

/** The initials of an index too long for one page, each with its names; none when the index fits on one page. */
export function initialPages(items: readonly PartyListItem[]): Array<{ initial: string; slug: string; items: PartyListItem[] }> {
  if (items.length <= ONE_PAGE_INDEX) return [];
  return byInitial(items).map((group) => ({ ...group, slug: initialSlug(group.initial) }));
}

/** The two indexes of parties, each with its index function, its address and its heading. */
export const PARTY_INDEXES = {
  people: { index: peopleIndex, base: '/people/', heading: 'People' },
  organisations: { index: organisationIndex, base: '/organisations/', heading: 'Organisations' },
} as const;

/** Which index of parties: people or organisations. */
export type PartyIndexKind = keyof typeof PARTY_INDEXES;
