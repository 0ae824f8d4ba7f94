/**
 * The red team's attacks of issue 12, over HTTP against a real Strapi with canary values: two
 * volunteers of different organisations, a Gemeente account and a Redacteur. Stock content-manager
 * routes the project's own checks once missed (clone, bulkFindForValidation,
 * countManyEntriesDraftRelations), `localizations` in answers and in public filters. Afterwards no
 * canary is in the public API, in a site built from it (Pagefind fragments unpacked) or its exports.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchSnapshot, writeSnapshot } from '@mzo/content-types/rest';
import { ROUTE_GROUPS, type Caller } from '../../cms/src/security/routes.ts';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { buildSite } from '../../tooling/site-build.ts';
import { adminClient } from '../support/admin-api.ts';
import { demo } from '../support/demo.ts';
import { allFiles } from '../support/files.ts';
import { found } from '../support/found.ts';
import { freePort } from '../support/net.ts';
import { TEST_BUILD_NOW } from '../support/suite.ts';

const ORG = 'api::organisation.organisation';
const ACT = 'api::activity.activity';
const CONTACT = 'api::contact-person.contact-person';
const PASSWORD = 'Mzo-test-wachtwoord-1';
const CANARY = {
  editorNotes: 'CANARY-editor-notes-a41c',
  officialsEmail: 'canary-officials-7e2f@example.org',
  hiddenEmail: 'canary-hidden-3b9d@example.org',
  consentNote: 'CANARY-consent-note-c5a0',
  draftSummary: 'CANARYDRAFTSUMMARYQZX',
};

const published = demo.organisations.filter((o: any) => o.published);
const withActivities = (o: any) => demo.activities.some((a: any) => a.organisation === o.slug);
const orgA = found(
  published.find((o: any) => withActivities(o)),
  'an organisation with activities',
);
const orgB = found(
  published.find((o: any) => o !== orgA && withActivities(o)),
  'a second organisation with activities',
);

let workDir: string;
let cms: Awaited<ReturnType<typeof startCms>>;
let api: ReturnType<typeof adminClient>;
const tokens: Record<'super' | 'volunteerA' | 'volunteerB' | 'municipality' | 'editor', string> = {} as never;
const ids = { A: '', B: '', activityA: '', activityB: '', officialsB: '', hiddenB: '', publicB: '', contactA: '' };

const canaries = () => Object.values(CANARY);
const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

async function documentIdBySlug(uid: string, slug: string) {
  const { body } = await api.call('GET', `${api.collection(uid)}?page=1&pageSize=10&filters[slug][$eq]=${slug}`, { token: tokens.super });
  return body.results[0].documentId as string;
}

async function firstActivityOf(organisationSlug: string) {
  const slug = found(
    demo.activities.find((a: any) => a.organisation === organisationSlug),
    `an activity of ${organisationSlug}`,
  ).slug;
  return documentIdBySlug(ACT, slug);
}

async function createContact(organisation: string, values: Record<string, unknown>) {
  const created = await api.call('POST', api.collection(CONTACT), {
    token: tokens.editor,
    body: { ...values, organisation: { connect: [{ documentId: organisation }] } },
  });
  expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
  return created.body.data.documentId as string;
}

async function publicGet(path: string) {
  const response = await fetch(`${cms.url}${path}`);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-privacy-'));
  const databaseFile = join(workDir, 'cms.db');
  const seeded = inject('seededDatabaseFile') || process.env.MZO_SEEDED_DATABASE;
  if (!seeded) throw new Error('This file copies the suite’s seeded SQLite database; it does not run with TEST_DATABASE=postgres.');
  const source = new Database(seeded, { readonly: true });
  await source.backup(databaseFile);
  source.close();
  const db = new Database(databaseFile);
  // Every version, draft and published, Dutch and English, carries the canary.
  db.prepare('UPDATE organisations SET editor_notes = ?').run(CANARY.editorNotes);
  db.close();
  cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: databaseFile, NODE_ENV: 'production', PDOK_LOOKUP: 'off' },
  });
  api = adminClient(cms.url);
  tokens.super = await api.registerFirstAdmin('beheer@example.org', PASSWORD);
  const volunteerA = await api.createUser(tokens.super, {
    email: 'vrijwilliger-a@example.org',
    password: PASSWORD,
    roleCode: 'mzo-vrijwilliger',
    firstname: 'Anna',
  });
  const volunteerB = await api.createUser(tokens.super, {
    email: 'vrijwilliger-b@example.org',
    password: PASSWORD,
    roleCode: 'mzo-vrijwilliger',
    firstname: 'Bram',
  });
  tokens.volunteerA = volunteerA.token;
  tokens.volunteerB = volunteerB.token;
  tokens.municipality = (
    await api.createUser(tokens.super, { email: 'gemeente@example.org', password: PASSWORD, roleCode: 'gemeente', firstname: 'Gijs' })
  ).token;
  tokens.editor = (await api.createUser(tokens.super, { email: 'redactie@example.org', password: PASSWORD, roleCode: 'redacteur', firstname: 'Ruud' })).token;
  ids.A = await documentIdBySlug(ORG, orgA.slug);
  ids.B = await documentIdBySlug(ORG, orgB.slug);
  for (const [organisation, user] of [
    [ids.A, volunteerA.id],
    [ids.B, volunteerB.id],
  ] as const) {
    const linked = await api.call('PUT', `${api.collection(ORG)}/${organisation}?locale=nl`, {
      token: tokens.super,
      body: { editors: { connect: [{ id: user }] } },
    });
    expect(linked.status).toBe(200);
  }
  ids.activityA = await firstActivityOf(orgA.slug);
  ids.activityB = await firstActivityOf(orgB.slug);
  ids.officialsB = await createContact(ids.B, { name: 'Olga Ambtelijk', email: CANARY.officialsEmail, visibility: 'officials' });
  ids.hiddenB = await createContact(ids.B, { name: 'Henk Verborgen', email: CANARY.hiddenEmail, visibility: 'hidden' });
  ids.publicB = await createContact(ids.B, {
    name: 'Petra Publiek',
    email: 'petra.publiek@example.org',
    visibility: 'public',
    consentNote: CANARY.consentNote,
  });
  ids.contactA = await createContact(ids.A, { name: 'Ada Eigen', email: 'ada.eigen@example.org', visibility: 'public' });
  // Text that exists only in B's Dutch draft (saved, not published).
  const draft = await api.call('PUT', `${api.collection(ORG)}/${ids.B}?locale=nl`, {
    token: tokens.editor,
    body: { summary: `Concept ${CANARY.draftSummary} nog niet klaar` },
  });
  expect(draft.status, JSON.stringify(draft.body).slice(0, 300)).toBe(200);
}, 300_000);

afterAll(async () => {
  await cms?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const clone = (uid: string, documentId: string, token: string, body: unknown, locale?: string) =>
  api.call('POST', `${api.collection(uid)}/clone/${documentId}${locale ? `?locale=${locale}` : ''}`, { token, body });

describe('clone (the content manager’s duplicate)', () => {
  it('refuses a volunteer cloning another organisation’s officials-only contact into their own, public', async () => {
    const response = await clone(CONTACT, ids.officialsB, tokens.volunteerA, { visibility: 'public', organisation: { connect: [{ documentId: ids.A }] } });
    expect(response.status, text(response.body).slice(0, 300)).toBe(403);
    for (const value of canaries()) expect(text(response.body)).not.toContain(value);
  });

  it('refuses cloning another organisation’s hidden contact, or a public one (its consent note)', async () => {
    for (const source of [ids.hiddenB, ids.publicB]) {
      const response = await clone(CONTACT, source, tokens.volunteerA, { visibility: 'public' });
      expect(response.status, text(response.body).slice(0, 300)).toBe(403);
      for (const value of canaries()) expect(text(response.body)).not.toContain(value);
    }
  });

  it('refuses cloning another organisation’s activity', async () => {
    const response = await clone(ACT, ids.activityB, tokens.volunteerA, {}, 'nl');
    expect(response.status, text(response.body).slice(0, 300)).toBe(403);
  });

  it('lets a volunteer duplicate their own activity, linked to their organisation, with a new slug', async () => {
    const response = await clone(ACT, ids.activityA, tokens.volunteerA, {}, 'nl');
    expect(response.status, text(response.body).slice(0, 300)).toBe(200);
    const copy = await api.call('GET', `${api.collection(ACT)}/${response.body.data.documentId}?locale=nl&populate[organisation][fields][0]=documentId`, {
      token: tokens.editor,
    });
    const original = await api.call('GET', `${api.collection(ACT)}/${ids.activityA}?locale=nl`, { token: tokens.editor });
    expect(copy.body.data.slug).not.toBe(original.body.data.slug);
  });

  it('applies the input rules to a copy, for a volunteer and for a Redacteur', async () => {
    for (const token of [tokens.volunteerA, tokens.editor]) {
      for (const body of [{ registrationUrl: 'javascript:alert(1)' }, { recurrence: 'FREQ=SOMETIMES' }]) {
        const response = await clone(ACT, ids.activityA, token, body, 'nl');
        expect(response.status, `${text(body)} → ${text(response.body).slice(0, 300)}`).toBe(400);
      }
      const contact = await clone(CONTACT, ids.contactA, token, { phone: '<b>not-a-phone', visibility: 'public' });
      expect(contact.status, text(contact.body).slice(0, 300)).toBe(400);
    }
    const { text: contacts } = await publicGet('/api/contact-persons?pagination[pageSize]=100');
    expect(contacts).not.toContain('not-a-phone');
  });

  it('refuses a volunteer moving a copy of their own contact to another organisation', async () => {
    const response = await clone(CONTACT, ids.contactA, tokens.volunteerA, { organisation: { connect: [{ documentId: ids.B }] } });
    expect(response.status, text(response.body).slice(0, 300)).toBe(400);
  });
});

describe('bulk and count actions of the content manager', () => {
  const bulkFind = (token: string, documentIds: string[], locale: string) =>
    api.call('POST', `${api.collection(ORG)}/actions/bulkFindForValidation`, { token, body: { documentIds, locale } });

  it('refuses bulkFindForValidation on another organisation for a volunteer', async () => {
    for (const locale of ['nl', 'en']) {
      const response = await bulkFind(tokens.volunteerA, [ids.B], locale);
      expect(response.status, text(response.body).slice(0, 300)).toBe(403);
      for (const value of canaries()) expect(text(response.body)).not.toContain(value);
    }
  });

  it('gives the Gemeente no editor notes, nested localizations included, and another language only as which one it is', async () => {
    for (const locale of ['nl', 'en']) {
      const response = await bulkFind(tokens.municipality, [ids.B], locale);
      expect(response.status, text(response.body).slice(0, 300)).toBe(200);
      expect(text(response.body)).not.toContain(CANARY.editorNotes);
    }
    const read = await api.call('GET', `${api.collection(ORG)}/${ids.B}?locale=en`, { token: tokens.municipality });
    expect(read.status).toBe(200);
    expect(text(read.body)).not.toContain(CANARY.editorNotes);
    // The Dutch draft's text is read in Dutch, not through the English version's localizations.
    expect(text(read.body)).not.toContain(CANARY.draftSummary);
  });

  it('gives a volunteer’s own save and read no editor notes, in localizations neither', async () => {
    const saved = await api.call('PUT', `${api.collection(ORG)}/${ids.A}?locale=nl`, {
      token: tokens.volunteerA,
      body: { summary: `${orgA.summary.nl}`.slice(0, 290) },
    });
    expect(saved.status, text(saved.body).slice(0, 300)).toBe(200);
    expect(text(saved.body)).not.toContain(CANARY.editorNotes);
    const read = await api.call('GET', `${api.collection(ORG)}/${ids.A}?locale=en`, { token: tokens.volunteerA });
    expect(read.status).toBe(200);
    expect(text(read.body)).not.toContain(CANARY.editorNotes);
    // The Redacteur still reads them.
    const editor = await api.call('GET', `${api.collection(ORG)}/${ids.A}?locale=en`, { token: tokens.editor });
    expect(editor.body.data.editorNotes).toBe(CANARY.editorNotes);
  });

  it('refuses countManyEntriesDraftRelations for another organisation’s document', async () => {
    const path = `${api.collection(ORG)}/actions/countManyEntriesDraftRelations?documentIds[0]=${ids.B}&locale=nl`;
    expect((await api.call('GET', path, { token: tokens.volunteerA })).status).toBe(403);
    const own = await api.call('GET', `${api.collection(ORG)}/actions/countManyEntriesDraftRelations?documentIds[0]=${ids.A}&locale=nl`, {
      token: tokens.volunteerA,
    });
    expect(own.status, text(own.body)).toBe(200);
  });
});

describe('localizations on the public API', () => {
  it('refuses filters, sort, populate and fields through localizations (a draft oracle)', async () => {
    for (const path of [
      `/api/organisations?locale=en&filters[localizations][summary][$contains]=${CANARY.draftSummary}`,
      `/api/organisations?locale=en&filters[localizations][summary][$startsWith]=C`,
      `/api/organisations?locale=en&filters[$or][0][localizations][name][$null]=false`,
      `/api/organisations?locale=en&sort=localizations.summary:asc`,
      `/api/organisations?locale=en&sort[0]=localizations.summary`,
      `/api/organisations?locale=en&populate[localizations]=*`,
      `/api/organisations?locale=en&populate[0]=localizations`,
      `/api/activities?locale=en&filters[organisation][localizations][summary][$contains]=C`,
    ]) {
      const { status, text: body } = await publicGet(path);
      expect(status, `${path} → ${body.slice(0, 200)}`).toBe(400);
      expect(body).not.toContain(CANARY.draftSummary);
    }
  });

  it('answers populate=* without any language version’s content', async () => {
    for (const locale of ['nl', 'en']) {
      const { status, text: body } = await publicGet(`/api/organisations?locale=${locale}&populate=*&pagination[pageSize]=100`);
      expect(status).toBe(200);
      for (const value of canaries()) expect(body).not.toContain(value);
      expect(body).not.toContain('"localizations"');
    }
  });
});

/** A concrete request path for a route of the table. */
function concrete(path: string): string {
  return path
    .replace('((?!uploads/).+)', 'robots.txt')
    .replace('(.*)', 'x')
    .replace(':path*', 'x')
    .replace(/:(model|uid|contentType)\b/g, ORG)
    .replace(/:(id|role)\b/g, '1')
    .replace(/:(sourceId|documentId|sessionId|name|provider|targetField)\b/g, 'x');
}

describe('roles', () => {
  it('has no Strapi Editor or Author role beside the project’s three', async () => {
    const roles = await api.call('GET', '/admin/roles', { token: tokens.super });
    const codes = roles.body.data.map((role: { code: string }) => role.code);
    expect(codes).toEqual(expect.arrayContaining(['redacteur', 'mzo-vrijwilliger', 'gemeente']));
    expect(codes).not.toContain('strapi-editor');
    expect(codes).not.toContain('strapi-author');
  });
});

describe('uploads, judged by their content', () => {
  const png = () => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  async function upload(name: string, type: string, bytes: Buffer) {
    const form = new FormData();
    form.append('files', new Blob([Uint8Array.from(bytes)], { type }), name);
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${tokens.volunteerA}` }, body: form });
    return { status: response.status, text: await response.text() };
  }

  it('accepts a real PNG', async () => {
    const { status, text: body } = await upload('logo.png', 'image/png', png());
    expect(status, body.slice(0, 300)).toBe(201);
  });

  it('refuses SVG named .png, HTML named .png, a PNG with HTML appended, HTML behind a GIF header and a broken PNG', async () => {
    for (const [name, bytes] of [
      ['x.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ['page.png', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')],
      ['polyglot.png', Buffer.concat([png(), Buffer.from('<html><script>alert(1)</script></html>')])],
      ['header.gif', Buffer.concat([Buffer.from('GIF89a'), Buffer.from('<html><script>alert(1)</script></html>')])],
      ['broken.png', png().subarray(0, 40)],
    ] as const) {
      const { status, text: body } = await upload(name, 'image/png', bytes);
      expect(status, `${name}: ${body.slice(0, 200)}`).toBe(400);
    }
  });
});

describe('the suggestion endpoint’s size limit', () => {
  it('counts the bytes it reads: a 200 kB chunked body is refused (413) and nothing is stored', async () => {
    const count = async () =>
      (await api.call('GET', `${api.collection('api::suggestion.suggestion')}?page=1&pageSize=1`, { token: tokens.editor })).body.pagination.total;
    const before = await count();
    const payload = JSON.stringify({
      kind: 'new-network',
      organisationName: 'Groot',
      wijkName: 'Zuid',
      message: 'x'.repeat(200 * 1024),
      consent: 'on',
      locale: 'nl',
    });
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < payload.length; i += 8192) controller.enqueue(new TextEncoder().encode(payload.slice(i, i + 8192)));
        controller.close();
      },
    });
    const response = await fetch(`${cms.url}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await count()).toBe(before);
  });
});

describe('the route table, enforced', () => {
  it('refuses every route the table refuses, to each role', async () => {
    const tokenOf: Record<Exclude<Caller, 'anonymous'>, string> = { volunteer: tokens.volunteerA, municipality: tokens.municipality, editor: tokens.editor };
    let checked = 0;
    for (const group of ROUTE_GROUPS) {
      for (const caller of ['anonymous', 'volunteer', 'municipality', 'editor'] as const) {
        if (group.access[caller] !== 'no') continue;
        for (const route of group.routes) {
          const [method, path] = route.split(' ');
          const token = caller === 'anonymous' ? undefined : tokenOf[caller];
          const response = await api.call(method === 'ALL' ? 'GET' : method, concrete(path), { token, body: method === 'GET' ? undefined : {} });
          expect([401, 403, 404], `${caller}: ${route} → ${response.status} ${text(response.body).slice(0, 200)}`).toContain(response.status);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  }, 300_000);
});

describe('after the attacks', () => {
  it('has no canary in the public API, a site built from it (Pagefind unpacked) or its exports', async () => {
    for (const type of ['organisations', 'activities', 'contact-persons', 'rooms']) {
      for (const query of ['populate=*', 'locale=en&populate=*', 'locale=all', 'status=draft']) {
        const { text: body } = await publicGet(`/api/${type}?pagination[pageSize]=100&${query}`);
        for (const value of canaries()) expect(body, `${type} ${query}`).not.toContain(value);
      }
    }
    const snapshotFile = join(workDir, 'snapshot.json');
    writeSnapshot(snapshotFile, await fetchSnapshot({ baseUrl: cms.url }));
    const site = await buildSite({
      env: { ...process.env, CMS_SNAPSHOT: snapshotFile, CMS_URL: 'http://127.0.0.1:9', BUILD_NOW: TEST_BUILD_NOW },
      link: join(workDir, 'site'),
      quiet: true,
    });
    const files = allFiles(realpathSync(site.outDir));
    expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    expect(files.some((f) => f.endsWith('hsds.json'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      const body = /\.pf_(fragment|index|meta)$/.test(file) ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      for (const value of canaries()) expect(body, `${file} leaks ${value}`).not.toContain(value);
    }
  }, 600_000);
});
