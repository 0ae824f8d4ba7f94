import { buildCmsUrl } from '@mzo/content-types/addresses';
import { fetchSnapshot, readSnapshot, type Snapshot } from '@mzo/content-types/rest';

/** Where the build gets content: a snapshot file (CMS_SNAPSHOT) or the CMS (CMS_URL, CMS_TOKEN). */
export function contentSourceFromEnv(env: Record<string, string | undefined> = process.env) {
  if (env.CMS_SNAPSHOT) return { kind: 'snapshot' as const, file: env.CMS_SNAPSHOT };
  return { kind: 'cms' as const, options: { baseUrl: buildCmsUrl(env), token: env.CMS_TOKEN || undefined } };
}

let cached: Promise<Snapshot> | undefined;

/** The content of this build, fetched once per process. */
export function loadContent(env: Record<string, string | undefined> = process.env): Promise<Snapshot> {
  cached ??= (async () => {
    const source = contentSourceFromEnv(env);
    return source.kind === 'snapshot' ? readSnapshot(source.file) : fetchSnapshot(source.options);
  })();
  return cached;
}
