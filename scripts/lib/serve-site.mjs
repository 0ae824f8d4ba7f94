import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves the built site from `dir` (a symlink that rebuilds swap), reading the disk on every request
 * so a swap is live at once. Unknown paths get the site's 404 page.
 */
export function serveSite({ dir, port = 4321, host = '127.0.0.1' }) {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => {
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
