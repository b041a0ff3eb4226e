import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { renderAtomFeed } from '../../lib/atom.ts';
import { feedPath, letterFeed } from '../../lib/letter-feeds.ts';

/** /feeds/letters.xml: the newest letters of the archive (Atom). */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const feed = letterFeed({ title: 'All letters', subtitle: 'The newest letters of the archive.', path: feedPath(), pagePath: '/letters/', ids: archive.letters.map((l) => l.id), archive, site });
  return new Response(renderAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
