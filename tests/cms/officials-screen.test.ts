/**
 * The officials' screens in the real admin panel, in Chromium: a Gemeente user builds the consultation
 * list ("Raadplegen") and downloads its CSV, which holds officials-only contacts and never a hidden one;
 * a volunteer cannot open the screen, nor call its API; the contact-person list shows organisation and
 * visibility (by label), sorts and filters on both; a Gemeente user records a consultation and its outcome, and
 * is reminded once (e-mail, start page) while the outcome is overdue. Runs its own Strapi on a copy of the
 * suite's seeded database (tests/support/admin-browser.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT, PASSWORD, signIn as signInAs, startAdmin, type AdminUnderTest } from '../support/admin-browser.ts';
import { csvRecords } from '../support/csv.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { startSmtpStandIn } from '../support/smtp-stand-in.ts';

const published = demo.organisations.filter((o: any) => o.published);
const optedIn = published.filter((o: any) => o.consultationOptIn);
const activeIn = (o: any, wijk: string) => o.locatedIn === wijk || o.serves.includes(wijk);
/** The list for "ouderen" (target group) in Zuidwest, from the seed. */
const expected = optedIn.filter((o: any) => o.targetGroups.includes('ouderen') && activeIn(o, 'zuidwest'));
const contactsOf = (list: any[]) => demo.contacts.filter((c: any) => list.some((o: any) => o.slug === c.organisation));

let admin: AdminUnderTest;
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
const api = () => admin.api;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  admin = await startAdmin({
    // Reminders on, to a local SMTP stand-in, the outcome check every two seconds.
    REMINDER_EMAILS: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    OUTCOME_REMINDER_CRON: '*/2 * * * * *',
  });
  tokens.super = admin.superToken;
  for (const [code, email, firstname] of [
    ['gemeente', 'gemeente@example.org', 'Gijs'],
    ['mzo-vrijwilliger', 'vrijwilliger@example.org', 'Vera'],
    ['redacteur', 'redactie@example.org', 'Ruud'],
  ]) {
    tokens[code] = (await api().createUser(tokens.super, { email, password: PASSWORD, roleCode: code, firstname })).token;
  }
}, 300_000);

afterAll(async () => {
  await admin?.stop();
  await smtp?.close();
});

/** Signs in on a wide desktop page and closes Strapi's welcome dialog, if any. */
async function signIn(email: string): Promise<Page> {
  const { page } = await admin.newPage({ width: 1400, height: 900 });
  await signInAs(page, admin.url, email);
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
  it('lets a Gemeente user build the list for older people (in Zuidwest) and download it as CSV with officials-only contacts and no hidden one', async () => {
    expect(expected.length).toBeGreaterThan(0);
    const page = await signIn('gemeente@example.org');
    await page.getByRole('link', { name: 'Raadplegen' }).click();
    await page.getByRole('heading', { name: 'Wie kunt u raadplegen?' }).waitFor();
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
      return csvRecords(readFileSync(await file.path(), 'utf8'));
    };

    await choose(page, 'Voor wie', /^Ouderen \(\d+\)$/);
    const forOlderPeople = optedIn.filter((o: any) => o.targetGroups.includes('ouderen'));
    await expect.poll(() => page.locator('.mzo-consult-row').count(), { timeout: 30_000 }).toBe(forOlderPeople.length);
    const records = await download();
    expect([...new Set(records.map((r) => r.organisatie))].sort()).toEqual(forOlderPeople.map((o: any) => o.name).sort());
    const theirs = contactsOf(forOlderPeople);
    const officialsOnly = theirs.filter((c: any) => c.visibility === 'officials' && c.email);
    const hidden = theirs.filter((c: any) => c.visibility === 'hidden' && c.email);
    expect(officialsOnly.length, 'the list has officials-only contacts to show').toBeGreaterThan(0);
    expect(hidden.length, 'and hidden ones to keep out').toBeGreaterThan(0);
    const emails = records.map((r) => r.contact_email);
    for (const c of officialsOnly) expect(emails).toContain(c.email);
    for (const c of hidden) expect(emails).not.toContain(c.email);
    for (const r of records) {
      expect(r.doelgroepen.split('; ')).toContain('Ouderen');
      if (r.contact_email) expect(['Iedereen: staat op de website', 'Alleen de gemeente (niet op de website)']).toContain(r.zichtbaarheid);
    }

    await choose(page, 'Wijken', /^Zuidwest \(\d+\)$/);
    await expect.poll(() => page.locator('.mzo-consult-row').count(), { timeout: 30_000 }).toBe(expected.length);
    const narrowed = await download();
    expect([...new Set(narrowed.map((r) => r.organisatie))].sort()).toEqual(expected.map((o: any) => o.name).sort());
    for (const r of narrowed) expect(r.wijken.split('; ')).toContain('Zuidwest');
    await page.context().close();
  });

  it('does not let a volunteer open the screen or call its API', async () => {
    const page = await signIn('vrijwilliger@example.org');
    expect(await page.getByRole('link', { name: 'Raadplegen' }).count()).toBe(0);
    await page.goto(`${admin.url}/admin/mzo-raadplegen`);
    await page.waitForTimeout(5000);
    expect(await page.getByRole('heading', { name: 'Wie kunt u raadplegen?' }).count()).toBe(0);
    expect(await page.locator('.mzo-consult-row').count()).toBe(0);
    await page.context().close();
    expect((await api().call('GET', '/mzo/consultation-list', { token: tokens['mzo-vrijwilliger'] })).status).toBe(403);
  });
});

describe('the contact-person list for officials', () => {
  const VISIBLE_TO_OFFICIALS = ['public', 'officials'];
  const LABEL: Record<string, string> = {
    public: 'Iedereen: staat op de website',
    officials: 'Alleen de gemeente (niet op de website)',
    hidden: 'Alleen de redactie',
  };
  /** A published organisation with officials-only and hidden contacts, from the seed. */
  const organisation = found(
    published.find((o: any) => ['officials', 'hidden'].every((v) => demo.contacts.some((c: any) => c.organisation === o.slug && c.visibility === v))),
    'a published organisation with officials-only and hidden contacts',
  );
  const theirs = demo.contacts.filter((c: any) => c.organisation === organisation.slug);
  const rows = (page: Page) => page.getByRole('grid').getByRole('rowgroup').nth(1).getByRole('row');
  /** Name, organisation and visibility as the list shows them, per row. */
  const table = async (page: Page) => Promise.all((await rows(page).all()).map(async (row) => (await row.getByRole('gridcell').allTextContents()).slice(1, 4)));

  async function addFilter(page: Page, field: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Selecteer veld' }).click();
    await page.getByRole('option', { name: field, exact: true }).click();
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Voeg filter toe' }).click();
  }

  it('shows organisation and visibility (by label) as columns, sorts on the organisation, and filters on it and on the visibility by label', async () => {
    const page = await signIn('gemeente@example.org');
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${CONTACT}`);
    const header = page.getByRole('grid').getByRole('row').first();
    await header.getByRole('gridcell', { name: 'Organisatie', exact: true }).waitFor();
    // Ours first; Strapi adds its own status column after them (contact people have drafts: a Redacteur publishes them).
    expect((await header.getByRole('gridcell').allTextContents()).slice(1, 6)).toEqual(['Naam', 'Organisatie', 'Zichtbaarheid', 'Rol', 'E-mailadres']);
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const [, , visibility] of await table(page)) expect(Object.values(LABEL)).toContain(visibility);

    // Sorted on the organisation by clicking its column heading (by name; an unpublished one shows as "-").
    await header.getByRole('gridcell', { name: 'Organisatie', exact: true }).click();
    await page.waitForURL(/sort=organisation\.name(%3A|:)ASC/);
    const sortedOnOrganisation = async () => {
      const organisations = (await table(page)).map(([, org]) => org).filter((org) => org !== '-');
      return organisations.length > 1 && organisations.join('\n') === [...organisations].sort().join('\n');
    };
    await expect.poll(sortedOnOrganisation, { timeout: 30_000 }).toBe(true);

    // Filtered on one organisation: its public and officials-only contacts, never its hidden one.
    await addFilter(page, 'Organisatie', (dialog) => dialog.getByRole('textbox', { name: 'Organisatie' }).fill(organisation.name));
    const visible = theirs.filter((c: any) => VISIBLE_TO_OFFICIALS.includes(c.visibility));
    await expect.poll(() => table(page), { timeout: 30_000 }).toHaveLength(visible.length);
    expect((await table(page)).sort()).toEqual(visible.map((c: any) => [c.name, organisation.name, LABEL[c.visibility]]).sort());

    // And on the visibility, chosen by its label; the chip says the label too, nowhere the code.
    await addFilter(page, 'Zichtbaarheid', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Zichtbaarheid' }).click();
      await page.getByRole('option', { name: LABEL.officials, exact: true }).click();
    });
    const officialsOnly = theirs.filter((c: any) => c.visibility === 'officials');
    await expect.poll(() => table(page), { timeout: 30_000 }).toHaveLength(officialsOnly.length);
    expect((await table(page)).map(([name]) => name).sort()).toEqual(officialsOnly.map((c: any) => c.name).sort());
    await page.getByRole('button', { name: `Zichtbaarheid is ${LABEL.officials}` }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\bofficials\b/);
    await page.context().close();
  });
});

describe('consultations recorded by those who hold them', () => {
  const CONSULTATION = 'api::consultation.consultation';
  const title = 'Ouderen en eenzaamheid in Zuidwest: wat helpt?';
  let documentId: string;

  it('lets a Gemeente user record and publish a consultation, which the public API then has', async () => {
    const organisation = expected[0];
    const org = await api().call('GET', `${api().collection('api::organisation.organisation')}?page=1&pageSize=10&filters[slug][$eq]=${organisation.slug}`, {
      token: tokens.gemeente,
    });
    const orgId = org.body.results[0].documentId;
    const created = await api().call('POST', `${api().collection(CONSULTATION)}?locale=nl`, {
      token: tokens.gemeente,
      body: {
        title,
        date: '2026-11-01',
        organiser: 'Gemeente Utrecht, team Ouderen',
        consultationStatus: 'closed',
        invited: { connect: [{ documentId: orgId }] },
        participants: { connect: [{ documentId: orgId }] },
      },
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    documentId = created.body.data.documentId;
    const published = await api().call('POST', `${api().collection(CONSULTATION)}/${documentId}/actions/publish?locale=nl`, {
      token: tokens.gemeente,
      body: {},
    });
    expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200);
    const pub = await (await fetch(`${admin.url}/api/consultations?filters[documentId][$eq]=${documentId}&locale=nl`)).json();
    expect(pub.data[0].title).toBe(title);
    expect(pub.data[0].outcomeSummary ?? null).toBeNull();
  });

  it('lists it on the CMS start page while its outcome is overdue, and e-mails whoever recorded it once', async () => {
    const overdue = await api().call('GET', '/mzo/consultations/overdue', { token: tokens.gemeente });
    expect(overdue.status).toBe(200);
    expect(overdue.body.data.find((c: any) => c.documentId === documentId)).toMatchObject({ title, mine: true });
    // The reminder task runs every two seconds in this test: wait for it, then for a few more runs.
    await expect.poll(() => smtp.mails.filter((m) => m.data.includes('Ouderen en eenzaamheid')).length, { timeout: 30_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const mails = smtp.mails.filter((m) => m.data.includes('Ouderen en eenzaamheid'));
    expect(mails).toHaveLength(1);
    expect(mails[0].to.join(' ')).toContain('gemeente@example.org');
    // The body is quoted-printable: a long line (the link) is broken with soft line breaks (`=` at the end of a line).
    expect(mails[0].data.replace(/=\r?\n/g, '')).toContain(`/admin/content-manager/collection-types/${CONSULTATION}/${documentId}`);

    const page = await signIn('gemeente@example.org');
    await page.getByText('Uitkomst nog niet gedeeld', { exact: false }).first().waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await page.context().close();
  });

  it('lets the Gemeente user record the outcome with a link, after which the reminder is gone and the public API has the outcome', async () => {
    const updated = await api().call('PUT', `${api().collection(CONSULTATION)}/${documentId}?locale=nl`, {
      token: tokens.gemeente,
      body: {
        outcomeSummary: 'Er komt een wekelijkse koffie-inloop in twee buurtcentra in Zuidwest, samen met de organisaties die meededen.',
        outcomeUrl: 'https://gemeente.example.org/raadplegingen/ouderen-zuidwest',
        outcomeDate: '2026-11-20',
        consultationStatus: 'outcome-published',
      },
    });
    expect(updated.status, JSON.stringify(updated.body).slice(0, 300)).toBe(200);
    const published = await api().call('POST', `${api().collection(CONSULTATION)}/${documentId}/actions/publish?locale=nl`, {
      token: tokens.gemeente,
      body: {},
    });
    expect(published.status).toBe(200);
    const overdue = await api().call('GET', '/mzo/consultations/overdue', { token: tokens.gemeente });
    expect(overdue.body.data.map((c: any) => c.documentId)).not.toContain(documentId);
    const pub = await (await fetch(`${admin.url}/api/consultations?filters[documentId][$eq]=${documentId}&locale=nl`)).json();
    expect(pub.data[0].outcomeUrl).toBe('https://gemeente.example.org/raadplegingen/ouderen-zuidwest');
  });

  it('does not let a volunteer record a consultation', async () => {
    const created = await api().call('POST', `${api().collection(CONSULTATION)}?locale=nl`, {
      token: tokens['mzo-vrijwilliger'],
      body: { title: 'Niet toegestaan', date: '2026-11-01', organiser: 'Iemand', consultationStatus: 'planned' },
    });
    expect(created.status).toBe(403);
    expect((await api().call('GET', '/mzo/consultations/overdue', { token: tokens['mzo-vrijwilliger'] })).status).toBe(403);
  });
});
