import { existsSync, realpathSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, localeOfPath, type Locale } from '@mzo/content-types';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { inject } from 'vitest';
import { serveSite } from '../../tooling/serve-site.ts';
import { allFiles } from './files.ts';
import { freePort } from './net.ts';

/** The suite's site build (tests/support/suite.ts builds it once, with BUILD_NOW at the demo data's reference date). */
export function builtSite(): string {
  return realpathSync(inject('siteDir'));
}

export interface SiteUnderTest {
  /** e.g. http://localhost:40123 (no trailing slash) */
  url: string;
  browser: Browser;
  /** Tiles the pages asked for (from the suite's local tile stand-in), for asserting that maps really drew. */
  tileRequests: string[];
  /** Requests to anywhere but the site and the tile stand-in, which were refused. */
  blocked: string[];
  /** A fresh page in a context whose tiles are served (default) or unreachable. */
  newPage(options?: { tiles?: 'served' | 'unreachable'; viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Serves the built site on localhost and launches one headless Chromium for a test file. Every
 * request that is not to the site itself is refused, except map tiles, which go to the suite's local
 * tile stand-in, or are refused too to play a tile server outage. `dir`: another build than the suite's.
 */
export async function openSite(dir = builtSite()): Promise<SiteUnderTest> {
  const tileOrigin = new URL(inject('tileUrl')).origin;
  const { server, url } = (await serveSite({ dir, port: await freePort() })) as { server: Server; url: string };
  const browser = await launchChromium();
  const origin = new URL(url).origin;
  const tileRequests: string[] = [];
  const blocked: string[] = [];
  const contexts: BrowserContext[] = [];

  async function newPage({
    tiles = 'served',
    viewport = { width: 1280, height: 900 },
  }: { tiles?: 'served' | 'unreachable'; viewport?: { width: number; height: number } } = {}) {
    const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    contexts.push(context);
    await context.route('**/*', (route) => {
      const requested = new URL(route.request().url());
      if (requested.origin === origin) return route.continue();
      if (requested.origin === tileOrigin) {
        tileRequests.push(requested.pathname);
        return tiles === 'served' ? route.continue() : route.abort('connectionrefused');
      }
      blocked.push(requested.href);
      return route.abort('blockedbyclient');
    });
    return context.newPage();
  }

  return {
    url,
    browser,
    tileRequests,
    blocked,
    newPage,
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
}

/** Collects console errors and uncaught exceptions of `page` from now on. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  return problems;
}

/**
 * The markers on the page's map (#kaart): the count the map reports in data-markers, and the count
 * Leaflet drew (single markers plus the members of clusters). Clusters re-form while the map zooms,
 * so this waits (up to 10 s) until both equal `expected` before reading them.
 */
export async function mapMarkers(page: Page, expected: number): Promise<{ reported: number; drawn: number }> {
  const count = (n: number | undefined) => {
    const map = document.getElementById('kaart');
    if (!map) return { reported: NaN, drawn: NaN };
    const single = map.querySelectorAll('.leaflet-marker-icon.map-marker').length;
    const clustered = [...map.querySelectorAll('.leaflet-marker-icon.map-cluster')].reduce((sum, c) => sum + Number(c.textContent?.trim()), 0);
    const result = { reported: Number(map.dataset.markers ?? NaN), drawn: single + clustered };
    return n === undefined ? result : result.reported === n && result.drawn === n;
  };
  await page.waitForFunction(count, expected, { timeout: 10_000 }).catch(() => undefined);
  return (await page.evaluate(count, undefined)) as { reported: number; drawn: number };
}

/** Scrolls every lazily loaded part (maps carry data-loading until they start) into view until it starts, then to the bottom. */
export async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    for (const element of document.querySelectorAll('[data-loading]')) {
      element.scrollIntoView();
      for (let i = 0; i < 300 && element.hasAttribute('data-loading'); i++) await frame();
    }
    window.scrollTo(0, document.body.scrollHeight);
    await frame();
  });
}

export interface PageTemplate {
  /** e.g. `organisaties/[slug]`, `wijken/[slug]/overzicht`, `` for the home page */
  template: string;
  /** The Dutch page of this template with the most content, e.g. `/organisaties/x/`. */
  nl: string;
  /** The same page in English, or undefined when the template has no English version (404). */
  en?: string;
  /** The same page in each other language of content-types/src/locales.ts that has it (every one but 404). */
  locales: Partial<Record<Locale, string>>;
}

/**
 * One page of every page template in a build, found from its HTML files rather than a list, so a
 * newly added page type is checked as soon as it is built. The second path segment counts as a slug
 * (`/organisaties/<slug>/`, `/wijken/<slug>/overzicht/`); of each template the largest page is taken.
 */
export function pageTemplates(outDir: string): PageTemplate[] {
  const pages = allFiles(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((path) => path.endsWith('.html') && localeOfPath(`/${path}`) === DEFAULT_LOCALE && !path.startsWith('pagefind/') && !path.startsWith('_astro/'));
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const segments = path
      .replace(/(^|\/)index\.html$/, '')
      .split('/')
      .filter(Boolean);
    const template = segments.map((segment, i) => (i === 1 ? '[slug]' : segment)).join('/');
    const size = statSync(join(outDir, path)).size;
    if ((largest.get(template)?.size ?? -1) < size) largest.set(template, { path, size });
  }
  return [...largest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([template, { path }]) => {
      const url = path === '404.html' ? '/deze-pagina-bestaat-niet/' : `/${path.replace(/index\.html$/, '')}`;
      const en = `en/${path}`;
      const has = (locale: Locale) => existsSync(join(outDir, locale, path));
      return {
        template: template === '404.html' ? '404' : template,
        nl: url,
        en: existsSync(join(outDir, en)) ? `/en${url}` : undefined,
        locales: Object.fromEntries(LOCALES.filter((l) => l !== DEFAULT_LOCALE && has(l)).map((l) => [l, `/${l}${url}`])),
      };
    });
}
