import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A fresh, empty PostgreSQL database on `server` (a postgres:// URL of any database there, default the
 * local server), for tests and benchmarks. Returns its URL and a drop() that removes it again.
 */
export async function createPostgresDatabase({ server = 'postgres://postgres@127.0.0.1:5432/postgres', prefix = 'mzo_tmp' } = {}) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
