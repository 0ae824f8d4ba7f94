/**
 * The volunteer's forms in the real admin panel (issue 15): times stay what was typed, options show
 * what they mean, technical and editorial fields are out of sight, related entries show their name.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTION_LABELS } from '@mzo/content-types';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { messages, englishIn } from '../support/strapi-english.ts';
import { ACT, formReady, LOCALE_PARAM, ORG, PASSWORD, ROOM, signIn, startAdmin, visibleText, type AdminUnderTest } from '../support/admin-browser.ts';

const published = demo.organisations.filter((o: any) => o.published);
const member = found(
  published.find((o: any) => o.memberOf?.length && demo.activities.some((a: any) => a.organisation === o.slug)),
  'a published organisation with activities that is a member of an umbrella',
);
const umbrella = found(
  demo.organisations.find((o: any) => o.slug === member.memberOf[0]),
  'its umbrella organisation',
);

let admin: AdminUnderTest;
let orgId: string;
/** One signed-in page for the whole file (the admin limits sign-ins per address). */
let vera: Page;
const POLL = { timeout: 60_000 };

beforeAll(async () => {
  admin = await startAdmin();
  const volunteer = await admin.api.createUser(admin.superToken, {
    email: 'vera@example.org',
    password: PASSWORD,
    roleCode: 'mzo-vrijwilliger',
    firstname: 'Vera',
  });
  await admin.api.createUser(admin.superToken, { email: 'ruud@example.org', password: PASSWORD, roleCode: 'redacteur', firstname: 'Ruud' });
  orgId = await admin.documentIdBySlug(ORG, member.slug);
  const linked = await admin.api.call('PUT', `${admin.api.collection(ORG)}/${orgId}`, {
    token: admin.superToken,
    body: { editors: { connect: [{ id: volunteer.id }] } },
  });
  expect(linked.status).toBe(200);
  vera = (await admin.newPage()).page;
  await signIn(vera, admin.url, 'vera@example.org');
}, 300_000);

afterAll(async () => admin?.stop());

const stored = async (uid: string, documentId: string) =>
  (await admin.api.call('GET', `${admin.api.collection(uid)}/${documentId}`, { token: admin.superToken })).body.data;

describe('a volunteer in the admin panel', () => {
  it('types times as 10:00, 10.00 and 9:30, and they are saved as typed', async () => {
    const page = vera;
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ACT}/create?${LOCALE_PARAM}`);
    await formReady(page, 'title');
    await page.locator('input[name="title"]').fill('Taalcafé');
    await page.getByRole('combobox', { name: 'Organisatie' }).click();
    await page.getByRole('option', { name: member.name }).click();
    const starts = page.getByRole('group', { name: 'Begint op' });
    const ends = page.getByRole('group', { name: 'Eindigt op' });
    await starts.getByLabel('Datum').fill('2027-01-09');
    await starts.getByLabel('Tijd').pressSequentially('10:00');
    await ends.getByLabel('Datum').fill('2027-01-09');
    await ends.getByLabel('Tijd').pressSequentially('12.00');
    await ends.getByLabel('Tijd').blur();
    await expect.poll(() => ends.getByLabel('Tijd').inputValue(), POLL).toBe('12:00');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL(/api::activity\.activity\/(?!create)\w+/);
    const documentId = page.url().split('/').pop()!.split('?')[0];
    let activity = await stored(ACT, documentId);
    expect(activity.startsAt).toBe('2027-01-09T09:00:00.000Z');
    expect(activity.endsAt).toBe('2027-01-09T11:00:00.000Z');
    // No placeholder web address was stored: the server made it from the title.
    expect(activity.slug).toMatch(/^taalcafe/);

    // Shown back as stored; a new time typed over it replaces it ("9:30"), a wrong one is named.
    await page.reload();
    await expect.poll(() => starts.getByLabel('Tijd').inputValue(), POLL).toBe('10:00');
    await starts.getByLabel('Tijd').fill('');
    await starts.getByLabel('Tijd').pressSequentially('tien uur');
    await starts.getByLabel('Tijd').blur();
    await page.getByText('“tien uur” is geen tijd').waitFor();
    await starts.getByLabel('Tijd').fill('9:30');
    await starts.getByLabel('Tijd').blur();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('Opgeslagen').first().waitFor();
    activity = await stored(ACT, documentId);
    expect(activity.startsAt).toBe('2027-01-09T08:30:00.000Z');
  }, 180_000);

  it('chooses a room’s tariff and size by what they mean; the stored codes stay the same', async () => {
    const page = vera;
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ROOM}/create?${LOCALE_PARAM}`);
    await formReady(page, 'name');
    await page.locator('input[name="name"]').fill('Ontmoetingsruimte');
    await page.getByRole('combobox', { name: 'Organisatie die de ruimte aanbiedt' }).click();
    await page.getByRole('option', { name: member.name }).click();
    await page.getByRole('combobox', { name: 'Grootteklasse' }).click();
    const sizes = await page.getByRole('option').allInnerTexts();
    expect(sizes).toContain('M: middel (50–80 m²)');
    await page.getByRole('option', { name: 'M: middel (50–80 m²)' }).click();
    await page.locator('input[name="capacity"]').fill('40');
    await page.getByRole('combobox', { name: 'Tarief' }).click();
    const tariffs = await page.getByRole('option').allInnerTexts();
    expect(tariffs.join(' | ')).not.toMatch(/tarief-/);
    await page.getByRole('option', { name: '35 % van de prijs (maatschappelijk tarief)' }).click();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL(/api::room\.room\/(?!create)\w+/);
    const room = await stored(ROOM, page.url().split('/').pop()!.split('?')[0]);
    expect(room).toMatchObject({ sizeClass: 'M', tariff: 'tarief-35' });
  }, 180_000);

  it('sees the organisation form without technical or editorial fields, with related organisations by name', async () => {
    const page = vera;
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ORG}/${orgId}?${LOCALE_PARAM}`);
    await page.getByRole('button', { name: 'Klopt nog' }).waitFor();
    await page.getByText(umbrella.name).first().waitFor();
    const text = await visibleText(page);
    for (const hidden of [
      'Breedtegraad',
      'Lengtegraad',
      'Buurtcode',
      'Adrescontrole',
      'Webadres',
      'Verborgen thema',
      'Beheerders',
      'Notities van de redactie',
      'Geen rechten',
    ]) {
      expect(text, hidden).not.toContain(hidden);
    }
    expect(text).toContain('Rechtsvorm');
    // The legal form is shown by its label, not its stored code.
    const legalForm = await page.getByRole('combobox', { name: 'Rechtsvorm' }).innerText();
    expect(Object.values(OPTION_LABELS).map((label) => label.nl)).toContain(legalForm.trim());
  }, 180_000);

  it('keeps what was typed when a save is refused, and names the field and the reason', async () => {
    const page = vera;
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ORG}/${orgId}?${LOCALE_PARAM}`);
    await formReady(page, 'summary');
    const before = await stored(ORG, orgId);
    const summary = 'Een nieuwe samenvatting die niet verloren mag gaan.';
    await page.locator('textarea[name="summary"]').fill(summary);
    await page.locator('input[name="address.postcode"]').fill('1011 AB');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('gemeente Utrecht').first().waitFor();
    // The form still shows what was typed, so it can be put right and saved again.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('textarea[name="summary"]').inputValue()).toBe(summary);
    expect(await page.locator('input[name="address.postcode"]').inputValue()).toBe('1011 AB');
    expect((await stored(ORG, orgId)).summary).toBe(before.summary);
    await page.locator('input[name="address.postcode"]').fill(before.address?.postcode ?? '');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('Opgeslagen').first().waitFor();
    expect((await stored(ORG, orgId)).summary).toBe(summary);
  }, 180_000);

  it('sees and types the founding year as a year (2013, not 2.013); text that is no year is named and kept', async () => {
    const page = vera;
    const set = await admin.api.call('PUT', `${admin.api.collection(ORG)}/${orgId}`, { token: admin.superToken, body: { foundedYear: 2013 } });
    expect(set.status).toBe(200);
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ORG}/${orgId}?${LOCALE_PARAM}`);
    await formReady(page, 'summary');
    const year = page.getByRole('textbox', { name: 'Opgericht in (jaar)' });
    await expect.poll(() => year.inputValue(), POLL).toBe('2013');
    await year.fill('98');
    await year.blur();
    await page.getByText('“98” is geen jaartal').waitFor();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForLoadState('networkidle');
    expect(await year.inputValue()).toBe('98');
    expect((await stored(ORG, orgId)).foundedYear).toBe(2013);
    await year.fill('1998');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('Opgeslagen').first().waitFor();
    expect((await stored(ORG, orgId)).foundedYear).toBe(1998);
    await page.reload();
    await formReady(page, 'summary');
    await expect.poll(() => year.inputValue(), POLL).toBe('1998');
  }, 180_000);

  it('leaves the editorial fields in the Redacteur’s layout', async () => {
    // Read from the layout the admin panel gets (the Redacteur's organisation edit view took over a minute
    // to load on the loaded test machine, so the fields are checked where they come from).
    const ruudToken = await admin.api.login('ruud@example.org', PASSWORD);
    const layout = async (token: string) => {
      const { body } = await admin.api.call('GET', `/content-manager/content-types/${ORG}/configuration`, { token });
      return (body.data.contentType.layouts.edit as { name: string }[][]).flat().map((field) => field.name);
    };
    const editor = await layout(ruudToken);
    for (const name of ['slug', 'editors', 'editorNotes', 'hiddenThemes']) expect(editor, name).toContain(name);
    const volunteer = await layout(await admin.api.login('vera@example.org', PASSWORD));
    for (const name of ['slug', 'editors', 'editorNotes', 'hiddenThemes', 'lastConfirmed']) expect(volunteer, name).not.toContain(name);
    expect(volunteer).toContain('summary');
  }, 180_000);
});

describe('the recurrence picker', () => {
  it('sets "every Saturday" with clicks, previews the dates in words, and stores the same RRULE as before', async () => {
    const page = vera;
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ACT}/create?${LOCALE_PARAM}`);
    await formReady(page, 'title');
    await page.locator('input[name="title"]').fill('Koken op zaterdag');
    await page.getByRole('combobox', { name: 'Organisatie' }).click();
    await page.getByRole('option', { name: member.name }).click();
    const starts = page.getByRole('group', { name: 'Begint op' });
    await starts.getByLabel('Datum').fill('2027-01-09');
    await starts.getByLabel('Tijd').fill('10:00');
    const repeat = page.getByRole('group', { name: 'Herhaling' });
    await repeat.getByRole('radio', { name: 'Elke week' }).click();
    await expect.poll(() => repeat.getByRole('checkbox', { name: 'zaterdag' }).getAttribute('aria-checked'), POLL).toBe('true');
    await repeat.getByText('Elke zaterdag', { exact: true }).waitFor();
    const preview = await repeat.innerText();
    expect(preview).toMatch(/za 9 januari 2027.*10:00/);
    expect(preview).toMatch(/16 januari 2027/);
    expect(preview).not.toContain('FREQ=');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL(/api::activity\.activity\/(?!create)\w+/);
    const documentId = page.url().split('/').pop()!.split('?')[0];
    expect((await stored(ACT, documentId)).recurrence).toBe('FREQ=WEEKLY;BYDAY=SA');

    // Every second Tuesday of the month until 30 June.
    await repeat.getByRole('radio', { name: /Eén keer per maand/ }).click();
    await repeat.getByRole('combobox', { name: 'Welke' }).click();
    await page.getByRole('option', { name: 'tweede' }).click();
    await repeat.getByRole('combobox', { name: 'Dag' }).click();
    await page.getByRole('option', { name: 'dinsdag' }).click();
    await repeat.getByRole('radio', { name: 'Tot en met een datum' }).click();
    await repeat.getByLabel('Laatste datum').fill('2027-06-30');
    await repeat.getByText('Elke tweede dinsdag van de maand, tot en met 30 juni 2027').waitFor();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('Opgeslagen').first().waitFor();
    await expect.poll(async () => (await stored(ACT, documentId)).recurrence, POLL).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T235959');
  }, 180_000);

  it('keeps a rule the picker cannot show, exactly as it was, when something else is saved', async () => {
    const activity = found(
      demo.activities.find((a: any) => a.organisation === member.slug),
      'an activity of the volunteer’s organisation',
    );
    const documentId = await admin.documentIdBySlug(ACT, activity.slug);
    const rule = 'FREQ=DAILY;INTERVAL=3;COUNT=5';
    const set = await admin.api.call('PUT', `${admin.api.collection(ACT)}/${documentId}`, { token: admin.superToken, body: { recurrence: rule } });
    expect(set.status).toBe(200);
    const page = vera;
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ACT}/${documentId}?${LOCALE_PARAM}`);
    await formReady(page, 'summary');
    const repeat = page.getByRole('group', { name: 'Herhaling' });
    await repeat.getByText('past niet in de keuzes').waitFor();
    await page.locator('textarea[name="summary"]').fill('Een nieuwe korte beschrijving.');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('Opgeslagen').first().waitFor();
    expect(await stored(ACT, documentId)).toMatchObject({ summary: 'Een nieuwe korte beschrijving.', recurrence: rule });
  }, 180_000);
});

describe('the screens a volunteer opens', () => {
  it('start on "Mijn organisatie", without Strapi’s homepage widgets, tour or marketing', async () => {
    const page = vera;
    await page.goto(`${admin.url}/admin`);
    await page.getByRole('heading', { name: member.name }).first().waitFor();
    const text = await visibleText(page);
    // The whole start page, not only its widget: "Klopt nog" and the lists are on it.
    expect(text).toContain('Klopt nog');
    expect(text).toContain('Nieuwe contactpersoon');
    const core = await messages('@strapi/admin', undefined, 'nl');
    const contentManager = await messages('@strapi/content-manager', undefined, 'nl');
    const lines = text.split('\n').map((line) => line.trim().toLowerCase());
    for (const stock of [
      contentManager['widget.last-edited.title'],
      contentManager['widget.last-published.title'],
      contentManager['widget.chart-entries.title'],
      core['widget.profile.title'],
      core['widget.key-statistics.title'],
      core['HomePage.addWidget.button'],
    ]) {
      expect(stock, 'a title of Strapi’s').toBeTruthy();
      expect(lines, stock).not.toContain(stock.toLowerCase());
    }
    for (const stock of [core['tours.overview.title'], core['tours.overview.subtitle'], 'Media Library', 'Strapi Cloud'])
      expect(text, stock).not.toContain(stock);
  }, 180_000);

  it('show no English Strapi text: start page, the forms behind its links, the lists', async () => {
    const page = vera;
    const english: Record<string, string[]> = {};
    const read = async (where: string) => {
      const text = await visibleText(page);
      // What empty fields say (placeholders) is text a person reads too.
      const placeholders = await page.evaluate(() => [...document.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder')).join('\n'));
      const found = await englishIn(`${text}\n${placeholders}`);
      if (found.length) english[where] = found;
    };
    const start = async () => {
      await page.goto(`${admin.url}/admin`);
      await page.getByRole('heading', { name: member.name }).first().waitFor();
    };
    await start();
    await read('start page');
    for (const [link, field] of [
      ['Bewerk het profiel', 'summary'],
      ['Nieuwe activiteit', 'title'],
      ['Nieuwe ruimte', 'name'],
      ['Nieuwe contactpersoon', 'name'],
    ]) {
      await start();
      await page.getByRole('link', { name: link }).first().click();
      await formReady(page, field);
      await read(link);
    }
    await page.getByRole('link', { name: 'Alle inhoud' }).first().click();
    await page.waitForURL(/content-manager\/collection-types\//);
    await read('the lists (Alle inhoud)');
    expect(english).toEqual({});
  }, 300_000);
});

describe('the Redacteur reviewing what a volunteer changed', () => {
  it('sees field by field what changed against the website, sends it back with a reason, and the volunteer reads it', async () => {
    const summary = `Nieuw van de vrijwilliger ${Date.now()}.`;
    const saved = await admin.api.call('PUT', `${admin.api.collection(ORG)}/${orgId}?locale=nl`, {
      token: await admin.api.login('vera@example.org', PASSWORD),
      body: { summary },
    });
    expect(saved.status).toBe(200);
    const ruud = (await admin.newPage()).page;
    await signIn(ruud, admin.url, 'ruud@example.org');
    await ruud.goto(`${admin.url}/admin/mzo-overzicht`);
    const row = ruud.getByRole('row').filter({ hasText: member.name });
    await row.getByRole('button', { name: 'Bekijk de wijzigingen' }).click();
    const dialog = ruud.getByRole('dialog');
    const change = dialog.getByRole('row').filter({ hasText: 'Korte beschrijving' });
    await change.waitFor();
    expect(await change.innerText()).toContain(summary);
    expect(await dialog.innerText()).not.toMatch(/tarief-|FREQ=|updatedAt/);
    await dialog.getByRole('button', { name: 'Terugsturen' }).click();
    await dialog.getByText('Schrijf waarom je het terugstuurt.').waitFor();
    const reason = 'Schrijf de korte beschrijving in de wij-vorm, zoals de rest.';
    await dialog.getByLabel('Reden om terug te sturen').fill(reason);
    await dialog.getByRole('button', { name: 'Terugsturen' }).click();
    await ruud.getByText(`“${member.name}” is teruggestuurd met je reden.`).waitFor();

    await vera.goto(`${admin.url}/admin/mijn-organisatie`);
    await vera.getByText(reason).waitFor();
    expect(await vera.getByText('Teruggestuurd door de redactie (Ruud):').count()).toBeGreaterThan(0);
  }, 180_000);
});
