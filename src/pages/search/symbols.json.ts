import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { symbolIndex } from '../../lib/search/search-data.ts';

/** /search/symbols.json: every document symbol the archive cites, for citation search. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(JSON.stringify(symbolIndex(archive)), { headers: { 'Content-Type': 'application/json' } });
};
