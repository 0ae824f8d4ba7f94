// Rebuilds the public site when the CMS says published content changed (cms/src/site-rebuild.ts).
// Changes are debounced (a burst of publishes is one build), one build runs at a time (changes that
// arrive during a build get one more build after it), and buildSite() swaps the served site only when
// the build succeeded. A failed build leaves the previous site online; the reason is logged and shown
// at GET /status, which the CMS shows in its admin (/mzo/site-status → "Overzicht redactie").
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One build: what started it, how many changes it took in, how long it took, and why it failed. */
export interface BuildResult {
  ok: boolean;
  trigger: string;
  changes: number;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  /** The build found nothing changed since the served build, and left it in place (tooling/site-build.ts). */
  unchanged?: boolean;
  error?: string;
}

/** A change in published content, as the CMS reports it (cms/src/site-rebuild.ts). */
export interface SiteChange {
  event: string;
  model: string;
  documentId: string;
}

export interface RebuildStatus {
  state: 'idle' | 'scheduled' | 'building';
  /** Changes received since the current or last build started. */
  pendingChanges: number;
  builds: number;
  lastChange: (SiteChange & { receivedAt: string }) | null;
  lastBuild: BuildResult | null;
  lastSuccess: BuildResult | null;
  lastFailure: BuildResult | null;
}

export type Rebuilder = ReturnType<typeof createRebuilder>;

/**
 * The rebuild logic, without HTTP. `build()` builds and publishes the site (rejecting on failure).
 * `debounceMs`: quiet time after the last change before building; `maxWaitMs`: build anyway when
 * changes keep coming for this long.
 */
export function createRebuilder({
  build,
  debounceMs = 2000,
  maxWaitMs = 30_000,
  log = console,
}: {
  build: () => Promise<{ seconds?: number } | unknown>;
  debounceMs?: number;
  maxWaitMs?: number;
  log?: Partial<Pick<Console, 'log' | 'error'>>;
}) {
  const status: RebuildStatus = {
    state: 'idle',
    pendingChanges: 0,
    builds: 0,
    lastChange: null,
    lastBuild: null,
    lastSuccess: null,
    lastFailure: null,
  };
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt: number | undefined;
  let building = false;
  let idleWaiters: ((status: RebuildStatus) => void)[] = [];

  const settleIdle = () => {
    if (status.state !== 'idle') return;
    for (const resolve of idleWaiters) resolve(status);
    idleWaiters = [];
  };

  function schedule() {
    clearTimeout(timer);
    if (building) return;
    firstPendingAt ??= Date.now();
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - Date.now()));
    status.state = 'scheduled';
    timer = setTimeout(() => void runBuild('changes'), wait);
    timer.unref?.();
  }

  async function runBuild(trigger: string): Promise<BuildResult> {
    clearTimeout(timer);
    timer = undefined;
    firstPendingAt = undefined;
    building = true;
    status.state = 'building';
    const changes = status.pendingChanges;
    status.pendingChanges = 0;
    const startedAt = new Date();
    let result: BuildResult;
    try {
      const outcome = await build();
      const seconds = (outcome as { seconds?: number } | undefined)?.seconds ?? (Date.now() - startedAt.getTime()) / 1000;
      const unchanged = (outcome as { unchanged?: boolean } | undefined)?.unchanged === true;
      result = {
        ok: true,
        trigger,
        changes,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        seconds,
        ...(unchanged ? { unchanged } : {}),
      };
      status.lastSuccess = result;
      const why = `${trigger}, ${changes} change${changes === 1 ? '' : 's'}`;
      log.log?.(
        unchanged
          ? `Site checked in ${seconds.toFixed(1)} s (${why}): nothing changed, it stays as it is.`
          : `Site rebuilt in ${seconds.toFixed(1)} s (${why}).`,
      );
    } catch (error) {
      const seconds = (Date.now() - startedAt.getTime()) / 1000;
      const reason = String((error as Error | undefined)?.message ?? error).slice(-3000);
      result = { ok: false, trigger, changes, startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), seconds, error: reason };
      status.lastFailure = result;
      log.error?.(`Site rebuild failed after ${seconds.toFixed(1)} s; the previous site stays online.\n${reason}`);
    }
    status.builds += 1;
    status.lastBuild = result;
    building = false;
    status.state = 'idle';
    if (status.pendingChanges > 0) schedule();
    settleIdle();
    return result;
  }

  return {
    /** A change in published content: `{ event, model, documentId }`. */
    notify(change: SiteChange) {
      status.lastChange = { event: change.event, model: change.model, documentId: change.documentId, receivedAt: new Date().toISOString() };
      status.pendingChanges += 1;
      schedule();
    },
    /** Builds now (waiting for a running build first); resolves with the build's result. */
    async rebuildNow(trigger = 'manual'): Promise<BuildResult> {
      while (building) await this.idle();
      return runBuild(trigger);
    },
    /** Resolves when no build is running or scheduled. */
    idle(): Promise<RebuildStatus> {
      return status.state === 'idle' ? Promise.resolve(status) : new Promise((resolve) => idleWaiters.push(resolve));
    },
    status: () => structuredClone(status),
    close() {
      clearTimeout(timer);
    },
  };
}

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * HTTP in front of a rebuilder: `POST /rebuild` (the CMS's webhook, `Authorization: Bearer <secret>`
 * when a secret is set; only event, model and documentId are read) and `GET /status`.
 */
export function startRebuildServer({
  rebuilder,
  port = 0,
  host = '127.0.0.1',
  secret = '',
}: {
  rebuilder: Pick<Rebuilder, 'notify' | 'status'>;
  port?: number;
  host?: string;
  secret?: string;
}): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const reply = (code: number, body: unknown) => {
      res.statusCode = code;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const authorised = Boolean(secret) && sameSecret(req.headers.authorization ?? '', `Bearer ${secret}`);
    // The last document ids and build errors are for the CMS (which sends the secret); anyone else
    // learns only that the server is up.
    if (req.method === 'GET' && path === '/status') return reply(200, authorised ? rebuilder.status() : { ok: true });
    if (req.method !== 'POST' || path !== '/rebuild') return reply(404, { error: 'not found' });
    if (secret && !authorised) return reply(401, { error: 'unauthorized' });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) req.destroy();
    });
    req.on('end', () => {
      let change: Record<string, unknown> | null;
      try {
        change = JSON.parse(body || '{}');
      } catch {
        return reply(400, { error: 'expected JSON' });
      }
      const pick = (key: string) => {
        const value = change?.[key];
        return typeof value === 'string' ? value.slice(0, 200) : '';
      };
      rebuilder.notify({ event: pick('event'), model: pick('model'), documentId: pick('documentId') });
      reply(202, { accepted: true });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({ server, url: `http://${host}:${address.port}`, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}
