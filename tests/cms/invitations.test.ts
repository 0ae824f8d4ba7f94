/**
 * Inviting people into the CMS (issues 15 and 17): a Redacteur invites a volunteer from the organisation's
 * page (an account with the role MZO-vrijwilliger, made an editor of that organisation, the link e-mailed
 * when SMTP is configured and shown whole); the invitee chooses a password and sees their organisation; a
 * volunteer or official cannot invite. Settings → Users e-mails its invitations too. Runs its own Strapi on a
 * copy of the suite's seeded database (tests/support/admin-browser.ts), with a local SMTP stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ORG, PASSWORD, signIn, startAdmin, type AdminUnderTest } from '../support/admin-browser.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { mailText, startSmtpStandIn } from '../support/smtp-stand-in.ts';

const published = demo.organisations.filter((o: any) => o.published);
const organisation = found(published[0], 'a published organisation');
const other = found(published[1], 'a second published organisation');
const third = found(published[2], 'a third published organisation');

let admin: AdminUnderTest;
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
const tokens: Record<string, string> = {};
/** Amina's invitation link's token, used once she chose a password. */
let usedToken = '';
const ids: Record<string, string> = {};
const api = () => admin.api;

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  admin = await startAdmin({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' });
  tokens.super = admin.superToken;
  for (const [code, email, firstname] of [
    ['redacteur', 'redactie@example.org', 'Ruud'],
    ['mzo-vrijwilliger', 'vrijwilliger@example.org', 'Vera'],
    ['gemeente', 'gemeente@example.org', 'Gijs'],
  ]) {
    tokens[code] = (await api().createUser(tokens.super, { email, password: PASSWORD, roleCode: code, firstname })).token;
  }
  ids.organisation = await admin.documentIdBySlug(ORG, organisation.slug);
  ids.other = await admin.documentIdBySlug(ORG, other.slug);
  ids.third = await admin.documentIdBySlug(ORG, third.slug);
}, 300_000);

afterAll(async () => {
  await admin?.stop();
  await smtp?.close();
});

const invite = (token: string, documentId: string, body: unknown) => api().call('POST', `/mzo/organisations/${documentId}/invite`, { token, body });
const statusOf = async (documentId: string) => (await api().call('GET', `${api().collection(ORG)}/${documentId}`, { token: tokens.super })).body.data.status;
const accountsWith = async (email: string) =>
  (await api().call('GET', `/admin/users?filters[email][$eq]=${encodeURIComponent(email)}`, { token: tokens.super })).body.data.results;

describe('inviting a volunteer from the organisation’s page', () => {
  it('creates an account with the role MZO-vrijwilliger, not active yet, an editor of that organisation only, and e-mails the whole link', async () => {
    const statusBefore = await statusOf(ids.organisation);
    const email = 'amina@example.org';
    const answer = await invite(tokens.redacteur, ids.organisation, { email: ' Amina@Example.org ', firstname: 'Amina' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.data).toMatchObject({ email, firstname: 'Amina', outcome: 'invited', emailed: true });
    const token = answer.body.data.registrationToken as string;
    usedToken = token;
    expect(token).toMatch(/^[0-9a-f]{20,}$/);

    const [account] = await accountsWith(email);
    expect(account.isActive).toBe(false);
    expect(account.roles.map((r: { code: string }) => r.code)).toEqual(['mzo-vrijwilliger']);
    // Who edits an organisation is no content: its draft waits for the redactie no more and no less than before.
    expect(await statusOf(ids.organisation)).toBe(statusBefore);

    const mails = smtp.mails.filter((m) => m.to.join(' ').includes(email));
    expect(mails).toHaveLength(1);
    const text = mailText(mails[0]);
    expect(text).toContain(organisation.name);
    expect(text).toMatch(new RegExp(`https?://[^\\s]+/admin/auth/register\\?registrationToken=${token}(\\s|$)`));

    // The invitee chooses a password and sees that organisation, and no other, on their start page.
    const registered = await api().call('POST', '/admin/register', {
      body: { registrationToken: token, userInfo: { firstname: 'Amina', lastname: 'Test', password: PASSWORD } },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const mine = await api().call('GET', '/mzo/my-organisations', { token: registered.body.data.token });
    expect(mine.body.data.map((o: { documentId: string }) => o.documentId)).toEqual([ids.organisation]);
  });

  it('makes an existing volunteer an editor of a second organisation without a new account', async () => {
    const answer = await invite(tokens.redacteur, ids.other, { email: 'vrijwilliger@example.org', firstname: 'Vera' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.data).toMatchObject({ outcome: 'linked', registrationToken: null, emailed: false });
    expect(await accountsWith('vrijwilliger@example.org')).toHaveLength(1);
    const mine = await api().call('GET', '/mzo/my-organisations', { token: tokens['mzo-vrijwilliger'] });
    expect(mine.body.data.map((o: { documentId: string }) => o.documentId)).toContain(ids.other);
  });

  it('gives an invitee who has not chosen a password yet the same link again when invited for a second organisation', async () => {
    const first = await invite(tokens.redacteur, ids.other, { email: 'chris@example.org', firstname: 'Chris' });
    expect(first.status).toBe(201);
    const again = await invite(tokens.redacteur, ids.third, { email: 'chris@example.org', firstname: 'Chris' });
    expect(again.status).toBe(201);
    expect(again.body.data).toMatchObject({ outcome: 'linked', registrationToken: first.body.data.registrationToken, emailed: true });
    expect(await accountsWith('chris@example.org')).toHaveLength(1);
  });

  it('refuses a volunteer and an official, and creates no account for them', async () => {
    for (const code of ['mzo-vrijwilliger', 'gemeente']) {
      const email = `niet-door-${code}@example.org`;
      const answer = await invite(tokens[code], ids.other, { email, firstname: 'Niemand' });
      expect(answer.status, code).toBe(403);
      expect(await accountsWith(email)).toHaveLength(0);
    }
    expect([401, 403]).toContain((await invite('', ids.other, { email: 'anoniem@example.org', firstname: 'A' })).status);
  });

  it('names the field and the reason when the address or the name is missing or wrong, and never touches an editor’s account', async () => {
    const noAddress = await invite(tokens.redacteur, ids.other, { email: 'amina', firstname: 'Amina' });
    expect(noAddress.status).toBe(400);
    expect(noAddress.body.error.message).toMatch(/^E-mailadres: /);
    const noName = await invite(tokens.redacteur, ids.other, { email: 'nieuw@example.org', firstname: ' ' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toMatch(/^Voornaam: /);
    const editor = await invite(tokens.redacteur, ids.other, { email: 'redactie@example.org', firstname: 'Ruud' });
    expect(editor.status).toBe(400);
    expect(editor.body.error.message).toMatch(/^E-mailadres: .*redactie/);
    expect((await invite(tokens.redacteur, 'bestaat-niet', { email: 'x@example.org', firstname: 'X' })).status).toBe(404);
  });
});

describe('inviting someone in Settings → Users', () => {
  it('e-mails the invitation with the whole link when SMTP is configured', async () => {
    const roles = await api().call('GET', '/admin/roles', { token: tokens.super });
    const gemeente = roles.body.data.find((r: { code: string }) => r.code === 'gemeente');
    const created = await api().call('POST', '/admin/users', {
      token: tokens.super,
      body: { email: 'ambtenaar@example.org', firstname: 'Anouk', lastname: 'Test', roles: [gemeente.id] },
    });
    expect(created.status).toBe(201);
    const mails = smtp.mails.filter((m) => m.to.join(' ').includes('ambtenaar@example.org'));
    expect(mails).toHaveLength(1);
    const text = mailText(mails[0]);
    expect(text).toContain('Gemeente');
    expect(text).toContain(`/admin/auth/register?registrationToken=${created.body.data.registrationToken}`);
  });

  it('lets a Redacteur invite an official or a volunteer, and refuses them every other role before an account exists', async () => {
    const roles = await api().call('GET', '/admin/roles', { token: tokens.redacteur });
    expect(roles.status).toBe(200);
    const role = (code: string) =>
      found(
        roles.body.data.find((r: { code: string }) => r.code === code),
        code,
      ).id as number;
    const create = (token: string, email: string, roleIds: number[]) =>
      api().call('POST', '/admin/users', { token, body: { email, firstname: 'Test', lastname: 'Test', roles: roleIds } });
    for (const [email, roleIds] of [
      ['wordt-super@example.org', [role('strapi-super-admin')]],
      ['wordt-redacteur@example.org', [role('redacteur')]],
      ['ook-super@example.org', [role('gemeente'), role('strapi-super-admin')]],
      ['zonder-rol@example.org', []],
    ] as const) {
      const refused = await create(tokens.redacteur, email, [...roleIds]);
      expect(refused.status, email).toBe(403);
      expect(refused.body.error.message, JSON.stringify(refused.body)).toMatch(/^Rollen: /);
      expect(await accountsWith(email)).toHaveLength(0);
    }
    for (const code of ['mzo-vrijwilliger', 'gemeente'])
      expect((await create(tokens[code], `door-${code}@example.org`, [role('gemeente')])).status, code).toBe(403);
    const official = await create(tokens.redacteur, 'door-redactie@example.org', [role('gemeente')]);
    expect(official.status).toBe(201);
    expect(official.body.data.roles.map((r: { code: string }) => r.code)).toEqual(['gemeente']);
    const volunteer = await create(tokens.redacteur, 'vrijwilliger-door-redactie@example.org', [role('mzo-vrijwilliger')]);
    expect(volunteer.status).toBe(201);
  });
});

/** The token of the last invitation e-mailed to `email`. */
async function mailedToken(email: string): Promise<string> {
  await expect.poll(() => smtp.mails.filter((m) => m.to.join(' ').includes(email)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const mail = smtp.mails.filter((m) => m.to.join(' ').includes(email)).at(-1)!;
  return found(/registrationToken=([0-9a-f]+)/.exec(mailText(mail))?.[1], `the token in the e-mail to ${email}`);
}
/** The invitation link on screen, whole: the text itself, not cut off by the box it is in. */
async function shownLink(page: Page): Promise<string> {
  const link = page.locator('[data-invitation-link]').first();
  await link.waitFor();
  expect(await link.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  return (await link.innerText()).trim();
}

// A loaded machine makes the admin slow (a step may take a minute): each step has its own 60 s (admin-browser.ts).
describe('inviting in the admin panel (Chromium)', () => {
  it('lets the Redacteur invite from the organisation’s page and shows the whole link; the invitee chooses a password and lands on their organisation', async () => {
    const { page } = await admin.newPage();
    await signIn(page, admin.url, 'redactie@example.org');
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ORG}/${ids.third}`);
    await page.getByText('Nodig een vrijwilliger uit').first().waitFor();
    await page.locator('input#mzo-invite-email').fill('bilal@example.org');
    await page.locator('input#mzo-invite-firstname').fill('Bilal');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Bilal is uitgenodigd.').waitFor();
    await page.getByText('De uitnodiging is gemaild naar bilal@example.org').waitFor();
    const token = await mailedToken('bilal@example.org');
    expect(await shownLink(page)).toBe(`${admin.url}/admin/auth/register?registrationToken=${token}`);

    // The invitee, in a browser of their own, opens the link and chooses a password.
    const invitee = (await admin.newPage()).page;
    await invitee.goto(await shownLink(page));
    // The form fills in who was invited when the token is checked; typing before that would be wiped.
    await expect.poll(() => invitee.locator('input[name="email"]').inputValue(), { timeout: 60_000 }).toBe('bilal@example.org');
    await invitee.locator('input[name="password"]').fill(PASSWORD);
    await invitee.locator('input[name="confirmPassword"]').fill(PASSWORD);
    await invitee.getByRole('button', { name: 'Beginnen' }).click();
    await invitee.waitForURL((url) => !url.pathname.includes('/auth/'));
    await invitee.getByRole('heading', { name: third.name }).first().waitFor();
    expect(await invitee.evaluate(() => document.body.innerText)).toContain('Mijn organisatie');
  }, 300_000);

  it('shows a volunteer no invitation panel on their own organisation’s page', async () => {
    const { page } = await admin.newPage();
    await signIn(page, admin.url, 'vrijwilliger@example.org');
    await page.goto(`${admin.url}/admin/content-manager/collection-types/${ORG}/${ids.other}`);
    await page.getByText('Klopt alles nog?').first().waitFor();
    expect(await page.getByText('Nodig een vrijwilliger uit').count()).toBe(0);
  }, 300_000);

  it('shows the invitation link whole when a Redacteur invites an official in Settings → Users, and e-mails it', async () => {
    const { page } = await admin.newPage();
    await signIn(page, admin.url, 'redactie@example.org');
    await page.goto(`${admin.url}/admin/settings/users`);
    await page.getByRole('button', { name: 'Nodig nieuwe gebruiker uit' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Voornaam').fill('Gerda');
    await dialog.getByLabel('Achternaam').fill('Test');
    await dialog.getByLabel('E-mail').fill('gerda@example.org');
    await dialog.getByRole('combobox', { name: /rollen/i }).click();
    await page.getByRole('option', { name: 'Gemeente' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Nodig gebruiker uit' }).click();
    const token = await mailedToken('gerda@example.org');
    const link = await shownLink(page);
    expect(link).toBe(`${admin.url}/admin/auth/register?registrationToken=${token}`);
    expect(link).not.toMatch(/\.\.\.$/);
  }, 300_000);

  it('shows each role only menu links to pages it may open: no error page and no refused request behind any link', async () => {
    for (const email of ['redactie@example.org', 'gemeente@example.org', 'vrijwilliger@example.org']) {
      const { page } = await admin.newPage();
      const refused: string[] = [];
      let at = 'sign-in';
      page.on('response', (response) => {
        // Strapi's media library reads its settings for telemetry (upload's useTracking) for every user, and
        // Strapi itself answers 403 to all without the settings permission; nothing of it shows on the page.
        if (new URL(response.url()).pathname === '/upload/settings') return;
        // Strapi's i18n edit view may ask for an entry's AI translation jobs before it has read that AI is off
        // (/admin/ai-feature-config, 404); the route table refuses every AI route to everyone (cms/src/security/routes.ts),
        // by design, and nothing of it shows on the page. Seen once in a fresh-clone CI run on the Redacteur's pages.
        if (new URL(response.url()).pathname.startsWith('/i18n/ai-localization-jobs/')) return;
        if ([401, 403].includes(response.status())) refused.push(`${response.status()} ${new URL(response.url()).pathname} (on ${at})`);
      });
      await signIn(page, admin.url, email);
      // The menu renders after the app has read the user's permissions, which can come after the address changed
      // and after the network went quiet (seen in a fresh-clone CI run under load: no link read at all).
      const links = async () => {
        await page
          .locator('nav a[href^="/admin"]')
          .first()
          .waitFor({ timeout: 60_000 })
          .catch(async () => {
            throw new Error(`${email}: no menu on ${page.url()}: ${(await page.evaluate(() => document.body.innerText)).slice(0, 500)}`);
          });
        await page.getByText('Loading content').waitFor({ state: 'detached' });
        return page.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('nav a[href^="/admin"]')].map((a) => new URL(a.href).pathname + new URL(a.href).search),
        );
      };
      const menu = new Set(await links());
      await page.goto(`${admin.url}/admin/settings`);
      await page.waitForLoadState('networkidle');
      for (const link of await links()) menu.add(link);
      // A settings list (roles, users) links to each entry: open the first of each list the role is shown.
      const visited = new Set<string>();
      for (const link of menu) {
        if (visited.has(link) || link.includes('/auth/')) continue;
        visited.add(link);
        at = link;
        await page.goto(`${admin.url}${link}`);
        await page.waitForLoadState('networkidle');
        const text = await page.evaluate(() => document.body.innerText);
        expect(text, `${email} opens ${link}`).not.toMatch(
          /geen rechten|no permissions|don.t have the permissions|Er is iets misgegaan|Something went wrong|niet gevonden|Page not found/i,
        );
        for (const row of await page.locator('tbody tr[role="row"], tbody tr').all()) {
          if (!(await row.evaluate((r) => getComputedStyle(r).cursor === 'pointer'))) continue;
          at = `first entry of ${link}`;
          await row.click();
          await page.waitForLoadState('networkidle');
          const opened = await page.evaluate(() => document.body.innerText);
          expect(opened, `${email} opens the first entry of ${link}`).not.toMatch(
            /geen rechten|no permissions|don.t have the permissions|Er is iets misgegaan|Something went wrong/i,
          );
          break;
        }
      }
      expect(refused, `${email}: requests refused behind menu links`).toEqual([]);
      expect(visited.size, email).toBeGreaterThan(1);
      await page.close();
    }
  }, 600_000);

  it('tells an account that is not active yet so, in words without “geblokkeerd”, and a used invitation link that it no longer works', async () => {
    const { id } = await api().createUser(tokens.super, { email: 'nog-niet@example.org', password: PASSWORD, roleCode: 'gemeente', firstname: 'Nina' });
    expect((await api().call('PUT', `/admin/users/${id}`, { token: tokens.super, body: { isActive: false } })).status).toBe(200);
    const { page } = await admin.newPage();
    await page.goto(`${admin.url}/admin/auth/login`);
    await page.getByLabel('E-mail').fill('nog-niet@example.org');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Je account is nog niet actief').first().waitFor();
    const inactive = await page.evaluate(() => document.body.innerText);
    expect(inactive).toMatch(/uitnodiging/);
    for (const word of ['geblokkeerd', 'blocked', 'suspended']) expect(inactive).not.toContain(word);

    expect(usedToken).not.toBe('');
    await page.goto(`${admin.url}/admin/auth/register?registrationToken=${usedToken}`);
    await page.getByText('Deze uitnodigingslink werkt niet meer').first().waitFor();
    const used = await page.evaluate(() => document.body.innerText);
    for (const word of ['geblokkeerd', 'Invalid', 'registrationToken']) expect(used).not.toContain(word);
  }, 300_000);
});
