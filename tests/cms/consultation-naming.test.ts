/**
 * "The organisations that took part (those that agreed to be named)": over the public REST API a consultation
 * names, among those it invited and those that took part, only the organisations that agreed
 * (`namedInConsultations`) and, on a sensitive theme, only those that show it; no filter or sort can find out
 * who else took part. A database from before the consent field existed starts with everyone "not named", and an
 * organisation that then agrees is named. The first part reads the suite's CMS; the second runs a Strapi of its
 * own on a copy of the seeded database with the column taken out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { adminClient } from '../support/admin-api.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { freePort } from '../support/net.ts';
import { copySeededDatabase } from '../support/seeded-database.ts';

const ORG = 'api::organisation.organisation';
const PASSWORD = 'Mzo-test-wachtwoord-1';
const QUERY =
  'pagination[pageSize]=100&fields[0]=slug&populate[participants][fields][0]=slug&populate[invited][fields][0]=slug&populate[themes][fields][0]=slug';

const bySlug = new Map<string, any>(demo.organisations.map((o: any) => [o.slug, o]));
const sensitive = new Set(demo.themes.filter((t: any) => t.sensitive).map((t: any) => t.slug));
const publishedConsultations = demo.consultations.filter((c: any) => c.published);
/** From the seed: may this consultation name this organisation in public? */
const nameable = (c: any, slug: string) => {
  const o = bySlug.get(slug);
  return Boolean(o?.published && o.namedInConsultations && c.themes.every((t: string) => !sensitive.has(t) || o.themes.includes(t)));
};
const slugs = (refs: { slug: string }[] | undefined) => (refs ?? []).map((r) => r.slug).sort();

async function getJson(base: string, path: string) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: (await response.json()) as any };
}

describe('the public API names only organisations that agreed (suite CMS, seeded)', () => {
  const cmsUrl = inject('cmsUrl');

  it('lists as invited and taking part exactly the organisations the seed lets it name, in every language', async () => {
    const withheld = publishedConsultations.flatMap((c: any) => c.participants.filter((p: string) => bySlug.get(p)?.published && !nameable(c, p)));
    // The seed has participants that did not agree, else this test would prove nothing.
    expect(withheld.length).toBeGreaterThan(0);
    for (const locale of ['nl', 'en']) {
      const { status, body } = await getJson(cmsUrl, `/api/consultations?locale=${locale}&${QUERY}`);
      expect(status).toBe(200);
      const answered = new Map<string, any>(body.data.map((c: any) => [c.slug, c]));
      for (const c of publishedConsultations) {
        const entry = found(answered.get(c.slug), `consultation ${c.slug} (${locale})`);
        expect(slugs(entry.participants), `${c.slug} participants`).toEqual(c.participants.filter((p: string) => nameable(c, p)).sort());
        expect(slugs(entry.invited), `${c.slug} invited`).toEqual(c.invited.filter((p: string) => nameable(c, p)).sort());
      }
    }
  });

  it('names no more through one consultation, populate=* or deeper populate', async () => {
    const c = found(
      publishedConsultations.find((x: any) => x.participants.some((p: string) => bySlug.get(p)?.published && !nameable(x, p))),
      'a consultation with a participant that did not agree',
    );
    const list = await getJson(cmsUrl, `/api/consultations?filters[slug][$eq]=${c.slug}&fields[0]=slug`);
    const documentId = list.body.data[0].documentId;
    const one = await getJson(cmsUrl, `/api/consultations/${documentId}?populate[participants][fields][0]=slug&populate[invited][fields][0]=slug`);
    expect(one.status).toBe(200);
    expect(slugs(one.body.data.participants)).toEqual(c.participants.filter((p: string) => nameable(c, p)).sort());
    const all = await getJson(cmsUrl, `/api/consultations?filters[slug][$eq]=${c.slug}&populate=*`);
    const text = JSON.stringify(all.body);
    for (const p of c.participants.filter((x: string) => !nameable(c, x))) expect(text, p).not.toContain(bySlug.get(p).name);
  });

  it('refuses filters and sorts through the organisations a consultation names, and only those', async () => {
    const someone = found(
      demo.organisations.find((o: any) => o.published),
      'a published organisation',
    ).slug;
    for (const path of [
      `/api/consultations?filters[participants][slug][$eq]=${someone}`,
      `/api/consultations?filters[$or][0][invited][slug][$eq]=${someone}&filters[$or][1][slug][$eq]=x`,
      `/api/consultations?filters[participants][$null]=false`,
      `/api/consultations?sort=participants.slug:asc`,
      `/api/consultations?sort[0][invited][slug]=asc`,
    ]) {
      expect((await fetch(`${cmsUrl}${path}`)).status, path).toBe(400);
    }
    // A value that merely reads like one of them is no reason to refuse.
    expect((await fetch(`${cmsUrl}/api/consultations?filters[title][$eq]=participants&sort=date:desc`)).status).toBe(200);
  });
});

describe('a database from before the consent field', () => {
  let workDir: string;
  let databaseFile: string;
  let cms: Awaited<ReturnType<typeof startCms>>;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'mzo-naming-'));
    databaseFile = join(workDir, 'cms.db');
    await copySeededDatabase(databaseFile);
    // As the database was before: no column, and Strapi's record of the schema without it (so the start syncs).
    const db = new Database(databaseFile);
    db.exec('ALTER TABLE organisations DROP COLUMN named_in_consultations');
    const stored = db.prepare('SELECT id, schema FROM strapi_database_schema ORDER BY id DESC LIMIT 1').get() as { id: number; schema: string };
    const schema = JSON.parse(stored.schema);
    const table = schema.tables.find((t: { name: string }) => t.name === 'organisations');
    table.columns = table.columns.filter((c: { name: string }) => c.name !== 'named_in_consultations');
    db.prepare('UPDATE strapi_database_schema SET schema = ?, hash = ? WHERE id = ?').run(JSON.stringify(schema), 'before-the-consent-field', stored.id);
    db.close();
    cms = await startCms({
      port: await freePort(),
      log: 'pipe',
      env: { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: databaseFile, NODE_ENV: 'production', PDOK_LOOKUP: 'off' },
    });
  }, 240_000);

  afterAll(async () => {
    await cms?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('starts with every organisation "not named", so the public record names nobody', async () => {
    const db = new Database(databaseFile, { readonly: true });
    const rows = db.prepare('SELECT named_in_consultations AS named, COUNT(*) AS n FROM organisations GROUP BY named_in_consultations').all() as {
      named: number | null;
      n: number;
    }[];
    db.close();
    expect(rows).toEqual([{ named: 0, n: expect.any(Number) }]);
    const { body } = await getJson(cms.url, `/api/consultations?${QUERY}`);
    expect(body.data.length).toBe(publishedConsultations.length);
    for (const c of body.data) expect([...c.participants, ...c.invited], c.slug).toEqual([]);
  });

  it('names an organisation once it agrees in the CMS and the change is published', async () => {
    const api = adminClient(cms.url);
    const token = await api.registerFirstAdmin('beheer@example.org', PASSWORD);
    const c = found(
      publishedConsultations.find((x: any) => x.participants.some((p: string) => bySlug.get(p)?.published && !x.themes.some((t: string) => sensitive.has(t)))),
      'a consultation on an ordinary theme with a published participant',
    );
    const slug = c.participants.find((p: string) => bySlug.get(p)?.published);
    const list = await api.call('GET', `${api.collection(ORG)}?page=1&pageSize=10&filters[slug][$eq]=${slug}&locale=nl`, { token });
    const documentId = list.body.results[0].documentId;
    const saved = await api.call('PUT', `${api.collection(ORG)}/${documentId}?locale=nl`, { token, body: { namedInConsultations: true } });
    expect(saved.status).toBe(200);
    // Saved but not yet published: the public record still names nobody.
    const before = await getJson(cms.url, `/api/consultations?filters[slug][$eq]=${c.slug}&${QUERY}`);
    expect(slugs(before.body.data[0].participants)).toEqual([]);
    const published = await api.call('POST', `${api.collection(ORG)}/${documentId}/actions/publish?locale=nl`, { token, body: {} });
    expect(published.status).toBe(200);
    const after = await getJson(cms.url, `/api/consultations?filters[slug][$eq]=${c.slug}&${QUERY}`);
    expect(slugs(after.body.data[0].participants)).toEqual([slug]);
  });
});
