/**
 * Uploads on S3-compatible storage (UPLOAD_PROVIDER=aws-s3, cms/config/plugins.ts): a CMS on an empty
 * SQLite database uploads through the admin's upload route into a local S3 server (s3rver,
 * tests/support/s3.ts), the file's URL is the bucket's public URL, nothing is written to
 * cms/public/uploads, the admin's CSP allows the bucket for images, and deleting the file deletes the objects.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ephemeralCmsEnv } from '../../tooling/cms-env.ts';
import { buildCms, cmsNeedsBuild, startCms } from '../../tooling/cms-process.ts';
import { CMS_DIR } from '../../tooling/paths.ts';
import { adminClient } from '../support/admin-api.ts';
import { freePort } from '../support/net.ts';
import { gradientPng, startS3StandIn } from '../support/s3.ts';

const LOCAL_UPLOADS = resolve(CMS_DIR, 'public', 'uploads');
const localUploads = () => (existsSync(LOCAL_UPLOADS) ? readdirSync(LOCAL_UPLOADS) : []);

let workDir: string;
let s3: Awaited<ReturnType<typeof startS3StandIn>>;
let cms: Awaited<ReturnType<typeof startCms>>;
let token: string;

beforeAll(async () => {
  // Normally done by the suite's global setup; here too so the file also runs with MZO_SKIP_CMS=1.
  if (cmsNeedsBuild()) await buildCms({ quiet: true });
  workDir = mkdtempSync(join(tmpdir(), 'mzo-s3-upload-'));
  s3 = await startS3StandIn();
  cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: {
      ...process.env,
      ...ephemeralCmsEnv(),
      ...s3.env,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: join(workDir, 'cms.db'),
      NODE_ENV: 'production',
      PDOK_LOOKUP: 'off',
    },
  });
  token = await adminClient(cms.url).registerFirstAdmin('beheer@example.org', 'Mzo-test-wachtwoord-1');
}, 240_000);

afterAll(async () => {
  await cms?.stop();
  await s3?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('uploads on S3-compatible storage', () => {
  let file: any;

  it('stores an uploaded image and its thumbnail in the bucket, with URLs on the bucket’s public URL', async () => {
    const form = new FormData();
    form.append('files', new Blob([gradientPng()], { type: 'image/png' }), 'logo.png');
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const text = await response.text();
    expect(response.status, text.slice(0, 400)).toBe(201);
    [file] = JSON.parse(text);
    expect(file.provider).toBe('aws-s3');
    const urls = [file.url, file.formats?.thumbnail?.url];
    for (const url of urls) expect(url, JSON.stringify(file).slice(0, 400)).toMatch(new RegExp(`^${s3.publicUrl}/[^/]+\\.png$`));
    // Every URL is an object in the bucket (the key is the URL after the public base), and the bucket serves it.
    const keys = await s3.keys();
    for (const url of urls) {
      expect(keys).toContain(url.slice(s3.publicUrl.length + 1));
      const served = await fetch(url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect([...new Uint8Array(await served.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
  });

  it('writes nothing to cms/public/uploads and serves nothing from /uploads', async () => {
    // Other test files may upload with the local provider at the same time: look for this file's hash only.
    expect(localUploads().filter((name) => name.includes(file.hash))).toEqual([]);
    expect((await fetch(`${cms.url}/uploads/${file.hash}${file.ext}`)).status).toBe(404);
  });

  it('lets the admin show images from the bucket (CSP img-src and media-src)', async () => {
    const csp = (await fetch(`${cms.url}/admin`)).headers.get('content-security-policy') ?? '';
    const origin = new URL(s3.publicUrl).origin;
    expect(csp).toMatch(new RegExp(`img-src [^;]*${origin}`));
    expect(csp).toMatch(new RegExp(`media-src [^;]*${origin}`));
  });

  it('deletes the objects when the file is deleted in the media library', async () => {
    const response = await fetch(`${cms.url}/upload/files/${file.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const keys = await s3.keys();
    expect(keys.filter((key) => key.includes(file.hash))).toEqual([]);
  });
});
