import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { letterSymbols } from '../../lib/search/search-data.ts';

/** /search/letter-symbols.json: the symbol of every letter issued as a UN document, for a search by a letter's own symbol. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(JSON.stringify(letterSymbols(archive)), { headers: { 'Content-Type': 'application/json' } });
};
