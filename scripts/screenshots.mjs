// Takes the screenshots of the editor's guide (docs/editor-guide.md) from the real admin panel and the
// real public site, with headless Chromium, on fresh demo data:
//
//   node scripts/screenshots.mjs [--database seeded.db] [--out docs/img] [--only volunteer|officials|import]
//
// Starts its own CMS, rebuild server and site on free ports (nothing else is touched), logs in as a
// volunteer of one demo organisation, and walks through: log in, edit the profile, a refused value,
// "Klopt nog", add an activity and a room; then a Redacteur invites a volunteer, reviews the changes, publishes
// the activity and sends the room back, the volunteer sees both notices (desktop and phone), the public page is
// shown, and a Redacteur
// imports organisations from a spreadsheet (upload, columns, check, done); then the officials' screens, desktop
// and phone (a Gemeente user: start page, Raadplegen, contact people, a consultation; /raadplegen/, /inbreng/).
// `--only officials` takes only those, `--only import` only the import's (no site is built for those), `--only volunteer`
// the volunteer's and the review's (up to the public page).
// Chromium: whichever tooling/chromium.ts finds (CHROME_PATH, Debian's, or the one from npm).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ephemeralCmsEnv } from '../tooling/cms-env.ts';
import { buildCms, cmsNeedsBuild, startCms } from '../tooling/cms-process.ts';
import { freePort } from '../tooling/net.ts';
import { launchChromium } from '../tooling/chromium.ts';
import { ROOT } from '../tooling/paths.ts';
import { createRebuilder, startRebuildServer } from '../tooling/rebuilder.ts';
import { run } from '../tooling/run.ts';
import { cmsCaller } from '../tooling/publish-to-live.ts';
import { serveSite } from '../tooling/serve-site.ts';
import { buildSite } from '../tooling/site-build.ts';
import { generateDemoData } from './seed/demo-data.mjs';

const REFERENCE_DATE = '2026-11-30';

/** Signs in on the admin's login page and waits for the start page; closes Strapi's welcome dialog if it shows. */
async function signIn(page, loginUrl, email, password) {
  await page.goto(loginUrl);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/admin\/?$/);
  await page
    .getByRole('button', { name: /^(Sluiten|Close)/ })
    .click({ timeout: 5000 })
    .catch(() => {});
}

/** The screen “Organisaties inlezen”: a small spreadsheet with Dutch headers, one row of each kind. */
async function importScreenshots({ browser, call, superToken, roleId, demo, password, adminUrl, out }) {
  const editor = (
    await call('POST', '/admin/users', superToken, { email: 'ruud@example.org', firstname: 'Ruud', lastname: 'Redactie', roles: [roleId('redacteur')] })
  ).data;
  await call('PUT', `/admin/users/${editor.id}`, superToken, { password, isActive: true });
  const known = demo.organisations.find((o) => o.kvkNumber);
  const theme = demo.themes[0].name.nl;
  const csv = [
    "Naam;Postcode;Huisnummer;Wijk;Thema's;KvK;E-mail;Korte beschrijving;Rechtsvorm;Contactpersoon",
    `Stichting Samen Koken;3531 AB;12;West;${theme};;info@samenkoken.example.org;Elke week samen koken en eten.;Stichting;Fatima El Amrani`,
    `Vrouwengroep De Linde;3555 AB;4;Noordwest;${theme}, Breien;;linde@example;Praatgroep voor vrouwen.;Vereniging;`,
    `${known.name};;;;${theme};${known.kvkNumber};;Staat er al in.;Stichting;`,
    `Jongerennetwerk Overvecht;3563 AB;1;Overvecht;${theme}, Muziek;;jong@overvecht.example.org;Muziek en huiswerkhulp.;Informeel netwerk;`,
  ].join('\n');
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const shot = async (name, locator) => {
    await page.waitForTimeout(400);
    await (locator ?? page).screenshot({ path: join(out, name) });
    console.log(`  docs/img/${name}`);
  };
  await signIn(page, adminUrl('/auth/login'), 'ruud@example.org', password);
  await page.getByRole('link', { name: 'Organisaties inlezen' }).click();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'organisaties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Focus and pointer away from the menu link, whose tooltip would cover the file field.
  await page.getByRole('heading', { name: 'Organisaties inlezen' }).click();
  await page.mouse.move(900, 800);
  await shot('09-inlezen-bestand.png');
  await page.getByRole('button', { name: 'Bekijk wat er wordt ingelezen' }).click();
  await page.locator('#mzo-import-counts').waitFor();
  // Tall enough that nothing scrolls: a scrolled admin page lays its sticky title over the top of a section.
  await page.setViewportSize({ width: 1280, height: 2800 });
  await page.mouse.move(1200, 2700);
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await shot('10-inlezen-kolommen.png', page.locator('#mzo-import-columns'));
  await shot('11-inlezen-controle.png', page.locator('#mzo-import-preview'));
  await page.getByRole('button', { name: /inlezen als concept$/ }).click();
  await page.locator('#mzo-import-done').waitFor({ timeout: 60_000 });
  await shot('12-inlezen-klaar.png', page.locator('#mzo-import-confirm'));
  await context.close();
}
/**
 * The Redacteur's side of issue 15 (docs/editor-guide.md, "Voor de redactie"): the panel "Nodig een vrijwilliger
 * uit" on the organisation's page, after inviting; "Bekijk de wijzigingen" on the overview with the changes field
 * by field; publishing the volunteer's new activity there; and sending the room back with a reason.
 */
async function redactieScreenshots({ browser, call, superToken, roleId, password, adminUrl, out, organisation, organisationId, activityId }) {
  const editor = (
    await call('POST', '/admin/users', superToken, { email: 'roos@example.org', firstname: 'Roos', lastname: 'Redactie', roles: [roleId('redacteur')] })
  ).data;
  await call('PUT', `/admin/users/${editor.id}`, superToken, { password, isActive: true });
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const shot = async (name, locator) => {
    await page.waitForTimeout(500);
    await (locator ?? page).screenshot({ path: join(out, name) });
    console.log(`  docs/img/${name}`);
  };
  await signIn(page, adminUrl('/auth/login'), 'roos@example.org', password);

  await page.goto(adminUrl(`/content-manager/collection-types/api::organisation.organisation/${organisationId}?plugins[i18n][locale]=nl`));
  await page.getByText('Nodig een vrijwilliger uit').first().waitFor();
  await page.locator('input#mzo-invite-email').fill('yusuf@example.org');
  await page.locator('input#mzo-invite-firstname').fill('Yusuf');
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  await page.getByText('Yusuf is uitgenodigd.').waitFor();
  await page.getByText('Yusuf is uitgenodigd.').scrollIntoViewIfNeeded();
  await shot('20-vrijwilliger-uitnodigen.png');

  await page.goto(adminUrl('/mzo-overzicht'));
  const row = (title) =>
    page
      .getByRole('row')
      .filter({ has: page.getByText(title, { exact: true }) })
      .first();
  await row(organisation.name).getByRole('button', { name: 'Bekijk de wijzigingen' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('row').filter({ hasText: 'Korte beschrijving' }).waitFor();
  await shot('21-wijzigingen-bekijken.png');
  await dialog.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByText(`“${organisation.name}” is gepubliceerd.`).waitFor();

  await row('Taalcafé op zaterdag').getByRole('button', { name: 'Bekijk de wijzigingen' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('row').filter({ hasText: 'Titel' }).waitFor();
  await dialog.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByText('“Taalcafé op zaterdag” is gepubliceerd.').waitFor();
  // The notices of both publications go away by themselves; the next screenshot is taken without them.
  await page
    .getByText('is gepubliceerd.')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => {});

  await row('Ontmoetingsruimte').getByRole('button', { name: 'Bekijk de wijzigingen' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reden om terug te sturen').fill('Hoeveel mensen passen er in de ruimte als je in rijen zit? Zet dat in de beschrijving.');
  await shot('22-terugsturen.png', dialog);
  await dialog.getByRole('button', { name: 'Terugsturen' }).click();
  await page.getByText('“Ontmoetingsruimte” is teruggestuurd met je reden.').waitFor();
  await context.close();
  return activityId;
}
/**
 * The officials' screens (docs/editor-guide.md, "Voor de gemeente"), desktop and phone: the start page with
 * overdue outcomes, "Raadplegen" for older people in Zuidwest, the contact-person list (officials-only, by
 * organisation), recording a consultation, the organisation's consent to be named, and the public pages
 * /raadplegen/ and /inbreng/.
 */
async function officialsScreenshots({ browser, call, superToken, roleId, demo, password, adminUrl, siteUrl, out }) {
  for (const [email, firstname, role] of [
    ['gijs@example.org', 'Gijs', 'gemeente'],
    ['rita@example.org', 'Rita', 'redacteur'],
  ]) {
    const user = (await call('POST', '/admin/users', superToken, { email, firstname, lastname: 'Demo', roles: [roleId(role)] })).data;
    await call('PUT', `/admin/users/${user.id}`, superToken, { password, isActive: true });
  }
  const signedIn = async (email, viewport) => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport, timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await signIn(page, adminUrl('/auth/login'), email, password);
    return page;
  };
  const shot = async (page, name, options = {}) => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, name), ...options });
    console.log(`  docs/img/${name}`);
  };
  const choose = async (page, filter, option) => {
    await page.getByRole('combobox', { name: filter }).click();
    await page.getByRole('option', { name: option }).click();
    await page.keyboard.press('Escape');
  };
  const contactList = adminUrl(
    '/content-manager/collection-types/api::contact-person.contact-person?page=1&pageSize=10&sort=organisation.name:ASC&filters[$and][0][visibility][$eq]=officials',
  );
  for (const [viewport, suffix] of [
    [{ width: 1280, height: 860 }, ''],
    [{ width: 390, height: 844 }, '-telefoon'],
  ]) {
    const page = await signedIn('gijs@example.org', viewport);
    await page.getByText('Uitkomst nog niet gedeeld').first().waitFor();
    await shot(page, `13-gemeente-start${suffix}.png`);
    await page.goto(adminUrl('/mzo-raadplegen'));
    await page.getByRole('heading', { name: 'Wie kunt u raadplegen?' }).waitFor();
    await choose(page, 'Voor wie', /^Ouderen \(\d+\)$/);
    await choose(page, 'Wijken', /^Zuidwest \(\d+\)$/);
    await page.locator('.mzo-consult-row').first().waitFor();
    await shot(page, `14-raadplegen${suffix}.png`);
    await page.goto(contactList);
    await page.getByRole('button', { name: /^Zichtbaarheid is / }).waitFor();
    await shot(page, `15-contactpersonen${suffix}.png`);
    await page.context().close();
  }
  const consultation = demo.consultations.find((c) => c.published && c.participants.length && c.outcomeSummary);
  const record = (
    await call('GET', `/content-manager/collection-types/api::consultation.consultation?filters[slug][$eq]=${consultation.slug}&locale=nl`, superToken)
  ).results[0];
  const page = await signedIn('gijs@example.org', { width: 1280, height: 860 });
  await page.goto(adminUrl(`/content-manager/collection-types/api::consultation.consultation/${record.documentId}?plugins[i18n][locale]=nl`));
  await page.getByText('Deelnemers', { exact: true }).first().scrollIntoViewIfNeeded();
  await shot(page, '16-raadpleging-vastleggen.png');
  await page.context().close();

  const named = demo.organisations.find((o) => o.published && o.consultationOptIn);
  const organisation = (
    await call('GET', `/content-manager/collection-types/api::organisation.organisation?filters[slug][$eq]=${named.slug}&locale=nl`, superToken)
  ).results[0];
  const editor = await signedIn('rita@example.org', { width: 1280, height: 860 });
  await editor.goto(adminUrl(`/content-manager/collection-types/api::organisation.organisation/${organisation.documentId}?plugins[i18n][locale]=nl`));
  await editor.getByText('Onze naam mag bij raadplegingen staan').first().scrollIntoViewIfNeeded();
  await shot(editor, '17-naam-bij-raadplegingen.png');
  await editor.context().close();

  for (const [viewport, suffix] of [
    [{ width: 1280, height: 860 }, ''],
    [{ width: 390, height: 844 }, '-telefoon'],
  ]) {
    const context = await browser.newContext({ locale: 'nl-NL', viewport, timezoneId: 'Europe/Amsterdam' });
    const site = await context.newPage();
    await site.goto(`${siteUrl}/raadplegen/`);
    await shot(site, `18-website-raadplegen${suffix}.png`);
    await site.goto(`${siteUrl}/inbreng/#${consultation.slug}`);
    await shot(site, `19-website-inbreng${suffix}.png`);
    await context.close();
  }
}
const { values } = parseArgs({ options: { database: { type: 'string' }, out: { type: 'string', default: 'docs/img' }, only: { type: 'string' } } });
/** `--only officials`: the officials' screenshots alone (the site is still built for them); `--only import`: the import's; `--only volunteer`: the volunteer's and the review's. */
const only = values.only;
if (only && !['volunteer', 'officials', 'import'].includes(only)) throw new Error(`--only ${only}: choose volunteer, officials or import`);
const out = resolve(ROOT, values.out);
mkdirSync(out, { recursive: true });

const step = (text) => console.log(`▶ ${text}`);

if (cmsNeedsBuild()) {
  step('Building the CMS…');
  await buildCms({ quiet: true });
}
const workDir = mkdtempSync(join(tmpdir(), 'mzo-screenshots-'));
const databaseFile = join(workDir, 'cms.db');
const env = { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: databaseFile, NODE_ENV: 'production', PDOK_LOOKUP: 'off' };
if (values.database) copyFileSync(values.database, databaseFile);
else {
  step('Seeding demo data…');
  await run(process.execPath, ['scripts/seed.mjs', '--reference-date', REFERENCE_DATE, '--no-admin'], { cwd: ROOT, env, quiet: true });
}

const link = join(workDir, 'site');
let cmsUrl;
const rebuilder = createRebuilder({ build: () => buildSite({ env: { ...env, CMS_URL: cmsUrl, CMS_SNAPSHOT: '' }, link, quiet: true }), debounceMs: 500 });
const rebuildServer = await startRebuildServer({ rebuilder, secret: 'screenshots' });
step('Starting the CMS…');
const cms = await startCms({
  port: await freePort(),
  log: 'pipe',
  env: { ...env, REBUILD_WEBHOOK_URL: `${rebuildServer.url}/rebuild`, REBUILD_WEBHOOK_SECRET: 'screenshots' },
});
cmsUrl = cms.url;
let browser;
let site;

const call = cmsCaller(cms.url);

try {
  // The organisation the volunteer keeps current: published, with activities, not confirmed for a year.
  const demo = generateDemoData({ referenceDate: REFERENCE_DATE });
  const organisation = demo.organisations.find(
    (o) => o.published && o.lastConfirmed < '2025-11-01' && demo.activities.some((a) => a.organisation === o.slug) && o.address,
  );
  const password = 'Schermafdruk-2026';
  const superToken = (await call('POST', '/admin/register-admin', undefined, { email: 'beheer@example.org', password, firstname: 'Beheer', lastname: 'Demo' }))
    .data.token;
  const roles = (await call('GET', '/admin/roles', superToken)).data;
  const roleId = (code) => roles.find((r) => r.code === code).id;
  const volunteer = (
    await call('POST', '/admin/users', superToken, {
      email: 'amina@example.org',
      firstname: 'Amina',
      lastname: 'Vrijwilliger',
      roles: [roleId('mzo-vrijwilliger')],
    })
  ).data;
  await call('PUT', `/admin/users/${volunteer.id}`, superToken, { password, isActive: true });
  const org = (await call('GET', `/content-manager/collection-types/api::organisation.organisation?filters[slug][$eq]=${organisation.slug}`, superToken))
    .results[0];
  await call('PUT', `/content-manager/collection-types/api::organisation.organisation/${org.documentId}`, superToken, {
    editors: { connect: [{ id: volunteer.id }] },
  });
  if (only !== 'import') {
    step('Building the public site…');
    const first = await rebuilder.rebuildNow('screenshots');
    if (!first.ok) throw new Error(first.error);
    site = await serveSite({ dir: link, port: await freePort() });
  }

  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 860 }, timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const shot = async (name, options = {}) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, name), ...options });
    console.log(`  docs/img/${name}`);
  };
  const admin = (path) => `${cms.url}/admin${path}`;

  if (!only || only === 'volunteer') {
    step('Screenshots…');
    await page.goto(admin('/auth/login'));
    await page.getByLabel('E-mail').fill('amina@example.org');
    await page.getByLabel('Wachtwoord').fill(password);
    await shot('01-inloggen.png');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/admin\/?$/);
    // The start: the homepage widget "Mijn organisatie".
    await page.getByRole('link', { name: 'Bewerk het profiel' }).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await shot('02-mijn-organisatie.png');

    await page.getByRole('link', { name: 'Bewerk het profiel' }).first().click();
    // The start page has a "Klopt nog" too: wait for the form itself.
    await page.locator('textarea[name="summary"]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Klopt nog' }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await shot('03-profiel-bewerken.png');

    await page.locator('input[name="phone"]').fill('12345');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('vul een geldig telefoonnummer in').first().waitFor();
    await page.locator('input[name="phone"]').scrollIntoViewIfNeeded();
    await shot('04-foutmelding.png');
    await page.locator('input[name="phone"]').fill('');

    await page.goto(admin('/mijn-organisatie'));
    await page.getByRole('button', { name: 'Klopt nog' }).first().click();
    await page.getByText('Dank je!').first().waitFor();
    await shot('05-klopt-nog.png');

    await page.getByRole('link', { name: 'Nieuwe activiteit' }).first().click();
    await page.locator('input[name="title"]').fill('Taalcafé op zaterdag');
    await page.locator('textarea[name="summary"]').fill('Samen Nederlands oefenen bij een kop thee. Iedereen is welkom.');
    const moment = async (label, date, time) => {
      const group = page.getByRole('group', { name: label });
      await group.getByLabel('Datum').fill(date);
      await group.getByLabel('Tijd').fill(time);
    };
    await moment('Begint op', '2027-01-09', '10:00');
    await moment('Eindigt op', '2027-01-09', '12.00');
    const repeat = page.getByRole('group', { name: 'Herhaling' });
    await repeat.getByRole('radio', { name: 'Elke week' }).click();
    await repeat.getByText('Elke zaterdag', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL(/api::activity\.activity\/(?!create)\w+/);
    await page.getByText('Opgeslagen').first().waitFor();
    await page.getByRole('group', { name: 'Begint op' }).scrollIntoViewIfNeeded();
    await shot('06-activiteit-toevoegen.png');
    const activityId = page.url().split('/').pop().split('?')[0];

    await page.goto(admin('/mijn-organisatie'));
    await page.getByRole('link', { name: 'Nieuwe ruimte' }).first().click();
    await page.locator('input[name="name"]').fill('Ontmoetingsruimte');
    await page.getByRole('combobox', { name: 'Grootteklasse' }).click();
    await page.getByRole('option', { name: /^M:/ }).click();
    await page.locator('input[name="areaM2"]').fill('60');
    await page.locator('input[name="capacity"]').fill('40');
    await page.getByRole('combobox', { name: 'Tarief' }).click();
    await shot('07-ruimte-toevoegen.png');
    await page.getByRole('option', { name: /^35 %/ }).click();
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL(/api::room\.room\/(?!create)\w+/);
    await page.getByText('Opgeslagen').first().waitFor();

    // A changed summary, for the Redacteur's review below.
    await page.goto(admin('/mijn-organisatie'));
    await page.getByRole('link', { name: 'Bewerk het profiel' }).first().click();
    await page.locator('textarea[name="summary"]').waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('textarea[name="summary"]').fill(`${organisation.summary.nl.slice(0, 200)} Nieuw: elke zaterdag een taalcafé.`);
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText('Opgeslagen').first().waitFor();

    await page.goto(admin('/mijn-organisatie'));
    await page.getByText('Wacht op de redactie').first().waitFor();
    await shot('09-wacht-op-de-redactie.png');
    // The same start page on a phone.
    const phone = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 }, timezoneId: 'Europe/Amsterdam' });
    const phonePage = await phone.newPage();
    phonePage.setDefaultTimeout(30_000);
    await phonePage.goto(admin('/auth/login'));
    await phonePage.getByLabel('E-mail').fill('amina@example.org');
    await phonePage.getByLabel('Wachtwoord').fill(password);
    await phonePage.getByRole('button', { name: 'Inloggen' }).click();
    await phonePage.waitForURL(/\/admin\/?$/);
    await phonePage.goto(admin('/mijn-organisatie'));
    await phonePage.getByText('Wacht op de redactie').first().waitFor({ timeout: 60_000 });
    await phonePage.waitForTimeout(400);
    await phonePage.screenshot({ path: join(out, '10-telefoon.png') });
    console.log('  docs/img/10-telefoon.png');

    step('A Redacteur invites a volunteer, reviews, publishes the new activity and sends the room back; the site is rebuilt…');
    await redactieScreenshots({ browser, call, superToken, roleId, password, adminUrl: admin, out, organisation, organisationId: org.documentId, activityId });
    while (rebuilder.status().lastChange?.documentId !== activityId) await new Promise((r) => setTimeout(r, 100));
    // What the volunteer sees next: the notices on the start page, at desktop size and on a phone.
    await page.goto(admin('/'));
    await page.getByText('Gepubliceerd door de redactie').first().waitFor({ timeout: 60_000 });
    await page.getByText('Teruggestuurd door de redactie').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The admin scrolls inside its layout (a full-page screenshot shows no more): a tall window shows the notices
    // and the room sent back further down at once.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.getByText('Hoeveel mensen passen er in de ruimte').first().waitFor();
    await shot('23-meldingen-startpagina.png');
    await page.setViewportSize({ width: 1280, height: 860 });
    await phonePage.goto(admin('/'));
    await phonePage.getByText('Gepubliceerd door de redactie').first().waitFor({ timeout: 60_000 });
    await phonePage.waitForLoadState('networkidle');
    await phonePage.waitForTimeout(400);
    await phonePage.screenshot({ path: join(out, '24-telefoon-meldingen.png') });
    console.log('  docs/img/24-telefoon-meldingen.png');
    await phone.close();
    await rebuilder.idle();
    await page.goto(`${site.url}/organisaties/${organisation.slug}/`);
    await shot('08-website.png', { fullPage: true });
  }
  if (!only || only === 'import') {
    step('A Redacteur imports organisations from a spreadsheet…');
    await importScreenshots({ browser, call, superToken, roleId, demo, password, adminUrl: admin, out });
  }
  if (!only || only === 'officials') {
    step('The officials’ screens…');
    await officialsScreenshots({ browser, call, superToken, roleId, demo, password, adminUrl: admin, siteUrl: site.url, out });
  }
  console.log(`Done: ${organisation.name} (${organisation.slug}).`);
} finally {
  await browser?.close();
  await rebuilder.idle();
  site?.server.close();
  rebuilder.close();
  await rebuildServer.close();
  await cms.stop();
  rmSync(workDir, { recursive: true, force: true });
}
