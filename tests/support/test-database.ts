import { join } from 'node:path';
import { createPostgresDatabase } from '../../tooling/pg-database.ts';

export interface TestDatabase {
  /** DATABASE_* variables for the CMS. */
  env: Record<string, string>;
  /** The SQLite file, or '' on PostgreSQL (tests that read the file directly need SQLite). */
  file: string;
  drop(): Promise<void>;
}

/**
 * The suite's database: a SQLite file in `workDir` (default), or with TEST_DATABASE=postgres a fresh
 * database on TEST_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432), dropped afterwards.
 */
export async function createTestDatabase(workDir: string, env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  if (env.TEST_DATABASE !== 'postgres') {
    const file = join(workDir, 'cms.db');
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, file, drop: async () => {} };
  }
  const database = await createPostgresDatabase({ server: env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', prefix: 'mzo_test' });
  return { env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url }, file: '', drop: database.drop };
}
