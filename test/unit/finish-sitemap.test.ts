import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtPagePaths, writeSitemap } from '../../src/finish/sitemap.ts';

let site: string;
beforeEach(() => void (site = mkdtempSync(join(tmpdir(), 'finish-sitemap-'))));
afterEach(() => rmSync(site, { recursive: true, force: true }));

function page(path: string, head = '<title>A page</title>') {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
}

describe('the sitemap of a built site', () => {
  it('finds every folder holding an index.html, however deep, and nothing else', () => {
    page('');
    page('letters/a');
    page('dates/2015/12/14');
    writeFileSync(join(site, 'letters/a/cite.bib'), '@letter{a}');
    mkdirSync(join(site, 'pagefind/fragment'), { recursive: true });
    expect(builtPagePaths(pathToFileURL(`${site}/`)).sort()).toEqual(['/', '/dates/2015/12/14/', '/letters/a/']);
  });

  it('lists the pages at the site address, sorted, leaving out pages marked noindex', async () => {
    page('letters/b');
    page('letters/a');
    page('letters/old-id', '<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0;url=/letters/a/">');
    expect(await writeSitemap(pathToFileURL(`${site}/`), 'https://example.org')).toBe('sitemap: 2 pages in 1 file(s)');
    const locs = [...readFileSync(join(site, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(['https://example.org/letters/a/', 'https://example.org/letters/b/']);
  });
});
