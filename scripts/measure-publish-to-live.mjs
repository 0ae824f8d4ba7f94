// Measures publish-to-live: the time from pressing Publish in the CMS until the served site shows the
// change. Runs the CMS on DATABASE_FILENAME (seeded, e.g. `npm run seed -- --organisations 1000
// --no-admin`), the rebuild server and the static server as `npm start` does, edits one published
// organisation's summary through the admin API, publishes it and polls the served page.
//
//   DATABASE_FILENAME=/tmp/bench.db node scripts/measure-publish-to-live.mjs [--runs 3]
//
// The database must have no admin user yet (a throwaway one is registered) — or pass
// MEASURE_ADMIN_EMAIL and MEASURE_ADMIN_PASSWORD.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ephemeralCmsEnv } from '../tooling/cms-env.ts';
import { buildCms, cmsNeedsBuild, startCms } from '../tooling/cms-process.ts';
import { freePort } from '../tooling/net.ts';
import { createRebuilder, startRebuildServer } from '../tooling/rebuilder.ts';
import { serveSite } from '../tooling/serve-site.ts';
import { buildSite } from '../tooling/site-build.ts';
import { adminToken, cmsCaller, measurePublishToLive } from '../tooling/publish-to-live.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const database = process.env.DATABASE_FILENAME;
if (!database) throw new Error('Set DATABASE_FILENAME to a seeded SQLite database.');

if (cmsNeedsBuild()) await buildCms({ quiet: true });
const workDir = mkdtempSync(join(tmpdir(), 'mzo-measure-'));
const link = join(workDir, 'site');
let cmsUrl;
const rebuilder = createRebuilder({ build: () => buildSite({ env: { ...process.env, CMS_URL: cmsUrl, CMS_SNAPSHOT: '' }, link, quiet: true }) });
const rebuildServer = await startRebuildServer({ rebuilder, secret: 'measure' });
const cms = await startCms({
  port: await freePort(),
  log: 'pipe',
  env: {
    ...process.env,
    ...ephemeralCmsEnv(),
    DATABASE_CLIENT: 'sqlite',
    NODE_ENV: 'production',
    REBUILD_WEBHOOK_URL: `${rebuildServer.url}/rebuild`,
    REBUILD_WEBHOOK_SECRET: 'measure',
  },
});
cmsUrl = cms.url;

try {
  const call = cmsCaller(cms.url);
  const token = await adminToken(cms.url, { email: process.env.MEASURE_ADMIN_EMAIL, password: process.env.MEASURE_ADMIN_PASSWORD });
  const organisations = (await call('GET', '/api/organisations?pagination[pageSize]=1&fields[0]=slug')).meta.pagination.total;
  console.log(`${organisations} published organisations.`);
  const first = await rebuilder.rebuildNow('start');
  if (!first.ok) throw new Error(first.error);
  console.log(`Initial build: ${first.seconds.toFixed(1)} s.`);
  const { url: siteUrl, server } = await serveSite({ dir: link, port: await freePort() });
  const result = await measurePublishToLive({ cmsUrl: cms.url, siteUrl, rebuilder, token, runs: Number(values.runs), log: (line) => console.log(line) });
  console.log(`\nPublish-to-live for ${organisations} organisations: median ${result.medianSeconds.toFixed(1)} s over ${result.runs.length} runs.`);
  server.close();
} finally {
  rebuilder.close();
  await rebuildServer.close();
  await cms.stop();
  rmSync(workDir, { recursive: true, force: true });
}
