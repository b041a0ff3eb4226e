import type { Archive, LetterView } from '../archive/archive.ts';
import type { LetterData } from '../../schema/index.ts';
import { letterUrl, roleOnLetterDate } from '../archive/describe.ts';
import { absoluteUrl } from './permalinks.ts';
import { splitPersonName } from '../model/person-names.ts';

/** An author or addressee as a citation names it: a person (whose name can be inverted) or a body. */
export interface CitedParty {
  name: string;
  /** A person's name is split into given and family names; an office or organisation is written whole. */
  kind: 'person' | 'body';
  /** The role in which a person signed ("Chair of the ..."); null for a body or when none is known. */
  role: string | null;
  /** A person's family name when the archive records it ("Ban" for "Ban Ki-moon"); null or absent when it is the last word or printed in capitals. */
  familyName?: string | null;
}

/** Everything a citation of a letter is made of, resolved from the archive. */
export interface LetterReference {
  id: string;
  title: string;
  kind: LetterData['kind'];
  /** The date the letter bears (YYYY-MM-DD), or null when undated. */
  date: string | null;
  /** For an undated letter, the editor's estimate; null otherwise. */
  dateEstimate: string | null;
  /** The UN document symbol that carries the letter, or null. */
  symbol: string | null;
  place: string | null;
  authors: CitedParty[];
  recipients: CitedParty[];
  /** The letter page's full address. */
  url: string;
}

/** The name of the archive as a citation gives it. */
export const ARCHIVE_NAME = 'UN Letters Archive';

/** The authors and addressees of a letter, and its other citation data, with the page's full address. */
export function letterReference(letter: LetterView, archive: Archive, site: URL | string | undefined): LetterReference {
  const personName = (id: string | null) => (id ? archive.people.get(id)?.data.name : undefined);
  const familyName = (id: string | null) => (id ? (archive.people.get(id)?.data.familyName ?? null) : null);
  const orgName = (id: string | null) => (id ? archive.organisations.get(id)?.data.name : undefined);
  const authors = letter.data.senders.map((s): CitedParty => {
    const person = personName(s.person);
    if (person) return { name: person, kind: 'person', role: s.role ?? roleOnLetterDate(s.person!, letter, archive), familyName: familyName(s.person) };
    const org = orgName(s.organisation);
    if (org) return { name: org, kind: 'body', role: null };
    return s.name ? { name: s.name, kind: 'person', role: s.role } : { name: s.role ?? '', kind: 'body', role: null };
  });
  const recipients = letter.data.recipients.map((r): CitedParty => {
    const person = personName(r.person);
    if (person) return { name: person, kind: 'person', role: r.role, familyName: familyName(r.person) };
    return { name: orgName(r.organisation) ?? r.group ?? r.role ?? '', kind: 'body', role: null };
  });
  const { title, kind, date, dateEstimate, symbol, place } = letter.data;
  return { id: letter.id, title, kind, date, dateEstimate, symbol, place, authors, recipients, url: absoluteUrl(letterUrl(letter.id), site) };
}

/**
 * A person's name split for citing: the family name the record gives, else the one printed in capitals
 * ("BAN Ki-moon" -> Ban, Ki-moon), else the last word ("Sylvie Lucas" -> Lucas, Sylvie).
 */
export function splitName(name: string, familyName: string | null = null): { given: string; family: string; familyFirst: boolean } {
  return splitPersonName(name, familyName);
}

/** How each kind of correspondence is named in a citation ("Letter", "Note verbale"). */
export const GENRE_NAMES: Record<LetterData['kind'], string> = {
  letter: 'Letter',
  'identical-letters': 'Identical letters',
  'note-verbale': 'Note verbale',
  memorandum: 'Memorandum',
};
