import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { csvTable } from '../../lib/publish/csv.ts';
import { LETTER_CSV_HEADER, letterCsvRow } from '../../lib/publish/dataset.ts';
import { letterRecord } from '../../lib/publish/open-data.ts';

/** /data/letters.csv: every letter, newest first, one a row. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const rows = archive.letters.map((l) => letterCsvRow(letterRecord(l, archive, site)));
  return new Response(csvTable(LETTER_CSV_HEADER, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
