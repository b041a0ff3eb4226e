import { compareNewestFirst, type Archive, type Citation, type DocumentView, type PartyView } from '../archive/archive.ts';
import { letterUrl, summarizeLetter, roleOnLetterDate, type LetterSummary } from '../archive/describe.ts';
import { DOCUMENT_KIND_NAMES, slugifySymbol, type DocumentKind } from '../../schema/symbols.ts';
import type { PersonData } from '../../schema/index.ts';

/** A letter with the sentences in which it names something. */
export interface CitingLetter {
  letter: LetterSummary;
  sentences: Array<{ paragraph: number; sentence: string; url: string }>;
}

/** A document as listings show it. */
export interface DocumentListItem {
  symbol: string;
  label: string;
  url: string;
  citingLetters: number;
}

const KIND_ORDER: DocumentKind[] = ['ga-resolution', 'ga-decision', 'sc-resolution', 'other'];

/** The URL of a document's page. */
export function documentUrl(symbol: string): string {
  return `/documents/${slugifySymbol(symbol)}/`;
}

/** Orders symbols the way a reader expects: by session or year, then by number, not letter by letter. */
export function compareSymbols(a: DocumentView, b: DocumentView): number {
  const key = (d: DocumentView) => [d.parsed.session ?? d.parsed.year ?? 0, Number(d.parsed.number ?? 0)];
  const [as, an] = key(a);
  const [bs, bn] = key(b);
  return as! - bs! || an! - bn! || a.data.symbol.localeCompare(b.data.symbol);
}

/** How many documents of a kind the documents index lists before it links to that kind's own pages. */
export const DOCUMENTS_PREVIEW = 100;

/** The path segment of each kind's listing: /documents/kind/security-council-resolutions/. */
const KIND_SLUGS: Record<DocumentKind, string> = {
  'ga-resolution': 'general-assembly-resolutions',
  'ga-decision': 'general-assembly-decisions',
  'sc-resolution': 'security-council-resolutions',
  other: 'other-documents',
};

/** One kind of document cited, with all its documents in symbol order. */
export interface DocumentKindGroup {
  kind: DocumentKind;
  kindName: string;
  /** The slug of the kind's own listing, and its URL. */
  slug: string;
  url: string;
  documents: DocumentListItem[];
}

/** Documents grouped by kind (GA resolutions, GA decisions, SC resolutions, others), each group in symbol order. */
export function documentIndex(archive: Archive): DocumentKindGroup[] {
  const all = [...archive.documents.values()];
  return KIND_ORDER.map((kind) => ({
    kind,
    kindName: DOCUMENT_KIND_NAMES[kind],
    slug: KIND_SLUGS[kind],
    url: `/documents/kind/${KIND_SLUGS[kind]}/`,
    documents: all
      .filter((d) => d.parsed.kind === kind)
      .sort(compareSymbols)
      .map((d) => ({ symbol: d.data.symbol, label: d.label, url: documentUrl(d.data.symbol), citingLetters: new Set(d.citations.map((c) => c.letter)).size })),
  })).filter((group) => group.documents.length > 0);
}

/** Groups citations by letter, newest letter first, keeping each citing sentence once. */
export function citingLetters(citations: readonly Citation[], archive: Archive): CitingLetter[] {
  const byLetter = new Map<string, CitingLetter>();
  for (const c of citations) {
    const letter = archive.letterById.get(c.letter);
    if (!letter) continue;
    let entry = byLetter.get(c.letter);
    if (!entry) byLetter.set(c.letter, (entry = { letter: summarizeLetter(letter, archive), sentences: [] }));
    if (!entry.sentences.some((s) => s.sentence === c.sentence)) {
      entry.sentences.push({ paragraph: c.paragraph, sentence: c.sentence, url: `${letterUrl(c.letter)}#p${c.paragraph}` });
    }
  }
  return [...byLetter.values()].sort((a, b) => (a.letter.isoDate < b.letter.isoDate ? 1 : a.letter.isoDate > b.letter.isoDate ? -1 : 0));
}

/** A letter a person sent or received, with the role they held on its date. */
export interface LetterWithRole {
  letter: LetterSummary;
  role: string | null;
  /** True when the letter names the person only by an office, and the register's holder on its date is inferred. */
  inferred: boolean;
}

/** The letters of a list of ids, newest first, each with the role the person held on that date. */
export function lettersWithRole(ids: readonly string[], personId: string, archive: Archive, roleAsSigned?: (letterId: string) => string | null): LetterWithRole[] {
  return ids
    .map((id) => archive.letterById.get(id)!)
    .sort(compareNewestFirst)
    .map((letter) => ({
      letter: summarizeLetter(letter, archive),
      role: roleAsSigned?.(letter.id) ?? roleOnLetterDate(personId, letter, archive),
      inferred: [...letter.attributions.senders, ...letter.attributions.recipients].some((a) => a?.person === personId)
        && !letter.data.senders.some((s) => s.person === personId) && !letter.data.recipients.some((r) => r.person === personId),
    }));
}

/** The role a person signed a letter with, as written in its frontmatter; null when not written. */
export function signedRole(archive: Archive, personId: string): (letterId: string) => string | null {
  return (letterId) => archive.letterById.get(letterId)?.data.senders.find((s) => s.person === personId)?.role ?? null;
}

/** The role under which a letter addressed a person, as written; null when not written. */
export function addressedRole(archive: Archive, personId: string): (letterId: string) => string | null {
  return (letterId) => archive.letterById.get(letterId)?.data.recipients.find((r) => r.person === personId)?.role ?? null;
}

// People by the organisations they held roles in, worked out once per archive rather than once per organisation page.
const membersByArchive = new WeakMap<Archive, Map<string, Array<PartyView<PersonData>>>>();

/**
 * The people who held a role in an organisation, in the archive's order; for a State, also those who held a role for
 * it (the register's country of a holder) or signed or were addressed as its Permanent Representative.
 */
export function membersOf(organisationId: string, archive: Archive): Array<PartyView<PersonData>> {
  let members = membersByArchive.get(archive);
  if (!members) {
    members = new Map();
    for (const person of archive.people.values()) {
      const ids = [...person.data.roles.flatMap((r) => [r.organisation, r.state]), ...(archive.representing.get(person.id)?.keys() ?? [])];
      for (const id of new Set(ids)) {
        if (id) (members.get(id) ?? members.set(id, []).get(id)!).push(person);
      }
    }
    membersByArchive.set(archive, members);
  }
  return members.get(organisationId) ?? [];
}
