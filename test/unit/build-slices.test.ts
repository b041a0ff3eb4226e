import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBuildArgs } from '../../scripts/build/args.mjs';
import { mergeSlices, setPreviousAside } from '../../src/finish/merge-slices.ts';
import { parseShard, shardOf, sliceUnit } from '../../src/integrations/shard.ts';
import { buildTime } from '../../src/data/build-time.ts';

describe('a slice of the build', () => {
  it('reads "i/N" from 1/1 to N/N, and names the option when the value is wrong', () => {
    expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
    expect(parseShard('16/16')).toEqual({ index: 16, count: 16 });
    for (const bad of ['0/2', '3/2', '1/0', '2', 'a/b', '1/2/3', '']) expect(() => parseShard(bad), bad).toThrow(`--shard takes i/N with 1 <= i <= N (e.g. 1/2), not "${bad}"`);
    expect(() => parseShard('9/4', 'ARCHIVE_SHARD')).toThrow('ARCHIVE_SHARD takes i/N');
  });

  it('puts every page in one slice, the same one in every process, and the slices about equal', () => {
    const paths = Array.from({ length: 4000 }, (_, i) => `/letters/2015-12-${i}-letter/`);
    for (const count of [1, 2, 3, 8]) {
      const slices = paths.map((path) => shardOf(path, count));
      expect(paths.map((path) => shardOf(path, count))).toEqual(slices);
      const sizes = new Array<number>(count + 1).fill(0);
      for (const slice of slices) sizes[slice]!++;
      expect(sizes[0]).toBe(0);
      for (const size of sizes.slice(1)) expect(Math.abs(size - paths.length / count)).toBeLessThan((paths.length / count) * 0.15);
    }
  });

  it('keeps the pages and files of one folder of the site together, so that the merge moves it whole', () => {
    expect(sliceUnit('/letters/2015-12-01-letter/event-2016-01-05.ics')).toBe('/letters/2015-12-01-letter');
    expect(sliceUnit('/dates/1990/05/12/')).toBe('/dates/1990');
    expect(sliceUnit('/')).toBe('/');
    for (const count of [2, 3, 8]) {
      const letter = ['/letters/2015-12-01-letter/', '/letters/2015-12-01-letter/event-2016-01-05.ics', '/letters/2015-12-01-letter/event-2016-02-01.ics'];
      expect(new Set(letter.map((path) => shardOf(path, count))).size).toBe(1);
      const year = Array.from({ length: 365 }, (_, i) => `/dates/1990/${String(1 + (i % 12)).padStart(2, '0')}/${String(1 + (i % 28)).padStart(2, '0')}/`);
      expect(new Set(year.map((path) => shardOf(path, count))).size).toBe(1);
    }
  });
});

describe('the arguments of npm run build', () => {
  it('renders one slice per core by default and hands every other argument to astro build', () => {
    expect(readBuildArgs(['--config', 'astro.bench.config.mjs'], 2)).toEqual({ slices: 2, shard: null, merge: null, astroArgs: ['--config', 'astro.bench.config.mjs'] });
  });

  it('takes --slices N, --shard i/N and --merge with the folders of the slices', () => {
    expect(readBuildArgs(['--slices', '1'], 2).slices).toBe(1);
    expect(readBuildArgs(['--slices=3'], 2).slices).toBe(3);
    expect(readBuildArgs(['--shard', '2/4'], 2).shard).toBe('2/4');
    expect(readBuildArgs(['--merge', 'a', 'b', '--verbose'], 2)).toMatchObject({ merge: ['a', 'b'], astroArgs: ['--verbose'] });
  });

  it('refuses a bad count, a bad slice, a merge of nothing, and --shard with --merge, in one line each', () => {
    expect(() => readBuildArgs(['--slices', '0'], 2)).toThrow('--slices takes a positive whole number, not "0"');
    expect(() => readBuildArgs(['--shard', '5/4'], 2)).toThrow('--shard takes i/N with 1 <= i <= N (e.g. 1/2), not "5/4"');
    expect(() => readBuildArgs(['--merge'], 2)).toThrow('--merge takes the folders of the slices to join');
    expect(() => readBuildArgs(['--shard', '1/2', '--merge', 'a'], 2)).toThrow('give one of the two');
  });
});

describe('merging slices', () => {
  let root: string;
  beforeEach(() => void (root = mkdtempSync(join(tmpdir(), 'merge-slices-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => (mkdirSync(dirname(join(root, path)), { recursive: true }), writeFileSync(join(root, path), text));
  const url = (path: string) => pathToFileURL(`${join(root, path)}/`);

  it('moves every page of every slice into one site and keeps one copy of the files all slices have', () => {
    write('a/letters/x/index.html', 'x');
    write('a/_astro/site.css', 'body{}');
    write('b/letters/y/index.html', 'y');
    write('b/_astro/site.css', 'body{}');
    write('site/stale.html', 'from an earlier build');
    const line = mergeSlices([url('a'), url('b')], url('site'));
    expect(line).toMatch(/^merged 2 slices: \d+ files and folders moved, 1 files every slice had kept once/);
    expect(readdirSync(join(root, 'site')).sort()).toEqual(['_astro', 'letters']);
    expect(readdirSync(join(root, 'site/letters')).sort()).toEqual(['x', 'y']);
    expect(readFileSync(join(root, 'site/letters/y/index.html'), 'utf8')).toBe('y');
  });

  it('stops, naming the file, when two slices wrote one file differently', () => {
    write('a/index.html', 'one');
    write('b/index.html', 'two');
    expect(() => mergeSlices([url('a'), url('b')], url('site'))).toThrow(/slices disagree on index.html/);
  });

  it('says which slice is missing', () => {
    expect(() => mergeSlices([url('nowhere')], url('site'))).toThrow(/no slice at .*nowhere.*npm run build -- --shard i\/N/);
  });

  it('sets the previous site aside at once and deletes it, with what a stopped build left, while the merge goes on', async () => {
    write('site/letters/x/index.html', 'from the previous build');
    write('.site-previous-1/letters/y/index.html', 'left by a build that was stopped');
    write('other/keep.txt', 'not the site');
    const gone = setPreviousAside(url('site'));
    expect(readdirSync(root)).not.toContain('site');
    write('a/letters/z/index.html', 'z');
    mergeSlices([url('a')], url('site'));
    await gone;
    expect(readdirSync(root).sort()).toEqual(['a', 'other', 'site']);
    expect(readdirSync(join(root, 'site/letters'))).toEqual(['z']);
  });
});

describe('the build time', () => {
  it('is SOURCE_DATE_EPOCH when set, so that every slice and every rebuild writes the same date', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(() => buildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970, not "yesterday"');
    expect(Math.abs(buildTime({}).getTime() - Date.now())).toBeLessThan(60_000);
  });
});
