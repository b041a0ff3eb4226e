import { cp, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { writeFixtureArchive } from '../fixtures/fixture-archive.ts';
import { writeSeedArchive } from '../fixtures/seed-archive.ts';
import { archiveEnv, runNode, TEST_SEARCH_PART_LETTERS, type BuildResult } from './astro-build.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser.ts';
import { projectRoot } from './paths.ts';
import type { Site } from './site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

// What the build needs of the project; node_modules is linked, not copied.
export const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src'];

/**
 * Letters per part of the search index of each test archive. The fixture archive comes in several parts, as a large
 * archive's index does, so that its search tests run over parts merged in the browser; the seed letters, whose tests
 * rank four letters by relevance, in one (a part of one or two letters has no word statistics to rank by).
 */
const SEARCH_PART_LETTERS: Record<TestArchive, number> = { seed: 1000, fixture: TEST_SEARCH_PART_LETTERS };

function runBuild(root: string, archive: TestArchive): Promise<BuildResult> {
  const env = { ...archiveEnv(join(root, 'cache'), join(root, 'content')), ARCHIVE_OUT_DIR: join(root, 'site'), ARCHIVE_SEARCH_PART_LETTERS: String(SEARCH_PART_LETTERS[archive]) };
  return runNode([join(projectRoot, 'scripts/build.mjs')], join(root, 'project'), env);
}

/** The archives the e2e tests build beside the default one: the seed letters alone, and those with the fixtures' additions. */
export type TestArchive = 'seed' | 'fixture';

const WRITERS: Record<TestArchive, (target: string) => Promise<void>> = { seed: writeSeedArchive, fixture: writeFixtureArchive };

/**
 * Builds a test archive (test/fixtures/seed-archive.ts, fixture-archive.ts) once per test run and returns the
 * folder of the built site. The first test file to ask builds it; the others wait for it.
 *
 * It is built in a copy of the project of its own: Astro writes .astro/ in the project root, and two
 * builds of different content at once would share it. The copy lives beside the main e2e site, in the
 * folder that global-setup deletes when the run ends.
 */
export async function buildFixtureSite(archive: TestArchive = 'fixture'): Promise<string> {
  const root = join(dirname(inject('outDir')), `${archive}-archive`);
  const done = join(root, 'build.json');
  let builder = true;
  await mkdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    builder = false;
  });
  if (builder) {
    const project = join(root, 'project');
    await mkdir(project);
    for (const file of PROJECT_FILES) await cp(join(projectRoot, file), join(project, file), { recursive: true });
    await symlink(join(projectRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
    await WRITERS[archive](join(root, 'content'));
    const started = Date.now();
    const build = await runBuild(root, archive).catch((error: Error): BuildResult => ({ code: 1, output: error.message }));
    if (build.code === 0) console.log(`e2e: ${archive} archive built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Written whole, then renamed: a waiting file never reads half of it.
    await writeFile(`${done}.part`, JSON.stringify(build));
    await rename(`${done}.part`, done);
  }
  let result: BuildResult | undefined;
  while (!result) {
    result = await readFile(done, 'utf8').then((text) => JSON.parse(text) as BuildResult, () => undefined);
    if (!result) await sleep(250);
  }
  if (result.code !== 0) throw new Error(`the ${archive} archive did not build (exit code ${result.code}):\n${result.output}`);
  return join(root, 'site');
}

/** Like useSite(), on a test archive (the fixture archive unless told): builds it (or waits for it), serves it and starts Chromium. */
export function useFixtureSite(archive: TestArchive = 'fixture'): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const opened: WatchedPage[] = [];
  beforeAll(async () => {
    server = await serveStatic(await buildFixtureSite(archive));
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get baseUrl() {
      if (!server) throw new Error('the test archive is not served yet (use it inside a test)');
      return server.url;
    },
    async open() {
      if (!browser || !server) throw new Error('the test archive is not served yet (useFixtureSite() must be called in the describe body)');
      const watched = await openWatchedPage(browser, server.url);
      opened.push(watched);
      return watched;
    },
  };
}
