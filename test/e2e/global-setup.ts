import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TEST_FIRST_RESULTS_WORDS, TEST_SEARCH_PART_LETTERS } from '../support/astro-build.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, without a trailing slash ("http://127.0.0.1:41234"). */
    baseUrl: string;
    /** The folder the site was built into. */
    outDir: string;
  }
}

let stop: (() => Promise<void>) | undefined;

/** Builds the site once into a temporary folder, serves it, and hands the address to the e2e tests. */
export async function setup(project: TestProject): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'un-letters-e2e-'));
  const outDir = join(work, 'site');
  const started = Date.now();
  // The search index in parts, as a large archive's is, so that every search test runs over merged parts.
  const build = await buildSite({ outDir, cacheDir: join(work, 'cache'), searchPartLetters: TEST_SEARCH_PART_LETTERS, firstResultsWords: TEST_FIRST_RESULTS_WORDS });
  if (build.code !== 0) {
    await rm(work, { recursive: true, force: true });
    throw new Error(`astro build failed with exit code ${build.code}:\n${build.output}`);
  }
  console.log(`e2e: site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('outDir', outDir);
  stop = async () => {
    await server.close();
    await rm(work, { recursive: true, force: true });
  };
}

/** Stops the server and deletes the built site once every e2e test has run. */
export async function teardown(): Promise<void> {
  await stop?.();
}
