import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir, projectRoot } from '../support/paths.ts';

// The ingest checks and renders letter files on worker threads while it reads the next sources: what it writes
// and reports must not depend on how many threads it has.

const scratch = mkdtempSync(join(tmpdir(), 'ingest-threads-'));
const batch = join(scratch, 'batch');
const fixtureSets = ['test/fixtures/ingest', 'test/fixtures/ingest-heldout'];

/** Ingests the batch into a fresh copy of the content folder with `threads` worker threads. */
function ingestWith(threads: number) {
  const content = join(scratch, `content-${threads}`);
  cpSync(contentDir, content, { recursive: true });
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/node'), ['src/ingest/main.ts', '--threads', String(threads), '--content', content, batch], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const files = new Map<string, string>();
  for (const path of readdirSync(content, { recursive: true, encoding: 'utf8' }).sort()) {
    if (path.includes('.')) files.set(path, readFileSync(join(content, path), 'latin1'));
  }
  return { status: run.status, report: run.stdout.replaceAll(content, 'CONTENT'), files };
}

let single: ReturnType<typeof ingestWith>;
let threaded: ReturnType<typeof ingestWith>;

beforeAll(() => {
  // Every labelled source of the two fixture sets, and one file that is refused, in the middle of the batch.
  for (const set of fixtureSets) cpSync(join(projectRoot, set), join(batch, set.split('/').pop()!), { recursive: true, filter: (path) => !path.endsWith('.json') });
  writeFileSync(join(batch, 'ingest', '30-empty.txt'), '');
  single = ingestWith(0);
  threaded = ingestWith(2);
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the ingest with worker threads and without', () => {
  it('reads the whole batch: about a hundred sources written as letters, one refused', () => {
    expect(single.status).toBe(1);
    expect([...single.files.keys()].filter((p) => p.startsWith('letters/')).length).toBeGreaterThan(100);
    expect(single.report).toMatch(/30-empty\.txt: refused/);
  });

  it('writes the same files, byte for byte, with two worker threads as with none', () => {
    expect([...threaded.files.keys()]).toEqual([...single.files.keys()]);
    for (const [path, text] of single.files) expect(threaded.files.get(path), path).toBe(text);
  });

  it('prints the same report, line for line and in the same order, and exits the same way', () => {
    expect(threaded.report.split('\n')).toEqual(single.report.split('\n'));
    expect(threaded.status).toBe(single.status);
  });
});
