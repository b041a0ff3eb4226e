import { describe, expect, it } from 'vitest';
import { buildWithLines } from '../support/broken-build.ts';
import { useScratchContent } from '../support/scratch-content.ts';

describe('a letter that names an unknown person', () => {
  const scratch = useScratchContent('un-letters-broken-');

  it('fails the build with the file, the line and the unknown id', async () => {
    const { build, where: [where] } = await buildWithLines(scratch.create, ['Please accept, <PersonRef id="nobody-at-all">Excellency</PersonRef>, the assurances of my highest consideration.']);
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(`${where} <PersonRef id="nobody-at-all">: unknown person id "nobody-at-all"`);
  }, 240_000);
});

describe('a letter whose text holds code', () => {
  const scratch = useScratchContent('un-letters-code-');

  it('fails the build with the file and line of the code, and never runs it', async () => {
    // Were the expression run, the build would stop at once and report success.
    const { build, where: [where] } = await buildWithLines(scratch.create, ['Please accept {process.exit(0)} the assurances of my highest consideration.']);
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(`${where} body: a "{" would start code in MDX: write it as \\{`);
  }, 240_000);
});
