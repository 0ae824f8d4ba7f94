import { createServer } from 'node:http';
import { freePort } from './net.ts';

/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Serves a blank tile for every {z}/{x}/{y}.png, standing in for PDOK's tile service. Returns its URL template. */
export async function startTileStandIn() {
  const port = await freePort();
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' });
    res.end(PNG);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`, close: () => server.close(), requests: () => requests };
}
