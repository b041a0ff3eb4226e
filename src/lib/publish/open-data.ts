import type { Archive, LetterView, PartyView } from '../archive/archive.ts';
import { letterUrl } from '../archive/describe.ts';
import { documentUrl } from '../views/entity-views.ts';
import { absoluteUrl, letterFilePath } from '../cite/permalinks.ts';

type Site = URL | string | undefined;

/** A party to a letter in the open data: the archive's ids when known, the name as the page shows it, the role. */
export interface PartyRecord {
  name: string;
  person: string | null;
  organisation: string | null;
  /** The group as addressed ("All Permanent Representatives ..."), for addressees; null otherwise. */
  group: string | null;
  role: string | null;
  /** True when the letter names the party only by an office and `person` is the register's holder on its date. */
  inferred: boolean;
}

/** One letter in /data/letters.json and /letters/<id>/letter.json. */
export interface LetterRecord {
  id: string;
  url: string;
  title: string;
  kind: string;
  date: string | null;
  dateEstimate: string | null;
  place: string | null;
  symbol: string | null;
  session: number;
  senders: PartyRecord[];
  recipients: PartyRecord[];
  encloses: string[];
  enclosedIn: string | null;
  /** The other letters it refers to: the resolved letter id (null when the archive lacks it) and the words as written. */
  refersTo: Array<{ letter: string | null; text: string; relation: string; date: string | null; symbol: string | null }>;
  /** Ids of the letters it answers, and of those that answer it. */
  answers: string[];
  answeredBy: string[];
  documents: string[];
  people: string[];
  organisations: string[];
  datesNamed: string[];
  source: { url: string; lines: [number, number] };
  files: { json: string; bibtex: string; ris: string; cslJson: string; shareImage: string };
  reviewed: boolean;
}

/** A letter as open data: its metadata, the archive ids it names, and the addresses of its page and files. */
export function letterRecord(letter: LetterView, archive: Archive, site: Site): LetterRecord {
  const person = (id: string | null) => (id ? archive.people.get(id)?.data.name : undefined);
  const org = (id: string | null) => (id ? archive.organisations.get(id)?.data.name : undefined);
  const file = (name: string) => absoluteUrl(letterFilePath(letter.id, name), site);
  const { data } = letter;
  return {
    id: letter.id,
    url: absoluteUrl(letterUrl(letter.id), site),
    title: data.title,
    kind: data.kind,
    date: data.date,
    dateEstimate: data.dateEstimate,
    place: data.place,
    symbol: data.symbol,
    session: letter.session,
    senders: data.senders.map((s, i) => {
      const inferred = letter.attributions.senders[i]?.person ?? null;
      return { name: person(s.person ?? inferred) ?? s.name ?? org(s.organisation) ?? s.role ?? '', person: s.person ?? inferred, organisation: s.organisation, group: null, role: s.role, inferred: inferred !== null };
    }),
    recipients: data.recipients.map((r, i) => {
      const inferred = letter.attributions.recipients[i]?.person ?? null;
      return { name: person(r.person ?? inferred) ?? org(r.organisation) ?? r.group ?? r.role ?? '', person: r.person ?? inferred, organisation: r.organisation, group: r.group, role: r.role, inferred: inferred !== null };
    }),
    encloses: data.encloses,
    enclosedIn: data.enclosedIn,
    refersTo: letter.thread.references.map((r) => ({ letter: r.letter, text: r.description, relation: r.relation, date: r.date, symbol: r.symbol })),
    answers: letter.thread.answers,
    answeredBy: letter.thread.answeredBy,
    documents: letter.documents,
    people: letter.people,
    organisations: letter.organisations,
    datesNamed: letter.dates,
    source: { url: absoluteUrl(`/${data.source.file}`, site), lines: data.source.lines },
    files: { json: file('letter.json'), bibtex: file('cite.bib'), ris: file('cite.ris'), cslJson: file('cite.json'), shareImage: file('share.png') },
    reviewed: data.reviewed,
  };
}

/** A JSON array written one element a line, so that a reader can stream it line by line. */
export function jsonLines(items: Iterable<unknown>): string {
  const lines: string[] = [];
  for (const item of items) lines.push(JSON.stringify(item));
  return `[\n${lines.join(',\n')}\n]\n`;
}

/** A person's or an organisation's letters, as open data: sent, received and named in. */
function partyLetters(party: PartyView<unknown>) {
  return { sent: party.sent, received: party.received, namedIn: [...new Set(party.mentioned.map((m) => m.letter))] };
}

/** Entries of a map in id order. */
function byId<T extends { id: string }>(entries: Iterable<T>): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The people of the archive as open data, with the letters each sent, received and is named in. */
export function peopleRecords(archive: Archive, site: Site) {
  return byId(archive.people.values())
    .map((p) => ({
      id: p.id,
      url: absoluteUrl(`/people/${p.id}/`, site),
      name: p.data.name,
      honorific: p.data.honorific,
      aliases: p.data.aliases,
      roles: p.data.roles,
      ...partyLetters(p),
    }));
}

/** The organisations of the archive as open data, with the letters each sent, received and is named in. */
export function organisationRecords(archive: Archive, site: Site) {
  return byId(archive.organisations.values())
    .map((o) => ({
      id: o.id,
      url: absoluteUrl(`/organisations/${o.id}/`, site),
      name: o.data.name,
      shortName: o.data.shortName,
      kind: o.data.kind,
      aliases: o.data.aliases,
      ...partyLetters(o),
    }));
}

/** The documents cited in the archive as open data, with the letters and paragraphs citing each. */
export function documentRecords(archive: Archive, site: Site) {
  return [...archive.documents.values()]
    .sort((a, b) => (a.data.symbol < b.data.symbol ? -1 : 1))
    .map((d) => ({
      symbol: d.data.symbol,
      url: absoluteUrl(documentUrl(d.data.symbol), site),
      kind: d.parsed.kind,
      title: d.data.title,
      date: d.data.date,
      session: d.parsed.session,
      officialUrl: d.url,
      citedBy: d.citations.map((c) => ({ letter: c.letter, paragraph: c.paragraph })),
    }));
}
