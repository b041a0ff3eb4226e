import { compareNewestFirst, type Archive, type PartyView } from '../archive/archive.ts';
import { summarizeLetter, type LetterSummary } from '../archive/describe.ts';

/** How many letters an entity page lists before it links to the full, paginated list. */
export const PREVIEW = 20;

/** The letter lists a person or organisation page has, each a page of its own when long. */
export const PARTY_LISTS = {
  sent: 'Letters sent',
  received: 'Letters received',
  named: 'Letters naming',
} as const;

/** A list's key in URLs: /people/<id>/sent/, /people/<id>/received/, /people/<id>/named/. */
export type PartyList = keyof typeof PARTY_LISTS;

/** The letters, newest first and each once, of a list of ids (letters of a day by id). */
export function newestFirst(ids: Iterable<string>, archive: Archive): LetterSummary[] {
  return [...new Set(ids)]
    .map((id) => archive.letterById.get(id)!)
    .sort(compareNewestFirst)
    .map((l) => summarizeLetter(l, archive));
}

/** The ids of a party's letters in one list (a letter naming the party twice is there twice). */
function listIds(party: PartyView<unknown>, list: PartyList): string[] {
  return list === 'sent' ? party.sent : list === 'received' ? party.received : party.mentioned.map((m) => m.letter);
}

/** A person's or organisation's letters in one list, newest first. */
export function partyLetters(party: PartyView<unknown>, list: PartyList, archive: Archive): LetterSummary[] {
  return newestFirst(listIds(party, list), archive);
}

/** The lists of a party long enough to need pages of their own. */
export function longLists(party: PartyView<unknown>): PartyList[] {
  return (Object.keys(PARTY_LISTS) as PartyList[]).filter((list) => new Set(listIds(party, list)).size > PREVIEW);
}
