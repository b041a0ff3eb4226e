import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-build.ts';
import { projectRoot } from '../support/paths.ts';
import { useScratchContent } from '../support/scratch-content.ts';

describe('a redirect to a letter that does not exist', () => {
  const scratch = useScratchContent('un-letters-broken-redirect-');

  it('fails the build with the file, the line and the missing id', async () => {
    const work = await scratch.create();
    const content = join(work, 'content');
    const file = join(content, 'redirects.yaml');
    await writeFile(file, '# moved\n- from: lucas-ign\n  to: 2015-12-11-lucas-ign-meetings\n- from: old-lykketoft\n  to: lykketoft-renamed\n');

    const build = await buildSite({ outDir: join(work, 'site'), cacheDir: join(work, 'cache'), contentDir: content });

    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(`${relative(projectRoot, file)}:4 to: no letter has the id "lykketoft-renamed"; write the letter's current id`);
  }, 240_000);
});
