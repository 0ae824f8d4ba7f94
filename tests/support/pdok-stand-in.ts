import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

const FIXTURES = new URL('../fixtures/pdok/', import.meta.url).pathname;

/**
 * A local stand-in for the PDOK Locatieserver: answers `/free?fq=postcode:…&fq=huisnummer:…` with the
 * recorded response in tests/fixtures/pdok, and can be switched off (`down = true`: the connection is
 * dropped, as when PDOK is unreachable). Remembers the requests it received.
 */
export async function startPdokStandIn() {
  const state = { down: false, requests: [] as URL[] };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    state.requests.push(url);
    if (state.down) return req.socket.destroy();
    const filters = Object.fromEntries(url.searchParams.getAll('fq').map((fq) => fq.split(':') as [string, string]));
    const file = join(FIXTURES, `${filters.postcode}-${filters.huisnummer}.json`);
    res.setHeader('content-type', 'application/json');
    res.end(readFileSync(existsSync(file) ? file : join(FIXTURES, 'empty.json')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1/free`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Records what a webhook receiver gets: each request's body and headers. */
export async function startWebhookSink() {
  const received: { body: Record<string, unknown>; authorization?: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ body: JSON.parse(body || '{}'), authorization: req.headers.authorization });
      res.statusCode = 202;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/rebuild`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
