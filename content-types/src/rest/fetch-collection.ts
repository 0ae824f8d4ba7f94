import qs from 'qs';
import type { z } from 'zod';
import type { TypeDefinition } from '../define.ts';
import { CmsError } from './errors.ts';
import { populateFor } from './populate.ts';

/** Strapi clamps larger page sizes silently (config/api.ts maxLimit). */
export const PAGE_SIZE = 100;

export interface CmsOptions {
  /** Base URL of Strapi, e.g. http://127.0.0.1:1337 */
  baseUrl: string;
  /** A read-only API token; without one the public role is used. */
  token?: string;
  fetch?: typeof fetch;
  /** Attempts for transient failures (network errors, 5xx, 429) before giving up. */
  attempts?: number;
  /** First back-off delay in ms; doubles per attempt. */
  backoffMs?: number;
  timeoutMs?: number;
}

type Typed = TypeDefinition & { schema: z.ZodType; pluralName: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The URL of one page of a collection. */
export function collectionUrl(baseUrl: string, type: Typed, locale: string | undefined, page: number): string {
  const query = qs.stringify(
    {
      ...(locale ? { locale } : {}),
      populate: populateFor(type),
      pagination: { page, pageSize: PAGE_SIZE },
      sort: ['id:asc'],
    },
    { encodeValuesOnly: true },
  );
  return `${baseUrl.replace(/\/$/, '')}/api/${type.pluralName}?${query}`;
}

/** GETs JSON from the CMS with retries on network errors, 5xx and 429; throws a CmsError naming the URL. */
export async function getJson(url: string, options: CmsOptions): Promise<unknown> {
  const { token, attempts = 4, backoffMs = 250, timeoutMs = 30_000 } = options;
  const doFetch = options.fetch ?? fetch;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      lastError = new CmsError(`The CMS could not be reached at ${url} (${cause}) after ${attempt} attempt(s).`, url, { cause: error });
      if (attempt < attempts) await sleep(backoffMs * 2 ** (attempt - 1));
      continue;
    }
    if (response.ok) {
      try {
        return await response.json();
      } catch (error) {
        throw new CmsError(`The CMS answered ${url} with something that is not JSON.`, url, { cause: error });
      }
    }
    const body = (await response.text()).slice(0, 300);
    const error = new CmsError(`The CMS answered ${response.status} ${response.statusText} for ${url}: ${body}`, url);
    if (response.status < 500 && response.status !== 429) throw error;
    lastError = error;
    if (attempt < attempts) await sleep(backoffMs * 2 ** (attempt - 1));
  }
  throw lastError;
}

function describeEntry(raw: unknown): string {
  const entry = (raw ?? {}) as Record<string, unknown>;
  const name = entry.slug ?? entry.name ?? entry.title;
  return `entry ${entry.documentId ?? entry.id ?? '?'}${name ? ` ("${String(name)}")` : ''}`;
}

/**
 * Fetches every published entry of a type in one locale (or, for types without languages, once),
 * page by page, and validates each with the type's zod schema. Throws a CmsError naming the URL,
 * entry and field when the CMS is unreachable or returns invalid data.
 */
export async function fetchCollection<T extends Typed>(type: T, locale: string | undefined, options: CmsOptions): Promise<z.infer<T['schema']>[]> {
  const entries: z.infer<T['schema']>[] = [];
  for (let page = 1; ; page++) {
    const url = collectionUrl(options.baseUrl, type, type.localized ? locale : undefined, page);
    const body = (await getJson(url, options)) as { data?: unknown; meta?: { pagination?: { pageCount?: number } } };
    if (!Array.isArray(body?.data)) throw new CmsError(`The CMS answered ${url} without a "data" list.`, url);
    for (const raw of body.data) {
      const result = type.schema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue.path.join('.') || '(entry)';
        throw new CmsError(`Invalid data from ${url}: ${describeEntry(raw)}, field "${field}": ${issue.message}.`, url);
      }
      entries.push(result.data as z.infer<T['schema']>);
    }
    const pageCount = body.meta?.pagination?.pageCount ?? 1;
    if (page >= pageCount || body.data.length === 0) break;
  }
  return entries;
}
