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

/** The date the demo data is generated for in tests, so every run sees the same data. */
export const TEST_REFERENCE_DATE = '2026-11-30';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    snapshotFile: string;
    workDir: string;
    databaseFile: string;
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
  const databaseFile = join(workDir, 'cms.db');
  const env = { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: databaseFile, NODE_ENV: 'production',
    // Tests act as different clients through X-Forwarded-For, so the CMS trusts the proxy header here.
    IS_PROXIED: 'true', SUGGESTION_RATE_LIMIT: '10', PUBLIC_SITE_URL: 'http://site.test' };
  await run(process.execPath, ['scripts/seed.mjs', '--reference-date', TEST_REFERENCE_DATE, '--no-admin'], { cwd: ROOT, env, quiet: true });
  const cms = await startCms({ env, port: await freePort(), log: 'pipe' });
  const snapshotFile = join(workDir, 'snapshot.json');
  writeSnapshot(snapshotFile, await fetchSnapshot({ baseUrl: cms.url }));
  project.provide('cmsUrl', cms.url);
  project.provide('snapshotFile', snapshotFile);
  project.provide('workDir', workDir);
  project.provide('databaseFile', databaseFile);
  return async () => {
    await cms.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
}
