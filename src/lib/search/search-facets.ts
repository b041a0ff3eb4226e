import type { Archive, LetterView } from '../archive/archive.ts';
import { letterDateText, senderNames } from '../archive/describe.ts';

/** What Pagefind records of a letter: metadata shown in results, filters offered as facets, the date to sort by. */
export interface SearchRecord {
  meta: Record<string, string>;
  filters: Array<[facet: string, value: string]>;
  /** ISO date (or an undated letter's estimate): sorts as text in date order. */
  sortDate: string;
}

/** The facets the search page offers, in the order it shows them, with their labels. */
export const FACETS = [
  ['year', 'Year'],
  ['session', 'GA session'],
  ['sender', 'Sender'],
  ['recipient', 'Recipient'],
  ['kind', 'Kind'],
  ['document', 'Document cited'],
] as const;

/** The search record of a letter: one filter value per sender, recipient and cited document. */
export function searchRecord(letter: LetterView, archive: Archive): SearchRecord {
  const filters: Array<[string, string]> = [
    ['year', letter.sortDate.slice(0, 4)],
    ['session', String(letter.session)],
    ['kind', letter.data.kind],
  ];
  for (const s of letter.data.senders) {
    const name = (s.person && archive.people.get(s.person)?.data.name) || s.name || (s.organisation && archive.organisations.get(s.organisation)?.data.name) || s.role;
    if (name) filters.push(['sender', name]);
  }
  for (const r of letter.data.recipients) {
    const name = (r.person && archive.people.get(r.person)?.data.name) || (r.organisation && archive.organisations.get(r.organisation)?.data.name) || r.group || r.role;
    if (name) filters.push(['recipient', name]);
  }
  for (const symbol of letter.documents) filters.push(['document', symbol]);
  return {
    meta: { title: letter.data.title, date: letterDateText(letter), sender: senderNames(letter, archive), iso: letter.sortDate },
    filters: filters.filter(([facet, value], i) => filters.findIndex(([f, v]) => f === facet && v === value) === i),
    sortDate: letter.sortDate,
  };
}
