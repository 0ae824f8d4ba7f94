/**
 * Privacy and hardening of the CMS, against its own Strapi on a copy of the seeded database with
 * canary values written into every private field: the public REST API, the rebuild webhook and the
 * CMS log never carry them; sign-up and uploads are closed on the public API; the admin accepts
 * only small raster images; an acknowledged save survives a kill -9.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../../tooling/png.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { adminClient } from '../support/admin-api.ts';
import { demo, privateContactValues } from '../support/demo.ts';
import { freePort } from '../support/net.ts';
import { startWebhookSink } from '../support/pdok-stand-in.ts';
import { copySeededDatabase } from '../support/seeded-database.ts';

const ORG = 'api::organisation.organisation';
const PASSWORD = 'Mzo-test-wachtwoord-1';
const CANARY = {
  editorNotes: 'CANARY-editor-notes-5b1d',
  consentNote: 'CANARY-consent-note-9c2e',
  reviewNote: 'CANARY-review-note-1f7a',
  submitterEmail: 'canary-submitter-3d8b@example.org',
};
/** Small enough to test the limit with a small file; the default is 5 MB (cms/config/plugins.ts). */
const UPLOAD_SIZE_LIMIT = 64 * 1024;

const published = demo.organisations.filter((o: any) => o.published);
const withHiddenTheme = published.filter((o: any) => o.hiddenThemes.some((t: string) => !o.themes.includes(t)));

let workDir: string;
let databaseFile: string;
let env: NodeJS.ProcessEnv;
let port: number;
let cms: Awaited<ReturnType<typeof startCms>>;
let webhook: Awaited<ReturnType<typeof startWebhookSink>>;
let api: ReturnType<typeof adminClient>;
let token: string;

const canaries = () => [...Object.values(CANARY), ...privateContactValues];

async function get(path: string) {
  const response = await fetch(`${cms.url}${path}`);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-security-'));
  databaseFile = join(workDir, 'cms.db');
  await copySeededDatabase(databaseFile);
  const db = new Database(databaseFile);
  db.prepare('UPDATE organisations SET editor_notes = ?').run(CANARY.editorNotes);
  db.prepare('UPDATE contact_persons SET consent_note = ?').run(CANARY.consentNote);
  db.close();
  webhook = await startWebhookSink();
  port = await freePort();
  env = {
    ...process.env,
    ...ephemeralCmsEnv(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    NODE_ENV: 'production',
    REBUILD_WEBHOOK_URL: webhook.url,
    REBUILD_WEBHOOK_SECRET: 'test-secret',
    UPLOAD_SIZE_LIMIT: String(UPLOAD_SIZE_LIMIT),
  };
  cms = await startCms({ port, log: 'pipe', env });
  api = adminClient(cms.url);
  token = await api.registerFirstAdmin('beheer@example.org', PASSWORD);
  // A suggestion with personal data, as the public form stores it.
  const suggestion = await fetch(`${cms.url}/api/suggestions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'new-network',
      organisationName: 'Canary netwerk',
      wijkName: 'Zuid',
      message: 'Een tip over een nieuw netwerk.',
      submitterName: 'Canary',
      submitterEmail: CANARY.submitterEmail,
      consent: 'on',
      locale: 'nl',
    }),
  });
  expect(suggestion.status).toBe(201);
}, 240_000);

afterAll(async () => {
  await cms?.stop();
  await webhook?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('private fields over the public REST API', () => {
  it('refuses filters, sort, fields and populate that name a private field, at any depth', async () => {
    const attacks = [
      `/api/organisations?filters[editorNotes][$contains]=CANARY`,
      `/api/organisations?filters[$or][0][editorNotes][$startsWith]=C&filters[$or][1][slug][$eq]=x`,
      `/api/organisations?filters[$not][editorNotes][$null]=true`,
      `/api/organisations?filters[contacts][email][$eq]=${encodeURIComponent(privateContactValues[0])}`,
      `/api/organisations?filters[contacts][$null]=false`,
      `/api/organisations?filters[hiddenThemes][slug][$eq]=radicalisering`,
      `/api/organisations?filters[editors][email][$contains]=example`,
      `/api/organisations?filters[updatedBy][password][$startsWith]=$2`,
      `/api/organisations?sort=editorNotes:asc`,
      `/api/organisations?sort[0][hiddenThemes][slug]=asc`,
      `/api/organisations?fields[0]=editorNotes`,
      `/api/organisations?populate[contacts]=*`,
      `/api/organisations?populate[hiddenThemes]=*`,
      `/api/organisations?populate[organisation][fields][0]=editorNotes`,
      `/api/activities?filters[organisation][editorNotes][$contains]=CANARY`,
      `/api/activities?filters[organisation][contacts][phone][$notNull]=true`,
      `/api/activities?sort=organisation.editorNotes:asc`,
      `/api/activities?populate[organisation][fields][0]=editorNotes`,
      `/api/rooms?filters[providerOrganisation][contacts][email][$contains]=@`,
      `/api/consultations?filters[participants][editorNotes][$contains]=CANARY`,
      `/api/organisations?lookup[editorNotes][$contains]=CANARY`,
    ];
    for (const path of attacks) {
      const { status, text } = await get(path);
      expect(status, `${path} → ${text.slice(0, 200)}`).toBe(400);
      for (const value of canaries()) expect(text).not.toContain(value);
    }
  });

  it('answers every contact-person query with public people only, whatever it asks for', async () => {
    const visibleCount = (await get('/api/contact-persons?pagination[pageSize]=100')).text;
    const baseline = JSON.parse(visibleCount).meta.pagination.total;
    for (const path of [
      `/api/contact-persons?filters[consentNote][$contains]=CANARY&pagination[pageSize]=100`,
      `/api/contact-persons?filters[visibility][$in][0]=officials&filters[visibility][$in][1]=hidden&pagination[pageSize]=100`,
      `/api/contact-persons?filters[email][$eq]=${encodeURIComponent(privateContactValues[0])}&pagination[pageSize]=100`,
      `/api/contact-persons?sort=consentNote:desc&fields[0]=consentNote&populate=*&pagination[pageSize]=100`,
    ]) {
      const { status, text } = await get(path);
      expect(status).toBe(200);
      // A filter that would reveal whether a value exists is replaced, so every answer is the same list.
      expect(JSON.parse(text).meta.pagination.total, path).toBe(baseline);
      for (const value of canaries()) expect(text, `${path} leaks ${value}`).not.toContain(value);
    }
  });

  it('never returns a canary through populate=*, deep populate, drafts or all locales of any public type', async () => {
    const types = [
      'organisations',
      'activities',
      'rooms',
      'contact-persons',
      'themes',
      'wijken',
      'consultations',
      'support-offers',
      'communities',
      'languages',
      'target-groups',
    ];
    for (const type of types) {
      for (const query of [
        'populate=*',
        'populate[0]=organisation&populate[1]=organisations&populate[2]=participants',
        'status=draft&populate=*',
        'locale=all&populate=*',
        'locale=en&populate=*',
      ]) {
        const path = `/api/${type}?pagination[pageSize]=100&${query}`;
        const { status, text } = await get(path);
        // Unknown relation names are a 400; anything that answers must be clean.
        expect([200, 400, 404], path).toContain(status);
        for (const value of canaries()) expect(text, `${path} leaks ${value}`).not.toContain(value);
      }
    }
    for (const organisation of withHiddenTheme.slice(0, 5)) {
      const { text } = await get(
        `/api/organisations?filters[slug][$eq]=${organisation.slug}&populate[themes][fields][0]=slug&populate[consultationThemes][fields][0]=slug`,
      );
      for (const hidden of organisation.hiddenThemes.filter((t: string) => !organisation.themes.includes(t))) expect(text).not.toContain(`"${hidden}"`);
    }
  });

  it('has no sign-up, login, user or upload routes on the public API', async () => {
    const register = await fetch(`${cms.url}/api/auth/local/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'indringer', email: 'indringer@example.org', password: 'Geheim-12345' }),
    });
    expect(register.status).toBe(404);
    for (const path of ['/api/auth/local', '/api/users', '/api/users/me', '/api/users-permissions/roles', '/api/upload/files', '/api/connect/github']) {
      expect((await get(path)).status, path).toBe(404);
    }
    const upload = new FormData();
    upload.append('files', new Blob([tinyPng()], { type: 'image/png' }), 'x.png');
    expect((await fetch(`${cms.url}/api/upload`, { method: 'POST', body: upload })).status).toBe(404);
  });

  it('sends security headers with every CMS response', async () => {
    const response = await fetch(`${cms.url}/api/themes`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('uploads through the admin', () => {
  async function upload(name: string, type: string, bytes: Uint8Array<ArrayBuffer>) {
    const form = new FormData();
    form.append('files', new Blob([bytes], { type }), name);
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: response.status, text: await response.text() };
  }

  it('accepts a small PNG', async () => {
    const { status, text } = await upload('logo.png', 'image/png', tinyPng());
    expect(status, text.slice(0, 300)).toBe(201);
  });

  it('refuses SVG, HTML and scripts', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const [name, type, bytes] of [
      ['logo.svg', 'image/svg+xml', svg],
      ['logo.svg', 'image/png', svg],
      ['logo.html', 'image/png', new TextEncoder().encode('<script>alert(1)</script>')],
      ['page.html', 'text/html', new TextEncoder().encode('<script>alert(1)</script>')],
      ['run.js', 'application/javascript', new TextEncoder().encode('alert(1)')],
    ] as const) {
      const { status, text } = await upload(name, type, bytes);
      expect(status, `${name} as ${type}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
  });

  it('serves an SVG disguised as a PNG as image/png with nosniff, so a browser never runs it', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const { status, text } = await upload('logo.png', 'image/png', svg);
    // Content sniffing cannot tell text from a broken image, so Strapi may keep it; what matters is how it is served.
    if (status === 201) {
      const [file] = JSON.parse(text);
      const served = await fetch(`${cms.url}${file.url}`);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    } else {
      expect(status).toBe(400);
    }
  });

  it('refuses an image over the size limit', async () => {
    // Strapi measures the size after optimising (quantising) the image: noise of this size stays about 150 kB.
    const { status, text } = await upload('big.png', 'image/png', noisePng(384, 384));
    expect(status, text.slice(0, 200)).toBe(413);
  });
});

describe('the rebuild webhook and the log', () => {
  it('carry no private value when an organisation with private fields is published', async () => {
    const organisation = published[0];
    const list = await api.call('GET', `${api.collection(ORG)}?page=1&pageSize=1&filters[slug][$eq]=${organisation.slug}`, { token });
    const documentId = list.body.results[0].documentId;
    const start = webhook.received.length;
    const saved = await api.call('PUT', `${api.collection(ORG)}/${documentId}?locale=nl`, { token, body: { editorNotes: CANARY.editorNotes } });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);
    const publish = await api.call('POST', `${api.collection(ORG)}/${documentId}/actions/publish?locale=nl`, { token, body: {} });
    expect(publish.status, JSON.stringify(publish.body).slice(0, 300)).toBe(200);
    for (let i = 0; i < 200 && !webhook.received.slice(start).length; i++) await new Promise((r) => setTimeout(r, 50));
    const sent = webhook.received.slice(start);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(Object.keys(request.body).sort()).toEqual(['documentId', 'event', 'model']);
      for (const value of canaries()) expect(JSON.stringify(request.body)).not.toContain(value);
    }
    for (const value of canaries()) expect(cms.output()).not.toContain(value);
  });
});

describe('a crash right after a save', () => {
  it('loses nothing the CMS acknowledged (kill -9, restart, read back)', async () => {
    const organisation = published[1];
    const list = await api.call('GET', `${api.collection(ORG)}?page=1&pageSize=1&filters[slug][$eq]=${organisation.slug}`, { token });
    const documentId = list.body.results[0].documentId;
    const note = `Bewaard vlak voor een crash ${Date.now()}`;
    const saved = await api.call('PUT', `${api.collection(ORG)}/${documentId}?locale=nl`, { token, body: { editorNotes: note } });
    expect(saved.status).toBe(200);
    const exited = new Promise((resolve) => cms.child.once('exit', resolve));
    cms.child.kill('SIGKILL');
    await exited;
    cms = await startCms({ port, log: 'pipe', env });
    token = await api.login('beheer@example.org', PASSWORD);
    const read = await api.call('GET', `${api.collection(ORG)}/${documentId}?locale=nl`, { token });
    expect(read.status).toBe(200);
    expect(read.body.data.editorNotes).toBe(note);
  }, 120_000);
});

/** A PNG of deterministic noise (RGB, no filter), about width × height × 3 bytes even after optimisation. */
function noisePng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  let seed = 42;
  for (let i = 0; i < rows.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    rows[i] = i % (width * 3 + 1) === 0 ? 0 : seed >>> 24;
  }
  return Uint8Array.from(encodePng(width, height, 2, rows));
}

/** A valid 1×1 PNG. */
function tinyPng(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
}
