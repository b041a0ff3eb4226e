import { spawn } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from './paths.ts';

/** Letters per part of the search index in the e2e builds: the default and fixture archives come in several parts. */
export const TEST_SEARCH_PART_LETTERS = 60;

/** The most words with first results found at build in the e2e site: fewer than its words, so that the bound bites. */
export const TEST_FIRST_RESULTS_WORDS = 4000;

/** How an astro command ended: its exit code and everything it printed (stdout and stderr together). */
export interface BuildResult {
  code: number;
  output: string;
}

// Astro rewrites .astro/ in the project root on every build and sync: two at once (two test files in
// parallel workers) break each other now and then. A lock folder makes them take turns.
const LOCK = join(projectRoot, 'node_modules', '.archive-astro-lock');

/** Runs `work` while no other test builds, syncs or serves the project (they all rewrite .astro/). */
export async function withProjectLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const age = await stat(LOCK).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > 10 * 60_000) await rm(LOCK, { recursive: true, force: true }); // left by a run that was killed
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

function runAstro(command: 'build' | 'sync', env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return withProjectLock(() => spawnAstro(command, env));
}

function spawnAstro(command: 'build' | 'sync', env: NodeJS.ProcessEnv): Promise<BuildResult> {
  // A build is `npm run build`'s: astro build, then the search index and the other finishing files.
  const args = command === 'build' ? [join(projectRoot, 'scripts/build.mjs')] : [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'];
  return runNode(args, projectRoot, env);
}

/** Runs a Node script on the Node that runs the tests, in `cwd`; resolves to its exit code and everything it printed. */
export function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The environment of an astro command over `contentDir` (else ./content) with its own cache. */
export function archiveEnv(cacheDir: string, contentDir?: string): NodeJS.ProcessEnv {
  // Vitest puts its own mode into the environment (NODE_ENV=test, MODE, BASE_URL, DEV...): Astro would take them as its own.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(TEST|VITEST.*|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/.test(key)));
  const env: NodeJS.ProcessEnv = { ...inherited, ARCHIVE_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  if (contentDir) env.ARCHIVE_CONTENT_DIR = contentDir;
  else delete env.ARCHIVE_CONTENT_DIR;
  return env;
}

/**
 * Runs the build of `npm run build` (scripts/build.mjs) on the Node that runs the tests, writing the site to `outDir` with its own content
 * cache in `cacheDir`; `contentDir` builds another copy of the archive instead of ./content; `searchPartLetters` sets the size
 * of the search index's parts; `firstResultsWords` how many words have their first results found at build.
 */
export function buildSite(options: { outDir: string; cacheDir: string; contentDir?: string; searchPartLetters?: number; firstResultsWords?: number }): Promise<BuildResult> {
  const parts = options.searchPartLetters ? { ARCHIVE_SEARCH_PART_LETTERS: String(options.searchPartLetters) } : {};
  const words = options.firstResultsWords ? { ARCHIVE_FIRST_RESULTS_WORDS: String(options.firstResultsWords) } : {};
  return runAstro('build', { ...archiveEnv(options.cacheDir, options.contentDir), ARCHIVE_OUT_DIR: options.outDir, ...parts, ...words });
}

/**
 * Runs `astro sync` over ./content, so that the generated files in .astro/ (shared with whoever runs
 * `astro dev` here) point at ./content again after a build from another content folder.
 */
export function syncContent(cacheDir: string): Promise<BuildResult> {
  return runAstro('sync', archiveEnv(cacheDir));
}
