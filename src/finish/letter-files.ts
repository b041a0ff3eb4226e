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
  const beside = (id: unknown, name: string) => new URL(`letters/${String(id)}/${name}`, dir);
  function* files(): Generator<[URL, string]> {
    for (const record of records) yield [beside(record.id, 'letter.json'), `${JSON.stringify(record, null, 2)}\n`];
    for (const item of items) for (const [name, text] of Object.entries(citationFiles(item))) yield [beside(item.id, name), text];
  }
  const written = await writeAll(files());
  return `${written} letter files (letter.json, cite.json, cite.bib, cite.ris) in ${Math.round(performance.now() - started)} ms`;
}
