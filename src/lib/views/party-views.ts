import type { PartyView } from '../archive/archive.ts';

/** A person or organisation as the index pages list them. */
export interface PartyListItem {
  id: string;
  name: string;
  /** Number of distinct letters that send, receive or name them. */
  letters: number;
}

/** Lists people or organisations in the order of a sort key (family name, or name), with their letter counts. */
export function partyIndex<T extends { name: string }>(parties: Map<string, PartyView<T>>, sortKey: (party: PartyView<T>) => string): PartyListItem[] {
  return [...parties.values()]
    .map((party) => ({ party, key: sortKey(party).toLocaleLowerCase('en') }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en') || a.party.id.localeCompare(b.party.id))
    .map(({ party }) => ({
      id: party.id,
      name: party.data.name,
      letters: new Set([...party.sent, ...party.received, ...party.mentioned.map((m) => m.letter)]).size,
    }));
}
