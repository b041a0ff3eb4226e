import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { documentRecords, jsonLines } from '../../lib/publish/open-data.ts';

/** /data/documents.json: every document the letters cite, by symbol. */
export const GET: APIRoute = async ({ site }) => new Response(jsonLines(documentRecords(await loadArchive(), site)), { headers: { 'Content-Type': 'application/json' } });
