import S3rver from '@20minutes/s3rver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../../tooling/png.ts';

/**
 * A local S3-compatible server for tests: s3rver (the maintained 20minutes fork) on a free loopback port,
 * with one bucket, storing objects in a temporary folder. It checks AWS Signature V4 with the fixed
 * credentials S3RVER/S3RVER, so a CMS with wrong credentials fails to upload. Anonymous GETs are answered,
 * like a bucket that is publicly readable. `publicUrl` is a second name for the same bucket
 * (`localhost` instead of `127.0.0.1`), as a CDN in front of it would be, so a test can tell a URL made from
 * S3_PUBLIC_URL from one made from the endpoint.
 */
export async function startS3StandIn({ bucket = 'mzo-media' } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'mzo-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  const publicUrl = `http://localhost:${port}/${bucket}`;

  /** The keys in the bucket (ListObjectsV2, anonymous). */
  async function keys(): Promise<string[]> {
    const response = await fetch(`${endpoint}/${bucket}?list-type=2&max-keys=1000`);
    if (!response.ok) throw new Error(`list ${bucket}: HTTP ${response.status}`);
    return [...(await response.text()).matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]);
  }

  return {
    endpoint,
    bucket,
    publicUrl,
    keys,
    /** The environment that makes the CMS upload here (cms/config/plugins.ts). */
    env: {
      UPLOAD_PROVIDER: 'aws-s3',
      S3_BUCKET: bucket,
      S3_REGION: 'eu-west-1',
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PUBLIC_URL: publicUrl,
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A width × height RGB PNG (a smooth gradient) to upload: large enough that Strapi also stores a thumbnail. */
export function gradientPng(width = 400, height = 300): Uint8Array<ArrayBuffer> {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) rows.set([(x * 255) / width, (y * 255) / height, 128], row + 1 + x * 3);
  }
  return Uint8Array.from(encodePng(width, height, 2, rows));
}
