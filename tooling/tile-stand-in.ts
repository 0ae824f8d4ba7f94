import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodePng } from './png.ts';

/** A valid 256×256 light grey PNG: to Leaflet a tile that loaded, not a tile error. */
export function greyTile() {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(256, 0xe4)]);
  return encodePng(256, 256, 0, Buffer.concat(Array.from({ length: 256 }, () => row)));
}

/**
 * A local stand-in for the map tile service, answering every path with the grey tile, so a site
 * built with PUBLIC_TILE_URL=<url>/{z}/{x}/{y}.png can be measured without the real tile server.
 */
export function serveTiles({ port = 0, host = '127.0.0.1' } = {}): Promise<{ server: Server; url: string }> {
  const tile = greyTile();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
    res.end(tile);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${(server.address() as AddressInfo).port}` }));
  });
}
