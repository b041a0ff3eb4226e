import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { shardFileName, splitSuggestions, suggestionIndex, type SuggestionEntry } from '../../../lib/search/suggestions.ts';

/** /search/suggest/<shard>.json: the people and organisations with a name word beginning with the shard's two characters. */
export async function getStaticPaths() {
  const shards = splitSuggestions(suggestionIndex(await loadArchive()));
  return Object.entries(shards).map(([key, entries]) => ({ params: { shard: shardFileName(key) }, props: { entries } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.entries as SuggestionEntry[]), { headers: { 'Content-Type': 'application/json' } });
