// The cacheKey of each page for Astro's incremental build (src/data/page-keys.ts hands it the content digests): a
// hash of the digests of every letter and entity the page draws on (page-inputs.ts). It changes only when one of them
// changes, or one comes or goes; Astro itself renders a page again when its code changes.
import type { Archive } from '../archive/archive.ts';
import { dayPageInputs, documentPageInputs, letterPageInputs, listedLetterInputs, listingPageInputs, partyPageInputs, type PageInputs } from './page-inputs.ts';

/** The cache key of a page of each kind. */
export interface PageKeys {
  letter(id: string): string;
  day(iso: string): string;
  party(kind: 'people' | 'organisations', id: string): string;
  document(symbol: string): string;
  /** A page that lists these letters and draws on nothing else of the archive's but these people (a year's or a session's pages). */
  listing(letters: Iterable<string>, people?: Iterable<string>): string;
}

/** Each collection's entries by id, with the digest of each (the loaders' hash of its file). */
export interface EntryDigests {
  letters: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
  documents: ReadonlyMap<string, string>;
  collections: ReadonlyMap<string, string>;
}

/** What a key is made of besides the pages' inputs. */
export interface KeyContext {
  /** A digest of everything every page draws on (the register, and the meaning of a key). */
  common: string;
  /** The ids of the collections that quote or list a letter ("In collections" on its page). */
  collectionsOf(letterId: string): readonly string[];
  /** A digest of a text (sha1 in the build). */
  hash(text: string): string;
}

/** `compute` remembered by its argument: several routes share one key (a document's page, feed and citing.json). */
function remembered<K>(compute: (key: K) => string): (key: K) => string {
  const memo = new Map<K, string>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = compute(key)));
    return value;
  };
}

/** One line per id of `kind`, in id order, with its digest. */
function entries(kind: string, ids: Iterable<string>, digest: (id: string) => string | undefined): string {
  return [...ids].sort().map((id) => `\n${kind}:${id}:${digest(id) ?? 'missing'}`).join('');
}

/** The page keys of an archive, each computed once, when first asked for. */
export function pageKeys(archive: Archive, digests: EntryDigests, context: KeyContext): PageKeys {
  const documentId = (symbol: string) => archive.documents.get(symbol)?.id ?? symbol;
  const own = (inputs: PageInputs): string =>
    entries('letter', inputs.letters, (id) => digests.letters.get(id)) +
    entries('person', inputs.people, (id) => digests.people.get(id)) +
    entries('organisation', inputs.organisations, (id) => digests.organisations.get(id)) +
    entries('document', inputs.documents, (symbol) => digests.documents.get(documentId(symbol)));
  // What a listed letter brings (the letter and all it names) is hashed once per letter: an organisation's pages list
  // thousands of letters, each naming a dozen entities, and gathering those for every page cost more than rendering.
  const listedLetter = remembered((id: string) => {
    const letter = archive.letterById.get(id);
    return letter ? context.hash(own(listedLetterInputs(letter))) : 'missing';
  });
  const keyOf = (inputs: PageInputs, collectionIds: readonly string[] = []): string =>
    context.hash(`${context.common}${entries('listed', inputs.listed, listedLetter)}${own(inputs)}${entries('collection', collectionIds, (id) => digests.collections.get(id))}`);
  // Each key is computed once: a document's four routes, an entity's page and feed, a letter's page and calendar
  // files share theirs.
  const letter = remembered((id: string) => keyOf(letterPageInputs(id, archive), context.collectionsOf(id)));
  const day = remembered((iso: string) => keyOf(dayPageInputs(iso, archive)));
  const person = remembered((id: string) => keyOf(partyPageInputs('people', id, archive)));
  const organisation = remembered((id: string) => keyOf(partyPageInputs('organisations', id, archive)));
  const document = remembered((symbol: string) => keyOf(documentPageInputs(symbol, archive)));
  const listing = (letters: Iterable<string>, people: Iterable<string> = []) => keyOf(listingPageInputs(letters, people, archive));
  return { letter, day, party: (kind, id) => (kind === 'people' ? person(id) : organisation(id)), document, listing };
}
