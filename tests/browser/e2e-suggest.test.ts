import Database from 'better-sqlite3';
import { type Browser, type Page, type Route } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';

let browser: Browser;
const siteUrl = inject('siteUrl');
const cmsUrl = inject('cmsUrl');

function stored(message: string) {
  const db = new Database(inject('databaseFile'), { readonly: true });
  try {
    return db.prepare('select kind, organisation_name, message from suggestions where message = ?').get(message);
  } finally {
    db.close();
  }
}

async function newPage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  // Only the site and the CMS are reachable (the CMS redirects form posts back to the site).
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === siteUrl || url.origin === cmsUrl) return route.continue();
    return route.abort();
  });
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the "tip a network" form in a real browser', () => {
  it('works without JavaScript: a plain post and a thank-you page', async () => {
    const page = await newPage(false);
    await page.goto(`${siteUrl}/tip/`);
    const message = `Zonder JavaScript: een Koerdisch ouderennetwerk in Zuilen (${Date.now()}).`;
    await page.fill('#tip-organisationName', 'Koerdische ouderen Zuilen');
    await page.fill('#tip-message', message);
    await Promise.all([page.waitForURL(`${siteUrl}/bedankt/`), page.click('button[type="submit"]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bedankt voor je bericht');
    expect(stored(message)).toMatchObject({ kind: 'new-network', organisation_name: 'Koerdische ouderen Zuilen' });
    await page.context().close();
  });

  it('shows inline errors next to the fields with JavaScript, then sends the corrected form', async () => {
    const page = await newPage(true);
    await page.goto(`${siteUrl}/en/tip/`);
    await page.fill('#tip-message', 'short');
    await page.fill('#tip-submitterEmail', 'not-an-address');
    await page.click('button[type="submit"]');
    await page.locator('.suggest-form__summary').waitFor({ state: 'visible' });
    await page.waitForSelector('#tip-message[aria-invalid="true"]');
    expect(await page.locator('#tip-message-error').textContent()).toContain('10 to 2000 characters');
    expect(await page.locator('#tip-organisationName-error').textContent()).toContain('name of the organisation');
    expect(await page.locator('#tip-consent-error').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('suggest-form__summary');
    expect(await page.getAttribute('#tip-message', 'aria-describedby')).toContain('tip-message-error');

    const message = `With JavaScript: a Somali women's group in Overvecht (${Date.now()}).`;
    await page.fill('#tip-organisationName', 'Somali women Overvecht');
    await page.fill('#tip-message', message);
    await page.fill('#tip-submitterEmail', 'tipgever@example.org');
    await page.check('#tip-consent');
    await Promise.all([page.waitForURL(`${siteUrl}/en/bedankt/`), page.click('button[type="submit"]')]);
    expect(stored(message)).toMatchObject({ organisation_name: 'Somali women Overvecht' });
    await page.context().close();
  });

  it('offers a correction form on every organisation page that posts for that organisation', async () => {
    const page = await newPage(true);
    const organisation = found(
      demo.organisations.find((o: any) => o.published),
      'a published organisation',
    );
    await page.goto(`${siteUrl}/organisaties/${organisation.slug}/`);
    await page.click('details.suggest summary');
    const message = `Het adres is veranderd (${Date.now()}).`;
    await page.fill('#correctie-message', message);
    await Promise.all([page.waitForURL(`${siteUrl}/bedankt/`), page.click('details.suggest button[type="submit"]')]);
    expect(stored(message)).toMatchObject({ kind: 'correction' });
    await page.context().close();
  });

  for (const [what, fail] of [
    ['a server error', (route: Route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"data":null,"error":{"status":500}}' })],
    ['an unreachable CMS', (route: Route) => route.abort('connectionrefused')],
  ] as const) {
    it(`says ${what} is not the visitor's fault, marks no field and keeps what they wrote`, async () => {
      const page = await newPage(true);
      await page.route(`${cmsUrl}/api/suggestions`, fail);
      await page.goto(`${siteUrl}/tip/`);
      await page.fill('#tip-organisationName', 'Netwerk in Lunetten');
      await page.fill('#tip-message', 'Een netwerk van Eritrese vaders in Lunetten.');
      await page.click('button[type="submit"]');
      const summary = page.locator('.suggest-form__summary');
      await summary.waitFor({ state: 'visible' });
      expect(await summary.textContent()).toBe(
        'Het lukte niet om je bericht te versturen. Dat ligt niet aan jou. Probeer het later opnieuw. Wat je schreef, staat er nog.',
      );
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
      expect(await page.inputValue('#tip-message')).toBe('Een netwerk van Eritrese vaders in Lunetten.');
      expect(await page.isEnabled('button[type="submit"]')).toBe(true);
      await page.context().close();
    });
  }
});
