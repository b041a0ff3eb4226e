import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { atomResponse, partyFeed } from '../../../lib/publish/letter-feeds.ts';

/** /people/<id>/feed.xml: the newest letters a person signed, received or is named in (Atom). */
export async function getStaticPaths() {
  const archive = await loadArchive();
  return [...archive.people.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  return atomResponse(partyFeed('people', archive.people.get(params.id!)!, 'signed', archive, site));
};
