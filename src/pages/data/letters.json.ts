import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { jsonLines, letterRecord } from '../../lib/publish/open-data.ts';

/** /data/letters.json: every letter, newest first, one a line. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  return new Response(jsonLines(archive.letters.map((l) => letterRecord(l, archive, site))), { headers: { 'Content-Type': 'application/json' } });
};
