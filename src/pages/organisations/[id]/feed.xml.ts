import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { loadPageKeys } from '../../../data/page-keys.ts';
import { atomResponse, partyFeed } from '../../../lib/publish/letter-feeds.ts';

/** /organisations/<id>/feed.xml: the newest letters an organisation sent, received or is named in (Atom). */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const keys = await loadPageKeys();
  return [...archive.organisations.keys()].map((id) => ({ params: { id }, cacheKey: keys.party('organisations', id) }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  return atomResponse(partyFeed('organisations', archive.organisations.get(params.id!)!, 'sent', archive, site));
};
