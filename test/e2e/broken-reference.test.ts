import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/astro-build.ts';
import { projectRoot } from '../support/paths.ts';
import { useScratchContent } from '../support/scratch-content.ts';

const LETTER = '2015-12-14-lykketoft-ign-meetings';
const LINE_TEXT = 'Please accept, Excellency, the assurances of my highest consideration.';

/** Builds a scratch copy of the archive in which one line of a letter reads `replacement`; returns the build and where the line is. */
async function buildWithLine(create: () => Promise<string>, replacement: string): Promise<{ build: BuildResult; where: string }> {
  const work = await create();
  const content = join(work, 'content');
  const letterPath = join(content, 'letters', `${LETTER}.mdx`);
  const lines = (await readFile(letterPath, 'utf8')).split('\n');
  const index = lines.indexOf(LINE_TEXT);
  expect(index, 'the line to break is in the letter').toBeGreaterThan(0);
  lines[index] = replacement;
  await writeFile(letterPath, lines.join('\n'));
  const build = await buildSite({ outDir: join(work, 'site'), cacheDir: join(work, 'cache'), contentDir: content });
  return { build, where: `${relative(projectRoot, letterPath)}:${index + 1}` };
}

describe('a letter that names an unknown person', () => {
  const scratch = useScratchContent('un-letters-broken-');

  it('fails the build with the file, the line and the unknown id', async () => {
    const { build, where } = await buildWithLine(scratch.create, 'Please accept, <PersonRef id="nobody-at-all">Excellency</PersonRef>, the assurances of my highest consideration.');
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(`${where} <PersonRef id="nobody-at-all">: unknown person id "nobody-at-all"`);
  }, 240_000);
});

describe('a letter whose text holds code', () => {
  const scratch = useScratchContent('un-letters-code-');

  it('fails the build with the file and line of the code, and never runs it', async () => {
    // Were the expression run, the build would stop at once and report success.
    const { build, where } = await buildWithLine(scratch.create, 'Please accept {process.exit(0)} the assurances of my highest consideration.');
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(`${where} body: a "{" would start code in MDX: write it as \\{`);
  }, 240_000);
});
