import type { DocumentData, LetterData, OrganisationData, PersonData } from '../../schema/index.ts';
import { extractMentions, type Mention } from '../text/mentions.ts';
import { linkThreads, type LetterThreadLinks } from './threads.ts';
import { emptyRegister, type Register } from '../model/register.ts';
import { representedState } from '../model/state-names.ts';
import { attributeLetter, type LetterAttributions } from './attribution.ts';
import { describeSymbol, officialUrl, parseSymbol, slugifySymbol, type DocumentSymbol } from '../../schema/symbols.ts';

/** An entry as a collection hands it over: id, validated data, and for letters the MDX body and file. */
export interface Entry<T> {
  id: string;
  data: T;
}
/** A letter entry with the path of its file, and its body or the mentions already read from it. */
export interface LetterEntry extends Entry<LetterData> {
  /** The MDX body; the data layer gives the mentions instead and does not keep the body. */
  body?: string;
  filePath: string;
  /** The body's mentions when already read (the data layer reads them once for checking and building). */
  mentions?: Mention[];
}

/** Where a letter cites or names something: the letter, the paragraph and the sentence. */
export interface Citation {
  letter: string;
  paragraph: number;
  sentence: string;
  text: string;
}

/** A letter with everything the site derives from it. */
export interface LetterView extends Entry<LetterData> {
  filePath: string;
  /** The date used for ordering: the letter's date, else the editor's estimate. */
  sortDate: string;
  session: number;
  mentions: Mention[];
  /** Canonical symbols of the documents cited, in order of first citation. */
  documents: string[];
  people: string[];
  organisations: string[];
  /** Full dates named in the text, in order of first mention. */
  dates: string[];
  previous: string | null;
  next: string | null;
  /** Its references resolved, what it answers, what answered it and what refers to it (threads.ts). */
  thread: LetterThreadLinks;
  /** Senders and recipients named by office alone, attributed to the holder on the letter's date (attribution.ts). */
  attributions: LetterAttributions;
}

/** A cited document with the letters that cite it. */
export interface DocumentView extends Entry<DocumentData> {
  parsed: DocumentSymbol;
  label: string;
  url: string | null;
  citations: Citation[];
  /** Id of the letter of the archive issued under this symbol; null when the document is not one of its letters. */
  letter: string | null;
}

/** A person or organisation with the letters they send, receive and are named in. */
export interface PartyView<T> extends Entry<T> {
  sent: string[];
  received: string[];
  mentioned: Citation[];
}

/** Everything the pages need, as plain data. */
export interface Archive {
  /** Newest first. */
  letters: LetterView[];
  letterById: Map<string, LetterView>;
  documents: Map<string, DocumentView>;
  people: Map<string, PartyView<PersonData>>;
  organisations: Map<string, PartyView<OrganisationData>>;
  /** Per ISO day: letters sent that day and the places letters name it. */
  days: Map<string, { sent: string[]; mentioned: Citation[] }>;
  /** The register of office-holders: session dates, terms of office, Member States (empty when the content has none). */
  register: Register;
  /** Per person, the States letters show them representing ("Permanent Representative of Georgia"), with the role as written. */
  representing: Map<string, Map<string, string>>;
}

/**
 * Builds the archive's cross-references from the collections; expects references to be checked already, and the
 * register's people and States to be among `people` and `organisations` already (register-entities.ts).
 */
export function buildArchive(input: {
  letters: LetterEntry[];
  people: Entry<PersonData>[];
  organisations: Entry<OrganisationData>[];
  documents: Entry<DocumentData>[];
  register?: Register;
}): Archive {
  const register = input.register ?? emptyRegister();
  const documents = new Map<string, DocumentView>();
  for (const { id, data } of input.documents) {
    const parsed = parseSymbol(data.symbol)!;
    documents.set(data.symbol, { id, data, parsed, label: describeSymbol(parsed), url: officialUrl(parsed), citations: [], letter: null });
  }
  const people = new Map(input.people.map((e) => [e.id, { ...e, sent: [], received: [], mentioned: [] } as PartyView<PersonData>]));
  const organisations = new Map(
    input.organisations.map((e) => [e.id, { ...e, sent: [], received: [], mentioned: [] } as PartyView<OrganisationData>]),
  );
  const days: Archive['days'] = new Map();
  const day = (iso: string) => days.get(iso) ?? days.set(iso, { sent: [], mentioned: [] }).get(iso)!;

  const isPerson = (id: string) => people.has(id);
  const letters = input.letters.map((entry) => viewLetter(entry, register, isPerson)).sort(compareNewestFirst);
  const representing: Archive['representing'] = new Map();
  const represents = (person: string | null, role: string | null) => {
    const state = person && role ? representedState(role, register.stateNames) : null;
    if (state && organisations.has(state)) (representing.get(person!) ?? representing.set(person!, new Map()).get(person!)!).set(state, role!);
  };
  letters.forEach((letter, index) => {
    letter.next = letters[index - 1]?.id ?? null;
    letter.previous = letters[index + 1]?.id ?? null;
  });
  // Oldest first, letters of one day by id: every list built here reads in the order of the correspondence.
  const chronological = [...letters].sort((a, b) => (a.sortDate < b.sortDate ? -1 : a.sortDate > b.sortDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const threads = linkThreads(chronological, people);
  for (const letter of chronological) {
    letter.thread = threads.get(letter.id)!;
    const issuedAs = letter.data.symbol ? documents.get(letter.data.symbol) : undefined;
    if (issuedAs && !issuedAs.letter) issuedAs.letter = letter.id;
    if (letter.data.date) day(letter.data.date).sent.push(letter.id);
    letter.data.senders.forEach((sender, i) => {
      if (sender.person) people.get(sender.person)?.sent.push(letter.id);
      else addOnce(people.get(letter.attributions.senders[i]?.person ?? '')?.sent, letter.id);
      if (sender.organisation) organisations.get(sender.organisation)?.sent.push(letter.id);
      represents(sender.person, sender.role);
    });
    letter.data.recipients.forEach((recipient, i) => {
      if (recipient.person) people.get(recipient.person)?.received.push(letter.id);
      else addOnce(people.get(letter.attributions.recipients[i]?.person ?? '')?.received, letter.id);
      if (recipient.organisation) organisations.get(recipient.organisation)?.received.push(letter.id);
      represents(recipient.person, recipient.role);
    });
    for (const mention of letter.mentions) {
      const citation = { letter: letter.id, paragraph: mention.paragraph, sentence: mention.sentence, text: mention.text };
      if (mention.kind === 'document') documents.get(mention.key)?.citations.push(citation);
      if (mention.kind === 'person') people.get(mention.key)?.mentioned.push(citation);
      if (mention.kind === 'organisation') organisations.get(mention.key)?.mentioned.push(citation);
      if (mention.kind === 'date') day(mention.key).mentioned.push(citation);
    }
  }
  return { letters, letterById: new Map(letters.map((l) => [l.id, l])), documents, people, organisations, days, register, representing };
}

/** Adds a letter to a list unless it is the list's last (letters are added in order, so once per letter). */
function addOnce(list: string[] | undefined, id: string): void {
  if (list && list.at(-1) !== id) list.push(id);
}

function viewLetter(entry: LetterEntry, register: Register, isPerson: (id: string) => boolean): LetterView {
  const sortDate = entry.data.date ?? entry.data.dateEstimate!;
  const mentions = entry.mentions ?? extractMentions(entry.body ?? '');
  const keysOf = (kind: Mention['kind']) => [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.key))];
  return {
    ...entry,
    sortDate,
    // By the register's real opening dates where it has them, else by the rule (sessions.ts).
    session: entry.data.session ?? register.calendar.sessionForDate(sortDate),
    mentions,
    documents: keysOf('document'),
    people: keysOf('person'),
    organisations: keysOf('organisation'),
    dates: keysOf('date'),
    previous: null,
    next: null,
    thread: { references: [], answers: [], answeredBy: [], referredBy: [] },
    attributions: attributeLetter(entry.data, register.offices, isPerson),
  };
}

/** Orders letters newest first; letters of one day by id, so that the order never depends on the file system. */
export function compareNewestFirst(a: { sortDate: string; id: string }, b: { sortDate: string; id: string }): number {
  if (a.sortDate !== b.sortDate) return a.sortDate < b.sortDate ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The slug of a document's page, from its canonical symbol. */
export const documentSlug = slugifySymbol;
