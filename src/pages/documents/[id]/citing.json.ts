import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { loadPageKeys } from '../../../data/page-keys.ts';
import { citingRecord } from '../../../lib/search/search-data.ts';

/** /documents/<slug>/citing.json: the document and the letters citing it, for citation search. */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const keys = await loadPageKeys();
  return [...archive.documents.values()].map((d) => ({ params: { id: d.id }, props: { symbol: d.data.symbol }, cacheKey: keys.document(d.data.symbol) }));
}

export const GET: APIRoute = async ({ props }) => {
  const archive = await loadArchive();
  return new Response(JSON.stringify(citingRecord(archive, props.symbol as string)), { headers: { 'Content-Type': 'application/json' } });
};
