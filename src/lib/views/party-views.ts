import type { PartyView } from '../archive/archive.ts';

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
