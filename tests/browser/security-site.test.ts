/**
 * The public site under its own security headers, in a real browser: the suite's site build served
 * the way `npm start` serves it (tooling/serve-site.ts), with the Content-Security-Policy that
 * allows no inline script. Search, the map and the suggestion form must still work, and the browser
 * must report no CSP violation.
 */
import { readFileSync, realpathSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHeadersFile } from '../../site/lib/security-headers.ts';
import { serveSite } from '../../tooling/serve-site.ts';
import { mapMarkers } from '../support/browser.ts';
import { demo } from '../support/demo.ts';
import { allFiles } from '../support/files.ts';
import { freePort } from '../support/net.ts';

let siteUrl: string;
let server: Server;
const cmsUrl = inject('cmsUrl');
const tileOrigin = new URL(inject('tileUrl')).origin;
const published = demo.organisations.filter((o: any) => o.published);

let browser: Browser;

interface Watched {
  page: Page;
  violations: string[];
  errors: string[];
}

/** A page that records CSP violations (the DOM event and the console report) and script errors. */
async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const origin = new URL(route.request().url()).origin;
    return [siteUrl, cmsUrl, tileOrigin].includes(origin) ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const watched: Watched = { page, violations: [], errors: [] };
  await page.exposeFunction('reportViolation', (text: string) => watched.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as any).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) watched.violations.push(message.text());
    else if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

beforeAll(async () => {
  // The suite's build, served here as `npm start` serves it (other test files may rebuild the shared served copy).
  const port = await freePort();
  ({ server } = (await serveSite({ dir: realpathSync(inject('siteDir')), port })) as { server: Server });
  siteUrl = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the security headers of the served site', () => {
  it('sends a CSP without unsafe-inline scripts, allowing the tile server and the CMS, and the other headers', async () => {
    const response = await fetch(`${siteUrl}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.split(' ').sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp).toMatch(new RegExp(`img-src [^;]*${tileOrigin}`));
    expect(csp).toMatch(new RegExp(`form-action 'self' ${cmsUrl}`));
    expect(csp).toMatch(new RegExp(`connect-src 'self' ${cmsUrl}`));
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    // Served over plain http here: no HSTS (SITE_HSTS=true behind a TLS proxy adds it).
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const missing = await fetch(`${siteUrl}/bestaat-niet/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(csp);
  });

  it('writes the same headers, with HSTS, to _headers for static hosts', () => {
    const headers = parseHeadersFile(readFileSync(join(realpathSync(inject('siteDir')), '_headers'), 'utf8'));
    expect(headers['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
  });

  it('has no inline script or inline event handler in any page, so the CSP needs no unsafe-inline', () => {
    const pages = allFiles(realpathSync(inject('siteDir'))).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        // JSON-LD is data, not script; everything else must come from a file.
        if (!/type="application\/ld\+json"/.test(tag)) expect(tag, file).toMatch(/\ssrc="/);
      }
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/href="\s*javascript:/i);
    }
  });
});

describe('the site under its CSP in a real browser', () => {
  it('finds organisations with Pagefind and draws every marker on the map, without a CSP violation', async () => {
    const { page, violations, errors } = await watchedPage();
    await page.goto(`${siteUrl}/`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    expect(await mapMarkers(page, published.length)).toEqual({ reported: published.length, drawn: published.length });
    const organisation = published[0];
    const word = organisation.name.split(/\s+/).sort((a: string, b: string) => b.length - a.length)[0];
    await page.fill('#q', word);
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#resultaten > li').length > 0);
    expect(await page.locator('#resultaten > li h3 a').allTextContents()).toContain(organisation.name);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends the suggestion form with JavaScript to the CMS, without a CSP violation', async () => {
    const { page, violations, errors } = await watchedPage();
    await page.goto(`${siteUrl}/tip/`);
    await page.fill('#tip-organisationName', 'Netwerk onder CSP');
    await page.fill('#tip-message', `Een tip verstuurd onder de Content-Security-Policy (${Date.now()}).`);
    await Promise.all([page.waitForURL(`${siteUrl}/bedankt/`), page.click('button[type="submit"]')]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reports a violation when a page tries to run an inline script (the policy is really enforced)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl}/`);
    const ran = await page.evaluate(() => {
      (window as any).inlineRan = false;
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return (window as any).inlineRan;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.join('\n')).toMatch(/script-src/);
    await page.context().close();
  });
});
