import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, siteDigest, type FixtureProject } from '../support/fixture-builds.ts';

// Sharded rendering (scripts/build.mjs, src/integrations/shard.ts, src/finish/merge-slices.ts): the fixture archive
// built by one Astro process, by two side by side, and by two "machines" (--shard 1/2, --shard 2/2) merged after.
describe('a sharded build', () => {
  let project: FixtureProject;
  let one: Record<string, string>;
  let two: Record<string, string>;
  let log: string;

  beforeAll(async () => {
    project = await fixtureProject();
    one = await siteDigest((await project.build('one', ['--slices', '1'])).outDir);
    const sharded = await project.build('two', ['--slices', '2']);
    log = sharded.output;
    two = await siteDigest(sharded.outDir);
  }, 600_000); // two builds of the fixture archive
  afterAll(() => project?.remove());

  it('renders each page in exactly one of the two slices', () => {
    const counts = [...log.matchAll(/slice (\d)\/2: (\d+) of (\d+) pages/g)].map((m) => ({ slice: m[1], kept: Number(m[2]), all: Number(m[3]) }));
    expect(counts.map((c) => c.slice).sort()).toEqual(['1', '2']);
    expect(counts[0]!.kept + counts[1]!.kept).toBe(counts[0]!.all);
    expect(Math.min(counts[0]!.kept, counts[1]!.kept)).toBeGreaterThan(counts[0]!.all / 4);
  });

  it('writes the same files, byte for byte, as one process', () => {
    expect(Object.keys(two).length).toBeGreaterThan(500);
    expect(two).toEqual(one);
  });

  it('gives the same search index, byte for byte, so every query finds the same letters', () => {
    const index = (digest: Record<string, string>) => Object.entries(digest).filter(([path]) => path.startsWith('pagefind/'));
    expect(index(two).length).toBeGreaterThan(10);
    expect(index(two)).toEqual(index(one));
  });

  it('joins slices built apart (--shard i/N on two machines, then --merge) into the same site', async () => {
    const first = await project.build('slice-1', ['--shard', '1/2'], 'machine-1');
    const second = await project.build('slice-2', ['--shard', '2/2'], 'machine-2');
    expect(first.output).toMatch(/slice 1\/2: \d+ of \d+ pages/);
    const merged = await project.build('merged', ['--merge', first.outDir, second.outDir], 'merge');
    expect(merged.output).toMatch(/merged 2 slices/);
    expect(await siteDigest(merged.outDir)).toEqual(one);
  }, 600_000); // three builds: two slices and the merge
});
