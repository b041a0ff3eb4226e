import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { jsonLines, organisationRecords } from '../../lib/publish/open-data.ts';

/** /data/organisations.json: every organisation of the archive, by id. */
export const GET: APIRoute = async ({ site }) => new Response(jsonLines(organisationRecords(await loadArchive(), site)), { headers: { 'Content-Type': 'application/json' } });
