import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { jsonLines, peopleRecords } from '../../lib/publish/open-data.ts';

/** /data/people.json: every person of the archive, by id. */
export const GET: APIRoute = async ({ site }) => new Response(jsonLines(peopleRecords(await loadArchive(), site)), { headers: { 'Content-Type': 'application/json' } });
