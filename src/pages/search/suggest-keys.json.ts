import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { splitSuggestions, suggestionIndex } from '../../lib/search/suggestions.ts';

/** /search/suggest-keys.json: the shards of the suggestion index that exist, loaded when the search box gets focus. */
export const GET: APIRoute = async () => {
  const keys = Object.keys(splitSuggestions(suggestionIndex(await loadArchive()))).sort();
  return new Response(JSON.stringify(keys), { headers: { 'Content-Type': 'application/json' } });
};
