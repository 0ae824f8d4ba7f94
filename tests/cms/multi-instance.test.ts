/**
 * Past one machine (docs/production.md): two Strapi processes with the same secrets on one throwaway
 * PostgreSQL database, uploads in one bucket (s3rver), behind a round-robin proxy like a load balancer.
 * Proves that an admin session from one instance works on the other, that content published through the
 * proxy is public on both, that uploads are served from the bucket whichever instance took them, and that
 * the rebuild webhook fires once per publish, from the instance that handled it. Also pins what is
 * per-instance state: the suggestion rate limit (counts in memory) and the reminder cron (CRON_ENABLED).
 *
 * Needs PostgreSQL at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); skipped,
 * saying so, when it is unreachable.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { buildCms, cmsNeedsBuild, startCms } from '../../tooling/cms-process.ts';
import { CMS_DIR } from '../../tooling/paths.ts';
import { adminClient } from '../support/admin-api.ts';
import { freePort } from '../support/net.ts';
import { gradientPng, startS3StandIn } from '../support/s3.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ORG = 'api::organisation.organisation';
const EMAIL = 'beheer@example.org';
const PASSWORD = 'Mzo-test-wachtwoord-1';
const RATE_LIMIT = 2;
/** How long a rebuild notification may take to arrive (sent after the response, on a loaded machine). */
const WEBHOOK_WAIT = { timeout: 15_000, interval: 50 };

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

const unreachable = await postgresReachable();
if (unreachable) console.warn(`tests/cms/multi-instance.test.ts SKIPPED: PostgreSQL at ${SERVER_URL} is unreachable (${unreachable}).`);

type Instance = Awaited<ReturnType<typeof startCms>> & { name: string };

/** Records what the rebuild server would receive, and from which instance (each posts to its own ?from=). */
async function startRebuildSink() {
  const received: { from: string | null; body: any; authorization?: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({
        from: new URL(req.url ?? '/', 'http://x').searchParams.get('from'),
        body: JSON.parse(body || '{}'),
        authorization: req.headers.authorization,
      });
      res.statusCode = 202;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/rebuild`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/**
 * A round-robin HTTP proxy over the instances, as a load balancer without sticky sessions: every request
 * goes to the next instance; it appends the client address to X-Forwarded-For and answers with
 * `x-served-by: <instance>` so the test can see who handled what.
 */
async function startRoundRobinProxy(instances: Instance[]) {
  let next = 0;
  const served: { method: string; path: string; by: string }[] = [];
  const server: Server = createServer((req, res) => {
    const target = instances[next++ % instances.length];
    const url = new URL(target.url);
    served.push({ method: req.method ?? 'GET', path: req.url ?? '/', by: target.name });
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = request(
      { host: url.hostname, port: url.port, method: req.method, path: req.url, headers: { ...req.headers, host: url.host, 'x-forwarded-for': forwardedFor } },
      (response: IncomingMessage) => {
        res.writeHead(response.statusCode ?? 502, { ...response.headers, 'x-served-by': target.name });
        response.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502);
      res.end(error.message);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, served, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.skipIf(Boolean(unreachable))('several stateless CMS instances behind a load balancer', () => {
  let database: TestDatabase;
  let s3: Awaited<ReturnType<typeof startS3StandIn>>;
  let sink: Awaited<ReturnType<typeof startRebuildSink>>;
  let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>;
  const instances: Instance[] = [];
  let a: Instance;
  let b: Instance;
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const started = Date.now();
    if (cmsNeedsBuild()) await buildCms({ quiet: true });
    database = await createTestDatabase('', { TEST_DATABASE: 'postgres', TEST_DATABASE_URL: SERVER_URL });
    s3 = await startS3StandIn();
    sink = await startRebuildSink();
    // What every instance shares in production: the secrets, the database, the bucket, the rebuild server.
    const shared = {
      ...process.env,
      ...ephemeralCmsEnv(),
      ...database.env,
      ...s3.env,
      DATABASE_POOL_MIN: '0',
      DATABASE_POOL_MAX: '5',
      NODE_ENV: 'production',
      IS_PROXIED: 'true',
      PDOK_LOOKUP: 'off',
      REBUILD_WEBHOOK_SECRET: 'rebuild-secret',
      SUGGESTION_RATE_LIMIT: String(RATE_LIMIT),
      // The reminder job on a short schedule, so the test sees which instances run it (no editors: no e-mail).
      REMINDER_EMAILS: 'true',
      REMINDER_CRON: '*/2 * * * * *',
    };
    // One at a time: the first start creates the schema (Strapi takes no lock for that), as a rolling deploy does.
    for (const [name, extra] of [
      ['a', { CRON_ENABLED: 'true' }],
      ['b', { CRON_ENABLED: 'false' }],
    ] as const) {
      // The same rebuild URL for both; ?from= only lets the test's sink tell the senders apart.
      const env = { ...shared, ...extra, REBUILD_WEBHOOK_URL: `${sink.url}?from=${name}` };
      const instance = Object.assign(await startCms({ env, port: await freePort(), log: 'pipe' }), { name });
      instances.push(instance);
    }
    [a, b] = instances;
    proxy = await startRoundRobinProxy(instances);
    console.log(`multi-instance: two CMS instances on PostgreSQL up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await proxy?.close();
    await sink?.close();
    await s3?.close();
    await database?.drop();
  });

  const admin = () => adminClient(proxy.url);

  it('keeps an admin session valid on every instance: access token, refresh cookie and logout', async () => {
    token = await admin().registerFirstAdmin(EMAIL, PASSWORD);
    const DEVICE = randomUUID();
    // Log in on A directly; the access token (a JWT signed with the shared ADMIN_JWT_SECRET, for a session row in
    // the shared database) works on B.
    const login = await fetch(`${a.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD, deviceId: DEVICE }),
    });
    expect(login.status).toBe(200);
    const accessToken = (await login.json()).data.token;
    for (const instance of [a, b]) {
      const me = await adminClient(instance.url).call('GET', '/admin/users/me', { token: accessToken });
      expect(me.status, instance.name).toBe(200);
      expect(me.body.data.email).toBe(EMAIL);
    }
    // The refresh cookie A set (signed with the shared APP_KEYS) gets a new access token from B.
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toContain('strapi_admin_refresh=');
    const refreshed = await fetch(`${b.url}/admin/access-token`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(refreshed.status, await refreshed.clone().text()).toBe(200);
    const renewed = (await refreshed.json()).data.token;
    expect((await adminClient(a.url).call('GET', '/admin/users/me', { token: renewed })).status).toBe(200);
    // Logging out on B (this device, as the admin panel does) ends that session on A too: sessions live in the
    // database, not in an instance. The session from the registration (another device) stays valid.
    const logout = await fetch(`${b.url}/admin/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${renewed}`, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: DEVICE }),
    });
    expect(logout.status).toBe(200);
    for (const instance of [a, b]) {
      expect((await adminClient(instance.url).call('GET', '/admin/users/me', { token: renewed })).status, instance.name).toBe(401);
      expect((await adminClient(instance.url).call('GET', '/admin/users/me', { token })).status, instance.name).toBe(200);
    }
  });

  it('serves an upload from the bucket, whichever instance took it', async () => {
    const form = new FormData();
    form.append('files', new Blob([gradientPng()], { type: 'image/png' }), 'logo.png');
    const response = await fetch(`${a.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(201);
    const [file] = JSON.parse(text);
    ids.fileId = String(file.id);
    ids.fileUrl = file.url;
    ids.fileHash = file.hash;
    expect(file.url.startsWith(`${s3.publicUrl}/`)).toBe(true);
    expect(await s3.keys()).toContain(file.url.slice(s3.publicUrl.length + 1));
    // B knows the file (same database) with the same bucket URL; neither instance has it on its own disk.
    const onB = await adminClient(b.url).call('GET', `/upload/files/${file.id}`, { token });
    expect(onB.status).toBe(200);
    expect(onB.body.url).toBe(file.url);
    for (const instance of [a, b]) expect((await fetch(`${instance.url}/uploads/${file.hash}${file.ext}`)).status).toBe(404);
    const uploads = resolve(CMS_DIR, 'public', 'uploads');
    expect((existsSync(uploads) ? readdirSync(uploads) : []).filter((name) => name.includes(file.hash))).toEqual([]);
    const served = await fetch(file.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
  });

  it('publishes through the proxy: public on both instances, one rebuild webhook from the instance that published', async () => {
    const api = admin();
    const theme = await api.call('POST', '/content-manager/collection-types/api::theme.theme?locale=nl', { token, body: { name: 'Taal en integratie' } });
    expect(theme.status, JSON.stringify(theme.body).slice(0, 300)).toBe(201);
    const wijk = await api.call('POST', '/content-manager/collection-types/api::wijk.wijk?locale=nl', { token, body: { name: 'Overvecht', code: 'WK034403' } });
    expect(wijk.status, JSON.stringify(wijk.body).slice(0, 300)).toBe(201);
    const created = await api.call('POST', `${api.collection(ORG)}?locale=nl`, {
      token,
      body: {
        name: 'Stichting Twee Servers',
        summary: 'Een organisatie die op twee CMS-instanties tegelijk bestaat.',
        legalForm: 'stichting',
        logo: Number(ids.fileId),
        themes: { connect: [{ documentId: theme.body.data.documentId }] },
        serves: { connect: [{ documentId: wijk.body.data.documentId }] },
      },
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const documentId = created.body.data.documentId;
    const before = sink.received.length;

    const publish = await fetch(`${proxy.url}${api.collection(ORG)}/${documentId}/actions/publish?locale=nl`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(publish.status).toBe(200);
    const publishedBy = publish.headers.get('x-served-by');
    expect(['a', 'b']).toContain(publishedBy);

    // Both instances answer the public REST API with it, logo URL on the bucket.
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.url}/api/organisations?filters[documentId][$eq]=${documentId}&populate[logo][fields][0]=url`);
      const body = await response.json();
      expect(response.status, instance.name).toBe(200);
      expect(
        body.data.map((o: any) => o.name),
        instance.name,
      ).toEqual(['Stichting Twee Servers']);
      expect(body.data[0].logo.url).toBe(ids.fileUrl);
    }

    // Exactly one publish notification, from the instance that handled the publish; the other stays silent.
    const publishes = () => sink.received.slice(before).filter((r) => r.body.event === 'entry.publish' && r.body.documentId === documentId);
    await vi.waitFor(() => expect(publishes().length).toBeGreaterThan(0), WEBHOOK_WAIT);
    expect(publishes()).toEqual([{ from: publishedBy, body: { event: 'entry.publish', model: ORG, documentId }, authorization: 'Bearer rebuild-secret' }]);

    // Unpublish through the proxy as well: again one notification, from whichever instance handled that.
    const unpublish = await fetch(`${proxy.url}${api.collection(ORG)}/${documentId}/actions/unpublish?locale=nl`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unpublish.status).toBe(200);
    const unpublishes = () => sink.received.filter((r) => r.body.event === 'entry.unpublish' && r.body.documentId === documentId);
    await vi.waitFor(() => expect(unpublishes().length).toBeGreaterThan(0), WEBHOOK_WAIT);
    expect(unpublishes().map((r) => r.from)).toEqual([unpublish.headers.get('x-served-by')]);
    // Still one publish notification: a second one, sent with the publish, would have arrived before this later one.
    expect(publishes()).toHaveLength(1);
    for (const instance of [a, b]) {
      const body = await (await fetch(`${instance.url}/api/organisations?filters[documentId][$eq]=${documentId}`)).json();
      expect(body.data, instance.name).toEqual([]);
    }
  });

  it('keeps the suggestion rate limit per instance: N instances allow N × the limit (docs/production.md)', async () => {
    const suggestion = (url: string) =>
      fetch(`${url}/api/suggestions`, {
        method: 'POST',
        // The same client address for every post, as the load balancer would forward it.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({
          kind: 'new-network',
          organisationName: 'Netwerk Tweemaal',
          wijkName: 'Zuid',
          message: 'Een tip over een nieuw netwerk.',
          consent: 'on',
          locale: 'nl',
        }),
      }).then((r) => r.status);
    const onA = [];
    for (let i = 0; i <= RATE_LIMIT; i++) onA.push(await suggestion(a.url));
    const onB = [];
    for (let i = 0; i <= RATE_LIMIT; i++) onB.push(await suggestion(b.url));
    const accepted = Array(RATE_LIMIT).fill(201);
    expect(onA).toEqual([...accepted, 429]);
    // B has not seen this client: its own count starts at zero.
    expect(onB).toEqual([...accepted, 429]);
  });

  it('runs the reminder job only where CRON_ENABLED is not false', async () => {
    // The job runs at every even second on both clocks alike: once A has run it twice from now on, B, up
    // since before, has had a whole period after a run of its own to log one, had it a job.
    // (Counted from A's output stream: output() keeps only the last part of a long log.)
    let runsOnA = 0;
    a.child.stdout!.on('data', (chunk) => (runsOnA += String(chunk).match(/Reminders: 0 e-mail\(s\)/g)?.length ?? 0));
    await vi.waitFor(() => expect(runsOnA).toBeGreaterThanOrEqual(2), { timeout: 20_000, interval: 100 });
    expect(b.output()).not.toMatch(/Reminders:/);
  });
});
