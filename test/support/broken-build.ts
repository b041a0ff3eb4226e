import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { buildSite, type BuildResult } from './astro-build.ts';
import { projectRoot } from './paths.ts';

const LETTER = '2015-12-14-lykketoft-ign-meetings';
const LINE_TEXT = 'Please accept, Excellency, the assurances of my highest consideration.';

/**
 * Builds a scratch copy of the archive (from `create`, see scratch-content.ts) in which one line of a seed letter
 * becomes the paragraphs `replacements`, one blank line apart; returns the build and where each paragraph is
 * ("content/letters/<id>.mdx:<line>").
 */
export async function buildWithLines(create: () => Promise<string>, replacements: readonly string[]): Promise<{ build: BuildResult; where: string[] }> {
  const work = await create();
  const content = join(work, 'content');
  const letterPath = join(content, 'letters', `${LETTER}.mdx`);
  const lines = (await readFile(letterPath, 'utf8')).split('\n');
  const index = lines.indexOf(LINE_TEXT);
  expect(index, 'the line to break is in the letter').toBeGreaterThan(0);
  lines[index] = replacements.join('\n\n');
  await writeFile(letterPath, lines.join('\n'));
  const build = await buildSite({ outDir: join(work, 'site'), cacheDir: join(work, 'cache'), contentDir: content });
  const file = relative(projectRoot, letterPath);
  return { build, where: replacements.map((_, i) => `${file}:${index + 1 + 2 * i}`) };
}
