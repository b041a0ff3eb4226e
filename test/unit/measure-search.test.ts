import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byKind, bytesUntilFirstResult, formatGoals, kindOf, median } from '../../scripts/measure-search/report.mjs';
import { serveSite } from '../../scripts/measure-search/server.mjs';

describe('measure-search sorts requests into the files search loads', () => {
  it.each([
    ['/pagefind/pagefind.js', 'pagefind.js'],
    ['/pagefind/pagefind-worker.js', 'worker'],
    ['/pagefind/wasm.en.pagefind', 'wasm'],
    ['/pagefind/pagefind-entry.json?ts=1795437581234', 'entry'],
    ['/pagefind/pagefind.en_c4d9eb4842.pf_meta', 'meta'],
    ['/pagefind/index/en_e6d3a9b.pf_index', 'index'],
    ['/pagefind/fragment/en_9a3517f.pf_fragment', 'fragments'],
    ['/pagefind/filter/en_50f4a27.pf_filter', 'filters'],
    ['/search/symbols.json', 'symbols.json'],
    ['/documents/a-res-69-321/citing.json', 'citing.json'],
    ['/favicon.svg', 'other'],
  ])('%s is counted as %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });

  it('adds up bytes and requests per kind, in the order of the report, leaving out kinds not loaded', () => {
    const requests = [
      { path: '/pagefind/fragment/a.pf_fragment', bytes: 2000 },
      { path: '/pagefind/pagefind.js', bytes: 13600 },
      { path: '/pagefind/fragment/b.pf_fragment', bytes: 1500 },
    ];
    expect(byKind(requests)).toEqual([
      { kind: 'pagefind.js', bytes: 13600, requests: 1 },
      { kind: 'fragments', bytes: 3500, requests: 2 },
    ]);
  });

  it('takes the median of the runs, leaving out runs without a figure', () => {
    expect(median([326, 286, 347])).toBe(326);
    expect(median([100, 200, null, 300, 400])).toBe(250);
    expect(median([null])).toBeNull();
  });

  it('says which goal is met and which is missed, with the figure', () => {
    const goals = { shownMs: 150, bytes: 150_000 };
    expect(formatGoals({ shownMs: 154, firstQueryBytes: 150_000 }, goals)).toEqual([
      'goal: first result painted at most 150 ms after Enter: MISSED (154 ms, first query, median)',
      'goal: first query at most 150.0 kB until its first result: met (150.0 kB from the click into the box until the first result, median)',
    ]);
    expect(formatGoals({ shownMs: null, firstQueryBytes: 87_000 }, goals)[0]).toBe(
      'goal: first result painted at most 150 ms after Enter: not measured (the first query found nothing; choose one that finds letters)',
    );
  });

  it('counts the bytes of a query until its first result, what the reader typed included, not what came after', () => {
    const requests = [{ afterMs: -40, bytes: 1000 }, { afterMs: 90, bytes: 500 }, { afterMs: 130, bytes: 7000 }];
    expect(bytesUntilFirstResult({ insertedMs: 100, requests })).toBe(1500);
    expect(bytesUntilFirstResult({ insertedMs: null, requests })).toBe(8500);
  });
});

describe('measure-search serves the site as a static host would and counts what it sends', () => {
  let dir = '';
  let server: { url: string; log: Array<{ path: string; bytes: number; status: number }>; close(): Promise<void> };
  const script = 'export const word = "delegations";\n'.repeat(200);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'measure-search-'));
    await mkdir(join(dir, 'pagefind'));
    await writeFile(join(dir, 'pagefind', 'pagefind.js'), script);
    await writeFile(join(dir, 'pagefind', 'wasm.en.pagefind'), Buffer.alloc(4000, 7));
    server = await serveSite(dir);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gzips scripts for a browser that accepts it, and logs the bytes sent, headers included', async () => {
    const response = await fetch(`${server.url}/pagefind/pagefind.js`, { headers: { 'accept-encoding': 'gzip' } });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-encoding')).toBe('gzip');
    await new Promise((done) => setTimeout(done, 50));
    const logged = server.log.find((r) => r.path === '/pagefind/pagefind.js')!;
    expect(logged.status).toBe(200);
    expect(logged.bytes).toBeGreaterThan(Number(response.headers.get('content-length')));
    expect(logged.bytes).toBeLessThan(script.length);
    expect(body.toString()).toBe(script); // fetch undoes the gzip, as the browser does
  });

  it('sends Pagefind’s own files as they are: Pagefind writes them compressed already', async () => {
    const response = await fetch(`${server.url}/pagefind/wasm.en.pagefind`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await response.arrayBuffer()).byteLength).toBe(4000);
  });

  it('answers a missing file with 404 and logs it', async () => {
    expect((await fetch(`${server.url}/pagefind/missing.pf_index`)).status).toBe(404);
    await new Promise((done) => setTimeout(done, 50));
    expect(server.log.some((r) => r.path === '/pagefind/missing.pf_index' && r.status === 404)).toBe(true);
  });
});
