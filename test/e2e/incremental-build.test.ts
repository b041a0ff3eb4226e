import { cp, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMORANDUM, NOTICES, noticeDate } from '../fixtures/fixture-archive.ts';
import { fixtureProject, siteDigest, type FixtureProject } from '../support/fixture-builds.ts';

// Incremental updates (src/data/page-keys.ts, Astro's experimental.incrementalBuild): the fixture archive without
// ten of its letters is built, the ten are added, and the rebuild, which reuses every page whose letters and
// entities did not change, must equal a cold build of the whole archive, byte for byte.
const added = [
  `letters/${MEMORANDUM.id}.mdx`,
  `sources/${MEMORANDUM.id}.txt`,
  ...Array.from({ length: 9 }, (_, i) => `letters/${noticeDate(NOTICES - i)}-records-section-notice-${NOTICES - i}.mdx`),
];

/**
 * How many pages a build's log says it rendered, and how many it took from the previous build. A rendered page's line
 * ends with its time ("(+44ms)"), a reused one's with "(cached)" or "(restored)", which may land on a line of its own
 * when pages render at once.
 */
function pageCounts(log: string): { rendered: number; reused: number } {
  return { rendered: (log.match(/├─ \S.*\(\+[\d.]+m?s\)/g) ?? []).length, reused: (log.match(/\((cached|restored)\)/g) ?? []).length };
}

describe('an incremental build after adding ten letters', () => {
  let project: FixtureProject;
  let update: Awaited<ReturnType<FixtureProject['build']>>;
  let cold: Awaited<ReturnType<FixtureProject['build']>>;

  beforeAll(async () => {
    project = await fixtureProject();
    const aside = join(project.root, 'aside');
    for (const path of added) await mkdir(join(aside, path, '..'), { recursive: true }).then(() => rename(join(project.content, path), join(aside, path)));
    await project.build('site', [], 'incremental');
    await cp(aside, project.content, { recursive: true });
    update = await project.build('site', [], 'incremental');
    cold = await project.build('cold', [], 'cold');
  }, 900_000); // three builds of the fixture archive, on a machine others share
  afterAll(() => project?.remove());

  it('takes most pages from the previous build and renders the rest', () => {
    const counts = pageCounts(update.output);
    expect(counts.reused).toBeGreaterThan(pageCounts(cold.output).rendered / 2);
    expect(counts.rendered).toBeGreaterThan(10);
    expect(pageCounts(cold.output).reused).toBe(0);
  });

  it('writes the same site, byte for byte, as a cold build of the same letters', async () => {
    const incremental = await siteDigest(update.outDir);
    expect(Object.keys(incremental).length).toBeGreaterThan(500);
    expect(incremental).toEqual(await siteDigest(cold.outDir));
  });
});
