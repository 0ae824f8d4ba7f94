/**
 * Issue 12: a membership or partnership another organisation declares is public only once the organisation
 * it names confirms it. Its volunteer sees what waits for that on "Mijn organisatie", in plain Dutch, on a
 * phone and on a desktop (screenshots in MZO_SHOTS_DIR when set).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { DESKTOP, ORG, PASSWORD, PHONE, signIn, startAdmin, visibleText, type AdminUnderTest } from '../support/admin-browser.ts';

const published = demo.organisations.filter((o: any) => o.published);
/** The organisation that is named, and one that names it without its confirmation (unrelated in the demo data). */
const named = found(
  published.find((o: any) => o.legalForm !== 'koepel'),
  'a published organisation',
);
const claimer = found(
  published.find((o: any) => o !== named && !o.memberOf.includes(named.slug) && !o.partners.includes(named.slug) && !named.partners.includes(o.slug)),
  'a published organisation unrelated to it',
);

let admin: AdminUnderTest;

beforeAll(async () => {
  admin = await startAdmin();
  const volunteer = await admin.api.createUser(admin.superToken, {
    email: 'nina@example.org',
    password: PASSWORD,
    roleCode: 'mzo-vrijwilliger',
    firstname: 'Nina',
  });
  const namedId = await admin.documentIdBySlug(ORG, named.slug);
  const claimerId = await admin.documentIdBySlug(ORG, claimer.slug);
  for (const [documentId, body] of [
    [namedId, { editors: { connect: [{ id: volunteer.id }] } }],
    [claimerId, { memberOf: { connect: [{ documentId: namedId }] }, partners: { connect: [{ documentId: namedId }] } }],
  ] as const) {
    const saved = await admin.api.call('PUT', `${admin.api.collection(ORG)}/${documentId}?locale=nl`, { token: admin.superToken, body });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);
  }
}, 300_000);

afterAll(async () => admin?.stop());

describe('Mijn organisatie: what waits for your confirmation', () => {
  it('tells the named organisation’s volunteer who says to be a member or partner, and how to confirm, on a phone and a desktop', async () => {
    const shots = process.env.MZO_SHOTS_DIR;
    if (shots) mkdirSync(shots, { recursive: true });
    // One sign-in (the admin limits sign-ins per address); the same page at a phone's and a desktop's size.
    const { page } = await admin.newPage(PHONE);
    await signIn(page, admin.url, 'nina@example.org');
    for (const [name, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${admin.url}/admin/mijn-organisatie`);
      const section = page.getByRole('region', { name: /Wacht op jouw bevestiging/ });
      await section.waitFor({ timeout: 120_000 });
      const text = await visibleText(page);
      expect(text).toContain(`${claimer.name} zegt lid te zijn van jouw organisatie.`);
      expect(text).toContain(`${claimer.name} noemt jouw organisatie als partner.`);
      expect(text).toContain('Dit staat pas op de website als jij het bevestigt.');
      if (shots) {
        await section.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, `wacht-op-bevestiging-${name}.png`) });
      }
    }
  }, 600_000);
});
