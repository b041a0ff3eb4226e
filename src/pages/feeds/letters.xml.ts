import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { atomResponse, feedPath, letterFeed } from '../../lib/publish/letter-feeds.ts';

/** /feeds/letters.xml: the newest letters of the archive (Atom). */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const feed = letterFeed({ title: 'All letters', subtitle: 'The newest letters of the archive.', path: feedPath(), pagePath: '/letters/', ids: archive.letters.map((l) => l.id), archive, site });
  return atomResponse(feed);
};
