import type { DocumentData, LetterData, OrganisationData, PersonData } from '../../schema/index.ts';
import { extractMentions, type Mention } from '../text/mentions.ts';
import { sessionForDate } from '../model/sessions.ts';
import { linkThreads, type LetterThreadLinks } from './threads.ts';
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
}

/** Builds the archive's cross-references from the collections; expects references to be checked already. */
export function buildArchive(input: {
  letters: LetterEntry[];
  people: Entry<PersonData>[];
  organisations: Entry<OrganisationData>[];
  documents: Entry<DocumentData>[];
}): Archive {
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

  const letters = input.letters.map((entry) => viewLetter(entry)).sort(compareNewestFirst);
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
    for (const sender of letter.data.senders) {
      if (sender.person) people.get(sender.person)?.sent.push(letter.id);
      if (sender.organisation) organisations.get(sender.organisation)?.sent.push(letter.id);
    }
    for (const recipient of letter.data.recipients) {
      if (recipient.person) people.get(recipient.person)?.received.push(letter.id);
      if (recipient.organisation) organisations.get(recipient.organisation)?.received.push(letter.id);
    }
    for (const mention of letter.mentions) {
      const citation = { letter: letter.id, paragraph: mention.paragraph, sentence: mention.sentence, text: mention.text };
      if (mention.kind === 'document') documents.get(mention.key)?.citations.push(citation);
      if (mention.kind === 'person') people.get(mention.key)?.mentioned.push(citation);
      if (mention.kind === 'organisation') organisations.get(mention.key)?.mentioned.push(citation);
      if (mention.kind === 'date') day(mention.key).mentioned.push(citation);
    }
  }
  return { letters, letterById: new Map(letters.map((l) => [l.id, l])), documents, people, organisations, days };
}

function viewLetter(entry: LetterEntry): LetterView {
  const sortDate = entry.data.date ?? entry.data.dateEstimate!;
  const mentions = entry.mentions ?? extractMentions(entry.body ?? '');
  const keysOf = (kind: Mention['kind']) => [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.key))];
  return {
    ...entry,
    sortDate,
    session: entry.data.session ?? sessionForDate(sortDate),
    mentions,
    documents: keysOf('document'),
    people: keysOf('person'),
    organisations: keysOf('organisation'),
    dates: keysOf('date'),
    previous: null,
    next: null,
    thread: { references: [], answers: [], answeredBy: [], referredBy: [] },
  };
}

/** Orders letters newest first; letters of one day by id, so that the order never depends on the file system. */
export function compareNewestFirst(a: { sortDate: string; id: string }, b: { sortDate: string; id: string }): number {
  if (a.sortDate !== b.sortDate) return a.sortDate < b.sortDate ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The slug of a document's page, from its canonical symbol. */
export const documentSlug = slugifySymbol;
