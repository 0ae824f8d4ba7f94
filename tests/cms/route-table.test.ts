/**
 * The route table (cms/src/security/routes.ts) lists exactly the routes the CMS serves, as Strapi itself
 * lists them after mounting its routers, and docs/security.md shows the table as it is. A Strapi upgrade
 * or a plugin that adds a route fails here (and the route guard refuses the route until it is listed).
 * Enforcement per role over HTTP is tested in tests/cms/privacy-attacks.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_GROUPS, ROUTE_TABLE } from '../../cms/src/security/routes.ts';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { ROOT } from '../../tooling/paths.ts';
import { run } from '../../tooling/run.ts';
import { DOCS, docsWithTable } from '../../scripts/route-table.mjs';

let workDir: string;
let served: string[];

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-routes-'));
  // Routes do not depend on the content: an empty SQLite database is enough, on any test database setting.
  const output = await run(process.execPath, ['scripts/route-table.mjs', '--json'], {
    cwd: ROOT,
    env: { ...process.env, ...ephemeralCmsEnv(), DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(workDir, 'cms.db'), NODE_ENV: 'production' },
    quiet: true,
  });
  const line = output.split('\n').find((l) => l.startsWith('ROUTES '));
  if (!line) throw new Error(`no route list in:\n${output.slice(-2000)}`);
  served = JSON.parse(line.slice('ROUTES '.length));
}, 300_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the route table', () => {
  it('lists every route the CMS serves', () => {
    expect(served.length).toBeGreaterThan(200);
    expect(served.filter((route) => !ROUTE_TABLE.has(route))).toEqual([]);
  });

  it('lists no route the CMS does not serve, and each route once', () => {
    expect([...ROUTE_TABLE.keys()].filter((route) => !served.includes(route))).toEqual([]);
    const all = ROUTE_GROUPS.flatMap((group) => group.routes);
    expect(all.length).toBe(new Set(all).size);
  });

  it('is what docs/security.md shows (npm run routes writes it)', () => {
    const docs = readFileSync(DOCS, 'utf8');
    expect(docs).toBe(docsWithTable(docs));
  });
});
