// `npm start`: the CMS with demo data plus the built site, links printed. Publishing in the CMS rebuilds
// the site (tooling/rebuilder.ts). CMS_PORT, SITE_PORT and REBUILD_PORT choose the ports; SITE_DIR where
// the built site goes (default dist/site), CMS_ENV_FILE the secrets (default cms/.env). Ctrl-C stops all.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { DEFAULT_CMS_PORT, DEFAULT_SITE_PORT, publicAddresses } from '@mzo/content-types/addresses';
import { ensureCmsEnv } from '../tooling/cms-env.ts';
import { buildCms, cmsNeedsBuild, startCms } from '../tooling/cms-process.ts';
import { ROOT } from '../tooling/paths.ts';
import { createRebuilder, startRebuildServer } from '../tooling/rebuilder.ts';
import { run } from '../tooling/run.ts';
import { buildSite, SITE_LINK } from '../tooling/site-build.ts';
import { serveSite } from '../tooling/serve-site.ts';

const cmsPort = Number(process.env.CMS_PORT || DEFAULT_CMS_PORT);
const sitePort = Number(process.env.SITE_PORT || DEFAULT_SITE_PORT);
// Where people reach the two (PUBLIC_CMS_URL and SITE_URL, else localhost on these ports), settled once for
// the CMS (its redirects and CORS) and every site build (links, feeds, open data, forms, CSP).
const addresses = publicAddresses({ ...process.env, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort) });
const publicEnv = { PUBLIC_CMS_URL: addresses.cmsUrl, SITE_URL: addresses.siteUrl };
const siteDir = process.env.SITE_DIR ? resolve(process.env.SITE_DIR) : SITE_LINK;
const rebuildPort = Number(process.env.REBUILD_PORT ?? 0);
const step = (text) => console.log(`\n▶ ${text}`);
const began = performance.now();

const env = ensureCmsEnv();
if (cmsNeedsBuild()) {
  step('Building the CMS admin panel (first run or changed sources; about a minute)…');
  await buildCms();
}
step('Seeding demo data into an empty database…');
await run(process.execPath, ['scripts/seed.mjs'], { cwd: ROOT });

// The rebuild server first, so the CMS can be told where to send its publish webhook.
let cmsUrl;
const rebuilder = createRebuilder({ build: () => buildSite({ env: { ...process.env, ...publicEnv, CMS_URL: cmsUrl }, link: siteDir, quiet: true }) });
const secret = randomBytes(18).toString('base64url');
const rebuildServer = await startRebuildServer({ rebuilder, port: rebuildPort, secret });

step(`Starting the CMS on port ${cmsPort}…`);
const cms = await startCms({
  port: cmsPort,
  env: { ...process.env, ...env, ...publicEnv, REBUILD_WEBHOOK_URL: `${rebuildServer.url}/rebuild`, REBUILD_WEBHOOK_SECRET: secret },
  log: 'pipe',
});
cmsUrl = cms.url;

let server;
async function stop(code = 0) {
  console.log('\nStopping…');
  server?.close();
  rebuilder.close();
  await rebuildServer.close();
  await cms.stop();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
cms.child.on('exit', (code) => {
  console.error(`The CMS stopped (exit ${code}).\n${cms.output().slice(-3000)}`);
  server?.close();
  process.exit(1);
});

step('Building the public site from the CMS…');
const first = await rebuilder.rebuildNow('start');
if (!first.ok) {
  console.error(`The site could not be built:\n${first.error}`);
  await stop(1);
}
({ server } = await serveSite({ dir: siteDir, port: sitePort }));

console.log(`
Ready in ${((performance.now() - began) / 1000).toFixed(0)} s.
  Public site:  http://localhost:${sitePort}/
  CMS admin:    http://localhost:${cmsPort}/admin
  Login:        ${env.LOCAL_ADMIN_EMAIL} / ${env.LOCAL_ADMIN_PASSWORD}   (local use only; stored in cms/.env)
  REST API:     http://localhost:${cmsPort}/api/organisations
  Rebuilds:     ${rebuildServer.url}/status   (publishing in the CMS rebuilds the site)
Press Ctrl-C to stop.`);
