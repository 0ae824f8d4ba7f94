import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

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
  const server = new URL(env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `mzo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    file: '',
    async drop() {
      const client = new pg.Client({ connectionString: server.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
