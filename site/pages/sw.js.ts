import type { APIRoute } from 'astro';
import { LOCALES } from '@mzo/content-types';
import source from '../offline/service-worker.js?raw';
import { localeParam } from '../lib/routes.ts';
import { pagePath } from '../lib/paths.ts';

/**
 * The service worker at the site's root (its scope is the whole site), with the offline page of each language the
 * site is built in. Nothing else in it depends on the build, so a rebuild leaves its bytes as they were.
 */
export const GET: APIRoute = () => {
  const offline = Object.fromEntries(LOCALES.map((locale) => [localeParam(locale) ?? '', pagePath.offline(locale)]));
  const script = source.replace("'__OFFLINE_PAGES__'", JSON.stringify(JSON.stringify(offline)));
  return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
