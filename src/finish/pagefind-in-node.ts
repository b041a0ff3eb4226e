import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind } from '../lib/search/pagefind-api.ts';

// Pagefind's browser script, run in Node over a built site: the build searches with the very code the reader's
// browser runs (./first-results.ts), so that what it finds ahead is what the browser would find.

/** The site's path a URL of the script's requests names: "/pagefind/...", or a file: URL inside the site. */
function sitePath(site: string, url: string): string {
  const path = url.startsWith('file:') ? new URL(url).pathname.slice(site.length) : url.replace(/^https?:\/\/[^/]+/, '');
  // A later part's folder holds its index only; its script and WebAssembly are the first part's.
  return path.split('?')[0]!.replace(/^\/pagefind\/parts\/[^/]+\/(wasm\.[^/]+)$/, '/pagefind/$1');
}

/**
 * Answers the script's fetches from the built site's files (Node's fetch reads no files). Set on the thread that
 * searches only: a worker of its own (./first-results-worker.ts) or a test.
 */
export function serveSiteToFetch(site: string): void {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
      return new Response(await readFile(join(site, sitePath(site, url))));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
}

/**
 * A Pagefind of its own over one part's bundle (`path`, as /pagefind/parts.json names it), with the options the
 * search page sets. The script is loaded once for each `instance` (a query string makes it another module), so parts,
 * or a test's fresh pages, never share one instance's state.
 */
export async function openPart(site: string, path: string, options: Record<string, unknown> = {}, instance = path): Promise<Pagefind> {
  const script = `${pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href}?instance=${encodeURIComponent(instance)}`;
  const pagefind = (await import(script)) as Pagefind;
  await pagefind.options({ basePath: path, highlightParam: 'highlight', ...options });
  await pagefind.init();
  return pagefind;
}
