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
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ephemeralCmsEnv } from './lib/cms-env.mjs';
import { buildCms, cmsNeedsBuild, startCms } from './lib/cms-process.mjs';
import { createRebuilder, startRebuildServer } from './lib/rebuilder.mjs';
import { serveSite } from './lib/serve-site.mjs';
import { buildSite } from './lib/site-build.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const database = process.env.DATABASE_FILENAME;
if (!database) throw new Error('Set DATABASE_FILENAME to a seeded SQLite database.');

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const seconds = (ms) => (ms / 1000).toFixed(1);

if (cmsNeedsBuild()) await buildCms({ quiet: true });
const workDir = mkdtempSync(join(tmpdir(), 'mzo-measure-'));
const link = join(workDir, 'site');
let cmsUrl;
const rebuilder = createRebuilder({ build: () => buildSite({ env: { ...process.env, CMS_URL: cmsUrl, CMS_SNAPSHOT: '' }, link, quiet: true }) });
const rebuildServer = await startRebuildServer({ rebuilder, secret: 'measure' });
const cms = await startCms({
  port: await freePort(),
  log: 'pipe',
  env: { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', NODE_ENV: 'production', REBUILD_WEBHOOK_URL: `${rebuildServer.url}/rebuild`, REBUILD_WEBHOOK_SECRET: 'measure' },
});
cmsUrl = cms.url;

try {
  const call = async (method, path, token, body) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
  const email = process.env.MEASURE_ADMIN_EMAIL ?? 'meting@example.org';
  const password = process.env.MEASURE_ADMIN_PASSWORD ?? 'Meting-wachtwoord-1';
  const token = process.env.MEASURE_ADMIN_EMAIL
    ? (await call('POST', '/admin/login', undefined, { email, password })).data.token
    : (await call('POST', '/admin/register-admin', undefined, { email, password, firstname: 'Meting', lastname: 'Script' })).data.token;

  const organisations = (await call('GET', '/api/organisations?pagination[pageSize]=1&fields[0]=slug')).meta.pagination.total;
  console.log(`${organisations} published organisations.`);
  const first = await rebuilder.rebuildNow('start');
  if (!first.ok) throw new Error(first.error);
  console.log(`Initial build: ${first.seconds.toFixed(1)} s.`);
  const { url: siteUrl, server } = await serveSite({ dir: link, port: await freePort() });

  const { data } = await call('GET', '/api/organisations?pagination[pageSize]=1&sort=name:asc&fields[0]=slug&fields[1]=summary');
  const { documentId, slug, summary } = data[0];
  const results = [];
  for (let run = 1; run <= Number(values.runs); run++) {
    const marker = `Meting ${run}-${Date.now()}`;
    await call('PUT', `/content-manager/collection-types/api::organisation.organisation/${documentId}`, token, { summary: `${marker}. ${summary}`.slice(0, 300) });
    const started = performance.now();
    await call('POST', `/content-manager/collection-types/api::organisation.organisation/${documentId}/actions/publish`, token, {});
    for (;;) {
      const page = await fetch(`${siteUrl}/organisaties/${slug}/`).then((r) => r.text());
      if (page.includes(marker)) break;
      const status = rebuilder.status();
      if (status.lastBuild && !status.lastBuild.ok) throw new Error(`the rebuild failed: ${status.lastBuild.error}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const total = performance.now() - started;
    const build = rebuilder.status().lastSuccess;
    results.push({ total, build: build.seconds });
    console.log(`Run ${run}: live after ${seconds(total)} s (build ${build.seconds.toFixed(1)} s).`);
    await rebuilder.idle();
  }
  const sorted = results.map((r) => r.total).sort((a, b) => a - b);
  console.log(`\nPublish-to-live for ${organisations} organisations: median ${seconds(sorted[Math.floor(sorted.length / 2)])} s over ${results.length} runs.`);
  server.close();
} finally {
  rebuilder.close();
  await rebuildServer.close();
  await cms.stop();
  rmSync(workDir, { recursive: true, force: true });
}
