/**
 * A copy of the suite's seeded SQLite database (tests/support/suite.ts) for a test file that runs a Strapi of its
 * own, so that what it changes no other file sees. With MZO_SKIP_CMS=1, MZO_SEEDED_DATABASE (a database seeded
 * with --no-admin) lets a file run alone, quickly.
 */
import Database from 'better-sqlite3';
import { inject } from 'vitest';

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
