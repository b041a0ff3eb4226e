import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { loadArchive } from './archive.ts';
import { loadCollections } from './collections.ts';
import { contentRoot } from './content-root.ts';
import { registerDigest } from './register-loader.ts';
import { dayPageInputs, documentPageInputs, letterPageInputs, listedLetterInputs, partyPageInputs, type PageInputs } from '../lib/views/page-inputs.ts';

// The cacheKey of each page returned from getStaticPaths, for Astro's incremental build (astro.config.mjs,
// experimental.incrementalBuild): a hash of the content digests of every letter and entity the page draws on
// (src/lib/views/page-inputs.ts). It changes only when one of them changes, or one comes or goes; Astro itself
// renders a page again when its code changes. Pages without a key (listings of the whole archive) always render.

/** Raised when what a key covers changes meaning, so that no page of an older build is reused. */
const KEY_VERSION = 'page-inputs-3';

/** The cache key of a page of each kind. */
export interface PageKeys {
  letter(id: string): string;
  day(iso: string): string;
  party(kind: 'people' | 'organisations', id: string): string;
  document(symbol: string): string;
}

type Digests = Map<string, string>;

/** Each entry's digest (the loaders' hash of its file), or the hash of its data where a loader gives none. */
function digestsOf(entries: Array<{ id: string; data: unknown; digest?: string | number }>): Digests {
  return new Map(entries.map((e) => [e.id, e.digest !== undefined ? String(e.digest) : createHash('sha1').update(JSON.stringify(e.data)).digest('hex')]));
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

/** One line per id of `kind`, in id order, with its digest: what a key hashes for that kind. */
function entries(kind: string, ids: Iterable<string>, digest: (id: string) => string | undefined): string {
  return [...ids].sort().map((id) => `\n${kind}:${id}:${digest(id) ?? 'missing'}`).join('');
}

let keys: Promise<PageKeys> | undefined;

/** The page keys of this build, computed once; every page of every route shares the digests. */
export function loadPageKeys(): Promise<PageKeys> {
  keys ??= assemble();
  return keys;
}

async function assemble(): Promise<PageKeys> {
  const [archive, letters, people, organisations, documents, collectionEntries, { byLetter }] = await Promise.all([
    loadArchive(),
    getCollection('letters'),
    getCollection('people'),
    getCollection('organisations'),
    getCollection('documents'),
    getCollection('collections'),
    loadCollections(),
  ]);
  const digests = { letters: digestsOf(letters), people: digestsOf(people), organisations: digestsOf(organisations), documents: digestsOf(documents), collections: digestsOf(collectionEntries) };
  const documentId = (symbol: string) => archive.documents.get(symbol)?.id ?? symbol;
  // The register's people, States, session dates and attributions are not entries of a collection: any change to its
  // files renders every keyed page again (the register changes seldom; a finer key would have to follow each role).
  const register = registerDigest(contentRoot());
  // One line per kind, each hashed in one update: hashing an organisation named by thousands of letters id by id cost more than the ids.
  const lines = (inputs: PageInputs): string[] => [
    entries('letter', inputs.letters, (id) => digests.letters.get(id)),
    entries('person', inputs.people, (id) => digests.people.get(id)),
    entries('organisation', inputs.organisations, (id) => digests.organisations.get(id)),
    entries('document', inputs.documents, (symbol) => digests.documents.get(documentId(symbol))),
  ];
  // What a listed letter brings (the letter and all it names) is hashed once per letter: an organisation's pages list
  // thousands of letters, each naming a dozen entities, and gathering those for every page cost more than rendering.
  const listing = remembered((id: string) => {
    const letter = archive.letterById.get(id);
    return letter ? createHash('sha1').update(lines(listedLetterInputs(letter)).join('')).digest('base64url') : 'missing';
  });
  const keyOf = (inputs: PageInputs, collectionIds: readonly string[] = []): string => {
    const hash = createHash('sha1').update(KEY_VERSION).update(`\nregister:${register}`);
    hash.update(entries('listed', inputs.listed, listing));
    for (const line of lines(inputs)) hash.update(line);
    // A letter's page links to the collections that quote or list it ("In collections").
    hash.update(entries('collection', collectionIds, (id) => digests.collections.get(id)));
    return hash.digest('base64url');
  };
  // Each key is computed once: a document's four routes, an entity's page and feed, a letter's page and calendar
  // files share theirs, and at 10,000 letters the keys were a third of the build's time before any page rendered.
  const letter = remembered((id: string) => keyOf(letterPageInputs(id, archive), (byLetter.get(id) ?? []).map((c) => c.id)));
  const day = remembered((iso: string) => keyOf(dayPageInputs(iso, archive)));
  const person = remembered((id: string) => keyOf(partyPageInputs('people', id, archive)));
  const organisation = remembered((id: string) => keyOf(partyPageInputs('organisations', id, archive)));
  const document = remembered((symbol: string) => keyOf(documentPageInputs(symbol, archive)));
  return { letter, day, party: (kind, id) => (kind === 'people' ? person(id) : organisation(id)), document };
}
