import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile, securityHeaders } from '../site/lib/security-headers.ts';

/**
 * The headers a build was made for: its `_headers` file (written with the build's PUBLIC_TILE_URL and
 * PUBLIC_CMS_URL), else the defaults. Strict-Transport-Security only when `hsts` (the site is reached
 * over https through a TLS proxy: SITE_HSTS=true).
 */
function buildHeaders(dir: string, hsts: boolean): Record<string, string> {
  const file = join(dir, '_headers');
  const headers = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : securityHeaders({ hsts });
  if (!hsts) delete headers['Strict-Transport-Security'];
  return headers;
}

/**
 * Serves the built site from `dir` (a symlink that rebuilds swap), reading the disk on every request
 * so a swap is live at once. Unknown paths get the site's 404 page. Every response carries the
 * security headers (site/lib/security-headers.ts), or `headers` when given.
 */
export function serveSite({
  dir,
  port = 4321,
  host = '127.0.0.1',
  headers,
  hsts = process.env.SITE_HSTS === 'true',
}: {
  dir: string;
  port?: number;
  host?: string;
  headers?: Record<string, string>;
  hsts?: boolean;
}): Promise<{ server: Server; url: string }> {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers ?? buildHeaders(dir, hsts))) res.setHeader(name, String(value));
    files(req, res, () => {
      const notFound = join(dir, '404.html');
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}` }));
  });
}
