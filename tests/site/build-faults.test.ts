/**
 * A rebuild while the CMS misbehaves: a stand-in in front of the suite's real CMS that answers one
 * collection with 500s, or with malformed entries. The real site build (buildSite) retries, then fails
 * naming the URL, entry and field; the served site stays the previous good build throughout.
 */
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../tooling/site-build.ts';
import { serveSite } from '../../tooling/serve-site.ts';
import { freePort } from '../support/net.ts';

type Fault = 'none' | 'error-500' | 'malformed';

const cmsUrl = inject('cmsUrl');
let fault: Fault = 'none';
const requests: { path: string; status: number }[] = [];
let standIn: Server;
let standInUrl: string;
let site: Server;
let siteUrl: string;
let workDir: string;
let link: string;
const previousBuild = realpathSync(inject('siteDir'));

beforeAll(async () => {
  standIn = createServer(async (req, res) => {
    const path = req.url ?? '/';
    const answer = (status: number, body: string) => {
      requests.push({ path, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (path.startsWith('/api/activities') && fault === 'error-500') return answer(500, '{"error":{"status":500,"name":"InternalServerError"}}');
    const upstream = await fetch(`${cmsUrl}${path}`);
    const text = await upstream.text();
    if (path.startsWith('/api/organisations') && fault === 'malformed') {
      const body = JSON.parse(text);
      body.data[1] = { ...body.data[1], slug: 42 };
      return answer(200, JSON.stringify(body));
    }
    answer(upstream.status, text);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => standIn.listen(port, '127.0.0.1', resolve));
  standInUrl = `http://127.0.0.1:${port}`;
  workDir = mkdtempSync(join(tmpdir(), 'mzo-faults-'));
  link = join(workDir, 'site');
  // The suite's good build is what is being served when the rebuild starts.
  symlinkSync(previousBuild, link);
  const sitePort = await freePort();
  ({ server: site } = (await serveSite({ dir: link, port: sitePort })) as { server: Server });
  siteUrl = `http://127.0.0.1:${sitePort}`;
});

afterAll(async () => {
  standIn?.close();
  site?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function rebuild(): Promise<Error> {
  const env = { ...process.env, CMS_URL: standInUrl, CMS_SNAPSHOT: '', BUILD_NOW: '2026-11-30T09:00:00+01:00' };
  return buildSite({ env, link, quiet: true }).then(
    () => new Error('the build succeeded'),
    (error: Error) => error,
  );
}

async function servedHome() {
  const response = await fetch(`${siteUrl}/`);
  return { status: response.status, html: await response.text() };
}

describe('a rebuild while the CMS misbehaves', () => {
  it('retries a collection that answers 500, then fails naming the status and URL, and keeps serving the previous site', async () => {
    fault = 'error-500';
    const before = await servedHome();
    const error = await rebuild();
    expect(error.message).toMatch(/The CMS answered 500 .* for http:\/\/127\.0\.0\.1:\d+\/api\/activities\?/);
    const failed = requests.filter((r) => r.path.startsWith('/api/activities') && r.status === 500);
    expect(failed.length).toBeGreaterThanOrEqual(4);
    expect(realpathSync(link)).toBe(previousBuild);
    expect(await servedHome()).toEqual(before);
  }, 120_000);

  it('fails naming the URL, the entry and the field when the CMS sends a malformed entry, and keeps serving the previous site', async () => {
    fault = 'malformed';
    const before = await servedHome();
    const error = await rebuild();
    expect(error.message).toMatch(/Invalid data from http:\/\/127\.0\.0\.1:\d+\/api\/organisations\?.*entry \S+ .*field "slug"/);
    expect(realpathSync(link)).toBe(previousBuild);
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe(before.html);
  }, 120_000);
});
