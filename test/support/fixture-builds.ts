import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixtureArchive } from '../fixtures/fixture-archive.ts';
import { archiveEnv, runNode, TEST_SEARCH_PART_LETTERS, type BuildResult } from './astro-build.ts';
import { PROJECT_FILES } from './fixture-site.ts';
import { projectRoot } from './paths.ts';

/** A fixed build time (SOURCE_DATE_EPOCH): files that carry the date of the build are the same in every build. */
export const BUILD_EPOCH = '1767225600';

/** A scratch copy of the project with the fixture archive as its content, for builds a test compares. */
export interface FixtureProject {
  root: string;
  content: string;
  /** Runs `npm run build -- ...args` into root/<name>/ with the cache root/cache-<cache>/; throws with the log when it fails. */
  build(name: string, args: string[], cache?: string): Promise<BuildResult & { outDir: string }>;
  remove(): Promise<void>;
}

/** Copies the project (node_modules linked) and writes the fixture archive beside it, in a new temporary folder. */
export async function fixtureProject(): Promise<FixtureProject> {
  const root = await mkdtemp(join(tmpdir(), 'un-letters-builds-'));
  const project = join(root, 'project');
  await mkdir(project);
  for (const file of PROJECT_FILES) await cp(join(projectRoot, file), join(project, file), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  const content = join(root, 'content');
  await writeFixtureArchive(content);
  return {
    root,
    content,
    async build(name, args, cache = name) {
      const outDir = join(root, name);
      const env = { ...archiveEnv(join(root, `cache-${cache}`), content), ARCHIVE_OUT_DIR: outDir, SOURCE_DATE_EPOCH: BUILD_EPOCH, ARCHIVE_SEARCH_PART_LETTERS: String(TEST_SEARCH_PART_LETTERS) };
      const result = await runNode([join(projectRoot, 'scripts/build.mjs'), ...args], project, env);
      if (result.code !== 0) throw new Error(`npm run build -- ${args.join(' ')} exited with ${result.code}:\n${result.output}`);
      return { ...result, outDir };
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Every file of a built site (path relative to it, "/" separated) with the SHA-256 of its bytes, sorted by path. */
export async function siteDigest(dir: string): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  for (const file of files.sort()) digest[file] = createHash('sha256').update(await readFile(join(dir, file))).digest('hex');
  return digest;
}
