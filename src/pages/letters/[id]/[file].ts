import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { CITATION_FILES, citationFile, cslItem, type CitationFileName } from '../../../lib/citation-files.ts';
import { letterReference } from '../../../lib/letter-reference.ts';
import { letterRecord } from '../../../lib/open-data.ts';

/** The files beside each letter's page: its record as open data (letter.json) and its reference for citation managers. */
const FILES = ['letter.json', ...Object.keys(CITATION_FILES)] as const;

/** /letters/<id>/letter.json, cite.bib, cite.ris and cite.json. */
export async function getStaticPaths() {
  const archive = await loadArchive();
  return archive.letters.flatMap((letter) => FILES.map((file) => ({ params: { id: letter.id, file } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const letter = archive.letterById.get(params.id!)!;
  if (params.file === 'letter.json') {
    return new Response(`${JSON.stringify(letterRecord(letter, archive, site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
  }
  const file = params.file as CitationFileName;
  return new Response(citationFile(cslItem(letterReference(letter, archive, site)), file), { headers: { 'Content-Type': CITATION_FILES[file] } });
};
