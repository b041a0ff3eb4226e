// Serves a built site as a static host would (gzip for text files when the browser accepts it,
// Pagefind's own files as they are: Pagefind writes them compressed already) and counts the bytes it
// sends for every request. The server's count is what went over the wire; it also sees the requests
// of Pagefind's web worker, whose script the browser's CDP events count without its body.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

async function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (!path.startsWith(root + sep)) return null;
  return stat(path).then((s) => (s.isFile() ? path : null), () => null);
}

/**
 * Serves `dir` on 127.0.0.1 and a free port. Every finished response is logged as
 * { path, at (ms, Date.now() when the request arrived), bytes (headers and body as sent) }.
 */
export async function serveSite(dir, { gzip = true } = {}) {
  const root = resolve(dir);
  const log = [];
  const compressed = new Map();
  let inFlight = 0;
  let lastActivity = Date.now();
  const server = createServer(async (request, response) => {
    const at = Date.now();
    inFlight++;
    lastActivity = at;
    const socket = request.socket;
    const before = socket.bytesWritten;
    response.on('close', () => {
      inFlight--;
      lastActivity = Date.now();
      log.push({ path: request.url ?? '/', at, status: response.statusCode, bytes: socket.bytesWritten - before });
    });
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = await fileFor(root, url.pathname);
    if (!path) {
      const folder = await fileFor(root, `${url.pathname}/`);
      if (folder) return response.writeHead(301, { location: `${url.pathname}/` }).end();
      return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    const ext = extname(path).toLowerCase();
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'public, max-age=600' };
    let body = await readFile(path);
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      if (!compressed.has(path)) compressed.set(path, gzipSync(body, { level: 9 }));
      body = compressed.get(path);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  // One connection per request would count TCP set-up nowhere; keep-alive is what hosts do anyway.
  server.keepAliveTimeout = 60_000;
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    /** Resolves once no request has been open for `quietMs` (or after `maxMs`). */
    async quiet(quietMs = 500, maxMs = 20_000) {
      const start = Date.now();
      while (Date.now() - start < maxMs) {
        if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
