import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** A running static server: its base URL (no trailing slash) and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

// What a host sends when nothing says otherwise: no charset for plain text and CSV, as the issue found on real
// hosts (the site's _headers adds it).
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
};

/** The Content-Type a static host sends for a file name; unknown kinds are plain bytes. */
export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Where a URL path lives under root: /foo/ is foo/index.html; null when it would leave root. */
export function fileFor(root: string, urlPath: string): string | null {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(base, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return path.startsWith(base + sep) ? path : null;
}

/** One block of a headers file: the paths it applies to and the headers it sets. */
export interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/**
 * Reads a headers file in the format Netlify and Cloudflare Pages share (`_headers`): a path pattern on a line of
 * its own ("*" matches any characters), then its headers indented, "Name: value"; "#" starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!header || !rules.length) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a path, found ${JSON.stringify(line)}`);
    rules.at(-1)!.headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  });
  return rules;
}

/** The headers a headers file gives a path: those of every block that matches it. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  return headers;
}

function readHeadersFile(root: string): HeaderRule[] {
  try {
    return parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Serves a built site from `root` on 127.0.0.1 and a free port, as a static host would: with the headers of the
 * site's own `_headers` file (which, like such a host, it does not serve).
 */
export function serveStatic(root: string): Promise<StaticServer> {
  const rules = readHeadersFile(root);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = pathname === '/_headers' ? null : fileFor(root, pathname);
    if (path && (await isFile(path))) {
      response.writeHead(200, { 'content-type': contentTypeOf(path), ...headersFor(rules, pathname) });
      response.end(request.method === 'HEAD' ? undefined : await readFile(path));
      return;
    }
    if (path && !pathname.endsWith('/') && (await isFile(join(path, 'index.html')))) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const notFound = join(root, '404.html');
    const body = (await isFile(notFound)) ? await readFile(notFound) : 'Not found';
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headersFor(rules, pathname) }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('the server has no port'));
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
