import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { loadArchive } from './archive.ts';
import { loadCollections } from './collections.ts';
import { contentRoot } from './content-root.ts';
import { registerDigest } from './register-loader.ts';
import { pageKeys, type PageKeys } from '../lib/views/page-keys.ts';

// The cacheKey of each page returned from getStaticPaths, for Astro's incremental build (astro.config.mjs,
// experimental.incrementalBuild), from the content digests of this build (src/lib/views/page-keys.ts). Pages
// without a key (listings of the whole archive) always render.

/** Raised when what a key covers changes meaning, so that no page of an older build is reused. */
const KEY_VERSION = 'page-inputs-3';

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/** Each entry's digest (the loaders' hash of its file), or the hash of its data where a loader gives none. */
function digestsOf(entries: Array<{ id: string; data: unknown; digest?: string | number }>): Map<string, string> {
  return new Map(entries.map((e) => [e.id, e.digest !== undefined ? String(e.digest) : sha1(JSON.stringify(e.data))]));
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
  // The register's people, States, session dates and attributions are not entries of a collection: any change to its
  // files renders every keyed page again (the register changes seldom; a finer key would have to follow each role).
  const common = `${KEY_VERSION}\nregister:${registerDigest(contentRoot())}`;
  return pageKeys(archive, digests, { common, hash: sha1, collectionsOf: (id) => (byLetter.get(id) ?? []).map((c) => c.id) });
}
