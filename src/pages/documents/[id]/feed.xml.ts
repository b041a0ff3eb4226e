import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { loadPageKeys } from '../../../data/page-keys.ts';
import { atomResponse, feedPath, letterFeed } from '../../../lib/publish/letter-feeds.ts';

/** /documents/<slug>/feed.xml: the newest letters citing a document (Atom), to follow everything citing 69/321. */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const keys = await loadPageKeys();
  return [...archive.documents.values()].map((d) => ({ params: { id: d.id }, props: { symbol: d.data.symbol }, cacheKey: keys.document(d.data.symbol) }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const archive = await loadArchive();
  const doc = archive.documents.get(props.symbol as string)!;
  const feed = letterFeed({ title: `Letters citing ${doc.data.symbol}`, subtitle: `Letters of the archive that cite ${doc.label} (${doc.data.symbol}).`, path: feedPath({ kind: 'documents', id: doc.id }), pagePath: `/documents/${doc.id}/`, ids: doc.citations.map((c) => c.letter), archive, site });
  return atomResponse(feed);
};
