import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { csvTable } from '../../lib/publish/csv.ts';
import { EXCEL_BYTE_ORDER_MARK, LETTER_CSV_HEADER, letterCsvRow } from '../../lib/publish/dataset.ts';
import { letterRecord } from '../../lib/publish/open-data.ts';

/** /data/letters-excel.csv: /data/letters.csv with a UTF-8 byte-order mark, which Excel needs to read its accents. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const rows = archive.letters.map((l) => letterCsvRow(letterRecord(l, archive, site)));
  return new Response(EXCEL_BYTE_ORDER_MARK + csvTable(LETTER_CSV_HEADER, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
