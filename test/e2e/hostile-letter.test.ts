import { describe, expect, it } from 'vitest';
import { HOSTILE_LINES } from '../fixtures/hostile-bodies.ts';
import { buildWithLines } from '../support/broken-build.ts';
import { useScratchContent } from '../support/scratch-content.ts';

describe('a letter edited by hand to hold live HTML', () => {
  const scratch = useScratchContent('un-letters-hostile-');

  it('fails the build, naming the file, the line and what was found for each hostile case', async () => {
    // One build for all the cases: the loader reports every problem of every letter before it stops.
    const { build, where } = await buildWithLines(scratch.create, HOSTILE_LINES.map((c) => c.line));
    expect(build.code, build.output).not.toBe(0);
    HOSTILE_LINES.forEach((c, i) => expect(build.output, c.case).toContain(`${where[i]} body: ${c.found}`));
  }, 240_000);
});
