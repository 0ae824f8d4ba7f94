/**
 * What a volunteer hears from the redactie (issue 15, items 7 and 9), on a Strapi of its own with a local SMTP
 * stand-in: when a Redacteur publishes something of their organisation, each editor of that organisation gets
 * one e-mail per publish action (a bulk publish of two activities is one e-mail) and a notice on their start
 * page with a link to the public page; editors of other organisations and the Redacteur get nothing; a change
 * sent back with a reason is e-mailed too. Neither the mails nor the notice carry the editors' notes or the
 * name of a contact person who is not on the website. In Chromium at 390×844: the notice shows and closes;
 * every link and button of the start page is a tap target (at least 24×24, the main actions 44 high); the
 * left menu has one link to the start page, named "Mijn organisatie".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ACT, CONTACT, DESKTOP, ORG, PASSWORD, PHONE, ROOM, signIn, startAdmin, visibleText, type AdminUnderTest } from '../support/admin-browser.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { mailText, startSmtpStandIn, type ReceivedMail } from '../support/smtp-stand-in.ts';
import { englishIn } from '../support/strapi-english.ts';

const published = demo.organisations.filter((o: any) => o.published && !o.memberOf?.length);
const activitiesOf = (slug: string) => demo.activities.filter((a: any) => a.organisation === slug);
const organisation = found(
  published.find((o: any) => activitiesOf(o.slug).length >= 2),
  'a published organisation with two activities',
);
const other = found(
  published.find((o: any) => o.slug !== organisation.slug),
  'a second published organisation',
);
const [first, second] = activitiesOf(organisation.slug);
const CANARY_NOTE = 'NOTITIE-VAN-DE-REDACTIE-CANARY';
const CANARY_HIDDEN = 'Verborgen Canarypersoon';

let admin: AdminUnderTest;
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const api = () => admin.api;
let vera: Page;

const to = (mail: ReceivedMail, email: string) => mail.to.join(' ').toLowerCase().includes(email);
/** Where the mails of the step under test start (creating the users mailed their invitations before). */
let mark = 0;
const mailsTo = (email: string) => smtp.mails.slice(mark).filter((mail) => to(mail, email));
const startStep = () => {
  mark = smtp.mails.length;
};
/** Contact people have no language versions; the other types are published in Dutch, as the review dialog does. */
const publish = (uid: string, documentId: string) =>
  api().call('POST', `${api().collection(uid)}/${documentId}/actions/publish${uid === CONTACT ? '' : '?locale=nl'}`, { token: tokens.ruud, body: {} });
/** A mail's subject and first lines of text, to name it when a count is wrong. */
const described = (mail: ReceivedMail) => {
  const text = mailText(mail);
  const subject = /^subject: (.*)$/im.exec(text)?.[1] ?? '(no subject)';
  const body = text
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 160);
  return `${subject} | ${body}`;
};
const wrongCount = (email: string) => `the mails to ${email} of this step: ${mailsTo(email).map(described).join(' || ') || 'none'}`;
/** Until no mail came in for a second (at most 15 s): the mails of a step go out one by one after its answer. */
async function mailsSettled() {
  const until = Date.now() + 15_000;
  for (let seen = smtp.mails.length; Date.now() < until; ) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (smtp.mails.length === seen) return;
    seen = smtp.mails.length;
  }
}
/**
 * Waits until `email` has `count` mails, then until the step's mails stopped coming, and checks the count again:
 * a mail that comes late (each editor's goes out after the one before) or twice is counted in the step that sent it,
 * not in the next one (seen in CI: the previous step's mail to Wim counted in the send-back step). A wrong count
 * names the mails.
 */
async function mailCount(email: string, count: number) {
  await expect
    .poll(() => mailsTo(email).length, { timeout: 30_000 })
    .toBe(count)
    .catch((error: Error) => {
      throw new Error(`${error.message}: ${wrongCount(email)}`);
    });
  await mailsSettled();
  expect(mailsTo(email).length, wrongCount(email)).toBe(count);
}

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  admin = await startAdmin({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' });
  const user = async (email: string, roleCode: string, firstname: string, preferedLanguage?: string) =>
    api().createUser(admin.superToken, { email, password: PASSWORD, roleCode, firstname, preferedLanguage });
  const veraUser = await user('vera@example.org', 'mzo-vrijwilliger', 'Vera');
  const wimUser = await user('wim@example.org', 'mzo-vrijwilliger', 'Wim', 'en');
  const ottoUser = await user('otto@example.org', 'mzo-vrijwilliger', 'Otto');
  const ruudUser = await user('ruud@example.org', 'redacteur', 'Ruud');
  Object.assign(tokens, { vera: veraUser.token, wim: wimUser.token, otto: ottoUser.token, ruud: ruudUser.token });
  ids.organisation = await admin.documentIdBySlug(ORG, organisation.slug);
  ids.other = await admin.documentIdBySlug(ORG, other.slug);
  ids.first = await admin.documentIdBySlug(ACT, first.slug);
  ids.second = await admin.documentIdBySlug(ACT, second.slug);
  for (const [documentId, editors] of [
    [ids.organisation, [veraUser.id, wimUser.id, ruudUser.id]],
    [ids.other, [ottoUser.id]],
  ] as const) {
    const linked = await api().call('PUT', `${api().collection(ORG)}/${documentId}?locale=nl`, {
      token: admin.superToken,
      body: { editors: { connect: editors.map((id) => ({ id })) } },
    });
    expect(linked.status, JSON.stringify(linked.body).slice(0, 300)).toBe(200);
  }
  // The redactie's own note on the organisation: it must not reach a volunteer's mail or notice.
  const noted = await api().call('PUT', `${api().collection(ORG)}/${ids.organisation}?locale=nl`, { token: tokens.ruud, body: { editorNotes: CANARY_NOTE } });
  expect(noted.status).toBe(200);
  vera = (await admin.newPage(PHONE)).page;
  await signIn(vera, admin.url, 'vera@example.org');
}, 300_000);

afterAll(async () => {
  await admin?.stop();
  await smtp?.close();
});

describe('when the redactie publishes', () => {
  it('e-mails each editor of the organisation once for a bulk publish of two activities, and nobody else', async () => {
    startStep();
    for (const [documentId, title] of [
      [ids.first, `${first.title.nl} (nieuw)`],
      [ids.second, `${second.title.nl} (nieuw)`],
    ]) {
      const saved = await api().call('PUT', `${api().collection(ACT)}/${documentId}?locale=nl`, { token: tokens.vera, body: { title } });
      expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);
    }
    const bulk = await api().call('POST', `${api().collection(ACT)}/actions/bulkPublish`, {
      token: tokens.ruud,
      body: { documentIds: [ids.first, ids.second], locale: 'nl' },
    });
    expect(bulk.status, JSON.stringify(bulk.body).slice(0, 300)).toBe(200);

    await mailCount('vera@example.org', 1);
    await mailCount('wim@example.org', 1);
    const text = mailText(mailsTo('vera@example.org')[0]);
    expect(text).toContain('Beste Vera,');
    expect(text).toContain('De redactie (Ruud) heeft op');
    expect(text).toContain(`Activiteit ‘${first.title.nl} (nieuw)’ (${organisation.name}): staat nu op de website.`);
    expect(text).toContain(`Activiteit ‘${second.title.nl} (nieuw)’ (${organisation.name}): staat nu op de website.`);
    expect(text).toMatch(new RegExp(`https?://[^\\s]+/organisaties/${organisation.slug}/`));
    expect(text).not.toContain(CANARY_NOTE);
    // Wim chose English as his interface language.
    const english = mailText(mailsTo('wim@example.org')[0]);
    expect(english).toContain('Dear Wim,');
    expect(english).toContain(`Activity ‘${first.title.nl} (nieuw)’ (${organisation.name}): is now on the website.`);
    // Not the Redacteur who published (an editor of it too), not the volunteer of another organisation.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(mailsTo('ruud@example.org')).toHaveLength(0);
    expect(mailsTo('otto@example.org')).toHaveLength(0);
  }, 120_000);

  it('e-mails again for the next publish action, without naming a contact person who is not on the website', async () => {
    const created = await api().call('POST', api().collection(CONTACT), {
      token: tokens.vera,
      body: { name: CANARY_HIDDEN, visibility: 'hidden', email: 'verborgen@example.org', organisation: { connect: [{ documentId: ids.organisation }] } },
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    ids.hidden = created.body.data.documentId;
    startStep();
    expect((await publish(CONTACT, ids.hidden)).status).toBe(200);
    await mailCount('vera@example.org', 1);
    await mailCount('wim@example.org', 1);
    const text = mailText(mailsTo('vera@example.org')[0]);
    expect(text).toContain(`Een contactpersoon van ${organisation.name} die niet op de website staat: is bijgewerkt.`);
    for (const secret of [CANARY_HIDDEN, 'verborgen@example.org', CANARY_NOTE]) expect(text).not.toContain(secret);
    expect(mailsTo('otto@example.org')).toHaveLength(0);
  }, 120_000);

  it('e-mails the reason when the redactie sends a change back', async () => {
    const [room] = demo.rooms.filter((r: any) => r.providerOrganisation === organisation.slug);
    let roomId: string;
    if (room) roomId = await admin.documentIdBySlug(ROOM, room.slug);
    else {
      const made = await api().call('POST', `${api().collection(ROOM)}?locale=nl`, {
        token: tokens.vera,
        body: {
          name: 'Onze ontmoetingsruimte',
          sizeClass: 'M',
          capacity: 30,
          tariff: 'tarief-35',
          providerOrganisation: { connect: [{ documentId: ids.organisation }] },
        },
      });
      expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201);
      roomId = made.body.data.documentId;
    }
    startStep();
    const reason = 'Schrijf bij de ruimte ook hoeveel mensen er passen.';
    const sent = await api().call('POST', `/mzo/review/${ROOM}/${roomId}/send-back`, { token: tokens.ruud, body: { reason } });
    expect(sent.status, JSON.stringify(sent.body).slice(0, 300)).toBe(200);
    await mailCount('vera@example.org', 1);
    await mailCount('wim@example.org', 1);
    const text = mailText(mailsTo('vera@example.org')[0]);
    expect(text).toContain('De redactie (Ruud) heeft je wijziging nog niet gepubliceerd, maar teruggestuurd:');
    expect(text).toContain(reason);
    expect(text).toContain(`/admin/content-manager/collection-types/${ROOM}/${roomId}`);
    expect(mailsTo('otto@example.org')).toHaveLength(0);
    expect(mailsTo('ruud@example.org')).toHaveLength(0);
  }, 120_000);

  it('shows the notice on the volunteer’s start page with a link to the public page, until it is closed', async () => {
    const mine = await api().call('GET', '/mzo/my-organisations', { token: tokens.vera });
    const notices = mine.body.data.find((o: { documentId: string }) => o.documentId === ids.organisation).notices;
    expect(notices.map((n: { documentId: string }) => n.documentId).sort()).toEqual([ids.first, ids.second, ids.hidden].sort());
    expect(JSON.stringify(mine.body)).not.toContain(CANARY_NOTE);
    // Another organisation's volunteer has no notice.
    const otto = await api().call('GET', '/mzo/my-organisations', { token: tokens.otto });
    expect(otto.body.data.flatMap((o: { notices: unknown[] }) => o.notices)).toEqual([]);

    await vera.goto(`${admin.url}/admin`);
    const notice = vera.getByRole('status').filter({ hasText: `activiteit ‘${first.title.nl} (nieuw)’ staat nu op de website.` });
    await notice.first().waitFor();
    expect(await notice.first().innerText()).toMatch(/Gepubliceerd door de redactie \(Ruud\) op \d{1,2} [a-z]+:/);
    const see = vera.getByRole('link', { name: 'Bekijk het op de website' }).first();
    expect(await see.getAttribute('href')).toMatch(new RegExp(`/organisaties/${organisation.slug}/$`));
    const text = await visibleText(vera);
    expect(text).not.toContain(CANARY_NOTE);
    expect(await englishIn(text)).toEqual([]);

    await vera.getByRole('button', { name: `Sluit melding over ‘${first.title.nl} (nieuw)’` }).click();
    await vera.getByText(`activiteit ‘${first.title.nl} (nieuw)’ staat nu op de website.`).waitFor({ state: 'detached' });
    await vera.reload();
    await vera.getByText(`activiteit ‘${second.title.nl} (nieuw)’ staat nu op de website.`).waitFor();
    expect(await vera.getByText(`activiteit ‘${first.title.nl} (nieuw)’ staat nu op de website.`).count()).toBe(0);
  }, 180_000);
});

describe('the start page on a phone (390×844)', () => {
  it('has tap targets: every link and button at least 24×24 CSS px, the main actions 44 high', async () => {
    await vera.setViewportSize(PHONE);
    await vera.goto(`${admin.url}/admin`);
    await vera.getByRole('heading', { name: organisation.name }).first().waitFor();
    await vera.waitForLoadState('networkidle').catch(() => undefined);
    const boxes = await vera.locator('main a[href], main button').evaluateAll((elements) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => {
          const r = e.getBoundingClientRect();
          // A label that wraps must stay inside its button (a fixed height let it run over the edge).
          const label = e.querySelector('span') ?? e;
          const overflows = label.getBoundingClientRect().height > r.height + 1;
          return {
            name: (e.getAttribute('aria-label') || (e as HTMLElement).innerText).trim(),
            width: Math.round(r.width),
            height: Math.round(r.height),
            overflows,
          };
        }),
    );
    console.log(
      `start page at 390×844: ${boxes.length} links and buttons, smallest ${Math.min(...boxes.map((b) => b.width))}×${Math.min(...boxes.map((b) => b.height))} px`,
    );
    expect(boxes.length).toBeGreaterThan(8);
    expect(boxes.filter((b) => b.width < 24 || b.height < 24)).toEqual([]);
    expect(boxes.filter((b) => b.overflows).map((b) => b.name)).toEqual([]);
    for (const name of [
      'Bewerk het profiel',
      'Bekijk wat iedereen nu ziet (website)',
      'Nieuwe activiteit',
      'Nieuwe ruimte',
      'Nieuwe contactpersoon',
      'Klopt nog',
    ]) {
      const box = boxes.find((b) => b.name === name);
      expect(box, name).toBeDefined();
      expect(box!.height, name).toBeGreaterThanOrEqual(44);
    }
    for (const box of boxes.filter((b) => b.name.startsWith('Bewerk '))) expect(box.height, box.name).toBeGreaterThanOrEqual(44);
  }, 120_000);
});

describe('the left menu', () => {
  it('has one link to a volunteer’s start page, named Mijn organisatie, at desktop size and on a phone', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      await vera.setViewportSize(viewport);
      await vera.goto(`${admin.url}/admin`);
      await vera.getByRole('heading', { name: organisation.name }).first().waitFor();
      const nav = vera.getByRole('navigation').first();
      const names = await nav.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') || (l as HTMLElement).innerText.trim()));
      expect(names, `${viewport.width}px`).not.toContain('Home');
      expect(
        names.filter((name) => name === 'Mijn organisatie'),
        `${viewport.width}px: ${names.join(', ')}`,
      ).toHaveLength(1);
      const start = nav.getByRole('link', { name: 'Mijn organisatie' });
      expect(new URL(String(await start.getAttribute('href')), admin.url).pathname.replace(/\/$/, '')).toBe('/admin');
    }
  }, 120_000);
});
