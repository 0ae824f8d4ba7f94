import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { crc32, deflateSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { buildSite } from '../../scripts/lib/site-build.mjs';
import { serveSite } from '../../scripts/lib/serve-site.mjs';
import { allFiles } from './files.ts';
import { TEST_REFERENCE_DATE } from './global-setup.ts';
import { freePort } from './net.ts';

/**
 * The map tile server the test build points at (PUBLIC_TILE_URL). The `.test` name never resolves:
 * the browser context answers it in-process with a stand-in tile, or refuses it to play an outage.
 */
export const TILE_HOST = 'tiles.mzo.test';
const TILE_URL = `http://${TILE_HOST}/{z}/{x}/{y}.png`;
const TILE = greyTile();

/** The moment the test build treats as "now": the demo data's reference date, in the morning. */
export const BUILD_NOW = `${TEST_REFERENCE_DATE}T09:00:00+01:00`;

/**
 * Builds the site for the browser tests once per test run, from the suite's content snapshot, into
 * inject('workDir'). Test files run in separate workers, so the first one to take the lock (an
 * atomic mkdir) builds and the others wait for its result file.
 */
export async function builtSite(): Promise<string> {
  const workDir = inject('workDir');
  const result = join(workDir, 'e2e-site.json');
  const lock = join(workDir, 'e2e-site.lock');
  let builder = false;
  try {
    mkdirSync(lock);
    builder = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (builder) {
    try {
      const env = { ...process.env, CMS_SNAPSHOT: inject('snapshotFile'), CMS_URL: 'http://127.0.0.1:9', BUILD_NOW, PUBLIC_TILE_URL: TILE_URL };
      const { outDir } = await buildSite({ env, link: join(workDir, 'e2e-site'), quiet: true });
      writeFileSync(result, JSON.stringify({ outDir: realpathSync(outDir) }));
    } catch (error) {
      writeFileSync(result, JSON.stringify({ error: (error as Error).message }));
      throw error;
    }
  }
  for (let waited = 0; !existsSync(result); waited += 250) {
    if (waited > 300_000) throw new Error(`No site build for the browser tests after 5 minutes (lock ${lock}).`);
    await sleep(250);
  }
  const { outDir, error } = JSON.parse(readFileSync(result, 'utf8')) as { outDir?: string; error?: string };
  if (!outDir) throw new Error(`The site build for the browser tests failed: ${error}`);
  return outDir;
}

/** A valid 256×256 light grey PNG, so Leaflet sees a tile load rather than a tile error. */
function greyTile(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(256, 0xe4)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: 256 }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

export interface SiteUnderTest {
  /** e.g. http://localhost:40123 (no trailing slash) */
  url: string;
  browser: Browser;
  /** Tiles requested from the stand-in, for asserting that the map really drew. */
  tileRequests: string[];
  /** Off-site requests the browser tried and was refused, other than tiles. */
  blocked: string[];
  /** A fresh page in a context whose tiles are served (default) or unreachable. */
  newPage(options?: { tiles?: 'served' | 'unreachable'; viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Serves the built site on localhost and launches one headless Chromium for a test file. Every
 * request that is not to the site itself is refused, except tiles, which the stand-in answers.
 */
export async function openSite(): Promise<SiteUnderTest> {
  const dir = await builtSite();
  const { server, url } = (await serveSite({ dir, port: await freePort() })) as { server: Server; url: string };
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const origin = new URL(url).origin;
  const tileRequests: string[] = [];
  const blocked: string[] = [];
  const contexts: BrowserContext[] = [];

  async function newPage({ tiles = 'served', viewport = { width: 1280, height: 900 } }: { tiles?: 'served' | 'unreachable'; viewport?: { width: number; height: number } } = {}) {
    const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    contexts.push(context);
    await context.route('**/*', (route) => {
      const requested = new URL(route.request().url());
      if (requested.origin === origin) return route.continue();
      if (requested.hostname === TILE_HOST) {
        tileRequests.push(requested.pathname);
        return tiles === 'served' ? route.fulfill({ status: 200, contentType: 'image/png', body: TILE }) : route.abort('connectionrefused');
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
  const count = (n?: number) => {
    const map = document.getElementById('kaart');
    if (!map) return { reported: NaN, drawn: NaN };
    const single = map.querySelectorAll('.leaflet-marker-icon.map-marker').length;
    const clustered = [...map.querySelectorAll('.leaflet-marker-icon.map-cluster')].reduce((sum, c) => sum + Number(c.textContent?.trim()), 0);
    const result = { reported: Number(map.dataset.markers ?? NaN), drawn: single + clustered };
    return n === undefined ? result : result.reported === n && result.drawn === n;
  };
  await page.waitForFunction(count, expected, { timeout: 10_000 }).catch(() => undefined);
  return (await page.evaluate(count)) as { reported: number; drawn: number };
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
}

/**
 * One page of every page template in a build, found from its HTML files rather than a list, so a
 * newly added page type is checked as soon as it is built. The second path segment counts as a slug
 * (`/organisaties/<slug>/`, `/wijken/<slug>/overzicht/`); of each template the largest page is taken.
 */
export function pageTemplates(outDir: string): PageTemplate[] {
  const pages = allFiles(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith('en/') && !path.startsWith('pagefind/') && !path.startsWith('_astro/'));
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const segments = path.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
    const template = segments.map((segment, i) => (i === 1 ? '[slug]' : segment)).join('/');
    const size = statSync(join(outDir, path)).size;
    if ((largest.get(template)?.size ?? -1) < size) largest.set(template, { path, size });
  }
  return [...largest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([template, { path }]) => {
      const url = path === '404.html' ? '/deze-pagina-bestaat-niet/' : `/${path.replace(/index\.html$/, '')}`;
      const en = `en/${path}`;
      return { template: template === '404.html' ? '404' : template, nl: url, en: existsSync(join(outDir, en)) ? `/en${url}` : undefined };
    });
}
