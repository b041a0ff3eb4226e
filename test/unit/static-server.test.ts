import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, fileFor, headersFor, parseHeadersFile, serveStatic, type StaticServer } from '../support/static-server.ts';

// The e2e tests trust this server to behave like the static host: it is tested too.
describe('the static server of the e2e tests', () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'static-server-'));
    await mkdir(join(root, 'foo'), { recursive: true });
    await mkdir(join(root, 'sources'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<h1>home</h1>');
    await writeFile(join(root, 'foo', 'index.html'), '<h1>foo</h1>');
    await writeFile(join(root, 'sources', 'a.txt'), 'plain text');
    await writeFile(join(root, '404.html'), '<h1>Page not found</h1>');
    await writeFile(join(root, '_headers'), '# the site\'s headers\n/*\n  X-Content-Type-Options: nosniff\n\n/sources/*.txt\n  Content-Type: text/plain; charset=utf-8\n');
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['/', '<h1>home</h1>'],
    ['/foo/', '<h1>foo</h1>'],
  ])('serves %s from its index.html as HTML', async (path, body) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(body);
  });

  it("serves a .txt file as text/plain, in UTF-8 when the site's _headers says so", async () => {
    const response = await fetch(`${server.url}/sources/a.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('plain text');
  });

  it("sends the headers of every block of the site's _headers that matches, and not the file itself", async () => {
    expect((await fetch(`${server.url}/foo/`)).headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}/missing/`)).headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
  });

  it('redirects a folder without its trailing slash to the slashed address', async () => {
    const response = await fetch(`${server.url}/foo`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/foo/');
  });

  it.each(['/missing/', '/missing.txt', '/foo/bar/', '/%E0%A4%A'])('answers %s with 404 and the site 404 page', async (path) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>Page not found</h1>');
  });

  it('never serves a file outside its folder', () => {
    expect(fileFor('/published-site', '/../etc/passwd')).toBeNull();
    expect(fileFor('/published-site', '/%2e%2e/etc/passwd')).toBeNull();
    expect(fileFor('/published-site', '/a/')).toBe('/published-site/a/index.html');
  });

  it.each([
    ['page.html', 'text/html; charset=utf-8'],
    ['a.TXT', 'text/plain'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['wasm.en.pagefind', 'application/octet-stream'],
  ])('sends %s as %s', (name, type) => {
    expect(contentTypeOf(name)).toBe(type);
  });
});

describe('parseHeadersFile', () => {
  it('reads blocks of a path pattern and indented headers, "*" matching across folders', () => {
    const rules = parseHeadersFile('# comment\n/*\n  A: 1\n/data/*.csv\n  B: 2\n  A: 3\n');
    expect(headersFor(rules, '/data/letters.csv')).toEqual({ a: '1, 3', b: '2' });
    expect(headersFor(rules, '/letters/x/')).toEqual({ a: '1' });
  });

  it('names the line of a header that stands under no path', () => {
    expect(() => parseHeadersFile('  A: 1')).toThrow('_headers:1: expected "  Name: value" under a path, found "  A: 1"');
  });
});
