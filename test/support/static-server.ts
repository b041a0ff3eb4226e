import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** A running static server: its base URL (no trailing slash) and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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

/** Serves a built site from `root` on 127.0.0.1 and a free port, as a static host would. */
export function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = fileFor(root, pathname);
    if (path && (await isFile(path))) {
      response.writeHead(200, { 'content-type': contentTypeOf(path) });
      response.end(request.method === 'HEAD' ? undefined : await readFile(path));
      return;
    }
    if (path && !pathname.endsWith('/') && (await isFile(join(path, 'index.html')))) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const notFound = join(root, '404.html');
    const body = (await isFile(notFound)) ? await readFile(notFound) : 'Not found';
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
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
