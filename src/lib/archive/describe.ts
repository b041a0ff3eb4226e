import type { Archive, LetterView } from './archive.ts';
import { formatDate } from '../model/dates.ts';
import { rolesOnDate } from '../model/roles.ts';

/** What a listing shows of a letter. */
export interface LetterSummary {
  id: string;
  url: string;
  title: string;
  /** "14 December 2015", or "Undated (c. 1 January 2017)". */
  dateText: string;
  /** ISO date for <time datetime>: the letter's date or its estimate. */
  isoDate: string;
  from: string;
  to: string;
}

/** The URL of a letter's page. */
export function letterUrl(id: string): string {
  return `/letters/${id}/`;
}

/** How the archive writes a letter's date: its own date, else the estimate marked as such. */
export function letterDateText(letter: LetterView): string {
  return letter.data.date ? formatDate(letter.data.date) : `Undated (c. ${formatDate(letter.sortDate)})`;
}

/** The signatories of a letter as readable names ("Mogens Lykketoft", "The 1 for 7 Billion campaign"). */
export function senderNames(letter: LetterView, archive: Archive): string {
  if (!letter.data.senders.length) return 'sender not identified';
  return letter.data.senders
    .map((s) => (s.person && archive.people.get(s.person)?.data.name) || s.name || (s.organisation && archive.organisations.get(s.organisation)?.data.name) || s.role || '')
    .join('; ');
}

/** The addressees of a letter as readable names. */
export function recipientNames(letter: LetterView, archive: Archive): string {
  if (!letter.data.recipients.length) return 'addressee not stated';
  return letter.data.recipients
    .map((r) => (r.person && archive.people.get(r.person)?.data.name) || (r.organisation && archive.organisations.get(r.organisation)?.data.name) || r.group || r.role || '')
    .join('; ');
}

/** The summary of a letter that listings show. */
export function summarizeLetter(letter: LetterView, archive: Archive): LetterSummary {
  return {
    id: letter.id,
    url: letterUrl(letter.id),
    title: letter.data.title,
    dateText: letterDateText(letter),
    isoDate: letter.sortDate,
    from: senderNames(letter, archive),
    to: recipientNames(letter, archive),
  };
}

/** The role a person held on a letter's date, as the archive records it; null when none is recorded for that day. */
export function roleOnLetterDate(personId: string, letter: LetterView, archive: Archive): string | null {
  const person = archive.people.get(personId);
  if (!person) return null;
  const held = rolesOnDate(person.data.roles, letter.sortDate);
  return held.length ? held.map((r) => r.title).join('; ') : null;
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}
