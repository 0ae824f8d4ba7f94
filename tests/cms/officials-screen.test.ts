/**
 * The officials' screens in the real admin panel, in Chromium: a Gemeente user builds the consultation
 * list ("Raadplegen") and downloads its CSV, which holds officials-only contacts and never a hidden one;
 * a volunteer cannot open the screen, nor call its API; the contact-person list shows organisation and
 * visibility. Runs its own Strapi on a copy of the suite's seeded database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ephemeralCmsEnv } from '../../scripts/lib/cms-env.mjs';
import { startCms } from '../../scripts/lib/cms-process.mjs';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { freePort } from '../../scripts/lib/net.mjs';
import { adminClient } from '../support/admin-api.ts';
import { csvRecords } from '../support/csv.ts';
import { demo } from '../support/demo.ts';

const PASSWORD = 'Mzo-test-wachtwoord-1';
const published = demo.organisations.filter((o: any) => o.published);
const optedIn = published.filter((o: any) => o.consultationOptIn);
const activeIn = (o: any, wijk: string) => o.locatedIn === wijk || o.serves.includes(wijk);
/** The list for "ouderen" (target group) in Zuidwest, from the seed. */
const expected = optedIn.filter((o: any) => o.targetGroups.includes('ouderen') && activeIn(o, 'zuidwest'));
const contactsOf = (list: any[]) => demo.contacts.filter((c: any) => list.some((o: any) => o.slug === c.organisation));

let workDir: string;
let cms: Awaited<ReturnType<typeof startCms>>;
let browser: Browser;
const api = () => adminClient(cms.url);
const tokens: Record<string, string> = {};

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-officials-'));
  const databaseFile = join(workDir, 'cms.db');
  const seeded = inject('seededDatabaseFile') || process.env.MZO_SEEDED_DATABASE;
  if (!seeded) throw new Error('This file copies the suite’s seeded SQLite database; it does not run with TEST_DATABASE=postgres.');
  const source = new Database(seeded, { readonly: true });
  await source.backup(databaseFile);
  source.close();
  cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: databaseFile, NODE_ENV: 'production', PDOK_LOOKUP: 'off' },
  });
  tokens.super = await api().registerFirstAdmin('beheer@example.org', PASSWORD);
  for (const [code, email, firstname] of [
    ['gemeente', 'gemeente@example.org', 'Gijs'],
    ['mzo-vrijwilliger', 'vrijwilliger@example.org', 'Vera'],
    ['redacteur', 'redactie@example.org', 'Ruud'],
  ]) {
    tokens[code] = (await api().createUser(tokens.super, { email, password: PASSWORD, roleCode: code, firstname })).token;
  }
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 }, timezoneId: 'Europe/Amsterdam', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/admin\/?$/);
  await page
    .getByRole('button', { name: /^(Sluiten|Close)/ })
    .click({ timeout: 3000 })
    .catch(() => {});
  return page;
}

async function choose(page: Page, filter: string, option: RegExp) {
  await page.getByRole('combobox', { name: filter }).click();
  await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

describe('the officials’ consultation list in the CMS', () => {
  it('lets a Gemeente user build the list for older people in Zuidwest and download it as CSV with officials-only contacts and no hidden one', async () => {
    expect(expected.length).toBeGreaterThan(0);
    const page = await signIn('gemeente@example.org');
    await page.getByRole('link', { name: 'Raadplegen' }).click();
    await page.getByRole('heading', { name: 'Wie kunt u raadplegen?' }).waitFor();
    await choose(page, 'Voor wie', /^Ouderen \(\d+\)$/);
    await choose(page, 'Wijken', /^Zuidwest \(\d+\)$/);
    await expect.poll(() => page.locator('.mzo-consult-row').count()).toBe(expected.length);
    for (const o of expected) await expect.poll(() => page.locator('.mzo-consult-row').allTextContents()).toContainEqual(expect.stringContaining(o.name));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    const records = csvRecords(readFileSync(await download.path(), 'utf8'));
    expect([...new Set(records.map((r) => r.organisatie))].sort()).toEqual(expected.map((o: any) => o.name).sort());
    const emails = records.map((r) => r.contact_email);
    const theirs = contactsOf(expected);
    const officialsOnly = theirs.filter((c: any) => c.visibility === 'officials' && c.email);
    expect(officialsOnly.length, 'the list has an officials-only contact to show').toBeGreaterThan(0);
    for (const c of officialsOnly) expect(emails).toContain(c.email);
    for (const c of demo.contacts.filter((x: any) => x.visibility === 'hidden')) expect(emails).not.toContain(c.email);
    for (const r of records) {
      expect(r.doelgroepen.split('; ')).toContain('Ouderen');
      expect(r.wijken.split('; ')).toContain('Zuidwest');
      if (r.contact_email) expect(['Iedereen: staat op de website', 'Alleen de gemeente (niet op de website)']).toContain(r.zichtbaarheid);
    }
    await page.context().close();
  });

  it('does not let a volunteer open the screen or call its API', async () => {
    const page = await signIn('vrijwilliger@example.org');
    expect(await page.getByRole('link', { name: 'Raadplegen' }).count()).toBe(0);
    await page.goto(`${cms.url}/admin/mzo-raadplegen`);
    await page
      .getByText(/geen toegang|no permissions|don't have the permissions/i)
      .first()
      .waitFor();
    expect(await page.locator('.mzo-consult-row').count()).toBe(0);
    await page.context().close();
    expect((await api().call('GET', '/mzo/consultation-list', { token: tokens['mzo-vrijwilliger'] })).status).toBe(403);
  });

  it('shows organisation and visibility (by label) in the contact-person list', async () => {
    const page = await signIn('redactie@example.org');
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::contact-person.contact-person`);
    const headers = page.getByRole('columnheader');
    await expect
      .poll(() => headers.allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Organisatie'), expect.stringContaining('Zichtbaarheid')]));
    const contact = demo.contacts.find((c: any) => c.visibility === 'officials')!;
    const organisation = demo.organisations.find((o: any) => o.slug === contact.organisation)!;
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::contact-person.contact-person?_q=${encodeURIComponent(contact.name)}`);
    const row = page.getByRole('row').filter({ hasText: contact.name });
    await expect.poll(() => row.first().textContent()).toContain(organisation.name);
    expect(await row.first().textContent()).toContain('Alleen de gemeente');
    await page.context().close();
  });
});
