/**
 * The bulk loader (scripts/seed/bulk-load.mjs) stores exactly what the Document Service loader stores.
 *
 * The same demo data (scripts/seed.mjs, 40 organisations, TEST_REFERENCE_DATE) is seeded into two fresh
 * databases of this file's own (PostgreSQL with TEST_DATABASE=postgres): one through the Document Service
 * (`seed.mjs --loader documents`, the reference), one with `seed.mjs --loader bulk`, and a Strapi is
 * started on each. Compared:
 * - over REST, with the site's own fetcher: every public type in both locales, ids and documentIds
 *   replaced by slugs, timestamps dropped, entries in the order the API returns them;
 * - as stored, read through Strapi's query engine in a child process (Strapi does not load inside the
 *   vitest worker, see tests/cms/content-model.test.ts): every row of every type per locale and status (so
 *   drafts, which never appear over REST), all fields including private ones, components, and every
 *   relation with the locale and status of the row it points at, inverse sides included, in order.
 * The last test drops one relation row from the bulk database and checks that both comparisons notice.
 *
 * It needs no suite CMS: `MZO_SKIP_CMS=1 npm test -- tests/tools/bulk-load.test.ts` runs it alone.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_TYPES, TYPES, strapiUid } from '@mzo/content-types';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { ROOT } from '../../tooling/paths.ts';
import { run } from '../../tooling/run.ts';
import { fetchCollection, fetchSnapshot, type Snapshot } from '@mzo/content-types/rest';
import { TEST_REFERENCE_DATE } from '../support/suite.ts';
import { freePort } from '../support/net.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

type Row = Record<string, any>;
/**
 * What is stored, as read in a child process: `rows` per uid, in id order; `links` per relation
 * ("uid.attribute", owning sides) as join rows between (documentId, locale, publishedAt) triples.
 */
interface Dump {
  rows: Record<string, Row[]>;
  links: Record<string, Row[]>;
}

const SEED = ['scripts/seed.mjs', '--reference-date', TEST_REFERENCE_DATE, '--no-admin'];
const DUMP_MARK = '@@BULK-LOAD-DUMP@@';
const DRAFT_AND_PUBLISH = TYPES.filter((t) => t.draftAndPublish);

/**
 * Reads every api:: type with Strapi's query engine (no status or locale filter, private fields
 * included): scalars, components and every list relation (owning and inverse sides, in Strapi's
 * order) as the documentId, locale and publishedAt of the rows it links. Every relation's join rows
 * too, with their order columns: a "relates to one" link may have two rows (draft and published
 * target), of which a populate shows either.
 */
const DUMP_SCRIPT = `
import { withStrapi } from ${JSON.stringify(resolve(ROOT, 'tooling/strapi-app.ts'))};
const dump = await withStrapi(async (strapi) => {
  const rows = {};
  const links = {};
  const uids = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::')).sort();
  const identities = {};
  for (const uid of uids) {
    const meta = strapi.db.metadata.get(uid);
    const column = (name) => meta.attributes[name].columnName;
    const byId = new Map();
    for (const row of await strapi.db.connection(meta.tableName).select('id', column('documentId'), column('locale'), column('publishedAt'))) {
      byId.set(row.id, { documentId: row[column('documentId')], locale: row[column('locale')], publishedAt: row[column('publishedAt')] ? 'set' : null });
    }
    identities[meta.tableName] = byId;
  }
  for (const uid of uids) {
    const populate = {};
    for (const [name, attribute] of Object.entries(strapi.getModel(uid).attributes)) {
      const many = attribute.relation === 'oneToMany' || attribute.relation === 'manyToMany';
      if (attribute.type === 'relation' && many && name !== 'localizations') populate[name] = { select: ['documentId', 'locale', 'publishedAt'] };
      if (attribute.type === 'component' || attribute.type === 'media') populate[name] = true;
    }
    rows[uid] = await strapi.db.query(uid).findMany({ populate, orderBy: { id: 'asc' } });
    const meta = strapi.db.metadata.get(uid);
    for (const [name, attribute] of Object.entries(meta.attributes)) {
      const { joinTable } = attribute;
      if (attribute.type !== 'relation' || !joinTable || attribute.mappedBy || !attribute.target?.startsWith('api::')) continue;
      const target = identities[strapi.db.metadata.get(attribute.target).tableName];
      links[uid + '.' + name] = (await strapi.db.connection(joinTable.name).select('*')).map((row) => ({
        source: identities[meta.tableName].get(row[joinTable.joinColumn.name]),
        target: target.get(row[joinTable.inverseJoinColumn.name]),
        order: joinTable.orderColumnName ? row[joinTable.orderColumnName] : undefined,
        inverseOrder: joinTable.inverseOrderColumnName ? row[joinTable.inverseOrderColumnName] : undefined,
      }));
    }
  }
  return { rows, links };
});
process.stdout.write('\\n${DUMP_MARK}' + JSON.stringify(dump) + '\\n');
`;

async function dumpDatabase(env: NodeJS.ProcessEnv): Promise<Dump> {
  const output = await run(process.execPath, ['--input-type=module', '-e', DUMP_SCRIPT], { cwd: ROOT, env, quiet: true });
  return JSON.parse(output.split(DUMP_MARK)[1].split('\n')[0]);
}

const SKIPPED_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'publishedAt']);

/** `value` with ids and timestamps dropped and every documentId replaced by its label. */
function normalise(value: unknown, label: (documentId: string) => string, relationLabel: (target: Row) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v, label, relationLabel));
  if (!value || typeof value !== 'object') return value;
  const object = value as Row;
  if ('documentId' in object) return relationLabel(object);
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key]) => !SKIPPED_KEYS.has(key))
      .map(([key, v]) => [key, normalise(v, label, relationLabel)]),
  );
}

/** documentId → `type:slug`, or `type#n` (n-th document of the type) for types without slugs. */
function labeller(collections: Record<string, Row[]>) {
  const labels = new Map<string, string>();
  for (const [type, rows] of Object.entries(collections)) {
    let n = 0;
    for (const row of rows) if (!labels.has(row.documentId)) labels.set(row.documentId, row.slug ? `${type}:${row.slug}` : `${type}#${++n}`);
  }
  return (documentId: string) => {
    const found = labels.get(documentId);
    if (!found) throw new Error(`documentId ${documentId} does not belong to any entry that was read`);
    return found;
  };
}

/** The REST snapshot per type and locale, comparable across two CMSs. */
function normaliseSnapshot(snapshot: Snapshot) {
  const label = labeller(snapshot.collections);
  const out: Record<string, unknown[]> = {};
  for (const [type, entries] of Object.entries(snapshot.collections)) {
    for (const entry of entries) {
      const { documentId, locale, ...rest } = entry as Row;
      (out[`${type} ${locale ?? '-'}`] ??= []).push({ document: label(documentId), ...(normalise(rest, label, (t) => label(t.documentId)) as Row) });
    }
  }
  return out;
}

/** Labels for a dump: documentId → label, and a linked row → "label locale status". */
function dumpLabels(dump: Dump) {
  const label = labeller(Object.fromEntries(Object.entries(dump.rows).map(([uid, rows]) => [typeName(uid), rows])));
  const relationLabel = (target: Row) => `${label(target.documentId)} ${target.locale ?? '-'} ${status(target)}`;
  return { label, relationLabel };
}
const typeName = (uid: string) => uid.split('.').pop()!;
const status = (row: Row) => (row.publishedAt ? 'published' : 'draft');

/**
 * The stored rows per type, locale and status (in id order), and the join rows of every relation (sorted),
 * comparable across two databases.
 */
function normaliseDump(dump: Dump) {
  const { label, relationLabel } = dumpLabels(dump);
  const out: Record<string, unknown[]> = {};
  for (const [uid, rows] of Object.entries(dump.rows)) {
    for (const row of rows) {
      const { documentId, locale, ...rest } = row;
      (out[`${typeName(uid)} ${locale ?? '-'} ${status(row)}`] ??= []).push({ document: label(documentId), ...(normalise(rest, label, relationLabel) as Row) });
    }
  }
  for (const [relation, links] of Object.entries(dump.links)) {
    out[`links ${relation}`] = links
      .map(
        (l) =>
          `${relationLabel(l.source)} → ${relationLabel(l.target)}${l.order != null ? ` order ${l.order}` : ''}${l.inverseOrder != null ? ` inverse order ${l.inverseOrder}` : ''}`,
      )
      .sort();
  }
  return out;
}

/** Private fields as stored (Strapi `private: true`) per row, and the full rows of contact people who are not public. */
function privateParts(dump: Dump) {
  const { label, relationLabel } = dumpLabels(dump);
  const parts: Record<string, Row[]> = {};
  const add = (part: string, row: Row, fields: Row) =>
    (parts[`${part} ${row.locale ?? '-'} ${status(row)}`] ??= []).push({
      document: label(row.documentId),
      ...(normalise(fields, label, relationLabel) as Row),
    });
  for (const type of TYPES) {
    const names = Object.entries(type.attributes)
      .filter(([, field]) => field.private)
      .map(([n]) => n);
    if (names.length) for (const row of dump.rows[strapiUid(type.name)] ?? []) add(type.name, row, Object.fromEntries(names.map((n) => [n, row[n]])));
  }
  for (const row of dump.rows[strapiUid('contact-person')] ?? []) {
    const { documentId, locale, ...rest } = row;
    if (row.visibility !== 'public') add('nonPublicContacts', row, rest);
  }
  return parts;
}

function counts(dump: Dump) {
  const out: Record<string, number> = {};
  for (const [uid, rows] of Object.entries(dump.rows)) {
    for (const row of rows) {
      const key = `${uid.split('.').pop()} ${row.locale ?? '-'} ${row.publishedAt ? 'published' : 'draft'}`;
      out[key] = (out[key] ?? 0) + 1;
    }
  }
  return out;
}

let workDir: string;
let bulkDatabase: TestDatabase;
let referenceDatabase: TestDatabase;
let bulkEnv: NodeJS.ProcessEnv;
let referenceEnv: NodeJS.ProcessEnv;
let bulkCms: Awaited<ReturnType<typeof startCms>>;
let referenceCms: Awaited<ReturnType<typeof startCms>>;
let snapshots: { reference: Snapshot; bulk: Snapshot };
let dumps: { reference: Dump; bulk: Dump };
let seedOutput: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-bulk-load-'));
  const cmsEnv = (database: TestDatabase) => ({ ...process.env, ...ephemeralCmsEnv(), ...database.env, NODE_ENV: 'production' });

  // Two databases of this file's own (SQLite, or PostgreSQL with TEST_DATABASE=postgres), seeded through the
  // CLI with the same data: one with the bulk loader, the reference through the Document Service. Never the
  // suite's database: other test files write suggestions and edits into that one while this file runs.
  bulkDatabase = await createTestDatabase(mkdtempSync(join(workDir, 'bulk-')));
  referenceDatabase = await createTestDatabase(mkdtempSync(join(workDir, 'reference-')));
  bulkEnv = cmsEnv(bulkDatabase);
  referenceEnv = cmsEnv(referenceDatabase);
  [seedOutput] = await Promise.all([
    run(process.execPath, [...SEED, '--loader', 'bulk'], { cwd: ROOT, env: bulkEnv, quiet: true }),
    run(process.execPath, [...SEED, '--loader', 'documents'], { cwd: ROOT, env: referenceEnv, quiet: true }),
  ]);

  [bulkCms, referenceCms] = await Promise.all([
    startCms({ env: bulkEnv, port: await freePort(), log: 'pipe' }),
    startCms({ env: referenceEnv, port: await freePort(), log: 'pipe' }),
  ]);
  const [reference, bulk] = await Promise.all([fetchSnapshot({ baseUrl: referenceCms.url }), fetchSnapshot({ baseUrl: bulkCms.url })]);
  snapshots = { reference, bulk };
  const [referenceDump, bulkDump] = await Promise.all([dumpDatabase(referenceEnv), dumpDatabase(bulkEnv)]);
  dumps = { reference: referenceDump, bulk: bulkDump };
}, 600_000);

afterAll(async () => {
  await bulkCms?.stop();
  await referenceCms?.stop();
  await bulkDatabase?.drop();
  await referenceDatabase?.drop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the bulk loader', () => {
  it('is what `seed.mjs --loader bulk` used, and says how long it took', () => {
    expect(seedOutput).toMatch(/Seeded demo data \(bulk loader\) in [\d.]+ s/);
  });

  it('serves the same public content over REST as the Document Service loader, in both locales', () => {
    const reference = normaliseSnapshot(snapshots.reference);
    const bulk = normaliseSnapshot(snapshots.bulk);
    expect(Object.keys(bulk).sort()).toEqual(Object.keys(reference).sort());
    for (const type of PUBLIC_TYPES) {
      for (const locale of type.localized ? ['nl', 'en'] : ['-']) {
        const key = `${type.name} ${locale}`;
        expect(reference[key]?.length, `${key} has entries`).toBeGreaterThan(0);
        expect(bulk[key], key).toEqual(reference[key]);
      }
    }
  });

  it('stores the same number of drafts and published versions per type and locale; drafts never reach REST', () => {
    const reference = counts(dumps.reference);
    const bulk = counts(dumps.bulk);
    expect(bulk).toEqual(reference);
    for (const type of DRAFT_AND_PUBLISH) {
      for (const locale of type.localized ? ['nl', 'en'] : ['-']) {
        const drafts = bulk[`${type.name} ${locale} draft`] ?? 0;
        const published = bulk[`${type.name} ${locale} published`] ?? 0;
        expect(drafts, `${type.name} ${locale}: a draft for every document`).toBeGreaterThan(0);
        expect(drafts, `${type.name} ${locale}: no more published versions than documents`).toBeGreaterThanOrEqual(published);
        // Over REST: exactly the published versions, and no document that is only a draft. Contact people: only the
        // published public ones of published organisations (cms/src/api/contact-person), so some of them.
        const rest = snapshots.bulk.collections[type.name].filter((e) => (e.locale ?? '-') === locale);
        if (type.name === 'contact-person') {
          expect(rest.length, `${type.name} over REST`).toBeGreaterThan(0);
          expect(rest.length, `${type.name} over REST`).toBeLessThan(published);
        } else expect(rest.length, `${type.name} ${locale} over REST`).toBe(published);
        const publishedIds = new Set(
          dumps.bulk.rows[strapiUid(type.name)].filter((r) => r.publishedAt && (r.locale ?? '-') === locale).map((r) => r.documentId),
        );
        for (const entry of rest) expect(publishedIds.has(entry.documentId as string), `${type.name} ${entry.slug} is published`).toBe(true);
      }
    }
    // The demo data has unpublished organisations and activities, so "drafts only" is really tested.
    expect(bulk['organisation nl draft']).toBeGreaterThan(bulk['organisation nl published']);
    expect(bulk['activity nl draft']).toBeGreaterThan(bulk['activity nl published']);
  });

  it('stores the same private fields: hidden and officials-only contact people, hidden themes, editor notes, consent', () => {
    const reference = privateParts(dumps.reference);
    const bulk = privateParts(dumps.bulk);
    expect(reference['nonPublicContacts - published'].filter((c) => c.visibility === 'hidden').length).toBeGreaterThan(0);
    expect(reference['organisation nl draft'].some((o) => o.hiddenThemes?.length)).toBe(true);
    expect(reference['organisation en published'].some((o) => o.hiddenThemes?.length)).toBe(true);
    expect(Object.keys(bulk).sort()).toEqual(Object.keys(reference).sort());
    for (const key of Object.keys(reference).sort()) expect(bulk[key], key).toEqual(reference[key]);
  });

  it('stores the same rows: every field, component and relation of every draft and published version', () => {
    const reference = normaliseDump(dumps.reference);
    const bulk = normaliseDump(dumps.bulk);
    expect(Object.keys(bulk).sort()).toEqual(Object.keys(reference).sort());
    for (const key of Object.keys(reference).sort()) expect(bulk[key], key).toEqual(reference[key]);
  });

  // Last: it changes the bulk database.
  it('notices a single missing relation row, over REST and as stored', async () => {
    // One theme of the first published activity (activity.themes' join table, as Strapi names it).
    const sql = `DELETE FROM activities_themes_lnk WHERE id = (SELECT MIN(l.id) FROM activities_themes_lnk l
                 JOIN activities a ON a.id = l.activity_id WHERE a.published_at IS NOT NULL)`;
    if (bulkDatabase.file) {
      const db = new Database(bulkDatabase.file);
      expect(db.prepare(sql).run().changes).toBe(1);
      db.close();
    } else {
      const client = new pg.Client({ connectionString: bulkDatabase.env.DATABASE_URL });
      await client.connect();
      expect((await client.query(sql)).rowCount).toBe(1);
      await client.end();
    }
    const activity = PUBLIC_TYPES.find((t) => t.name === 'activity')!;
    const changed: Snapshot = { ...snapshots.bulk, collections: { ...snapshots.bulk.collections, activity: [] } };
    for (const locale of ['nl', 'en'])
      changed.collections.activity.push(...((await fetchCollection(activity as any, locale, { baseUrl: bulkCms.url })) as Row[]));
    const reference = normaliseSnapshot(snapshots.reference);
    const rest = normaliseSnapshot(changed);
    expect(['activity nl', 'activity en'].filter((key) => !isDeepStrictEqual(rest[key], reference[key]))).toHaveLength(1);

    const stored = normaliseDump(await dumpDatabase(bulkEnv));
    const storedReference = normaliseDump(dumps.reference);
    const differing = Object.keys(storedReference).filter((key) => !isDeepStrictEqual(stored[key], storedReference[key]));
    expect(differing).toHaveLength(2);
    expect(differing[0]).toMatch(/^activity (nl|en) published$/);
    expect(differing[1]).toBe('links api::activity.activity.themes');
  });
});
