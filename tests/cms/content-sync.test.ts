/**
 * The incremental content sync (content-types/src/rest/sync.ts) against a real Strapi over HTTP: after each kind of
 * change an editor makes — a summary edited and published, an activity's time, a theme renamed, a contact moved to
 * officials only and back, an organisation agreeing to be named in consultations, "Klopt nog", a sensitive theme on
 * a consultation's draft, a new language version, an organisation unpublished (with activities, rooms and contacts
 * pointing at it) and published again, an entry deleted — the CMS's content digest (GET /api/mzo/content-digest)
 * changed and the synced snapshot equals a full fetch, and the sync fetched only a few entries. With nothing public
 * changed — nothing at all, a draft edited, an officials-only contact, a suggestion — the digest stays the same and
 * the sync makes that one request and keeps the previous snapshot, which still equals a full fetch. A CMS without the
 * endpoint, or one failing it, gets the sync by lists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_PATH, fetchSnapshot, syncSnapshot, type SyncedSnapshot } from '@mzo/content-types/rest';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { adminClient } from '../support/admin-api.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { gradientPng } from '../support/s3.ts';
import { freePort } from '../support/net.ts';
import { copySeededDatabase } from '../support/seeded-database.ts';

let workDir: string;
let cms: Awaited<ReturnType<typeof startCms>>;
let api: ReturnType<typeof adminClient>;
let token: string;
let state: SyncedSnapshot;

const ORG = 'api::organisation.organisation';
const sensitive = new Set(demo.themes.filter((t: any) => t.sensitive).map((t: any) => t.slug));
/** From the seed: a published participant of an ordinary consultation that did not agree to be named. */
const withheld = (c: any, slug: string) => {
  const o = demo.organisations.find((x: any) => x.slug === slug) as any;
  return Boolean(o?.published && !o.namedInConsultations && !c.themes.some((t: string) => sensitive.has(t)));
};

async function ok(method: string, path: string, body?: unknown) {
  const response = await api.call(method, path, { token, body });
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body).slice(0, 300)}`).toBeLessThan(300);
  return response.body;
}

/**
 * Syncs from the last state and checks the result equals a full fetch; returns the sync's report. By default the
 * change must have changed the CMS's content digest (an incremental sync); `unchanged`: it must not have (the
 * previous snapshot kept after one request).
 */
async function syncEqualsFull(expected: 'incremental' | 'unchanged' = 'incremental', options: { fetch?: typeof fetch } = {}) {
  const { snapshot, report } = await syncSnapshot(state, { baseUrl: cms.url, ...options });
  const full = await fetchSnapshot({ baseUrl: cms.url });
  expect(report.mode).toBe(expected);
  if (expected === 'unchanged') {
    expect(report.requests).toBe(1);
    expect(snapshot).toBe(state);
  }
  for (const type of Object.keys(full.collections)) expect(snapshot.collections[type], type).toEqual(full.collections[type]);
  state = snapshot;
  return report;
}

/** The CMS's content digest, as anyone may ask it. */
async function digest(token?: string) {
  const response = await fetch(`${cms.url}${DIGEST_PATH}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  return (await response.json()) as { data: { digest: string; computedAt: string } };
}

const fetchedEntries = (report: { fetched: Record<string, number> }, except: string[] = ['contact-person']) =>
  Object.entries(report.fetched)
    .filter(([type]) => !except.includes(type))
    .reduce((sum, [, n]) => sum + n, 0);

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-sync-'));
  const databaseFile = join(workDir, 'cms.db');
  await copySeededDatabase(databaseFile);
  cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: databaseFile, NODE_ENV: 'production', REBUILD_WEBHOOK_URL: '' },
  });
  api = adminClient(cms.url);
  token = await api.registerFirstAdmin('sync@example.org', 'Sync-wachtwoord-1');
  const first = await syncSnapshot(undefined, { baseUrl: cms.url });
  expect(first.report.mode).toBe('full');
  state = first.snapshot;
}, 300_000);

afterAll(async () => {
  await cms?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('incremental content sync', { timeout: 120_000 }, () => {
  it('nothing changed: one request for the digest, the previous snapshot kept', async () => {
    expect(state.sync?.cmsDigest).toMatch(/^[0-9a-f]{64}$/);
    const report = await syncEqualsFull('unchanged');
    expect(report.digest).toBe('same');
  });

  it('the digest: the hash alone, to anyone and to a read-only token', async () => {
    const anonymous = await digest();
    expect(Object.keys(anonymous)).toEqual(['data']);
    expect(Object.keys(anonymous.data).sort()).toEqual(['computedAt', 'digest']);
    expect(anonymous.data.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(anonymous.data.digest).toBe(state.sync?.cmsDigest);
    const created = await ok('POST', '/admin/api-tokens', { name: `sync ${Date.now()}`, description: '', type: 'read-only', lifespan: null });
    const readOnly = created.data.accessKey as string;
    expect((await digest(readOnly)).data.digest).toBe(anonymous.data.digest);
    const { snapshot, report } = await syncSnapshot(state, { baseUrl: cms.url, token: readOnly });
    expect([report.mode, report.requests, snapshot]).toEqual(['unchanged', 1, state]);
  });

  it('the digest: asked many times at once, the same answer to each, never to be cached', async () => {
    // Requests that come while a digest is computed share the next computation (controllers/content-digest.ts). Here,
    // on SQLite, the eight did not overlap (each was computed on its own), so only the answers are checked.
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${cms.url}${DIGEST_PATH}`)));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    const bodies = (await Promise.all(answers.map((answer) => answer.json()))) as { data: { digest: string; computedAt: string } }[];
    expect(new Set(bodies.map((body) => body.data.digest)).size).toBe(1);
  });

  it('the digest stays for what the public does not see: a draft edit, an officials-only contact, a suggestion', async () => {
    const before = (await digest()).data.digest;
    const organisation = (state.collections.organisation as Record<string, any>[]).find((o) => o.locale === 'nl')!;
    await ok('PUT', `/content-manager/collection-types/${ORG}/${organisation.documentId}?locale=nl`, { summary: `Concept ${Date.now()}` });
    const CONTACT = 'api::contact-person.contact-person';
    const officials = await ok('GET', `/content-manager/collection-types/${CONTACT}?filters[visibility][$eq]=officials&pageSize=1`);
    const contact = found(officials.results[0], 'an officials-only contact') as Record<string, any>;
    const secretName = `Alleen-gemeente ${Date.now()}`;
    await ok('PUT', `/content-manager/collection-types/${CONTACT}/${contact.documentId}`, { name: secretName });
    await ok('POST', `/content-manager/collection-types/${CONTACT}/${contact.documentId}/actions/publish`, {});
    const suggestion = await fetch(`${cms.url}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': '203.0.113.77' },
      body: JSON.stringify({ kind: 'new-network', organisationName: 'Netwerk Digest', message: 'Een bericht dat lang genoeg is.', locale: 'nl' }),
    });
    expect(suggestion.status).toBe(201);
    const after = await digest();
    expect(after.data.digest).toBe(before);
    expect(JSON.stringify(after)).not.toContain(secretName);
    expect(JSON.stringify(after)).not.toContain(contact.documentId);
    await syncEqualsFull('unchanged');
  });

  it('a CMS without the digest (404) or failing it: the sync by lists, saying why', async () => {
    const without = (status: number) =>
      ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) =>
        String(input).includes(DIGEST_PATH) ? Promise.resolve(new Response('{}', { status })) : fetch(input, init)) as typeof fetch;
    let report = await syncEqualsFull('incremental', { fetch: without(404) });
    expect(report.digest).toEqual({ problem: expect.stringContaining('404') });
    // Nothing changed: nothing fetched but the contact people and the consultations (always, when listing).
    expect(fetchedEntries(report, ['contact-person', 'consultation'])).toBe(0);
    expect(state.sync?.cmsDigest).toBeUndefined();
    report = await syncEqualsFull('incremental', { fetch: without(500) });
    expect(report.digest).toEqual({ problem: expect.stringContaining('500') });
    // The next sync with the endpoint stores its digest again, and the one after asks once.
    expect((await syncEqualsFull()).digest).toBe('new');
    await syncEqualsFull('unchanged');
  });

  it("an organisation's summary edited and published", async () => {
    const organisation = (state.collections.organisation as Record<string, any>[]).find((o) => o.locale === 'nl')!;
    await ok('PUT', `/content-manager/collection-types/${ORG}/${organisation.documentId}?locale=nl`, { summary: `Bijgewerkt ${Date.now()}` });
    await ok('POST', `/content-manager/collection-types/${ORG}/${organisation.documentId}/actions/publish?locale=nl`, {});
    const report = await syncEqualsFull();
    expect(report.fetched.organisation).toBe(1);
    // Consultations name organisations by a rule of the CMS (consent, sensitive themes): all are fetched again.
    expect(fetchedEntries(report, ['contact-person', 'consultation'])).toBe(1);
    expect(report.fetched.consultation).toBe(state.collections.consultation.length);
  });

  it('an organisation that took part agrees to be named: the consultation names it', async () => {
    const c = found(
      demo.consultations.find((x: any) => x.published && x.participants.some((p: string) => withheld(x, p))),
      'a consultation with a participant that did not agree',
    );
    const slug = c.participants.find((p: string) => withheld(c, p));
    const organisation = (state.collections.organisation as Record<string, any>[]).find((o) => o.locale === 'nl' && o.slug === slug)!;
    await ok('PUT', `/content-manager/collection-types/${ORG}/${organisation.documentId}?locale=nl`, { namedInConsultations: true });
    await ok('POST', `/content-manager/collection-types/${ORG}/${organisation.documentId}/actions/publish?locale=nl`, {});
    await syncEqualsFull();
    const synced = (state.collections.consultation as Record<string, any>[]).find((x) => x.slug === c.slug && x.locale === 'nl')!;
    expect(synced.participants.map((p: { documentId: string }) => p.documentId)).toContain(organisation.documentId);
  });

  it("an activity's time changed", async () => {
    const activity = (state.collections.activity as Record<string, any>[]).find((a) => a.locale === 'nl' && a.startsAt)!;
    const start = new Date(activity.startsAt);
    start.setUTCHours(start.getUTCHours() + 1);
    const uid = 'api::activity.activity';
    await ok('PUT', `/content-manager/collection-types/${uid}/${activity.documentId}?locale=nl`, { startsAt: start.toISOString() });
    await ok('POST', `/content-manager/collection-types/${uid}/${activity.documentId}/actions/publish?locale=nl`, {});
    const report = await syncEqualsFull();
    expect(report.fetched.activity).toBe(1);
  });

  it('a theme renamed (a type without drafts)', async () => {
    const theme = (state.collections.theme as Record<string, any>[]).find((t) => t.locale === 'nl')!;
    const uid = 'api::theme.theme';
    await ok('PUT', `/content-manager/collection-types/${uid}/${theme.documentId}?locale=nl`, { name: `Thema ${Date.now()}` });
    const report = await syncEqualsFull();
    expect(report.fetched.theme).toBeGreaterThanOrEqual(1);
  });

  it('a contact person moved from public to officials only', async () => {
    const contact = (state.collections['contact-person'] as Record<string, any>[])[0];
    const uid = 'api::contact-person.contact-person';
    await ok('PUT', `/content-manager/collection-types/${uid}/${contact.documentId}`, { visibility: 'officials' });
    // Contact people have drafts (issue 12): the change is public once published.
    await ok('POST', `/content-manager/collection-types/${uid}/${contact.documentId}/actions/publish`, {});
    await syncEqualsFull();
    expect((state.collections['contact-person'] as Record<string, any>[]).some((c) => c.documentId === contact.documentId)).toBe(false);
  });

  it('a contact person made public again', async () => {
    const CONTACT = 'api::contact-person.contact-person';
    const officials = await ok('GET', `/content-manager/collection-types/${CONTACT}?filters[visibility][$eq]=officials&pageSize=1`);
    const contact = found(officials.results[0], 'an officials-only contact') as Record<string, any>;
    await ok('PUT', `/content-manager/collection-types/${CONTACT}/${contact.documentId}`, { visibility: 'public' });
    await ok('POST', `/content-manager/collection-types/${CONTACT}/${contact.documentId}/actions/publish`, {});
    await syncEqualsFull();
    expect((state.collections['contact-person'] as Record<string, any>[]).some((c) => c.documentId === contact.documentId)).toBe(true);
  });

  it('"Klopt nog" (lastConfirmed set on the published version without a new updatedAt)', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const organisation = (state.collections.organisation as Record<string, any>[]).find((o) => o.locale === 'nl' && o.lastConfirmed !== today)!;
    await ok('POST', `/mzo/organisations/${organisation.documentId}/confirm`, {});
    await syncEqualsFull();
    const synced = (state.collections.organisation as Record<string, any>[]).find((o) => o.documentId === organisation.documentId && o.locale === 'nl')!;
    expect(synced.lastConfirmed).toBe(today);
  });

  it("a sensitive theme on a consultation's draft only: the public record names fewer", async () => {
    const consultations = state.collections.consultation as Record<string, any>[];
    const themes = state.collections.theme as Record<string, any>[];
    const organisations = state.collections.organisation as Record<string, any>[];
    const c = found(
      consultations.find((x) => x.locale === 'nl' && (x.participants ?? []).length),
      'a consultation naming a participant',
    );
    const named = organisations.find((o) => o.locale === 'nl' && o.documentId === c.participants[0].documentId)!;
    const shown = new Set((named.themes ?? []).map((t: { documentId: string }) => t.documentId));
    const theme = found(
      themes.find((t) => t.locale === 'nl' && t.sensitive && !shown.has(t.documentId)),
      'a sensitive theme the participant does not show',
    );
    const uid = 'api::consultation.consultation';
    await ok('PUT', `/content-manager/collection-types/${uid}/${c.documentId}?locale=nl`, {
      themes: { connect: [{ documentId: theme.documentId, locale: 'nl' }] },
    });
    await syncEqualsFull();
    const synced = (state.collections.consultation as Record<string, any>[]).find((x) => x.documentId === c.documentId && x.locale === 'nl')!;
    expect(synced.participants.map((p: { documentId: string }) => p.documentId)).not.toContain(named.documentId);
  });

  it('a logo replaced in the media library: its alternative text changed on the file only', async () => {
    const organisation = (state.collections.organisation as Record<string, any>[]).find((o) => o.locale === 'nl')!;
    const form = new FormData();
    form.append('files', new Blob([gradientPng(64, 48)], { type: 'image/png' }), 'logo.png');
    form.append('fileInfo', JSON.stringify({ alternativeText: 'Logo van de organisatie' }));
    const uploaded = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    expect(uploaded.status).toBe(201);
    const [file] = (await uploaded.json()) as { id: number }[];
    await ok('PUT', `/content-manager/collection-types/${ORG}/${organisation.documentId}?locale=nl`, { logo: file.id });
    await ok('POST', `/content-manager/collection-types/${ORG}/${organisation.documentId}/actions/publish?locale=nl`, {});
    await syncEqualsFull();
    // The media library writes the file, not the organisation: the organisation's dates stay as they are.
    const info = new FormData();
    info.append('fileInfo', JSON.stringify({ alternativeText: 'Het nieuwe logo van de organisatie' }));
    const updated = await fetch(`${cms.url}/upload?id=${file.id}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: info });
    expect(updated.status, await updated.text()).toBeLessThan(300);
    const report = await syncEqualsFull();
    expect(report.fetched.organisation).toBeGreaterThanOrEqual(1);
    const synced = (state.collections.organisation as Record<string, any>[]).find((o) => o.documentId === organisation.documentId && o.locale === 'nl')!;
    expect(synced.logo?.alternativeText).toBe('Het nieuwe logo van de organisatie');
  });

  it('a new language version of an activity published', async () => {
    const activities = state.collections.activity as Record<string, any>[];
    const activity = found(
      activities.find((a) => a.locale === 'nl' && !activities.some((b) => b.documentId === a.documentId && b.locale === 'tr')),
      'an activity without a Turkish version',
    );
    const uid = 'api::activity.activity';
    await ok('PUT', `/content-manager/collection-types/${uid}/${activity.documentId}?locale=tr`, { title: `Etkinlik ${Date.now()}` });
    await ok('POST', `/content-manager/collection-types/${uid}/${activity.documentId}/actions/publish?locale=tr`, {});
    const report = await syncEqualsFull();
    expect(report.fetched.activity).toBe(1);
    expect((state.collections.activity as Record<string, any>[]).some((a) => a.documentId === activity.documentId && a.locale === 'tr')).toBe(true);
  });

  it('a membership that shows once the other organisation confirms it (only that one changes)', async () => {
    const organisations = (state.collections.organisation as Record<string, any>[]).filter((o) => o.locale === 'nl');
    const [member, koepel] = organisations.filter((o) => !(o.memberOf ?? []).length && !(o.partners ?? []).length).slice(0, 2);
    await ok('PUT', `/content-manager/collection-types/${ORG}/${member.documentId}?locale=nl`, { memberOf: { connect: [{ documentId: koepel.documentId }] } });
    await ok('POST', `/content-manager/collection-types/${ORG}/${member.documentId}/actions/publish?locale=nl`, {});
    await syncEqualsFull();
    const memberOf = () =>
      (state.collections.organisation as Record<string, any>[]).find((o) => o.documentId === member.documentId && o.locale === 'nl')!.memberOf;
    expect(memberOf()).toEqual([]);
    await ok('PUT', `/content-manager/collection-types/${ORG}/${koepel.documentId}?locale=nl`, {
      confirmedMembers: { connect: [{ documentId: member.documentId }] },
    });
    await ok('POST', `/content-manager/collection-types/${ORG}/${koepel.documentId}/actions/publish?locale=nl`, {});
    await syncEqualsFull();
    expect(memberOf().map((m: { documentId: string }) => m.documentId)).toEqual([koepel.documentId]);
  });

  it('an organisation with activities unpublished, then published again', async () => {
    const activities = state.collections.activity as Record<string, any>[];
    const withActivities = (state.collections.organisation as Record<string, any>[]).find(
      (o) => o.locale === 'nl' && activities.some((a) => a.organisation?.documentId === o.documentId),
    )!;
    await ok('POST', `/content-manager/collection-types/${ORG}/${withActivities.documentId}/actions/unpublish?locale=nl`, {});
    let report = await syncEqualsFull();
    expect(report.removed.organisation).toBeGreaterThanOrEqual(1);
    expect((state.collections.organisation as Record<string, any>[]).some((o) => o.documentId === withActivities.documentId && o.locale === 'nl')).toBe(false);
    await ok('POST', `/content-manager/collection-types/${ORG}/${withActivities.documentId}/actions/publish?locale=nl`, {});
    report = await syncEqualsFull();
    expect(report.fetched.organisation).toBeGreaterThanOrEqual(1);
  });

  it('an activity deleted', async () => {
    const activity = (state.collections.activity as Record<string, any>[]).find((a) => a.locale === 'nl')!;
    await ok('DELETE', `/content-manager/collection-types/api::activity.activity/${activity.documentId}?locale=*`);
    const report = await syncEqualsFull();
    expect(report.removed.activity).toBeGreaterThanOrEqual(1);
  });

  it('a full sync when asked, when the model changed, or when the last full one is a day old', async () => {
    expect((await syncSnapshot(state, { baseUrl: cms.url, full: true })).report.mode).toBe('full');
    expect((await syncSnapshot({ ...state, sync: { ...state.sync!, modelDigest: 'other' } }, { baseUrl: cms.url })).report.reason).toBe(
      'the content model changed',
    );
    const old = { ...state, sync: { ...state.sync!, fullAt: new Date(Date.now() - 25 * 3600_000).toISOString() } };
    expect((await syncSnapshot(old, { baseUrl: cms.url })).report.mode).toBe('full');
  });
});
