import { serveTiles } from '../../tooling/tile-stand-in.ts';

/** The suite's stand-in for PDOK's tile service (the same one `npm run lighthouse` uses). Returns its URL template. */
export async function startTileStandIn() {
  const { server, url } = await serveTiles();
  return { url: `${url}/tiles/{z}/{x}/{y}.png`, close: () => server.close() };
}
