/**
 * `npm run backup` and `npm run restore` (tooling/backup.ts) round-trip: the seeded database with
 * canaries in its private fields is exported encrypted, imported into a fresh database, and compared
 * row by row; the restored CMS still keeps private fields private over REST.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, restore } from '../../tooling/backup.ts';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { privateContactValues } from '../support/demo.ts';
import { freePort } from '../support/net.ts';
import { copySeededDatabase } from '../support/seeded-database.ts';

const CANARY = 'CANARY-backup-editor-notes-77e1';
const KEY = 'test-backup-key-0123456789';

/** What must survive: content with drafts and private fields, relations, roles and their permissions. */
const QUERIES = {
  organisations: 'select document_id, locale, slug, published_at is not null as published, editor_notes from organisations order by 1, 2, 4',
  contacts: 'select document_id, name, email, phone, visibility, consent_note from contact_persons order by 1',
  activities: 'select document_id, locale, slug, published_at is not null as published from activities order by 1, 2, 4',
  hiddenThemes: `select o.slug, t.slug from organisations o join organisations_hidden_themes_lnk l on l.organisation_id = o.id
                 join themes t on t.id = l.theme_id order by 1, 2`,
  publicPermissions: `select r.type, p.action from up_permissions p join up_permissions_role_lnk l on l.permission_id = p.id
                      join up_roles r on r.id = l.role_id order by 1, 2`,
  adminRoles: 'select code, name from admin_roles order by 1',
  adminPermissions: `select r.code, p.action, p.subject, p.conditions from admin_permissions p join admin_permissions_role_lnk l on l.permission_id = p.id
                     join admin_roles r on r.id = l.role_id order by 1, 2, 3, 4`,
};

let workDir: string;
let sourceFile: string;
let restoredFile: string;
let archive: string;

function rows(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(QUERIES).map(([name, sql]) => [name, db.prepare(sql).raw().all()]));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-backup-'));
  sourceFile = join(workDir, 'source.db');
  restoredFile = join(workDir, 'restored.db');
  await copySeededDatabase(sourceFile);
  const db = new Database(sourceFile);
  db.prepare('UPDATE organisations SET editor_notes = ?').run(CANARY);
  db.close();
  const env = (file: string) => ({
    ...process.env,
    ...ephemeralCmsEnv(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: file,
    NODE_ENV: 'production',
    BACKUP_KEY: KEY,
  });
  archive = await backup({ file: join(workDir, 'backups', 'mzo-gids-test'), env: env(sourceFile), quiet: true });
  await restore({ file: archive, env: env(restoredFile), quiet: true });
}, 420_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('refuses to write a backup without a key', async () => {
    await expect(backup({ file: join(workDir, 'plain'), env: { ...process.env, BACKUP_KEY: '' } })).rejects.toThrow(/BACKUP_KEY/);
  });

  it('writes an encrypted archive: neither gzip nor readable text', () => {
    expect(archive).toMatch(/\.tar\.gz\.enc$/);
    const bytes = readFileSync(archive);
    expect([bytes[0], bytes[1]]).not.toEqual([0x1f, 0x8b]);
    expect(() => gunzipSync(bytes)).toThrow();
    for (const value of [CANARY, ...privateContactValues.slice(0, 5)]) expect(bytes.includes(Buffer.from(value))).toBe(false);
  });

  it('restores published content, drafts, private fields, relations and roles identically into a fresh database', () => {
    const before = rows(sourceFile);
    const after = rows(restoredFile);
    expect((before.organisations as unknown[][]).some((r) => r[3] === 0)).toBe(true);
    expect((before.organisations as unknown[][]).every((r) => r[4] === CANARY)).toBe(true);
    for (const name of Object.keys(QUERIES)) expect(after[name], name).toEqual(before[name]);
  });

  it('keeps private fields private over REST after a restore', async () => {
    const cms = await startCms({
      port: await freePort(),
      log: 'pipe',
      env: { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: restoredFile, NODE_ENV: 'production' },
    });
    try {
      for (const path of [
        '/api/organisations?pagination[pageSize]=100&populate=*',
        '/api/contact-persons?pagination[pageSize]=100&populate=*',
        '/api/organisations?status=draft&pagination[pageSize]=100',
      ]) {
        const text = await (await fetch(`${cms.url}${path}`)).text();
        for (const value of [CANARY, ...privateContactValues]) expect(text, `${path} leaks ${value}`).not.toContain(value);
      }
      expect((await fetch(`${cms.url}/api/organisations?filters[editorNotes][$contains]=CANARY`)).status).toBe(400);
    } finally {
      await cms.stop();
    }
  }, 120_000);
});
