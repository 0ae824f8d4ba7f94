/**
 * The incremental content sync (content-types/src/rest/sync.ts) against a real Strapi over HTTP: after each kind of
 * change an editor makes — a summary edited and published, an activity's time, a theme renamed, a contact moved to
 * officials only, an organisation agreeing to be named in consultations, an organisation unpublished (with
 * activities, rooms and contacts pointing at it) and published again, an entry deleted — the synced snapshot equals a full fetch, and the sync fetched only a few entries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSnapshot, syncSnapshot, type SyncedSnapshot } from '@mzo/content-types/rest';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { adminClient } from '../support/admin-api.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
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

/** Syncs from the last state and checks the result equals a full fetch; returns the sync's report. */
async function syncEqualsFull() {
  const { snapshot, report } = await syncSnapshot(state, { baseUrl: cms.url });
  const full = await fetchSnapshot({ baseUrl: cms.url });
  expect(report.mode).toBe('incremental');
  for (const type of Object.keys(full.collections)) expect(snapshot.collections[type], type).toEqual(full.collections[type]);
  state = snapshot;
  return report;
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
  it('nothing changed: nothing fetched but the lists (and the contact people)', async () => {
    const report = await syncEqualsFull();
    expect(fetchedEntries(report)).toBe(0);
    expect(Object.values(report.removed).reduce((a, b) => a + b, 0)).toBe(0);
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
