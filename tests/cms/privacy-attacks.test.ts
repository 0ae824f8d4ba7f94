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
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSnapshot, writeSnapshot } from '@mzo/content-types/rest';
import { ROUTE_GROUPS, type Caller } from '../../cms/src/security/routes.ts';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { ROOT } from '../../tooling/paths.ts';
import { run } from '../../tooling/run.ts';
import { openDataId } from '../../site/lib/open-data/ids.ts';
import { buildSite } from '../../tooling/site-build.ts';
import { adminClient } from '../support/admin-api.ts';
import { demo } from '../support/demo.ts';
import { allFiles } from '../support/files.ts';
import { found } from '../support/found.ts';
import { freePort } from '../support/net.ts';
import { TEST_BUILD_NOW, TEST_REFERENCE_DATE } from '../support/suite.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { copySeededDatabase } from '../support/seeded-database.ts';

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
  /** A volunteer's new public contact, never published by a Redacteur. */
  pendingEmail: 'canary-pending-contact-91d4@example.org',
  /** A volunteer's change to a published public contact, never published. */
  changedEmail: 'canary-changed-contact-52e8@example.org',
  /** What volunteers tried to publish themselves (publish, bulk publish, create-and-publish, clone). */
  selfPublishedEmail: 'canary-self-published-0a7c@example.org',
};
/** A volunteer's new contact that a Redacteur then published: in the API and on the site. */
const REVIEWED_EMAIL = 'gerda.gecontroleerd@example.org';
/** The published e-mail of the contact a volunteer changed: stays on the site until the change is published. */
const CONTACT_A_EMAIL = 'ada.eigen@example.org';

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
/** Not related to A in the demo data, either way. */
const unrelatedToA = (o: any) =>
  o !== orgA &&
  o !== orgB &&
  !orgA.memberOf.includes(o.slug) &&
  !orgA.partners.includes(o.slug) &&
  !o.memberOf.includes(orgA.slug) &&
  !o.partners.includes(orgA.slug);
/** A says it is a member and a partner of C, whose volunteer confirms; and of D, which never does. */
const orgC = found(published.find(unrelatedToA), 'a third organisation, unrelated to the first');
const orgD = found(
  published.find((o: any) => unrelatedToA(o) && o !== orgC),
  'a fourth organisation, unrelated to the first',
);

let workDir: string;
let cms: Awaited<ReturnType<typeof startCms>>;
let api: ReturnType<typeof adminClient>;
const tokens: Record<'super' | 'volunteerA' | 'volunteerB' | 'volunteerC' | 'municipality' | 'editor', string> = {} as never;
const ids = { A: '', B: '', C: '', D: '', activityA: '', activityB: '', officialsB: '', hiddenB: '', publicB: '', contactA: '' };
/** The contact people of the copied database as it was before contact people had drafts (see beforeAll). */
const beforeUpgrade = { contacts: 0, draftRows: -1 };

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

/** A contact made and published by the Redacteur. */
async function createContact(organisation: string, values: Record<string, unknown>) {
  const created = await api.call('POST', api.collection(CONTACT), {
    token: tokens.editor,
    body: { ...values, organisation: { connect: [{ documentId: organisation }] } },
  });
  expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
  const documentId = created.body.data.documentId as string;
  const published = await api.call('POST', `${api.collection(CONTACT)}/${documentId}/actions/publish`, { token: tokens.editor, body: {} });
  expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200);
  return documentId;
}

async function publicGet(path: string) {
  const response = await fetch(`${cms.url}${path}`);
  return { status: response.status, text: await response.text() };
}

/** SQL on the test's own database, SQLite or PostgreSQL alike (`?` placeholders). */
interface Sql {
  all(query: string, params?: unknown[]): Promise<Record<string, any>[]>;
  run(query: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

function sqlOn(database: TestDatabase): Sql {
  if (database.file) {
    const db = new Database(database.file);
    return {
      all: async (query, params = []) => db.prepare(query).all(...params) as Record<string, any>[],
      run: async (query, params = []) => void db.prepare(query).run(...params),
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  const connected = client.connect();
  const numbered = (query: string) => {
    let n = 0;
    return query.replace(/\?/g, () => `$${++n}`);
  };
  return {
    all: async (query, params = []) => (await connected, (await client.query(numbered(query), params)).rows),
    run: async (query, params = []) => void (await connected, await client.query(numbered(query), params)),
    close: async () => {
      await connected;
      await client.end();
    },
  };
}

const count = async (sql: Sql, query: string) => Number((await sql.all(query))[0].n);

/**
 * The database as a CMS from before contact people had drafts left it: one row per contact, published,
 * linked to both versions of its organisation (a type without drafts links to the draft and the published
 * version of a target that has them), and Strapi's stored schema saying the type has no Draft & Publish.
 * The CMS's next start is then the upgrade.
 */
async function asBeforeContactDrafts(sql: Sql, sqlite: boolean) {
  const drafts = 'SELECT id FROM contact_persons WHERE published_at IS NULL';
  const tables = sqlite
    ? await sql.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'contact_persons_%_lnk'")
    : await sql.all(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'contact_persons_%_lnk'",
      );
  for (const { name } of tables) await sql.run(`DELETE FROM ${name} WHERE contact_person_id IN (${drafts})`);
  await sql.run(`DELETE FROM contact_persons WHERE id IN (${drafts})`);
  const links = await sql.all('SELECT * FROM contact_persons_organisation_lnk');
  for (const link of links) {
    const [draft] = await sql.all(
      'SELECT d.id FROM organisations d JOIN organisations p ON p.document_id = d.document_id AND p.locale = d.locale WHERE p.id = ? AND d.published_at IS NULL',
      [link.organisation_id],
    );
    if (!draft) continue;
    const columns: Record<string, unknown> = { ...link, organisation_id: draft.id };
    delete columns.id;
    const names = Object.keys(columns);
    await sql.run(`INSERT INTO contact_persons_organisation_lnk (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, Object.values(columns));
  }
  const [stored] = await sql.all("SELECT value FROM strapi_core_store_settings WHERE key = 'strapi_content_types_schema'");
  const schema = typeof stored.value === 'string' ? JSON.parse(stored.value) : stored.value;
  schema[CONTACT].options.draftAndPublish = false;
  await sql.run("UPDATE strapi_core_store_settings SET value = ? WHERE key = 'strapi_content_types_schema'", [JSON.stringify(schema)]);
  beforeUpgrade.contacts = await count(sql, 'SELECT COUNT(*) AS n FROM contact_persons WHERE published_at IS NOT NULL');
  beforeUpgrade.draftRows = await count(sql, 'SELECT COUNT(*) AS n FROM contact_persons WHERE published_at IS NULL');
}

let database: TestDatabase;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-privacy-'));
  // SQLite: a copy of the suite's seeded database. PostgreSQL (TEST_DATABASE=postgres): a fresh database, seeded here.
  database = await createTestDatabase(workDir);
  if (database.file) {
    await copySeededDatabase(database.file);
  } else {
    const env = { ...process.env, ...ephemeralCmsEnv(), ...database.env, NODE_ENV: 'production' };
    await run(process.execPath, ['scripts/seed.mjs', '--reference-date', TEST_REFERENCE_DATE, '--no-admin'], { cwd: ROOT, env, quiet: true });
  }
  const sql = sqlOn(database);
  // Every version, draft and published, Dutch and English, carries the canary.
  await sql.run('UPDATE organisations SET editor_notes = ?', [CANARY.editorNotes]);
  await asBeforeContactDrafts(sql, Boolean(database.file));
  await sql.close();
  cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: { ...process.env, ...ephemeralCmsEnv(), ...database.env, NODE_ENV: 'production', PDOK_LOOKUP: 'off' },
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
  const volunteerC = await api.createUser(tokens.super, {
    email: 'vrijwilliger-c@example.org',
    password: PASSWORD,
    roleCode: 'mzo-vrijwilliger',
    firstname: 'Cem',
  });
  tokens.volunteerA = volunteerA.token;
  tokens.volunteerB = volunteerB.token;
  tokens.volunteerC = volunteerC.token;
  tokens.municipality = (
    await api.createUser(tokens.super, { email: 'gemeente@example.org', password: PASSWORD, roleCode: 'gemeente', firstname: 'Gijs' })
  ).token;
  tokens.editor = (await api.createUser(tokens.super, { email: 'redactie@example.org', password: PASSWORD, roleCode: 'redacteur', firstname: 'Ruud' })).token;
  ids.A = await documentIdBySlug(ORG, orgA.slug);
  ids.B = await documentIdBySlug(ORG, orgB.slug);
  ids.C = await documentIdBySlug(ORG, orgC.slug);
  ids.D = await documentIdBySlug(ORG, orgD.slug);
  for (const [organisation, user] of [
    [ids.A, volunteerA.id],
    [ids.B, volunteerB.id],
    [ids.C, volunteerC.id],
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
  ids.contactA = await createContact(ids.A, { name: 'Ada Eigen', email: CONTACT_A_EMAIL, visibility: 'public' });
  // Text that exists only in B's Dutch draft (saved, not published).
  const draft = await api.call('PUT', `${api.collection(ORG)}/${ids.B}?locale=nl`, {
    token: tokens.editor,
    body: { summary: `Concept ${CANARY.draftSummary} nog niet klaar` },
  });
  expect(draft.status, JSON.stringify(draft.body).slice(0, 300)).toBe(200);
}, 300_000);

afterAll(async () => {
  await cms?.stop();
  await database?.drop();
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

describe('contact people that were live before the upgrade to drafts', () => {
  it('stay live: Strapi’s migration gives each a draft with its organisation, and the public list is unchanged', async () => {
    expect(beforeUpgrade.contacts).toBe(demo.contacts.length);
    expect(beforeUpgrade.draftRows).toBe(0);
    const { text: body } = await publicGet('/api/contact-persons?pagination[pageSize]=100');
    const shown = JSON.parse(body).data.map((c: { email: string }) => c.email);
    const publicOnes = demo.contacts.filter((c: any) => c.visibility === 'public' && published.some((o: any) => o.slug === c.organisation));
    for (const contact of publicOnes) expect(shown).toContain(contact.email);
    // Every seeded contact of a published organisation is published, and has a draft (what a volunteer edits) that keeps its organisation.
    const sql = sqlOn(database);
    try {
      const seeded = demo.contacts.filter((c: any) => published.some((o: any) => o.slug === c.organisation)).map((c: any) => c.email);
      const rows = await sql.all(
        `SELECT c.email, CASE WHEN c.published_at IS NULL THEN 'draft' ELSE 'published' END AS version,
                CASE WHEN o.published_at IS NULL THEN 'draft' ELSE 'published' END AS organisation
         FROM contact_persons c JOIN contact_persons_organisation_lnk l ON l.contact_person_id = c.id JOIN organisations o ON o.id = l.organisation_id`,
      );
      for (const email of seeded) {
        const versions = rows.filter((r) => r.email === email).map((r) => `${r.version} → ${r.organisation}`);
        expect(versions, email).toContain('draft → draft');
        expect(versions, email).toContain('published → published');
        expect(versions, email).not.toContain('draft → published');
      }
    } finally {
      await sql.close();
    }
    const list = await api.call('GET', `${api.collection(CONTACT)}?page=1&pageSize=10&filters[email][$eq]=${encodeURIComponent(publicOnes[0].email)}`, {
      token: tokens.editor,
    });
    expect(list.body.results.map((c: { status: string }) => c.status)).toEqual(['published']);
  });
});

describe('contact people wait for a Redacteur', () => {
  const publicEmails = async () => {
    const { status, text: body } = await publicGet('/api/contact-persons?pagination[pageSize]=100');
    expect(status).toBe(200);
    return JSON.parse(body).data.map((c: { email: string }) => c.email) as string[];
  };
  const newContact = (token: string, email: string) =>
    api.call('POST', api.collection(CONTACT), {
      token,
      body: { name: 'Nieuwe Persoon', email, visibility: 'public', organisation: { connect: [{ documentId: ids.A }] } },
    });

  it('keeps a volunteer’s new contact out of the public list until a Redacteur publishes it', async () => {
    const created = await newContact(tokens.volunteerA, CANARY.pendingEmail);
    expect(created.status, text(created.body).slice(0, 300)).toBe(201);
    expect(created.body.data.publishedAt).toBeNull();
    expect(await publicEmails()).not.toContain(CANARY.pendingEmail);
    const waiting = await api.call('GET', '/mzo/review', { token: tokens.editor });
    expect(waiting.body.data).toContainEqual(expect.objectContaining({ model: CONTACT, documentId: created.body.data.documentId, neverPublished: true }));
    // The volunteer's own overview says it waits.
    const mine = await api.call('GET', '/mzo/my-organisations', { token: tokens.volunteerA });
    const listed = mine.body.data[0].contacts.find((c: { documentId: string }) => c.documentId === created.body.data.documentId);
    expect(listed.state).toBe('draft');
  });

  it('keeps a volunteer’s change to a public contact out until it is published: the public keeps the reviewed version', async () => {
    const changed = await api.call('PUT', `${api.collection(CONTACT)}/${ids.contactA}`, { token: tokens.volunteerA, body: { email: CANARY.changedEmail } });
    expect(changed.status, text(changed.body).slice(0, 300)).toBe(200);
    const emails = await publicEmails();
    expect(emails).not.toContain(CANARY.changedEmail);
    expect(emails).toContain(CONTACT_A_EMAIL);
    const waiting = await api.call('GET', '/mzo/review', { token: tokens.editor });
    expect(waiting.body.data).toContainEqual(expect.objectContaining({ model: CONTACT, documentId: ids.contactA, neverPublished: false }));
  });

  it('lets a volunteer publish a contact through no route: publish, bulk publish, create-and-publish, clone, status in the body', async () => {
    const created = await newContact(tokens.volunteerA, CANARY.selfPublishedEmail);
    expect(created.status).toBe(201);
    const own = created.body.data.documentId as string;
    const attempts = [
      api.call('POST', `${api.collection(CONTACT)}/${own}/actions/publish`, { token: tokens.volunteerA, body: {} }),
      api.call('POST', `${api.collection(CONTACT)}/${ids.contactA}/actions/publish`, { token: tokens.volunteerA, body: {} }),
      api.call('POST', `${api.collection(CONTACT)}/actions/bulkPublish`, { token: tokens.volunteerA, body: { documentIds: [own, ids.contactA] } }),
      api.call('POST', `${api.collection(CONTACT)}/actions/publish`, {
        token: tokens.volunteerA,
        body: { name: 'Direct Live', email: CANARY.selfPublishedEmail, visibility: 'public', organisation: { connect: [{ documentId: ids.A }] } },
      }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status, text(response.body).slice(0, 300)).toBe(403);
    // Stock routes that write without publishing: what they make stays a draft.
    const copy = await clone(CONTACT, own, tokens.volunteerA, { email: CANARY.selfPublishedEmail, publishedAt: new Date().toISOString() });
    expect(copy.status, text(copy.body).slice(0, 300)).toBe(200);
    const put = await api.call('PUT', `${api.collection(CONTACT)}/${own}?status=published`, {
      token: tokens.volunteerA,
      body: { name: 'Nog Steeds Concept', status: 'published', publishedAt: new Date().toISOString() },
    });
    expect(put.status, text(put.body).slice(0, 300)).toBe(200);
    const emails = await publicEmails();
    expect(emails).not.toContain(CANARY.selfPublishedEmail);
    expect(emails).not.toContain(CANARY.changedEmail);
    const stored = await api.call('GET', `${api.collection(CONTACT)}?page=1&pageSize=10&filters[email][$eq]=${encodeURIComponent(CANARY.selfPublishedEmail)}`, {
      token: tokens.editor,
    });
    expect(stored.body.results.map((c: { status: string }) => c.status)).toEqual(['draft', 'draft']);
  });

  it('shows a contact to fewer people at once when a volunteer narrows its visibility; the rest of the change and a wider visibility wait', async () => {
    const email = 'minder.zichtbaar@example.org';
    const documentId = await createContact(ids.A, { name: 'Mina Minder', email, visibility: 'public' });
    expect(await publicEmails()).toContain(email);
    const publishedVersion = async () => {
      const read = await api.call('GET', `${api.collection(CONTACT)}/${documentId}?status=published`, { token: tokens.editor });
      expect(read.status, text(read.body).slice(0, 300)).toBe(200);
      return read.body.data as { email: string; visibility: string };
    };
    // Public → officials only, with another e-mail address in the same save.
    const narrowed = await api.call('PUT', `${api.collection(CONTACT)}/${documentId}`, {
      token: tokens.volunteerA,
      body: { visibility: 'officials', email: CANARY.changedEmail },
    });
    expect(narrowed.status, text(narrowed.body).slice(0, 300)).toBe(200);
    expect(await publicEmails()).not.toContain(email);
    expect(await publicEmails()).not.toContain(CANARY.changedEmail);
    expect(await publishedVersion()).toMatchObject({ email, visibility: 'officials' });
    // Back to public: that shows the person to more people, so it waits for the Redacteur.
    const widened = await api.call('PUT', `${api.collection(CONTACT)}/${documentId}`, { token: tokens.volunteerA, body: { visibility: 'public' } });
    expect(widened.status, text(widened.body).slice(0, 300)).toBe(200);
    expect(await publicEmails()).not.toContain(email);
    expect(await publishedVersion()).toMatchObject({ email, visibility: 'officials' });
    // Officials only → hidden: the published version follows at once too.
    const hidden = await api.call('PUT', `${api.collection(CONTACT)}/${documentId}`, { token: tokens.volunteerA, body: { visibility: 'hidden' } });
    expect(hidden.status, text(hidden.body).slice(0, 300)).toBe(200);
    expect(await publishedVersion()).toMatchObject({ email, visibility: 'hidden' });
  });

  it('lets a volunteer take a contact off the site at once by deleting it', async () => {
    const email = 'weg.meteen@example.org';
    const documentId = await createContact(ids.A, { name: 'Wil Weg', email, visibility: 'public' });
    expect(await publicEmails()).toContain(email);
    const deleted = await api.call('DELETE', `${api.collection(CONTACT)}/${documentId}`, { token: tokens.volunteerA });
    expect(deleted.status, text(deleted.body).slice(0, 300)).toBe(200);
    expect(await publicEmails()).not.toContain(email);
  });

  it('shows a volunteer’s contact once a Redacteur has published it', async () => {
    const created = await newContact(tokens.volunteerA, REVIEWED_EMAIL);
    expect(created.status).toBe(201);
    expect(await publicEmails()).not.toContain(REVIEWED_EMAIL);
    const published = await api.call('POST', `${api.collection(CONTACT)}/${created.body.data.documentId}/actions/publish`, { token: tokens.editor, body: {} });
    expect(published.status, text(published.body).slice(0, 300)).toBe(200);
    expect(await publicEmails()).toContain(REVIEWED_EMAIL);
  });
});

describe('memberships and partnerships need the other organisation’s confirmation', () => {
  const relationsOf = async (slug: string) => {
    const query = `filters[slug][$eq]=${slug}&populate[memberOf][fields][0]=slug&populate[members][fields][0]=slug&populate[partners][fields][0]=slug`;
    const { status, text: body } = await publicGet(`/api/organisations?${query}`);
    expect(status, body.slice(0, 200)).toBe(200);
    const [o] = JSON.parse(body).data;
    const slugs = (list: { slug: string }[] | undefined) => (list ?? []).map((x) => x.slug);
    return { memberOf: slugs(o.memberOf), members: slugs(o.members), partners: slugs(o.partners) };
  };
  const publish = async (documentId: string) => {
    const response = await api.call('POST', `${api.collection(ORG)}/${documentId}/actions/publish?locale=nl`, { token: tokens.editor, body: {} });
    expect(response.status, text(response.body).slice(0, 300)).toBe(200);
  };
  const claimsOf = async (token: string) => (await api.call('GET', '/mzo/my-organisations', { token })).body.data[0].waitingForYou;

  it('shows a volunteer’s claim about another organisation nowhere public, even once a Redacteur published the profile', async () => {
    const claimed = [{ documentId: ids.C }, { documentId: ids.D }];
    const saved = await api.call('PUT', `${api.collection(ORG)}/${ids.A}?locale=nl`, {
      token: tokens.volunteerA,
      body: { memberOf: { connect: claimed }, partners: { connect: claimed } },
    });
    expect(saved.status, text(saved.body).slice(0, 300)).toBe(200);
    await publish(ids.A);
    const a = await relationsOf(orgA.slug);
    for (const slug of [orgC.slug, orgD.slug]) {
      expect(a.memberOf).not.toContain(slug);
      expect(a.partners).not.toContain(slug);
    }
    for (const other of [orgC, orgD]) {
      const o = await relationsOf(other.slug);
      expect(o.members).not.toContain(orgA.slug);
      expect(o.partners).not.toContain(orgA.slug);
    }
    // Deeper in an answer, too.
    const { text: deep } = await publicGet(
      `/api/activities?filters[organisation][slug][$eq]=${orgA.slug}&populate[organisation][populate][memberOf]=*&populate[organisation][populate][partners]=*`,
    );
    expect(deep).not.toContain(orgC.slug);
    expect(deep).not.toContain(orgD.slug);
  });

  it('refuses filters and sorting through memberships and partnerships on the public API (they would tell claims apart)', async () => {
    for (const path of [
      `/api/organisations?filters[memberOf][slug][$eq]=${orgD.slug}`,
      `/api/organisations?filters[members][slug][$eq]=${orgA.slug}`,
      `/api/organisations?filters[$or][0][partners][slug][$eq]=${orgD.slug}`,
      `/api/activities?filters[organisation][partners][slug][$eq]=${orgD.slug}`,
      `/api/organisations?sort=partners.name:asc`,
      `/api/organisations?populate[confirmedMembers]=*`,
    ]) {
      const { status, text: body } = await publicGet(path);
      expect(status, `${path} → ${body.slice(0, 200)}`).toBe(400);
    }
  });

  it('shows the other organisation’s volunteer what waits for their confirmation, and only they can confirm', async () => {
    const waiting = await claimsOf(tokens.volunteerC);
    expect(waiting).toEqual(
      expect.arrayContaining([
        { documentId: ids.A, name: orgA.name, kind: 'member' },
        { documentId: ids.A, name: orgA.name, kind: 'partner' },
      ]),
    );
    // The claimer cannot confirm for the other side.
    const forged = await api.call('PUT', `${api.collection(ORG)}/${ids.C}?locale=nl`, {
      token: tokens.volunteerA,
      body: { confirmedMembers: { connect: [{ documentId: ids.A }] }, partners: { connect: [{ documentId: ids.A }] } },
    });
    expect(forged.status).toBe(403);
    const confirmed = await api.call('PUT', `${api.collection(ORG)}/${ids.C}?locale=nl`, {
      token: tokens.volunteerC,
      body: { confirmedMembers: { connect: [{ documentId: ids.A }] }, partners: { connect: [{ documentId: ids.A }] } },
    });
    expect(confirmed.status, text(confirmed.body).slice(0, 300)).toBe(200);
    expect(await claimsOf(tokens.volunteerC)).toEqual([]);
    // A confirmation is a change to C's profile: public once a Redacteur publishes it.
    expect((await relationsOf(orgA.slug)).memberOf).not.toContain(orgC.slug);
    await publish(ids.C);
    const a = await relationsOf(orgA.slug);
    expect(a.memberOf).toContain(orgC.slug);
    expect(a.partners).toContain(orgC.slug);
    expect(a.memberOf).not.toContain(orgD.slug);
    expect(a.partners).not.toContain(orgD.slug);
    const c = await relationsOf(orgC.slug);
    expect(c.members).toContain(orgA.slug);
    expect(c.partners).toContain(orgA.slug);
    expect((await relationsOf(orgD.slug)).members).not.toContain(orgA.slug);
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
    // The 413 closes the connection (its unread rest cannot carry another request). When the CMS answers before the
    // client has sent everything, the client may see the connection cut while writing (EPIPE, ECONNRESET) instead.
    const outcome = await fetch(`${cms.url}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit).then(
      (response) => response.status,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
    );
    expect([413, 'EPIPE', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(outcome);
    expect(await count()).toBe(before);
  });
});

describe('the content model behind the answers', () => {
  const attributesOf = (body: any, uid: string) =>
    Object.keys((body?.data?.contentTypes ?? []).find((type: { uid: string }) => type.uid === uid)?.attributes ?? {});

  it('stays whole when answers to a volunteer and the Gemeente are cleaned: their reads change nothing for the next request', async () => {
    const whole = await api.call('GET', '/content-manager/init', { token: tokens.editor });
    expect(whole.status).toBe(200);
    const before = attributesOf(whole.body, ORG);
    expect(before).toEqual(expect.arrayContaining(['editors', 'editorNotes']));
    for (const caller of ['volunteer', 'municipality'] as const) {
      const token = caller === 'volunteer' ? tokens.volunteerA : tokens.municipality;
      const init = await api.call('GET', '/content-manager/init', { token });
      expect(init.status).toBe(200);
      // The answer itself describes no editor-only field.
      expect(attributesOf(init.body, ORG)).not.toEqual(expect.arrayContaining(['editorNotes']));
      // Every other read the role may make, on its own organisation where it names one.
      for (const group of ROUTE_GROUPS) {
        if (group.access[caller] === 'no') continue;
        for (const route of group.routes) {
          const [method, path] = route.split(' ');
          if (method !== 'GET' || path.includes('upload') || path.includes('/mzo/')) continue;
          await api.call('GET', concrete(path.replace(/:documentId\b/g, ids.A)), { token });
        }
      }
    }
    // Strapi's own model still has every field: the Redacteur's view is as before, and saves that name them work.
    expect(attributesOf((await api.call('GET', '/content-manager/init', { token: tokens.editor })).body, ORG)).toEqual(before);
    const ownSave = await api.call('PUT', `${api.collection(ORG)}/${ids.A}?locale=nl`, {
      token: tokens.volunteerA,
      body: { summary: `${orgA.summary.nl}`.slice(0, 280) },
    });
    expect(ownSave.status, text(ownSave.body).slice(0, 300)).toBe(200);
    const editorSave = await api.call('PUT', `${api.collection(ORG)}/${ids.A}?locale=nl`, {
      token: tokens.editor,
      body: { editorNotes: CANARY.editorNotes },
    });
    expect(editorSave.status, text(editorSave.body).slice(0, 300)).toBe(200);
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
    const seen = new Set<string>();
    for (const file of files) {
      const bytes = readFileSync(file);
      const body = /\.pf_(fragment|index|meta)$/.test(file) ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      for (const value of canaries()) expect(body, `${file} leaks ${value}`).not.toContain(value);
      for (const value of [REVIEWED_EMAIL, CONTACT_A_EMAIL]) if (body.includes(value)) seen.add(value);
    }
    // What a Redacteur published is there: the volunteer's reviewed contact, and the changed contact as reviewed.
    expect([...seen].sort()).toEqual([CONTACT_A_EMAIL, REVIEWED_EMAIL].sort());
    const hsds = JSON.parse(readFileSync(files.find((f) => f.endsWith('hsds.json'))!, 'utf8'));
    expect(JSON.stringify(hsds)).toContain(REVIEWED_EMAIL);
    // Relations: the one C confirmed is on both pages, D's never.
    const relations = (slug: string) => {
      const page = readFileSync(join(realpathSync(site.outDir), 'organisaties', slug, 'index.html'), 'utf8');
      return /<section aria-labelledby="relations"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    };
    expect(relations(orgA.slug)).toContain(`/organisaties/${orgC.slug}/`);
    expect(relations(orgA.slug)).not.toContain(`/organisaties/${orgD.slug}/`);
    expect(relations(orgC.slug)).toContain(`/organisaties/${orgA.slug}/`);
    expect(relations(orgD.slug)).not.toContain(`/organisaties/${orgA.slug}/`);
    const organisation = (documentId: string) => openDataId('organization', documentId);
    const relationsIn = (hsds.mzo_organisation_relations as { organization_id: string; relation: string; related_organization_id: string }[])
      .filter((r) => [ids.A, ids.C, ids.D].some((id) => [r.organization_id, r.related_organization_id].includes(organisation(id))))
      .map((r) => `${r.organization_id} ${r.relation} ${r.related_organization_id}`);
    expect(relationsIn).toEqual(
      expect.arrayContaining([
        `${organisation(ids.A)} member_of ${organisation(ids.C)}`,
        `${organisation(ids.A)} partner ${organisation(ids.C)}`,
        `${organisation(ids.C)} partner ${organisation(ids.A)}`,
      ]),
    );
    expect(relationsIn.filter((r) => r.includes(organisation(ids.D)) && r.includes(organisation(ids.A)))).toEqual([]);
  }, 600_000);
});
