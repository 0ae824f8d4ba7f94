/**
 * `npm start` on ports other than 1337 and 4321, with neither PUBLIC_CMS_URL nor SITE_URL set: the public
 * addresses follow CMS_PORT and SITE_PORT everywhere (forms, CSP, the CMS's redirect and CORS, absolute
 * links, feeds, open data, sitemap, printed overview), and a suggestion goes from the site to the CMS.
 * Runs scripts/start.mjs itself, with its database, cms/.env and built site in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { ROOT } from '../../tooling/paths.ts';
import { allFiles } from '../support/files.ts';
import { freePort } from '../support/net.ts';

let workDir: string;
let start: ChildProcess;
let output = '';
let cmsPort: number;
let sitePort: number;
let siteUrl: string;
let cmsUrl: string;
let browser: Browser;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-start-ports-'));
  [cmsPort, sitePort] = [await freePort(), await freePort()];
  siteUrl = `http://localhost:${sitePort}`;
  cmsUrl = `http://localhost:${cmsPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    DATABASE_FILENAME: join(workDir, 'data.db'),
    CMS_ENV_FILE: join(workDir, 'cms.env'),
    SITE_DIR: join(workDir, 'site'),
    PDOK_LOOKUP: 'off',
  };
  for (const name of ['PUBLIC_CMS_URL', 'SITE_URL', 'CMS_URL', 'PORT', 'DATABASE_CLIENT', 'DATABASE_URL']) delete env[name];
  start = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  start.stdout!.on('data', (d) => (output += d));
  start.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const ready = setInterval(() => {
      if (/Ready in \d+ s\./.test(output)) {
        clearInterval(ready);
        resolve();
      }
    }, 200);
    start.once('exit', (code) => {
      clearInterval(ready);
      reject(new Error(`npm start stopped (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (start && start.exitCode === null) {
    const stopped = new Promise((resolve) => start.once('exit', resolve));
    start.kill('SIGINT');
    await stopped;
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Every http(s) or webcal URL on this machine that a built file names, with the files naming it. */
function localUrls() {
  const found = new Map<string, Set<string>>();
  for (const file of allFiles(join(workDir, 'site'))) {
    if (!/\.(html|xml|txt|json|csv|ics|geojson)$/.test(file) || file.includes('/pagefind/')) continue;
    // iCalendar folds long lines (CRLF and a space): unfold first, or a URL is cut in two.
    const text = readFileSync(file, 'utf8').replace(/\r\n[ \t]/g, '');
    for (const [url] of text.matchAll(/(?:https?|webcal):\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?[^\s"'<>)\\,]*/g)) {
      if (!found.has(url)) found.set(url, new Set());
      found.get(url)!.add(relative(workDir, file));
    }
  }
  return found;
}

describe('npm start on other ports', () => {
  it('prints the addresses on those ports', () => {
    expect(output).toContain(`Public site:  ${siteUrl}/`);
    expect(output).toContain(`CMS admin:    ${cmsUrl}/admin`);
  });

  it('builds a site whose every local address is the site or the CMS on its own port', () => {
    const urls = localUrls();
    const wrong = [...urls].filter(([url]) => ![siteUrl, cmsUrl, `webcal://localhost:${sitePort}`].some((base) => url.startsWith(base)));
    expect(wrong.map(([url, files]) => `${url} in ${[...files].slice(0, 2).join(', ')}`)).toEqual([]);
    const all = [...urls.keys()];
    // The kinds of links the issue found pointing at :4321 and :1337, each on the right port now.
    expect(all.some((u) => u.startsWith(`webcal://localhost:${sitePort}/open-data/ical/`))).toBe(true);
    expect(all.some((u) => u === `${cmsUrl}/api/suggestions`)).toBe(true);
    const sitemap = readFileSync(join(workDir, 'site', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${siteUrl}/</loc>`);
    const hsds = JSON.parse(readFileSync(join(workDir, 'site', 'open-data', 'hsds.json'), 'utf8'));
    expect(hsds.organizations[0].uri.startsWith(`${siteUrl}/organisaties/`)).toBe(true);
  });

  it('serves a CSP that lets the forms post to the CMS on its port, and no other', async () => {
    const csp = (await fetch(`${siteUrl}/tip/`)).headers.get('content-security-policy')!;
    expect(csp).toMatch(new RegExp(`form-action 'self' ${cmsUrl}(;|$)`));
    expect(csp).toMatch(new RegExp(`connect-src 'self' ${cmsUrl}(;|$)`));
  });

  it('resolves the absolute links of a page: canonical, languages, feeds, sitemap, open data', async () => {
    const html = await (await fetch(`${siteUrl}/`)).text();
    const links = [...html.matchAll(/(?:href|content)="((?:https?|webcal):\/\/localhost:\d+[^"]*)"/g)].map((m) => m[1].replace(/^webcal:/, 'http:'));
    const sample = [...new Set([...links, `${siteUrl}/sitemap-index.xml`, `${siteUrl}/open-data/hsds/datapackage.json`])].filter((u) => u.startsWith(siteUrl));
    expect(sample.length).toBeGreaterThan(3);
    for (const url of sample) expect((await fetch(url)).status, url).toBe(200);
  });

  it('takes a suggestion posted on the site into the CMS, with and without JavaScript', async () => {
    const stored = (message: string) => {
      const db = new Database(join(workDir, 'data.db'), { readonly: true });
      try {
        return db.prepare('select organisation_name from suggestions where message = ?').get(message);
      } finally {
        db.close();
      }
    };
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${siteUrl}/tip/`);
      expect(await page.getAttribute('form.suggest-form', 'action')).toBe(`${cmsUrl}/api/suggestions`);
      const message = `Een netwerk gemeld op poort ${sitePort} (JavaScript ${javaScriptEnabled ? 'aan' : 'uit'}).`;
      await page.fill('#tip-organisationName', 'Netwerk Andere Poort');
      await page.fill('#tip-message', message);
      await Promise.all([page.waitForURL(`${siteUrl}/bedankt/`), page.click('button[type="submit"]')]);
      expect(stored(message)).toEqual({ organisation_name: 'Netwerk Andere Poort' });
      await context.close();
    }
  });
});
