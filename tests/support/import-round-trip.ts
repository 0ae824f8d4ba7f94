/**
 * What the import's round trips (tests/cms/import-round-trip*.test.ts) share: the seeded demo data's snapshot,
 * an empty CMS (the demo's taxonomies, no organisations) or one on the seeded database, with a Redacteur and a Gemeente user, an upload to the import's preview and
 * confirm routes as the admin screen sends it, and publishing what waits for review, as the redactie does.
 */
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { fetchSnapshot, writeSnapshot } from '@mzo/content-types/rest';
import { startCms } from '../../tooling/cms-process.ts';
import { ROOT } from '../../tooling/paths.ts';
import { run } from '../../tooling/run.ts';
import { adminClient } from './admin-api.ts';
import { freePort } from './net.ts';
import { copySeededDatabase, sqliteCmsEnv } from './seeded-database.ts';
import { TEST_REFERENCE_DATE } from './suite.ts';

const PASSWORD = 'Mzo-test-wachtwoord-1';
export const CONTACT = 'api::contact-person.contact-person';
/** The types an import writes, in the order the redactie publishes them. */
const PUBLISHED_TYPES = ['api::organisation.organisation', 'api::room.room', 'api::activity.activity', CONTACT];

/** The seeded demo data's snapshot: the suite's, or (running a file alone) one of a CMS on the seeded database. */
export async function seededSnapshot(workDir: string, pdokUrl: string): Promise<string> {
  const suite = inject('snapshotFile');
  if (suite) return suite;
  const seeded = await startSeededCms(workDir, pdokUrl);
  try {
    return await seeded.snapshot(join(workDir, 'seeded-snapshot.json'));
  } finally {
    await seeded.cms.stop();
  }
}

export interface AdminCms {
  cms: Awaited<ReturnType<typeof startCms>>;
  api: ReturnType<typeof adminClient>;
  /** A Redacteur's admin token. */
  editor: string;
  /** A Gemeente user's admin token. */
  municipality: string;
  /** Writes the published content over REST to `file`, as the site build reads it; the file. */
  snapshot(file: string): Promise<string>;
  /** The officials' list as the CMS screen Raadplegen downloads it (“Download als CSV”), for the Gemeente user. */
  officialsList(): Promise<string>;
  /** The preview of `file` (as the screen uploads it, no mapping: the suggested one), asserted 200. */
  preview(file: { name: string; type: string; text: string }): Promise<any>;
  /** Confirms a preview with `decisions` and waits for the job; the preview with its finished job. */
  confirm(id: string, decisions: Record<string, unknown>): Promise<any>;
  /** Publishes every draft under review of the types an import writes, per type, in bulk; what waited. */
  publishWaiting(): Promise<{ model: string; documentId: string }[]>;
  /** Every entry of a collection type, as the content manager lists it. */
  list(model: string, query?: string): Promise<any[]>;
}

/** A production Strapi on a copy of the suite's seeded database (tests/support/seeded-database.ts), with its admins. */
export async function startSeededCms(workDir: string, pdokUrl: string): Promise<AdminCms> {
  const databaseFile = join(workDir, 'seeded.db');
  await copySeededDatabase(databaseFile);
  return withAdmins(await startCms({ port: await freePort(), log: 'pipe', env: sqliteCmsEnv(databaseFile, pdokUrl) }));
}

/** A production Strapi on a fresh SQLite file in `workDir`, seeded with the demo's taxonomies and no organisations. */
export async function startEmptyCms(workDir: string, pdokUrl: string): Promise<AdminCms> {
  const env = sqliteCmsEnv(join(workDir, 'empty.db'), pdokUrl);
  await run(process.execPath, ['scripts/seed.mjs', '--organisations', '0', '--reference-date', TEST_REFERENCE_DATE, '--no-admin'], {
    cwd: ROOT,
    env,
    quiet: true,
  });
  return withAdmins(await startCms({ port: await freePort(), log: 'pipe', env }));
}

/** A first admin, a Redacteur and a Gemeente user on a CMS that has none, and what the round trips do with them. */
async function withAdmins(cms: Awaited<ReturnType<typeof startCms>>): Promise<AdminCms> {
  const api = adminClient(cms.url);
  const superToken = await api.registerFirstAdmin('beheer@example.org', PASSWORD);
  const editor = (await api.createUser(superToken, { email: 'redactie@example.org', password: PASSWORD, roleCode: 'redacteur', firstname: 'Ruud' })).token;
  const municipality = (await api.createUser(superToken, { email: 'gemeente@example.org', password: PASSWORD, roleCode: 'gemeente', firstname: 'Gijs' })).token;

  async function list(model: string, query = '') {
    const all: any[] = [];
    for (let page = 1; ; page++) {
      const response = await api.call('GET', `${api.collection(model)}?page=${page}&pageSize=100${query}`, { token: editor });
      expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
      all.push(...response.body.results);
      if (page >= response.body.pagination.pageCount) return all;
    }
  }

  return {
    cms,
    api,
    editor,
    municipality,
    list,
    async snapshot(file) {
      writeSnapshot(file, await fetchSnapshot({ baseUrl: cms.url }));
      return file;
    },
    async officialsList() {
      const response = await fetch(`${cms.url}/mzo/consultation-list?format=csv`, { headers: { authorization: `Bearer ${municipality}` } });
      expect(response.status).toBe(200);
      return response.text();
    },
    async preview(file) {
      const form = new FormData();
      form.append('files', new Blob([file.text], { type: file.type }), file.name);
      const response = await fetch(`${cms.url}/mzo/import/preview`, { method: 'POST', headers: { authorization: `Bearer ${editor}` }, body: form });
      const body = await response.json();
      expect(response.status, JSON.stringify(body).slice(0, 500)).toBe(200);
      return body;
    },
    async confirm(id, decisions) {
      const started = await api.call('POST', `/mzo/import/${id}/confirm`, { token: editor, body: { decisions } });
      expect(started.status, JSON.stringify(started.body).slice(0, 500)).toBe(202);
      for (let i = 0; i < 3000; i++) {
        const { body } = await api.call('GET', `/mzo/import/${id}`, { token: editor });
        if (body.job && !['running', 'cancelling'].includes(body.job.state)) return body;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('the import did not finish');
    },
    async publishWaiting() {
      const review = await api.call('GET', '/mzo/review', { token: editor });
      expect(review.status).toBe(200);
      const waiting = review.body.data as { model: string; documentId: string }[];
      for (const model of PUBLISHED_TYPES) {
        const documentIds = waiting.filter((w) => w.model === model).map((w) => w.documentId);
        if (!documentIds.length) continue;
        const published = await api.call('POST', `${api.collection(model)}/actions/bulkPublish`, {
          token: editor,
          body: { documentIds, ...(model === CONTACT ? {} : { locale: 'nl' }) },
        });
        expect(published.status, `${model}: ${JSON.stringify(published.body).slice(0, 500)}`).toBe(200);
        expect(published.body.count, model).toBe(documentIds.length);
      }
      return waiting;
    },
  };
}
