/**
 * The real admin panel in real Chromium, on a Strapi of the test's own (a copy of the suite's seeded
 * database, so a test changes nothing other tests see). Gives an admin client with a super admin,
 * helpers to make users, and pages that count the clicks a person would make.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { adminClient } from './admin-api.ts';
import { freePort } from './net.ts';
import { copySeededDatabase } from './seeded-database.ts';

export const PASSWORD = 'Mzo-test-wachtwoord-1';
export const ORG = 'api::organisation.organisation';
export const ACT = 'api::activity.activity';
export const ROOM = 'api::room.room';
export const CONTACT = 'api::contact-person.contact-person';

export interface AdminUnderTest {
  url: string;
  api: ReturnType<typeof adminClient>;
  superToken: string;
  browser: Browser;
  /** A page at `viewport` (desktop by default) in Dutch, in Utrecht's time zone; off-site requests are refused. */
  newPage(viewport?: { width: number; height: number }): Promise<CountingPage>;
  documentIdBySlug(uid: string, slug: string): Promise<string>;
  stop(): Promise<void>;
}

export interface CountingPage {
  page: Page;
  /** Clicks made through `click` so far. */
  clicks: number;
  click(locator: Locator): Promise<void>;
  /** Every request that tried to leave the machine. */
  blocked: string[];
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export async function startAdmin(env: Record<string, string> = {}): Promise<AdminUnderTest> {
  const workDir = mkdtempSync(join(tmpdir(), 'mzo-admin-'));
  const databaseFile = join(workDir, 'cms.db');
  await copySeededDatabase(databaseFile);
  const cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: {
      ...process.env,
      ...ephemeralCmsEnv(),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: databaseFile,
      NODE_ENV: 'production',
      PDOK_LOOKUP: 'off',
      ...env,
    },
  });
  const api = adminClient(cms.url);
  const superToken = await api.registerFirstAdmin('beheer@example.org', PASSWORD);
  const browser = await launchChromium();
  const origin = new URL(cms.url).origin;
  return {
    url: cms.url,
    api,
    superToken,
    browser,
    async newPage(viewport = DESKTOP) {
      const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      const blocked: string[] = [];
      await context.route('**/*', (route) => {
        const requested = new URL(route.request().url());
        if (requested.origin === origin || requested.protocol === 'data:' || requested.protocol === 'blob:') return route.continue();
        blocked.push(requested.href);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      // A loaded machine (2 cores, several test runs) makes the admin slow: a minute for a step.
      page.setDefaultTimeout(60_000);
      const counting: CountingPage = {
        page,
        clicks: 0,
        blocked,
        async click(locator) {
          await locator.click();
          counting.clicks++;
        },
      };
      return counting;
    },
    async documentIdBySlug(uid, slug) {
      const { body } = await api.call('GET', `${api.collection(uid)}?page=1&pageSize=10&filters[slug][$eq]=${slug}`, { token: superToken });
      return body.results[0].documentId as string;
    },
    async stop() {
      await browser.close();
      await cms.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Signs in on the admin's login page as a person does. */
export async function signIn(page: Page, url: string, email: string, password = PASSWORD) {
  await page.goto(`${url}/admin/auth/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'));
}

/** The visible text of the page's main content, as a person reads it. */
export async function visibleText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle');
  await page.getByText('Loading content').waitFor({ state: 'detached' });
  return page.evaluate(() => document.body.innerText);
}

/** How the admin names the language of an entry in the address of its edit view. */
export const LOCALE_PARAM = 'plugins[i18n][locale]=nl';

/**
 * Waits until the edit form shows `field`, and checks that its address already names the language: when it
 * does not, the admin rewrites the address after the form appears and loads the form again, which throws
 * away what was typed in between. So a person (and a test) can type once this returns.
 */
export async function formReady(page: Page, field: string) {
  await page.locator(`[name="${field}"]`).first().waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  if (!decodeURIComponent(page.url()).includes(LOCALE_PARAM)) throw new Error(`The edit form's address does not name the language: ${page.url()}`);
  return page.url();
}
