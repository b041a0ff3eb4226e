import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, syncContent } from '../support/astro-build.ts';
import { contentDir, projectRoot } from '../support/paths.ts';

describe('a redirect to a letter that does not exist', () => {
  let work = '';
  afterAll(async () => {
    if (!work) return;
    // The build wrote .astro/ for the copy; point it back at ./content for anyone running astro dev here.
    const sync = await syncContent(join(work, 'sync-cache'));
    await rm(work, { recursive: true, force: true });
    if (sync.code !== 0) throw new Error(`astro sync failed after the broken build:\n${sync.output}`);
  }, 120_000);

  it('fails the build with the file, the line and the missing id', async () => {
    work = await mkdtemp(join(tmpdir(), 'un-letters-broken-redirect-'));
    const content = join(work, 'content');
    await cp(contentDir, content, { recursive: true });
    const file = join(content, 'redirects.yaml');
    await writeFile(file, '# moved\n- from: lucas-ign\n  to: 2015-12-11-lucas-ign-meetings\n- from: old-lykketoft\n  to: lykketoft-renamed\n');

    const build = await buildSite({ outDir: join(work, 'site'), cacheDir: join(work, 'cache'), contentDir: content });

    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(`${relative(projectRoot, file)}:4 to: no letter has the id "lykketoft-renamed"; write the letter's current id`);
  }, 240_000);
});
