import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { renderAtomFeed } from '../../../lib/atom.ts';
import { feedPath, letterFeed } from '../../../lib/letter-feeds.ts';

/** /organisations/<id>/feed.xml: the newest letters an organisation sent, received or is named in (Atom). */
export async function getStaticPaths() {
  const archive = await loadArchive();
  return [...archive.organisations.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const org = archive.organisations.get(params.id!)!;
  const ids = [...org.sent, ...org.received, ...org.mentioned.map((m) => m.letter)];
  const feed = letterFeed({ title: org.data.name, subtitle: `Letters sent by, addressed to or naming ${org.data.name}.`, path: feedPath({ kind: 'organisations', id: org.id }), pagePath: `/organisations/${org.id}/`, ids, archive, site });
  return new Response(renderAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
