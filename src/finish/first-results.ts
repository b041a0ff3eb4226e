import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FIRST_RESULTS_PATH, foundAhead, MAX_WORDS_AHEAD, mergeFindings, splitFirstResults, wordsAhead, type FirstResults, type PartFinding } from '../lib/search/first-results.ts';
import type { PartAnswer, PartJob } from './first-results-worker.ts';
import { partWordLetters } from './part-findings.ts';

/** A part of the search index as the finishing step wrote it: its key, its folder, and the digest of its letters. */
export interface IndexedPart {
  key: string;
  path: string;
  digest: string;
}

/** What is kept in the build cache of one part, by its digest: how many of its letters hold each word, and its findings. */
interface PartCache {
  letters: Record<string, number>;
  findings: Record<string, PartFinding | null>;
}

/** How many parts are searched at once: one a core. */
const PARTS_AT_ONCE = 2;

function searchPart(job: PartJob): Promise<PartAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./first-results-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the search of part ${job.key} for first results stopped with exit code ${code}`)));
  });
}

async function inTurn<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(PARTS_AT_ONCE, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** The part's cache, or a new one with the words of its letters counted (a cache of another form is read again). */
async function partCache(site: string, file: string, part: IndexedPart): Promise<PartCache> {
  if (existsSync(file)) {
    const cached = JSON.parse(await readFile(file, 'utf8')) as Partial<PartCache>;
    if (cached.letters && cached.findings) return cached as PartCache;
  }
  return { letters: await partWordLetters(site, part.path), findings: {} };
}

/**
 * Writes /search/first/: for the words found in most letters (wordsAhead), the count and first cards of a search
 * for each (at most `maxWords`), found by Pagefind part by part (./part-findings.ts) and merged as the search page merges the parts. A
 * part's counts and findings are kept in the build cache by its digest: an update reads and searches again the
 * parts whose letters changed, and in the others only the words new to the list.
 */
export async function writeFirstResults(dir: URL, cacheDir: URL, parts: readonly IndexedPart[], maxWords = MAX_WORDS_AHEAD): Promise<string> {
  const started = performance.now();
  const site = fileURLToPath(dir).replace(/\/$/, '');
  const cache = join(fileURLToPath(cacheDir), 'first-results');
  await mkdir(cache, { recursive: true });
  const cached = new Map<string, PartCache>();
  for (const part of parts) cached.set(part.key, await partCache(site, join(cache, `${part.digest}.json`), part));
  const letters = new Map<string, number>();
  for (const entry of cached.values()) for (const [word, count] of Object.entries(entry.letters)) letters.set(word, (letters.get(word) ?? 0) + count);
  const words = wordsAhead(letters, maxWords).sort();
  const chosen = new Set(words);
  let searches = 0;
  await inTurn(parts, async (part) => {
    const entry = cached.get(part.key)!;
    const missing = words.filter((word) => !(word in entry.findings));
    if (missing.length) Object.assign(entry.findings, (await searchPart({ site, key: part.key, path: part.path, words: missing })).findings);
    searches += missing.length;
    // Words no longer on the list are not kept.
    entry.findings = Object.fromEntries(Object.entries(entry.findings).filter(([word]) => chosen.has(word)));
    await writeFile(join(cache, `${part.digest}.json`), JSON.stringify(entry));
  });
  const kept = new Set(parts.map((part) => `${part.digest}.json`));
  for (const name of await readdir(cache)) if (!kept.has(name)) await rm(join(cache, name), { force: true });
  const records = new Map<string, FirstResults>();
  for (const word of words) {
    const findings = parts.map((part) => cached.get(part.key)!.findings[word] ?? null);
    records.set(word, mergeFindings(findings.filter((finding): finding is PartFinding => finding !== null)));
  }
  const { manifest, shards } = splitFirstResults(records);
  const folder = join(site, FIRST_RESULTS_PATH);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.json'), JSON.stringify(manifest));
  await Promise.all(shards.map((shard, i) => writeFile(join(folder, `${i}.json`), JSON.stringify(shard))));
  return `first results: ${records.size} of ${[...letters.keys()].filter(foundAhead).length} words in ${shards.length} shards, ${searches} searches of a word in a part, in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}
