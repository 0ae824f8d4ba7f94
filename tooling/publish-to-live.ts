// Publish-to-live, measured the way an editor experiences it: change one published organisation in the
// admin (Content Manager API), press Publish, and poll the served site until the change is there.
// Used by scripts/measure-publish-to-live.mjs and the benchmark (bench/bench.mjs).
import type { Rebuilder } from './rebuilder.ts';

// Answers of the CMS's APIs, as JSON of any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Calls the CMS's admin or public API; throws with the status and the start of the answer. */
export function cmsCaller(cmsUrl: string) {
  return async function call(method: string, path: string, token?: string, body?: unknown): Promise<Json> {
    const response = await fetch(`${cmsUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
}

/**
 * An admin token: logs in with `email`/`password` when given, otherwise registers a throwaway first
 * admin (only possible while the database has no admin user, as after a bulk load).
 */
export async function adminToken(cmsUrl: string, { email, password }: { email?: string; password?: string } = {}): Promise<string> {
  const call = cmsCaller(cmsUrl);
  if (email) return (await call('POST', '/admin/login', undefined, { email, password })).data.token;
  const throwaway = { email: 'meting@example.org', password: 'Meting-wachtwoord-1', firstname: 'Meting', lastname: 'Script' };
  return (await call('POST', '/admin/register-admin', undefined, throwaway)).data.token;
}

/**
 * Runs `runs` publish-to-live measurements on the first published organisation (by name). The CMS
 * must post its publish webhook to `rebuilder`'s server, and `siteUrl` must serve what it builds.
 * Returns per run: seconds from Publish until the page shows the change, and the build's seconds.
 */
export async function measurePublishToLive({
  cmsUrl,
  siteUrl,
  rebuilder,
  token,
  runs = 1,
  log = () => {},
}: {
  cmsUrl: string;
  siteUrl: string;
  rebuilder: Pick<Rebuilder, 'idle' | 'status'>;
  token: string;
  runs?: number;
  log?: (line: string) => void;
}) {
  const call = cmsCaller(cmsUrl);
  const { data } = await call('GET', '/api/organisations?pagination[pageSize]=1&sort=name:asc&fields[0]=slug&fields[1]=summary');
  const { documentId, slug, summary } = data[0];
  const results = [];
  for (let run = 1; run <= runs; run++) {
    await rebuilder.idle();
    const marker = `Meting ${run}-${Date.now()}`;
    await call('PUT', `/content-manager/collection-types/api::organisation.organisation/${documentId}`, token, {
      summary: `${marker}. ${summary}`.slice(0, 300),
    });
    const started = performance.now();
    await call('POST', `/content-manager/collection-types/api::organisation.organisation/${documentId}/actions/publish`, token, {});
    for (;;) {
      const page = await fetch(`${siteUrl}/organisaties/${slug}/`).then((r) => r.text());
      if (page.includes(marker)) break;
      const status = rebuilder.status();
      if (status.lastBuild && !status.lastBuild.ok) throw new Error(`the rebuild failed: ${status.lastBuild.error}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    const build = rebuilder.status().lastSuccess?.seconds ?? 0;
    results.push({ seconds, buildSeconds: build });
    log(`run ${run}: live after ${seconds.toFixed(1)} s (build ${build.toFixed(1)} s)`);
  }
  await rebuilder.idle();
  const sorted = results.map((r) => r.seconds).sort((a, b) => a - b);
  return { organisation: slug, runs: results, medianSeconds: sorted[Math.floor(sorted.length / 2)] };
}
