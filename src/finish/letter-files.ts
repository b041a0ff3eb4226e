import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { citationFiles, type CslItem } from '../lib/citation-files.ts';
import type { LetterRecord } from '../lib/open-data.ts';

/** How many files are written at once. */
const BATCH = 64;

/** Writes files in batches, so that thousands of writes neither wait on each other nor exhaust file handles. */
async function writeAll(files: Iterable<[URL, string]>): Promise<number> {
  let batch: Array<Promise<void>> = [];
  let written = 0;
  for (const [file, text] of files) {
    batch.push(writeFile(file, text));
    written++;
    if (batch.length === BATCH) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return written;
}

/** Each file beside each letter's page, from the published records and CSL items. */
function* filesOf(dir: URL, records: LetterRecord[], items: CslItem[]): Generator<[URL, string]> {
  const beside = (id: unknown, name: string) => new URL(`letters/${String(id)}/${name}`, dir);
  for (const record of records) yield [beside(record.id, 'letter.json'), `${JSON.stringify(record, null, 2)}\n`];
  for (const item of items) for (const [name, text] of Object.entries(citationFiles(item))) yield [beside(item.id, name), text];
}

const summary = (written: number, started: number) => `${written} letter files (letter.json, cite.json, cite.bib, cite.ris) in ${Math.round(performance.now() - started)} ms`;

/**
 * Writes beside each letter's page the files split from the published data: letter.json (its record in
 * /data/letters.json) and cite.json, cite.bib, cite.ris (its CSL item in /data/letters.csl.json, converted
 * by Citation.js). As routes, these 20,000 files at 5,000 letters cost the build about a millisecond each
 * in routing alone; written here they cost a tenth of that.
 */
export async function writeLetterFiles(dir: URL): Promise<string> {
  const started = performance.now();
  const records = JSON.parse(await readFile(new URL('data/letters.json', dir), 'utf8')) as LetterRecord[];
  const items = JSON.parse(await readFile(new URL('data/letters.csl.json', dir), 'utf8')) as CslItem[];
  return summary(await writeAll(filesOf(dir, records, items)), started);
}

/**
 * The same files, written synchronously by the calling thread, each letter's folder made first: a worker of the
 * lowest priority writes them while Astro, which has not yet made every letter's folder, renders (./ahead.ts).
 * Through the promise API the writes would run on the thread pool, at normal priority.
 */
export function writeLetterFilesNow(dir: URL): string {
  const started = performance.now();
  const records = JSON.parse(readFileSync(new URL('data/letters.json', dir), 'utf8')) as LetterRecord[];
  const items = JSON.parse(readFileSync(new URL('data/letters.csl.json', dir), 'utf8')) as CslItem[];
  for (const record of records) mkdirSync(new URL(`letters/${String(record.id)}/`, dir), { recursive: true });
  let written = 0;
  for (const [file, text] of filesOf(dir, records, items)) written += (writeFileSync(file, text), 1);
  return summary(written, started);
}
