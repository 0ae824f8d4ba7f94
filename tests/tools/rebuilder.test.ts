import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRebuilder, startRebuildServer } from '../../tooling/rebuilder.ts';
import { buildSite } from '../../tooling/site-build.ts';

const quiet = { log: () => {}, error: () => {} };

/** A build the test finishes by hand, counting how many run at once. */
function controlledBuilds() {
  const pending: (() => void)[] = [];
  let running = 0;
  let maxRunning = 0;
  let started = 0;
  return {
    build: () =>
      new Promise<void>((resolve) => {
        started += 1;
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        pending.push(() => {
          running -= 1;
          resolve();
        });
      }),
    finishOne: () => pending.shift()?.(),
    get started() {
      return started;
    },
    get maxRunning() {
      return maxRunning;
    },
    get waiting() {
      return pending.length;
    },
  };
}

async function until(check: () => boolean) {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

const change = (documentId: string) => ({ event: 'entry.publish', model: 'api::organisation.organisation', documentId });

describe('the site rebuilder', () => {
  it('turns a burst of publish events into one build', async () => {
    let builds = 0;
    const rebuilder = createRebuilder({ build: async () => void builds++, debounceMs: 30, log: quiet });
    for (let i = 0; i < 5; i++) rebuilder.notify(change(`doc${i}`));
    expect(rebuilder.status().state).toBe('scheduled');
    const status = await rebuilder.idle();
    expect(builds).toBe(1);
    expect(status.lastBuild).toMatchObject({ ok: true, changes: 5 });
    expect(status.lastChange).toMatchObject({ event: 'entry.publish', documentId: 'doc4' });
  });

  it('runs one build at a time, and builds once more for changes made during a build', async () => {
    const builds = controlledBuilds();
    const rebuilder = createRebuilder({ build: builds.build, debounceMs: 1, log: quiet });
    rebuilder.notify(change('a'));
    await until(() => builds.waiting === 1);
    rebuilder.notify(change('b'));
    rebuilder.notify(change('c'));
    expect(rebuilder.status()).toMatchObject({ state: 'building', pendingChanges: 2 });
    builds.finishOne();
    await until(() => builds.waiting === 1 && builds.started === 2);
    builds.finishOne();
    const status = await rebuilder.idle();
    expect(builds.started).toBe(2);
    expect(builds.maxRunning).toBe(1);
    expect(status.lastBuild).toMatchObject({ ok: true, changes: 2 });
  });

  const workDir = mkdtempSync(join(tmpdir(), 'mzo-rebuilder-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('keeps the served site when a build fails, and says why', async () => {
    const previous = join(workDir, 'builds', 'site-previous');
    mkdirSync(previous, { recursive: true });
    writeFileSync(join(previous, 'index.html'), 'vorige versie');
    const link = join(workDir, 'site');
    symlinkSync(previous, link);
    const errors: string[] = [];
    // No snapshot and nothing listening at CMS_URL: the content loaders fail.
    const env = { ...process.env, CMS_URL: 'http://127.0.0.1:9', CMS_SNAPSHOT: '' };
    const rebuilder = createRebuilder({
      build: () => buildSite({ env, link, quiet: true }),
      debounceMs: 1,
      log: { log: () => {}, error: (line: string) => errors.push(line) },
    });
    rebuilder.notify(change('x'));
    const status = await rebuilder.idle();
    expect(status.lastBuild?.ok).toBe(false);
    expect(status.lastBuild?.error).toContain('astro');
    expect(status.lastFailure).toEqual(status.lastBuild);
    expect(errors[0]).toContain('the previous site stays online');
    expect(realpathSync(link)).toBe(realpathSync(previous));
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe('vorige versie');
  }, 120_000);

  it('accepts webhook calls only with the shared secret, reads only event, model and documentId, and reports its status', async () => {
    const seen: unknown[] = [];
    const rebuilder = createRebuilder({ build: async () => {}, debounceMs: 1, log: quiet });
    const fake = { ...rebuilder, notify: (c: unknown) => (seen.push(c), rebuilder.notify(c as never)) };
    const server = await startRebuildServer({ rebuilder: fake, secret: 's3cret' });
    try {
      const post = (headers: Record<string, string>, body: unknown) =>
        fetch(`${server.url}/rebuild`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      expect((await post({}, change('a'))).status).toBe(401);
      expect((await post({ authorization: 'Bearer wrong!' }, change('a'))).status).toBe(401);
      const accepted = await post({ authorization: 'Bearer s3cret' }, { ...change('b'), entry: { email: 'prive@example.org' } });
      expect(accepted.status).toBe(202);
      expect(seen).toEqual([change('b')]);
      await rebuilder.idle();
      // Without the secret only a bare health answer: no document ids, no build errors.
      expect(await fetch(`${server.url}/status`).then((r) => r.json())).toEqual({ ok: true });
      expect(await fetch(`${server.url}/status`, { headers: { authorization: 'Bearer wrong!' } }).then((r) => r.json())).toEqual({ ok: true });
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
      const status = await fetch(`${server.url}/status`, { headers: { authorization: 'Bearer s3cret' } }).then((r) => r.json());
      expect(status).toMatchObject({ state: 'idle', builds: 1, lastChange: change('b'), lastBuild: { ok: true } });
      expect(JSON.stringify(status)).not.toContain('prive@example.org');
    } finally {
      await server.close();
    }
  });
});
