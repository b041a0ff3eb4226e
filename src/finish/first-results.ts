import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FIRST_RESULTS_PATH, mergeFindings, splitFirstResults, type FirstResults, type PartFinding } from '../lib/search/first-results.ts';
import type { PartAnswer, PartJob } from './first-results-worker.ts';

/** A part of the search index as the finishing step wrote it: its key, its folder, and the digest of its letters. */
export interface IndexedPart {
  key: string;
  path: string;
  digest: string;
}

/** What is kept in the build cache of one part, by its digest: the findings of the words of its own letters, and of other words. */
interface PartCache {
  own: Record<string, PartFinding | null>;
  others: Record<string, PartFinding | null>;
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

/**
 * Writes /search/first/: for every word of the letters, the count and first cards of a search for it, found by
 * Pagefind part by part (./part-findings.ts) and merged as the search page merges the parts. A part's findings are
 * kept in the build cache by its digest: an update searches again the parts whose letters changed, and in the
 * others only the words new to the archive.
 */
export async function writeFirstResults(dir: URL, cacheDir: URL, parts: readonly IndexedPart[]): Promise<string> {
  const started = performance.now();
  const site = fileURLToPath(dir).replace(/\/$/, '');
  const cache = join(fileURLToPath(cacheDir), 'first-results');
  await mkdir(cache, { recursive: true });
  const cached = new Map<string, PartCache>();
  let searched = 0;
  await inTurn(parts, async (part) => {
    const file = join(cache, `${part.digest}.json`);
    if (existsSync(file)) return void cached.set(part.key, JSON.parse(await readFile(file, 'utf8')) as PartCache);
    const answer = await searchPart({ site, key: part.key, path: part.path });
    cached.set(part.key, { own: answer.findings, others: {} });
    searched += 1;
  });
  const words = new Set(parts.flatMap((part) => Object.keys(cached.get(part.key)!.own)));
  await inTurn(parts, async (part) => {
    const entry = cached.get(part.key)!;
    const missing = [...words].filter((word) => !(word in entry.own) && !(word in entry.others));
    if (missing.length) {
      Object.assign(entry.others, (await searchPart({ site, key: part.key, path: part.path, words: missing })).findings);
    }
    // Words no longer in the archive are not kept.
    entry.others = Object.fromEntries(Object.entries(entry.others).filter(([word]) => words.has(word)));
    await writeFile(join(cache, `${part.digest}.json`), JSON.stringify(entry));
  });
  const kept = new Set(parts.map((part) => `${part.digest}.json`));
  for (const name of await readdir(cache)) if (!kept.has(name)) await rm(join(cache, name), { force: true });
  const records = new Map<string, FirstResults>();
  for (const word of words) {
    const findings = parts.map((part) => cached.get(part.key)!).map((entry) => entry.own[word] ?? entry.others[word] ?? null);
    records.set(word, mergeFindings(findings.filter((finding): finding is PartFinding => finding !== null)));
  }
  const { manifest, shards } = splitFirstResults(records);
  const folder = join(site, FIRST_RESULTS_PATH);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.json'), JSON.stringify(manifest));
  await Promise.all(shards.map((shard, i) => writeFile(join(folder, `${i}.json`), JSON.stringify(shard))));
  return `first results: ${records.size} words in ${shards.length} shards, ${searched} of ${parts.length} parts searched, in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}
