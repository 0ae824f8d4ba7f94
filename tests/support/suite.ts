import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { buildCms, cmsNeedsBuild, startCms } from '../../tooling/cms-process.ts';
import { ROOT } from '../../tooling/paths.ts';
import { run } from '../../tooling/run.ts';
import { serveSite } from '../../tooling/serve-site.ts';
import { buildSite } from '../../tooling/site-build.ts';
import { fetchSnapshot, writeSnapshot } from '@mzo/content-types/rest';
import { freePort } from './net.ts';
import { createTestDatabase } from './test-database.ts';
import { startTileStandIn } from './tiles.ts';

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
    /** The suite's database as seeded, before the CMS started and any test wrote to it; a copy, '' on PostgreSQL. */
    seededDatabaseFile: string;
    /** The site built once from the snapshot (BUILD_NOW at the reference date, forms posting to cmsUrl). */
    siteDir: string;
    /** A local stand-in for the map tile server the built site uses. */
    tileUrl: string;
    /** siteDir served over HTTP; the CMS redirects form posts back here (SITE_URL). */
    siteUrl: string;
  }
}

/** What the CMS part provides: a seeded Strapi and a content snapshot fetched from it over REST. */
export interface CmsPart {
  cmsUrl: string;
  databaseFile: string;
  seededDatabaseFile: string;
  snapshotFile: string;
  workDir: string;
  /** Where the site part serves the site; reserved now because the CMS is told it (SITE_URL). */
  siteUrl: string;
  sitePort: number;
  stop: () => Promise<void>;
}

/** What the site part provides: the site built once from the snapshot, served, with a tile stand-in. */
export interface SitePart {
  siteDir: string;
  tileUrl: string;
  stop: () => Promise<void>;
}

/**
 * One real Strapi for the whole run: built if needed, on a temporary database, seeded with the demo
 * data, serving HTTP on a free port, plus a content snapshot fetched from it over REST.
 */
export async function startCmsPart(): Promise<CmsPart> {
  if (cmsNeedsBuild()) await buildCms({ quiet: true });
  const workDir = mkdtempSync(join(tmpdir(), 'mzo-test-'));
  // SQLite by default; TEST_DATABASE=postgres runs the CMS on a fresh PostgreSQL database (databaseFile is then '').
  const database = await createTestDatabase(workDir);
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
  // Tests that start from the seeded state copy this, not the live database other tests write to.
  const seededDatabaseFile = database.file ? join(workDir, 'seeded.db') : '';
  if (database.file) {
    const seeded = new Database(database.file, { readonly: true });
    await seeded.backup(seededDatabaseFile);
    seeded.close();
  }
  const cms = await startCms({ env, port: await freePort(), log: 'pipe' });
  const snapshotFile = join(workDir, 'snapshot.json');
  writeSnapshot(snapshotFile, await fetchSnapshot({ baseUrl: cms.url }));
  return {
    cmsUrl: cms.url,
    databaseFile: database.file,
    seededDatabaseFile,
    snapshotFile,
    workDir,
    siteUrl,
    sitePort,
    stop: async () => {
      await cms.stop();
      await database.drop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The site built once from the CMS part's snapshot (BUILD_NOW fixed), served on the reserved port. */
export async function startSitePart(cmsPart: CmsPart): Promise<SitePart> {
  const tiles = await startTileStandIn();
  const link = join(cmsPart.workDir, 'site');
  const site = await buildSite({
    env: { ...process.env, CMS_SNAPSHOT: cmsPart.snapshotFile, BUILD_NOW: TEST_BUILD_NOW, PUBLIC_CMS_URL: cmsPart.cmsUrl, PUBLIC_TILE_URL: tiles.url },
    link,
    quiet: true,
  });
  const { server } = (await serveSite({ dir: link, port: cmsPart.sitePort, host: '127.0.0.1' })) as { server: Server };
  return {
    siteDir: site.outDir,
    tileUrl: tiles.url,
    stop: async () => {
      tiles.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
