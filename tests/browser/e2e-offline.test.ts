// Installable and usable on a bad connection (issue 16): the site has a web app manifest Chromium accepts for
// installing, and a service worker that keeps the pages a visitor opened. With the server gone, a page opened
// before reloads with a notice saying since when; a page never opened shows the offline page with the kept ones.
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { serveSite } from '../../tooling/serve-site.ts';
import { builtSite } from '../support/browser.ts';
import { demo } from '../support/demo.ts';
import { freePort } from '../support/net.ts';

const PHONE = { width: 360, height: 780 };
const organisation = (demo.organisations as { slug: string; name: string; published: boolean }[]).find((o) => o.published)!;

let browser: Browser;
let server: Server | undefined;
let url: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // Its own server on its own port: the test stops it, as a lost connection would.
  ({ server, url } = (await serveSite({ dir: builtSite(), port: await freePort() })) as { server: Server; url: string });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', serviceWorkers: 'allow' });
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server?.listening) await new Promise((resolve) => server!.close(resolve));
});

/** Stops the site's server, also ending the connections the browser keeps open. */
async function stopServer() {
  await new Promise<void>((resolve) => {
    server!.close(() => resolve());
    server!.closeAllConnections();
  });
}

/**
 * The paths of the pages the worker has kept. (Not page.waitForFunction with an async function: Playwright takes the
 * promise it returns for a truthy answer and does not wait at all; that let this test stop the server before the
 * worker had kept the first page, and fail now and then.)
 */
async function keptPages(): Promise<string[]> {
  return page.evaluate(async () => (await (await caches.open('mzo-pages')).keys()).map((r) => new URL(r.url).pathname));
}

describe('the site on a bad connection', () => {
  it('has a web app manifest Chromium can install from, with a name, a theme colour and icons', async () => {
    await page.goto(`${url}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(href!, url).href)).json();
    expect(manifest).toMatchObject({ name: 'MZO-gids Utrecht', start_url: '/', display: 'standalone', theme_color: '#b3001e' });
    for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, url).href)).status(), icon.src).toBe(200);
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
  });

  it('reloads a page opened before when the server is gone, saying it is offline and since when', async () => {
    // The first visit: the worker starts after the page loaded and keeps that page too.
    await page.goto(`${url}/organisaties/${organisation.slug}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => keptPages(), { timeout: 30_000 }).toContain(`/organisaties/${organisation.slug}/`);
    // A second page, opened while the worker is in charge.
    await page.goto(`${url}/agenda/`);
    await expect.poll(() => keptPages(), { timeout: 30_000 }).toContain('/agenda/');
    expect(await page.locator('#offline-notice').isVisible()).toBe(false);

    await stopServer();
    expect((await fetch(`${url}/`).catch(() => null))?.status, 'the server is really gone').toBeUndefined();

    await page.goto(`${url}/organisaties/${organisation.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(organisation.name);
    const notice = page.locator('#offline-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Je bent offline\. Dit is de pagina zoals je hem op \d+ \w+ \d{4} om \d{2}:\d{2} opende\./);
    // Styles came from the kept files: the page is laid out as before, not as bare HTML.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(organisation.name);
    await page.goto(`${url}/agenda/`);
    expect(await page.locator('h1').textContent()).toBe('Agenda');
  });

  it('shows the offline page, with the pages kept, for a page never opened', async () => {
    await page.goto(`${url}/ruimtes/`);
    expect(await page.locator('h1').textContent()).toBe('Je bent offline');
    const kept = page.locator('#kept-pages a');
    await kept.first().waitFor();
    const links = await kept.evaluateAll((as) => as.map((a) => ({ path: (a as HTMLAnchorElement).pathname, text: a.textContent })));
    expect(links).toEqual(
      expect.arrayContaining([
        { path: `/organisaties/${organisation.slug}/`, text: `${organisation.name} · MZO-gids Utrecht` },
        { path: '/agenda/', text: 'Agenda · MZO-gids Utrecht' },
      ]),
    );
    await page.goto(`${url}/en/ruimtes/`);
    expect(await page.locator('h1').textContent()).toBe('You are offline');
  });
});
