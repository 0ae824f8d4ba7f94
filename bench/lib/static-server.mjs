// A built site served the way a CDN serves it, for the benchmark (`npm run bench`): text files
// gzip-compressed (default zlib level, compressed once per file and kept), correct content types,
// Content-Encoding, and no second compression of Pagefind's files, which are gzip already. The same
// security headers as `npm start` (tooling/serve-site.ts): the build's `_headers`, else the defaults.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile, securityHeaders } from '../../site/lib/security-headers.ts';

/** Content types by extension; everything else is application/octet-stream. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  // Pagefind's index, fragments, filters, metadata and wasm: gzip bytes that pagefind.js inflates itself.
  '.pagefind': 'application/octet-stream',
};

/** Extensions compressed on the fly (everything else, e.g. images and Pagefind's .pf_* files, as is). */
export const COMPRESSED_TYPES = ['html', 'css', 'js', 'mjs', 'json', 'svg', 'xml', 'txt', 'ics', 'csv', 'geojson', 'webmanifest'];
const COMPRESSIBLE = new Set(COMPRESSED_TYPES.map((e) => `.${e}`));

export function contentType(file) {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The build's own headers (its `_headers` file) or the project's defaults, without HSTS (served over http). */
function siteHeaders(dir) {
  const file = join(dir, '_headers');
  const headers = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : securityHeaders();
  delete headers['Strict-Transport-Security'];
  return headers;
}

/** The file a URL path names: the file itself, `<path>/index.html` or `<path>.html`; undefined when none (or outside `root`). */
function findFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root, `.${decoded}`);
  if (base !== root && !base.startsWith(root + sep)) return undefined;
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    try {
      const stat = statSync(candidate);
      if (stat.isFile()) return { file: candidate, stat };
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/**
 * Serves the built site in `dir` on `host:port` (port 0: any free port). Returns its URL (no trailing
 * slash), the HTTP server and `close()`. `headers` replaces the security headers when given.
 * @param {string} dir
 * @param {{ port?: number, host?: string, headers?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, server: import('node:http').Server, close(): Promise<void> }>}
 */
export async function serveBuiltSite(dir, { port = 0, host = '127.0.0.1', headers } = {}) {
  const root = resolve(dir);
  const common = headers ?? siteHeaders(root);
  /** gzip bytes per file, valid while the file's size and mtime are unchanged */
  const gzipped = new Map();

  function compressed(file, stat) {
    const key = `${stat.size}:${stat.mtimeMs}`;
    const hit = gzipped.get(file);
    if (hit?.key === key) return hit.bytes;
    const bytes = gzipSync(readFileSync(file));
    gzipped.set(file, { key, bytes });
    return bytes;
  }

  function send(req, res, status, found) {
    const { file, stat } = found;
    for (const [name, value] of Object.entries(common)) res.setHeader(name, value);
    res.setHeader('Content-Type', contentType(file));
    res.setHeader('Last-Modified', stat.mtime.toUTCString());
    const compressible = COMPRESSIBLE.has(extname(file).toLowerCase());
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (compressible && acceptsGzip) {
      const body = compressed(file, stat);
      res.writeHead(status, { 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { 'Content-Length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const found = findFile(root, pathname);
    if (found) return send(req, res, 200, found);
    const notFound = findFile(root, '/404.html');
    if (notFound) return send(req, res, 404, notFound);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolvePromise);
  });
  const address = server.address();
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    server,
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections?.();
        server.close(() => resolvePromise());
      }),
  };
}
