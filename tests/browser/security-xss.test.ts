/**
 * Hostile input is inert: XSS payloads written into a copy of the suite's content snapshot (names,
 * summaries, rich-text blocks with javascript:/data: links, websites, social links), a real site build,
 * and a real browser with the CSP switched off, so that only the site's own escaping protects it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicAddresses } from '@mzo/content-types/addresses';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../tooling/site-build.ts';
import { serveSite } from '../../tooling/serve-site.ts';
import { TEST_BUILD_NOW } from '../support/suite.ts';
import { allFiles } from '../support/files.ts';
import { freePort } from '../support/net.ts';

const NAME = 'Teststichting <img src=x onerror="window.xss=1;alert(1)"><script>window.xss=2</script>Xssvlinder';
const SUMMARY = 'Samenvatting "><svg onload=alert(3)></svg><iframe src="javascript:alert(4)"></iframe> einde.';
const BAD_URLS = ['javascript:alert(5)', 'JaVaScRiPt:alert(6)', ' javascript:alert(7)', 'data:text/html,<script>alert(8)</script>', 'vbscript:msgbox(9)'];
const DESCRIPTION = [
  { type: 'paragraph', children: [{ type: 'text', text: '</p><script>window.xss=3</script><p>' }] },
  ...BAD_URLS.map((url) => ({ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: `link ${url}` }] }] })),
  { type: 'paragraph', children: [{ type: 'link', url: 'https://goed.example.org/', children: [{ type: 'text', text: 'een goede link' }] }] },
  { type: 'heading', level: '1 onclick=alert(10)', children: [{ type: 'text', text: 'Kop' }] },
  { type: 'image', image: { url: 'javascript:alert(11)' } },
];

let workDir: string;
let outDir: string;
let server: Server;
let siteUrl: string;
let browser: Browser;
let target: { slug: string; documentId: string };

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-xss-'));
  const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));
  const organisations = snapshot.collections.organisation as any[];
  const first = organisations.find((o) => o.address?.latitude);
  target = { slug: first.slug, documentId: first.documentId };
  for (const o of organisations.filter((o) => o.documentId === target.documentId)) {
    Object.assign(o, { name: NAME, summary: SUMMARY, description: DESCRIPTION, website: BAD_URLS[0], alternateName: '<b onmouseover=alert(12)>x</b>' });
    o.socialLinks = BAD_URLS.map((url, i) => ({ id: 9000 + i, platform: 'facebook', url }));
  }
  const activity = (snapshot.collections.activity as any[]).find((a) => a.organisation?.documentId === target.documentId);
  if (activity) Object.assign(activity, { title: `Activiteit <script>window.xss=4</script>`, registrationUrl: BAD_URLS[1] });
  const file = join(workDir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot));
  const tiles = inject('tileUrl');
  ({ outDir } = await buildSite({
    env: { ...process.env, CMS_SNAPSHOT: file, BUILD_NOW: TEST_BUILD_NOW, PUBLIC_CMS_URL: inject('cmsUrl'), PUBLIC_TILE_URL: tiles },
    link: join(workDir, 'site'),
    quiet: true,
  }));
  const port = await freePort();
  // No CSP: the site's own escaping must be enough.
  ({ server } = (await serveSite({ dir: join(workDir, 'site'), port, headers: {} })) as { server: Server });
  siteUrl = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function visit(path: string, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const tileOrigin = new URL(inject('tileUrl')).origin;
  await context.route('**/*', (route) => {
    const origin = new URL(route.request().url()).origin;
    return origin === siteUrl || origin === tileOrigin ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${siteUrl}${path}`);
  await act?.(page);
  // Bring every lazily started map into view so its markers and popups are built too.
  await page.evaluate(async () => {
    for (const element of document.querySelectorAll('[data-loading]')) element.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  const flag = await page.evaluate(() => (window as any).xss);
  const result = { page, dialogs, errors, flag, close: () => context.close() };
  return result;
}

describe('hostile content in a real build', () => {
  it('runs no script and opens no dialog on the organisation page, in Dutch and English, and the text stays readable', async () => {
    for (const path of [`/organisaties/${target.slug}/`, `/en/organisaties/${target.slug}/`]) {
      const { page, dialogs, errors, flag, close } = await visit(path, async (p) => {
        const marker = p.locator('#kaart .leaflet-marker-icon').first();
        if (await marker.count()) await marker.click();
      });
      expect(dialogs, path).toEqual([]);
      expect(flag, path).toBeUndefined();
      expect(errors, path).toEqual([]);
      expect(await page.locator('h1').textContent()).toBe(NAME);
      expect(await page.locator('main').textContent()).toContain('</p><script>window.xss=3</script><p>');
      await close();
    }
  });

  it('links only http, https, mailto and tel, with rel="noopener nofollow ugc" on external links', async () => {
    const { page, close } = await visit(`/organisaties/${target.slug}/`);
    // With the map drawn, so its attribution links are checked too.
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await page.waitForSelector('.leaflet-control-attribution a', { timeout: 15_000 });
    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute('href')!,
        protocol: (a as HTMLAnchorElement).protocol,
        host: (a as HTMLAnchorElement).host,
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    for (const link of links) {
      // webcal: only for the site's own calendar feeds.
      if (link.protocol === 'webcal:') expect(link.href, link.href).toMatch(/\/open-data\/ical\//);
      else expect(['http:', 'https:', 'mailto:', 'tel:'], link.href).toContain(link.protocol);
      // The site's own absolute links use its configured address (publicAddresses: SITE_URL, else localhost:SITE_PORT).
      const own = [new URL(siteUrl).host, new URL(publicAddresses(process.env).siteUrl).host].includes(link.host);
      if (link.protocol.startsWith('http') && !own && link.rel !== 'license') {
        expect(link.rel.split(' ').sort(), link.href).toEqual(['nofollow', 'noopener', 'ugc']);
      }
    }
    expect(links.some((l) => l.href === 'https://goed.example.org/')).toBe(true);
    // The text of a refused link stays, without the link.
    expect(await page.locator('main').textContent()).toContain('link javascript:alert(5)');
    await close();
  });

  it('shows the hostile name as text in search results and on the map of the home page', async () => {
    const { dialogs, errors, flag, page, close } = await visit('/', async (p) => {
      await p.fill('#q', 'Teststichting');
      await p.press('#q', 'Enter');
      await p.waitForFunction(() => document.querySelectorAll('#resultaten > li').length > 0);
    });
    expect(await page.locator('#resultaten > li h3 a').allTextContents()).toContain(NAME);
    expect(dialogs).toEqual([]);
    expect(flag).toBeUndefined();
    expect(errors).toEqual([]);
    await close();
  });

  it('has no executable payload in any built file: pages, search index and open data', () => {
    for (const file of allFiles(outDir)) {
      if (!/\.(html|json|csv|ics|geojson|xml|txt)$/.test(file)) continue;
      // Quoted attribute values cannot start a tag (Astro escapes their quotes), so only markup outside them counts.
      const text = readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""');
      if (file.endsWith('.html')) {
        expect(text, file).not.toMatch(/<script>window\.xss/);
        expect(text, file).not.toMatch(/<img src=x onerror/);
        expect(text, file).not.toMatch(/<svg onload/);
        const raw = readFileSync(file, 'utf8');
        expect(raw, file).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
      }
    }
  });
});
