import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { suggestionIndex } from '../../lib/search/suggestions.ts';

/** /search/suggestions.json: the people, organisations and documents the search box suggests, loaded when it gets focus. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(JSON.stringify(suggestionIndex(archive)), { headers: { 'Content-Type': 'application/json' } });
};
