import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { renderAtomFeed } from '../../../lib/atom.ts';
import { feedPath, letterFeed } from '../../../lib/letter-feeds.ts';

/** /people/<id>/feed.xml: the newest letters a person signed, received or is named in (Atom). */
export async function getStaticPaths() {
  const archive = await loadArchive();
  return [...archive.people.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const person = archive.people.get(params.id!)!;
  const ids = [...person.sent, ...person.received, ...person.mentioned.map((m) => m.letter)];
  const feed = letterFeed({ title: person.data.name, subtitle: `Letters signed by, addressed to or naming ${person.data.name}.`, path: feedPath({ kind: 'people', id: person.id }), pagePath: `/people/${person.id}/`, ids, archive, site });
  return new Response(renderAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
