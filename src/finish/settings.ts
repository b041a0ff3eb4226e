import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { MAX_WORDS_AHEAD } from '../lib/search/first-results.ts';

/** Where a build reads and writes, shared by astro.config.mjs and the finishing step (src/finish/index.ts). */
export interface BuildSettings {
  /** The public address of the site, for canonical links, feeds and the sitemap. */
  site: string;
  /** The folder the site is built into. */
  outDir: string;
  /** The build cache (Astro's content store, the share images). */
  cacheDir: string;
  /** The slice this Astro process renders ("i/N", from ARCHIVE_SHARD), or null for every page. */
  shard?: string | null;
  /** Letters per part of the search index (ARCHIVE_SEARCH_PART_LETTERS): Pagefind holds one part in memory at a time. */
  searchPartLetters: number;
  /** The most words whose first results are found at build (ARCHIVE_FIRST_RESULTS_WORDS). */
  firstResultsWords: number;
}

/** Letters per part of the search index by default: Pagefind needs about 0.9 GB for 5,000 letters. */
const SEARCH_PART_LETTERS = 5000;

/**
 * The build's settings: ARCHIVE_OUT_DIR and ARCHIVE_CONTENT_DIR let benchmarks and tests build another archive
 * elsewhere; ARCHIVE_CACHE_DIR keeps that build's cache apart (the content cache remembers each entry's file path);
 * ARCHIVE_SHARD makes an Astro process render one slice of the pages (scripts/build.mjs sets it);
 * ARCHIVE_SEARCH_PART_LETTERS sets the size of the search index's parts, ARCHIVE_FIRST_RESULTS_WORDS how many words
 * have their first results found at build.
 */
export function buildSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return {
    site: env.ARCHIVE_SITE_URL ?? 'https://un-letters.example.org',
    outDir: env.ARCHIVE_OUT_DIR ?? './dist',
    cacheDir: env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
    shard: env.ARCHIVE_SHARD || null,
    searchPartLetters: positiveWhole(env, 'ARCHIVE_SEARCH_PART_LETTERS', SEARCH_PART_LETTERS),
    firstResultsWords: positiveWhole(env, 'ARCHIVE_FIRST_RESULTS_WORDS', MAX_WORDS_AHEAD),
  };
}

function positiveWhole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return Number(value);
}

/** A settings folder as a file URL ending in "/", relative paths taken from the working folder. */
export function folderUrl(folder: string): URL {
  return pathToFileURL(`${resolve(folder)}/`);
}
