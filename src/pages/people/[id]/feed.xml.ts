import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { loadPageKeys } from '../../../data/page-keys.ts';
import { atomResponse, partyFeed } from '../../../lib/publish/letter-feeds.ts';

/** /people/<id>/feed.xml: the newest letters a person signed, received or is named in (Atom). */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const keys = await loadPageKeys();
  return [...archive.people.keys()].map((id) => ({ params: { id }, cacheKey: keys.party('people', id) }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  return atomResponse(partyFeed('people', archive.people.get(params.id!)!, 'signed', archive, site));
};
