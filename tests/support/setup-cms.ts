import type { TestProject } from 'vitest/node';
import { sharedResource } from './shared.ts';
import { startCmsPart, type CmsPart } from './suite.ts';

export const cmsPart = sharedResource<CmsPart>('cms');

/** Global setup of the projects that need the suite's CMS (cms, tools): started once per run. */
export default async function setup(project: TestProject) {
  // MZO_SKIP_CMS=1 skips the shared setup, for a quick look at a test that does not need it.
  if (process.env.MZO_SKIP_CMS) return;
  const cms = await cmsPart.acquire(startCmsPart);
  project.provide('cmsUrl', cms.cmsUrl);
  project.provide('databaseFile', cms.databaseFile);
  project.provide('seededDatabaseFile', cms.seededDatabaseFile);
  project.provide('snapshotFile', cms.snapshotFile);
  project.provide('workDir', cms.workDir);
  project.provide('siteUrl', cms.siteUrl);
  return () => cmsPart.release();
}
