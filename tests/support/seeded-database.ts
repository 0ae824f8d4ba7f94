/**
 * A copy of the suite's seeded SQLite database (tests/support/suite.ts) for a test file that runs a Strapi of its
 * own, so that what it changes no other file sees. With MZO_SKIP_CMS=1, MZO_SEEDED_DATABASE (a database seeded
 * with --no-admin) lets a file run alone, quickly.
 */
import Database from 'better-sqlite3';
import { inject } from 'vitest';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';

/** Copies the seeded database to `to` (SQLite's online backup, so a database in use is copied whole). */
export async function copySeededDatabase(to: string): Promise<void> {
  const seeded = inject('seededDatabaseFile') || process.env.MZO_SEEDED_DATABASE;
  if (!seeded) throw new Error('This test copies the suite’s seeded SQLite database; it does not run with TEST_DATABASE=postgres.');
  const source = new Database(seeded, { readonly: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
}

/**
 * The environment of a test's own production Strapi on the SQLite file `databaseFile`, with addresses looked up in the
 * PDOK stand-in at `pdokUrl` (tests/support/pdok-stand-in.ts); `extra` adds or overrides.
 */
export function sqliteCmsEnv(databaseFile: string, pdokUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...ephemeralCmsEnv(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    NODE_ENV: 'production',
    PDOK_LOCATIESERVER_URL: pdokUrl,
    PDOK_TIMEOUT_MS: '2000',
    ...extra,
  };
}
