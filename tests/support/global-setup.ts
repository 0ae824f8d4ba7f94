import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ephemeralCmsEnv } from '../../scripts/lib/cms-env.mjs';
import { buildCms, cmsNeedsBuild, startCms } from '../../scripts/lib/cms-process.mjs';
import { run } from '../../scripts/lib/run.mjs';
import { ROOT } from '../../scripts/lib/paths.mjs';
import { fetchSnapshot, writeSnapshot } from '../../site/lib/cms/snapshot.ts';
import { freePort } from './net.ts';
import { buildSite } from '../../scripts/lib/site-build.mjs';
import { serveSite } from '../../scripts/lib/serve-site.mjs';
import { startTileStandIn } from './tiles.ts';
import { createTestDatabase } from './test-database.ts';

/** The date the demo data is generated for in tests, so every run sees the same data. */
export const TEST_REFERENCE_DATE = '2026-11-30';
/** "Now" for test builds: the morning of the reference date in Utrecht. */
export const TEST_BUILD_NOW = '2026-11-30T09:00:00+01:00';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    snapshotFile: string;
    workDir: string;
    databaseFile: string;
    /** The site built once from the snapshot (BUILD_NOW at the reference date, forms posting to cmsUrl). */
    siteDir: string;
    /** A local stand-in for the map tile server the built site uses. */
    tileUrl: string;
    /** siteDir served over HTTP; the CMS redirects form posts back here (SITE_URL). */
    siteUrl: string;
  }
}

/**
 * One real Strapi for the suite: built if needed, on a temporary SQLite file, seeded with the demo
 * data, serving HTTP on a free port; plus a content snapshot fetched from it over REST.
 */
export default async function setup(project: TestProject) {
  // For quick runs of pure unit tests only: MZO_SKIP_CMS=1 skips the CMS (tests that need it then fail).
  if (process.env.MZO_SKIP_CMS) return;
  if (cmsNeedsBuild()) await buildCms({ quiet: true });
  const workDir = mkdtempSync(join(tmpdir(), 'mzo-test-'));
  // SQLite by default; TEST_DATABASE=postgres runs the CMS on a fresh PostgreSQL database (databaseFile is then '').
  const database = await createTestDatabase(workDir);
  const databaseFile = database.file;
  const sitePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const env = {
    ...process.env,
    ...ephemeralCmsEnv(),
    ...database.env,
    NODE_ENV: 'production',
    // Tests act as different clients through X-Forwarded-For, so the CMS trusts the proxy header here.
    IS_PROXIED: 'true',
    SUGGESTION_RATE_LIMIT: '10',
    SITE_URL: siteUrl,
    CORS_ALLOW_LOOPBACK: 'true',
  };
  await run(process.execPath, ['scripts/seed.mjs', '--reference-date', TEST_REFERENCE_DATE, '--no-admin'], { cwd: ROOT, env, quiet: true });
  const cms = await startCms({ env, port: await freePort(), log: 'pipe' });
  const snapshotFile = join(workDir, 'snapshot.json');
  writeSnapshot(snapshotFile, await fetchSnapshot({ baseUrl: cms.url }));
  const tiles = await startTileStandIn();
  const site = await buildSite({
    env: { ...process.env, CMS_SNAPSHOT: snapshotFile, BUILD_NOW: TEST_BUILD_NOW, PUBLIC_CMS_URL: cms.url, PUBLIC_TILE_URL: tiles.url },
    link: join(workDir, 'site'),
    quiet: true,
  });
  project.provide('siteDir', site.outDir);
  const { server: siteServer } = await serveSite({ dir: join(workDir, 'site'), port: sitePort, host: '127.0.0.1' });
  project.provide('siteUrl', siteUrl);
  project.provide('tileUrl', tiles.url);
  project.provide('cmsUrl', cms.url);
  project.provide('snapshotFile', snapshotFile);
  project.provide('workDir', workDir);
  project.provide('databaseFile', databaseFile);
  return async () => {
    await cms.stop();
    tiles.close();
    siteServer.close();
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  };
}
