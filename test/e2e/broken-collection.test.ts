import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-build.ts';
import { projectRoot } from '../support/paths.ts';
import { useScratchContent } from '../support/scratch-content.ts';

const COLLECTION = 'selection-of-the-secretary-general';
const LETTER = '2021-01-28-donaldson-selection-process';

describe('a collection that quotes a paragraph its letter does not have, and shows and lists letters the archive does not hold', () => {
  const scratch = useScratchContent('un-letters-broken-collection-');

  it('fails the build naming the file, the line and the quote or list entry of each', async () => {
    const work = await scratch.create();
    const content = join(work, 'content');
    const file = join(content, 'collections', `${COLLECTION}.mdx`);
    const lines = (await readFile(file, 'utf8')).split('\n');
    const quote = lines.findIndex((line) => line.startsWith(`<Quote letter="${LETTER}"`));
    const card = lines.findIndex((line) => line.startsWith('<Letter id='));
    expect(quote, 'the collection quotes the letter').toBeGreaterThan(0);
    expect(card, 'the collection shows a letter card').toBeGreaterThan(0);
    lines[quote] = `<Quote letter="${LETTER}" paragraph={99} />`;
    lines[card] = '<Letter id="no-such-letter" />';
    const listed = lines.findIndex((line) => line.startsWith('letters:'));
    expect(listed, 'the collection has a list of letters in its frontmatter').toBeGreaterThan(0);
    lines[listed] = 'letters: [no-such-listed-letter]';
    await writeFile(file, lines.join('\n'));
    const build = await buildSite({ outDir: join(work, 'site'), cacheDir: join(work, 'cache'), contentDir: content });
    expect(build.code, build.output).not.toBe(0);
    const where = relative(projectRoot, file);
    expect(build.output).toContain(`${where}:${quote + 1} <Quote letter="${LETTER}" paragraph={99}/>: letter "${LETTER}" has `);
    expect(build.output).toMatch(new RegExp(`has \\d+ paragraphs, not 99`));
    expect(build.output).toContain(`${where}:${card + 1} <Letter id="no-such-letter"/>: unknown letter id "no-such-letter"`);
    expect(build.output).toContain(`${where}:${listed + 1} letters[0]: unknown letter id "no-such-listed-letter"`);
  }, 240_000);
});
