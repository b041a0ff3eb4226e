import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, syncContent } from '../support/astro-build.ts';
import { contentDir, projectRoot } from '../support/paths.ts';

const LETTER = '2015-12-14-lykketoft-ign-meetings';
const LINE_TEXT = 'Please accept, Excellency, the assurances of my highest consideration.';

describe('a letter that names an unknown person', () => {
  let work = '';
  afterAll(async () => {
    if (!work) return;
    // The build wrote .astro/ for the copy; point it back at ./content for anyone running astro dev here.
    const sync = await syncContent(join(work, 'sync-cache'));
    await rm(work, { recursive: true, force: true });
    if (sync.code !== 0) throw new Error(`astro sync failed after the broken build:\n${sync.output}`);
  }, 120_000);

  it('fails the build with the file, the line and the unknown id', async () => {
    work = await mkdtemp(join(tmpdir(), 'un-letters-broken-'));
    const content = join(work, 'content');
    await cp(contentDir, content, { recursive: true });
    const letterPath = join(content, 'letters', `${LETTER}.mdx`);
    const lines = (await readFile(letterPath, 'utf8')).split('\n');
    const index = lines.indexOf(LINE_TEXT);
    expect(index, 'the line to break is in the letter').toBeGreaterThan(0);
    lines[index] = 'Please accept, <PersonRef id="nobody-at-all">Excellency</PersonRef>, the assurances of my highest consideration.';
    await writeFile(letterPath, lines.join('\n'));

    const build = await buildSite({ outDir: join(work, 'site'), cacheDir: join(work, 'cache'), contentDir: content });

    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(
      `${relative(projectRoot, letterPath)}:${index + 1} <PersonRef id="nobody-at-all">: unknown person id "nobody-at-all"`,
    );
  }, 240_000);
});
