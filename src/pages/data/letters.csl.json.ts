import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { cslItem } from '../../lib/cite/citation-files.ts';
import { letterReference } from '../../lib/cite/letter-reference.ts';
import { jsonLines } from '../../lib/publish/open-data.ts';

/** /data/letters.csl.json: every letter as a CSL-JSON reference, newest first, one a line, for citation managers. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const items = archive.letters.map((letter) => cslItem(letterReference(letter, archive, site)));
  return new Response(jsonLines(items), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
