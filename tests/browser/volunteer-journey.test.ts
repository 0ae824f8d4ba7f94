/**
 * The journey of a newly invited volunteer (issue 15), in the real admin panel in real Chromium, at
 * desktop size and on a phone (390×844), timed and with the clicks counted: accept the invitation →
 * the start page shows their organisation → change the summary → add a weekly activity on Saturday at
 * 10:00 with the picker → add a room choosing the tariff by its label → "Klopt nog" → "Wacht op de
 * redactie". A Redacteur publishes; the site rebuilt from the CMS shows the summary, the activity at
 * 10:00 every Saturday and the room. No screen the volunteer opens shows a stored code, `FREQ=`, an
 * English Strapi string or a technical field (checked on the rendered text).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTION_LABELS } from '@mzo/content-types';
import { buildSite } from '../../tooling/site-build.ts';
import { ACT, DESKTOP, formReady, ORG, PHONE, ROOM, startAdmin, type AdminUnderTest, type CountingPage } from '../support/admin-browser.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { englishIn } from '../support/strapi-english.ts';

const PASSWORD = 'Mzo-uitnodiging-2026';

/** Words that would show a volunteer Strapi's English or its technical side. */
const ENGLISH = [
  'Introducing',
  'Read blog post',
  'Welcome',
  'Content Manager',
  'Create new entry',
  'Choose date',
  'Choose time',
  'Loading content',
  'Drag',
  'Guided tour',
  'Deploy',
  'Add Widget',
  'Entries',
  'Project statistics',
];
const TECHNICAL = [
  'Breedtegraad',
  'Lengtegraad',
  'Buurtcode',
  'Adrescontrole',
  'PDOK',
  'Webadres (slug)',
  'slug',
  'Beheerders',
  'Notities van de redactie',
  'Verborgen thema',
  'FREQ=',
  'RRULE',
];
/**
 * Stored option values that have a label, as they would show: one with a hyphen or digit ("tarief-35") as a
 * word anywhere; one that is a plain word ("ruimte", "M") only as the whole text of a line, as an option list
 * or a table cell shows it, since the same word in a sentence ("Nieuwe ruimte") is Dutch, not a code.
 */
const escape = (code: string) => code.replace(/[-]/g, '\\-');
const CODES = Object.keys(OPTION_LABELS).map((code) =>
  /[-\d]/.test(code) ? { code, shown: new RegExp(`(^|\\s)${escape(code)}(\\s|$)`, 'm') } : { code, shown: new RegExp(`^\\s*${escape(code)}\\s*$`, 'm') },
);

const organisation = found(
  demo.organisations.find((o: any) => o.published && !o.memberOf?.length && demo.activities.some((a: any) => a.organisation === o.slug)),
  'a published organisation with activities',
);

let admin: AdminUnderTest;
let orgId: string;
const seen: { where: string; text: string }[] = [];
const results: Record<string, { clicks: number; seconds: number }> = {};

async function look(page: Page, where: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  seen.push({ where, text: await page.evaluate(() => document.body.innerText) });
}

beforeAll(async () => {
  admin = await startAdmin();
  orgId = await admin.documentIdBySlug(ORG, organisation.slug);
}, 300_000);

afterAll(async () => {
  for (const [size, { clicks, seconds }] of Object.entries(results)) console.log(`journey ${size}: ${clicks} clicks, ${seconds.toFixed(1)} s`);
  await admin?.stop();
});

/** A Redacteur invites a volunteer of the organisation: account with the role, linked as editor, the whole link. */
async function invite(email: string) {
  const { api, superToken } = admin;
  const roles = await api.call('GET', '/admin/roles', { token: superToken });
  const role = roles.body.data.find((r: { code: string }) => r.code === 'mzo-vrijwilliger');
  const created = await api.call('POST', '/admin/users', { token: superToken, body: { email, firstname: 'Amina', lastname: 'Test', roles: [role.id] } });
  expect(created.status).toBe(201);
  const linked = await api.call('PUT', `${api.collection(ORG)}/${orgId}`, {
    token: superToken,
    body: { editors: { connect: [{ id: created.body.data.id }] } },
  });
  expect(linked.status).toBe(200);
  return `${admin.url}/admin/auth/register?registrationToken=${created.body.data.registrationToken}`;
}

async function journey(counting: CountingPage, size: string, n: number) {
  const { page, click } = counting;
  const started = Date.now();
  const email = `amina-${n}@example.org`;
  const link = await invite(email);

  // Accept the invitation: choose a password. Strapi's form empties what was typed when the invitee's details arrive,
  // so type once it shows their address.
  await page.goto(link);
  await expect.poll(() => page.locator('input[name="email"]').inputValue(), { timeout: 60_000 }).toBe(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="confirmPassword"]').fill(PASSWORD);
  await look(page, 'invitation');
  await click(page.getByRole('button', { name: /Beginnen|Aan de slag|Start/ }));

  // Lands on the start page with their organisation.
  const start = page.getByRole('heading', { name: organisation.name });
  await start.first().waitFor({ timeout: 60_000 });
  await look(page, 'start page');

  // Change the summary.
  await click(page.getByRole('link', { name: 'Bewerk het profiel' }).first());
  const summary = page.locator('textarea[name="summary"]');
  await formReady(page, 'summary');
  await look(page, 'organisation form');
  const newSummary = `Wij brengen Utrechters samen met taal, koken en muziek (${size}).`;
  await summary.fill(newSummary);
  await click(page.getByRole('button', { name: 'Bewaar' }));
  await page.getByText('Opgeslagen').first().waitFor();

  // A weekly activity on Saturday at 10:00, with the picker.
  await page.goto(`${admin.url}/admin/mijn-organisatie`);
  await click(page.getByRole('link', { name: 'Nieuwe activiteit' }).first());
  await formReady(page, 'title');
  await page.locator('input[name="title"]').fill(`Taalcafé ${size}`);
  const starts = page.getByRole('group', { name: 'Begint op' });
  await starts.getByLabel('Datum').fill('2026-12-05');
  await starts.getByLabel('Tijd').fill('10:00');
  const ends = page.getByRole('group', { name: 'Eindigt op' });
  await ends.getByLabel('Datum').fill('2026-12-05');
  await ends.getByLabel('Tijd').fill('12:00');
  const repeat = page.getByRole('group', { name: 'Herhaling' });
  await click(repeat.getByRole('radio', { name: 'Elke week' }));
  await repeat.getByText('Elke zaterdag', { exact: true }).waitFor();
  await look(page, 'activity form');
  await click(page.getByRole('button', { name: 'Bewaar' }));
  await page.waitForURL(/api::activity\.activity\/(?!create)\w+/);
  const activityId = page.url().split('/').pop()!.split('?')[0];

  // A room, the tariff chosen by its label.
  await page.goto(`${admin.url}/admin/mijn-organisatie`);
  await click(page.getByRole('link', { name: 'Nieuwe ruimte' }).first());
  await formReady(page, 'name');
  await page.locator('input[name="name"]').fill(`Ontmoetingsruimte ${size}`);
  await click(page.getByRole('combobox', { name: 'Grootteklasse' }));
  await click(page.getByRole('option', { name: OPTION_LABELS.M.nl }));
  await page.locator('input[name="capacity"]').fill('40');
  await click(page.getByRole('combobox', { name: 'Tarief' }));
  await look(page, 'room form, tariffs open');
  await click(page.getByRole('option', { name: OPTION_LABELS['tarief-35'].nl }));
  await click(page.getByRole('button', { name: 'Bewaar' }));
  await page.waitForURL(/api::room\.room\/(?!create)\w+/);
  const roomId = page.url().split('/').pop()!.split('?')[0];

  // "Klopt nog", and what waits for the redactie.
  await page.goto(`${admin.url}/admin/mijn-organisatie`);
  await click(page.getByRole('button', { name: 'Klopt nog' }).first());
  await page.getByText('Dank je!').first().waitFor();
  await page.getByText('Wacht op de redactie').first().waitFor();
  await look(page, 'start page after saving');
  results[size] = { clicks: counting.clicks, seconds: (Date.now() - started) / 1000 };
  return { activityId, roomId, newSummary };
}

describe('a newly invited volunteer keeps their organisation current', () => {
  const done: Record<string, Awaited<ReturnType<typeof journey>>> = {};

  it('at desktop size', async () => {
    done.desktop = await journey(await admin.newPage(DESKTOP), 'desktop', 1);
    expect(results.desktop.clicks).toBeLessThan(20);
  }, 400_000);

  it('on a phone (390×844)', async () => {
    done.phone = await journey(await admin.newPage(PHONE), 'phone', 2);
    expect(results.phone.clicks).toBeLessThan(24);
  }, 400_000);

  it('saw no stored code, FREQ=, English Strapi string or technical field on any screen', async () => {
    expect(seen.length).toBeGreaterThan(6);
    for (const { where, text } of seen) {
      expect(await englishIn(text), `${where}: Strapi's English`).toEqual([]);
      for (const word of [...ENGLISH, ...TECHNICAL]) expect(text, `${where}: "${word}"`).not.toContain(word);
      for (const { code, shown } of CODES) expect(text, `${where}: code "${code}"`).not.toMatch(shown);
    }
  });

  it('is published by a Redacteur, and the rebuilt site shows the summary, the activity every Saturday at 10:00 and the room', async () => {
    const { api, superToken } = admin;
    const result = done.phone ?? done.desktop;
    expect(result).toBeDefined();
    for (const [uid, id] of [
      [ORG, orgId],
      [ACT, result.activityId],
      [ROOM, result.roomId],
    ]) {
      const published = await api.call('POST', `${api.collection(uid)}/${id}/actions/publish`, { token: superToken, body: {} });
      expect(published.status, `${uid} ${JSON.stringify(published.body).slice(0, 300)}`).toBe(200);
    }
    const work = mkdtempSync(join(tmpdir(), 'mzo-journey-site-'));
    try {
      const site = await buildSite({
        env: { ...process.env, CMS_URL: admin.url, CMS_SNAPSHOT: '', BUILD_NOW: '2026-11-30T09:00:00+01:00' },
        link: join(work, 'site'),
        quiet: true,
      });
      const html = readFileSync(join(site.outDir, 'organisaties', organisation.slug, 'index.html'), 'utf8');
      expect(html).toContain(result.newSummary.replace(/&/g, '&amp;'));
      expect(html).toContain('Taalcafé phone');
      expect(html).toMatch(/zaterdag/i);
      expect(html).toContain('10:00');
      const rooms = readFileSync(join(site.outDir, 'ruimtes', 'index.html'), 'utf8');
      expect(rooms).toContain('Ontmoetingsruimte phone');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);
});
