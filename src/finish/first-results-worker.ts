// A worker that searches one part of the index for words (./part-findings.ts): each part is searched on a thread of
// its own, two at a time, so that both cores search.
import { parentPort, workerData } from 'node:worker_threads';
import { PART_FILTER } from '../lib/search/part-words.ts';
import { foundAhead, type PartFinding } from '../lib/search/first-results.ts';
import { openPart, serveSiteToFetch } from './pagefind-in-node.ts';
import { partFinding, partWords } from './part-findings.ts';

/** What the worker is asked: the site, the part, and the words to search (absent: every word of its own letters). */
export interface PartJob {
  site: string;
  key: string;
  path: string;
  words?: string[];
}

/** What it answers: the words searched (its own, or those given), each with its finding (null where the page leaves the part out). */
export interface PartAnswer {
  findings: Record<string, PartFinding | null>;
}

const job = workerData as PartJob;
serveSiteToFetch(job.site);
const pagefind = await openPart(job.site, job.path, { mergeFilter: { [PART_FILTER]: job.key } });
const words = job.words ?? [...(await partWords(job.site, job.path))].filter(foundAhead).sort();
const findings: Record<string, PartFinding | null> = {};
for (const word of words) findings[word] = await partFinding(pagefind, word, job.key);
parentPort?.postMessage({ findings } satisfies PartAnswer);
