import type { TestProject } from 'vitest/node';
import setupCms, { cmsPart } from './setup-cms.ts';
import { sharedResource } from './shared.ts';
import { startCmsPart, startSitePart, type SitePart } from './suite.ts';

const sitePart = sharedResource<SitePart>('site');

/** The site part holds the CMS part while it runs: the site lives in the CMS part's work folder. */
async function startSiteOnCms(): Promise<SitePart> {
  const site = await startSitePart(await cmsPart.acquire(startCmsPart));
  return { ...site, stop: () => site.stop().finally(() => cmsPart.release()) };
}

/** Global setup of the projects that need the built site (site, browser): the CMS part, then one build of the site from it. */
export default async function setup(project: TestProject) {
  if (process.env.MZO_SKIP_CMS) return;
  const releaseCms = await setupCms(project);
  const site = await sitePart.acquire(startSiteOnCms);
  project.provide('siteDir', site.siteDir);
  project.provide('tileUrl', site.tileUrl);
  return async () => {
    await sitePart.release();
    await releaseCms?.();
  };
}
