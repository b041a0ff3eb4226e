import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { citationFiles, type CslItem } from '../lib/cite/citation-files.ts';
import type { LetterRecord } from '../lib/publish/open-data.ts';

/** Each file beside each letter's page, from the published records and CSL items. */
function* filesOf(dir: URL, records: LetterRecord[], items: CslItem[]): Generator<[URL, string]> {
  const beside = (id: unknown, name: string) => new URL(`letters/${String(id)}/${name}`, dir);
  for (const record of records) yield [beside(record.id, 'letter.json'), `${JSON.stringify(record, null, 2)}\n`];
  for (const item of items) for (const [name, text] of Object.entries(citationFiles(item))) yield [beside(item.id, name), text];
}

/**
 * Writes beside each letter's page the files split from the published data: letter.json (its record in
 * /data/letters.json) and cite.json, cite.bib, cite.ris (its CSL item in /data/letters.csl.json, converted
 * by Citation.js). As routes, these 20,000 files at 5,000 letters cost the build about a millisecond each
 * in routing alone; written here they cost a tenth of that. Each letter's folder is made first: a worker of the
 * lowest priority writes them while Astro, which has not yet made every folder, renders (./ahead.ts). The
 * writes are synchronous so that they run on that worker, not at normal priority on the thread pool.
 */
export function writeLetterFiles(dir: URL): string {
  const started = performance.now();
  const records = JSON.parse(readFileSync(new URL('data/letters.json', dir), 'utf8')) as LetterRecord[];
  const items = JSON.parse(readFileSync(new URL('data/letters.csl.json', dir), 'utf8')) as CslItem[];
  for (const record of records) mkdirSync(new URL(`letters/${String(record.id)}/`, dir), { recursive: true });
  let written = 0;
  for (const [file, text] of filesOf(dir, records, items)) written += (writeFileSync(file, text), 1);
  return `${written} letter files (letter.json, cite.json, cite.bib, cite.ris) in ${Math.round(performance.now() - started)} ms`;
}
