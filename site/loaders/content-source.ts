import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCmsUrl } from '@mzo/content-types/addresses';
import { describeSync, readSnapshot, syncSnapshot, writeSnapshot, type Snapshot, type SyncedSnapshot } from '@mzo/content-types/rest';

/** Where the build gets content: a snapshot file (CMS_SNAPSHOT) or the CMS (CMS_URL, CMS_TOKEN). */
export function contentSourceFromEnv(env: Record<string, string | undefined> = process.env) {
  if (env.CMS_SNAPSHOT) return { kind: 'snapshot' as const, file: env.CMS_SNAPSHOT };
  return { kind: 'cms' as const, options: { baseUrl: buildCmsUrl(env), token: env.CMS_TOKEN || undefined } };
}

/** The content sync's state: the content of the last build, in the build cache (tooling/site-build.ts keeps it). */
export const syncStateFile = (env: Record<string, string | undefined> = process.env) =>
  env.SITE_CACHE_DIR ? join(env.SITE_CACHE_DIR, 'mzo-content.json') : undefined;

function previousSync(file: string | undefined, log: (line: string) => void): SyncedSnapshot | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SyncedSnapshot;
  } catch (error) {
    log(`Content sync: the state in ${file} could not be read (${(error as Error).message.slice(0, 120)}); fetching everything.`);
    return undefined;
  }
}

let cached: Promise<Snapshot> | undefined;

/** Syncs `previous` with the CMS of `env` (see loadContent); tooling/site-build.ts does this before a rebuild. */
export function syncContent(previous: SyncedSnapshot | undefined, env: Record<string, string | undefined> = process.env) {
  const source = contentSourceFromEnv(env);
  if (source.kind !== 'cms') throw new Error('syncContent needs a CMS, not a snapshot file');
  return syncSnapshot(previous, { ...source.options, full: env.CONTENT_FULL_SYNC === '1' });
}

/** The content sync's state in `file`, or undefined (logged) when there is none or it cannot be read. */
export const readSyncState = (file: string, log: (line: string) => void = console.log) => previousSync(file, log);

/**
 * The content of this build, got once per process. From the CMS it is synced incrementally against the content of
 * the last build (content-types/src/rest/sync.ts): only what changed is fetched. CONTENT_FULL_SYNC=1 fetches all.
 */
export function loadContent(env: Record<string, string | undefined> = process.env, log: (line: string) => void = console.log): Promise<Snapshot> {
  cached ??= (async () => {
    const source = contentSourceFromEnv(env);
    if (source.kind === 'snapshot') return readSnapshot(source.file);
    const file = syncStateFile(env);
    if (env.SITE_CONTENT_SYNCED === '1') {
      // tooling/site-build.ts synced just before starting the build (to see whether anything changed) and wrote the
      // result as the sync's state: build from that, without asking the CMS again.
      const synced = file && existsSync(file) ? previousSync(file, log) : undefined;
      if (!synced) throw new Error(`The content synced before the build is missing from ${file ?? '(no SITE_CACHE_DIR)'}.`);
      log(`Content sync: done before the build (${env.SITE_CONTENT_SYNC_REPORT ?? 'see the build log'})`);
      return synced;
    }
    const { snapshot, report } = await syncContent(previousSync(file, log), env);
    if (file) writeSnapshot(file, snapshot);
    log(`Content sync: ${describeSync(report)}`);
    return snapshot;
  })();
  return cached;
}
