import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { archiveEnv, withProjectLock } from '../support/astro-build.ts';
import { projectRoot } from '../support/paths.ts';
import { useScratchContent } from '../support/scratch-content.ts';

const LETTER = '2015-12-14-lykketoft-ign-meetings';

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Fetches `url` until `test` holds for its text, or gives up after `seconds`; returns the last text. `meanwhile`
 * runs every few seconds: the watcher of a content folder outside the project only reports changes once it has
 * read the folder, which a loaded machine takes a while to do, so the edit is saved again, as an editor would.
 */
async function pollText(url: string, test: (text: string) => boolean, seconds: number, meanwhile?: () => Promise<void>): Promise<string> {
  let text = '';
  for (let round = 1, end = Date.now() + seconds * 1000; Date.now() < end; round++, await sleep(250)) {
    text = await fetch(url).then((r) => r.text(), () => '');
    if (test(text)) break;
    if (meanwhile && round % 12 === 0) await meanwhile();
  }
  return text;
}

describe('astro dev, while an editor changes a letter and reviews', () => {
  const scratch = useScratchContent('un-letters-dev-');

  it('serves the changed text and the changed title without a restart, and the review page as the files stand', async () => {
    const work = await scratch.create();
    const file = join(work, 'content', 'letters', `${LETTER}.mdx`);
    const port = await freePort();
    await withProjectLock(async () => {
      const env = archiveEnv(join(work, 'cache'), join(work, 'content'));
      const dev = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      dev.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
      dev.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      try {
        const page = `http://127.0.0.1:${port}/letters/${LETTER}/`;
        expect(await pollText(page, (t) => t.includes('I followed with close interest'), 60), log).toContain('I followed with close interest');
        const original = await readFile(file, 'utf8');
        const edit = () => writeFile(file, original.replace('I followed with close interest', 'I followed with very close interest').replace('title: Letter dated 14 December 2015', 'title: Revised letter dated 14 December 2015'));
        await edit();
        expect(await pollText(page, (t) => t.includes('very close interest'), 30, edit)).toContain('I followed with very close interest');
        expect(await pollText(`http://127.0.0.1:${port}/letters/`, (t) => t.includes('Revised letter dated'), 20)).toContain('Revised letter dated 14 December 2015');
        // The editors' review page lists what awaits review as the files stand at each request.
        const review = `http://127.0.0.1:${port}/review/`;
        expect(await pollText(review, (t) => t.includes('Records not reviewed (0)'), 30)).toContain('People who may be one person (0)');
        const person = join(work, 'content', 'people', 'mogens-lykketoft.yaml');
        const unreview = async () => writeFile(person, `${(await readFile(person, 'utf8')).replace(/^reviewed:.*\n/m, '')}reviewed: false\n`);
        await unreview();
        expect(await pollText(review, (t) => t.includes('content/people/mogens-lykketoft'), 30, unreview)).toContain('Records not reviewed (1)');
      } finally {
        dev.kill();
      }
    });
  }, 120_000);
});
