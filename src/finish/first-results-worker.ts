// A worker that searches one part of the index for words (./part-findings.ts): each part is searched on a thread of
// its own, two at a time, so that both cores search.
import { parentPort, workerData } from 'node:worker_threads';
import { PART_FILTER } from '../lib/search/part-words.ts';
import type { PartFinding } from '../lib/search/first-results.ts';
import { openPart, serveSiteToFetch } from './pagefind-in-node.ts';
import { partFinding } from './part-findings.ts';

/** What the worker is asked: the site, the part, and the words to search in it. */
export interface PartJob {
  site: string;
  key: string;
  path: string;
  words: string[];
}

/** What it answers: each word with its finding (null where the page leaves the part out). */
export interface PartAnswer {
  findings: Record<string, PartFinding | null>;
}

const job = workerData as PartJob;
serveSiteToFetch(job.site);
const pagefind = await openPart(job.site, job.path, { mergeFilter: { [PART_FILTER]: job.key } });
const findings: Record<string, PartFinding | null> = {};
for (const word of job.words) findings[word] = await partFinding(pagefind, word, job.key);
parentPort?.postMessage({ findings } satisfies PartAnswer);
