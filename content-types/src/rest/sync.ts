// Incremental content sync: bring a snapshot of the published content up to date by fetching only what changed.
//
// Per type and language it asks the CMS for the list of published entries with only `documentId`, `updatedAt`
// and (types with drafts) `publishedAt` — a cheap list — and compares it with the snapshot: entries that are new
// or whose `updatedAt`/`publishedAt` differ are fetched in full (`filters[documentId][$in]`), entries missing from
// the list (unpublished, deleted) are dropped. An entry's relations come back as the documentIds of *published*
// targets, so an entry can change without its own dates changing when a target is unpublished or published:
// entries pointing at a target that left are fetched again, and so are entries the CMS finds pointing at a target
// that arrived. Contact people are always fetched in full: their API (cms/src/api/contact-person) answers only
// fixed fields and filters, and they carry their organisation's slug. Memberships and partnerships show only
// once the other organisation confirmed them (cms/src/security/relations.ts), so they can change when only the
// other organisation changed, and the public API refuses filters through them: the cheap list of organisations
// carries them, and a change in them counts as a change of the entry.
//
// Before any of that it asks the CMS for one digest of all its published public content (GET /api/mzo/content-digest,
// cms/src/plugins/mzo/server/src/services/content-digest.ts) and keeps it with the state: when the digest is the same
// as at the last sync and no full fetch is due, the previous snapshot is returned as it is, after that one request.
// A CMS without the endpoint (404, an older CMS) or one that fails to answer it gets the sync above, and the report
// says why. The digest is read before the content, so a change made during a sync makes the next digest differ.
//
// A full fetch happens when there is no previous snapshot, when it came from another CMS or was made for another
// content model (the populate trees, fields or languages differ), when `full` is asked, and when the last full
// fetch is older than `fullEveryMs`. tests/cms/content-sync.test.ts proves the result equal to a full fetch.
import { createHash } from 'node:crypto';
import qs from 'qs';
import { LOCALES, PUBLIC_TYPES, WRITTEN_QUIETLY } from '../index.ts';
import { fetchCollection, getJson, PAGE_SIZE, type CmsOptions } from './fetch-collection.ts';
import { CmsError } from './errors.ts';
import { populateFor } from './populate.ts';
import { fetchSnapshot, type Snapshot } from './snapshot.ts';

type PublicType = (typeof PUBLIC_TYPES)[number];
type Entry = Record<string, unknown> & { documentId: string; id: number; locale?: string };

/** Bumped when the way the sync works changes, so old state makes a full fetch. */
const SYNC_VERSION = 4;
/** Types fetched in full every time (see above). */
const ALWAYS_FULL = new Set(['contact-person']);
/** Relations whose public value depends on the entry they point at too (see above): in the cheap list, never filtered on. */
const CONFIRMED_RELATIONS: Record<string, string[]> = { organisation: ['memberOf', 'partners'] };
/**
 * Per type, its public files (a logo) with the fields a full fetch asks of them (populate.ts): the media library
 * changes a file's alternative text or replaces the file on the file only, so the entry's own dates stay the same;
 * the lists carry these fields, and an entry whose files changed is fetched again.
 */
const MEDIA = new Map(
  PUBLIC_TYPES.map((type) => [
    type.name,
    Object.entries(populateFor(type)).filter(
      ([name]) => (type.attributes as Record<string, { attribute: { type?: unknown } }>)[name]?.attribute.type === 'media',
    ),
  ]),
);
const mediaVersion = (value: unknown, fields: string[]): string =>
  JSON.stringify((Array.isArray(value) ? value : value ? [value] : []).map((file) => fields.map((field) => (file as Record<string, unknown>)[field] ?? null)));
/** Where the CMS answers its content digest (see above). */
export const DIGEST_PATH = '/api/mzo/content-digest';
/**
 * Types whose answer depends, by a rule the CMS applies, on more than their published rows and their relations'
 * documentIds: a consultation names only the organisations that agreed, and on a sensitive theme only those that
 * show it (content-types/src/privacy.ts, `mayBeNamedIn`), counting the themes of every version of it, its drafts
 * too (cms/src/api/consultation/controllers), and refuses filters through the organisations it names. No list shows
 * a draft's themes, so every sync that lists (the CMS's digest changed, or it has none) fetches every consultation
 * again (they are few), instead of asking which point at what changed.
 */
const RULED_BY: Record<string, string[]> = { consultation: ['organisation', 'theme'] };
/** documentIds per request when fetching changed entries (keeps the URL short). */
const IDS_PER_REQUEST = 40;
/** List pages asked at the same time. */
const PARALLEL = 4;

export interface SyncMeta {
  version: number;
  /** The content model the snapshot was made for: populate trees, fields and languages. */
  modelDigest: string;
  /** When the last full fetch was made (ISO). */
  fullAt: string;
  /** The CMS's content digest read before the content of this state was (none: the CMS gave none). */
  cmsDigest?: string;
}

/** A snapshot that knows how it was synced. */
export interface SyncedSnapshot extends Snapshot {
  sync?: SyncMeta;
}

export interface SyncReport {
  /** `unchanged`: the CMS's content digest was the one of the previous sync, so its snapshot was kept. */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Why a full fetch was made. */
  reason?: string;
  /** The CMS's content digest against the previous sync's, or why there was none (then the lists were asked). */
  digest: 'same' | 'changed' | 'new' | { problem: string };
  seconds: number;
  /** Requests made to the CMS. */
  requests: number;
  /** Per type: entries fetched in full, and entries dropped. */
  fetched: Record<string, number>;
  removed: Record<string, number>;
}

export function modelDigest(): string {
  const model = PUBLIC_TYPES.map((type) => [type.name, type.localized, type.draftAndPublish, Object.keys(type.attributes), populateFor(type)]);
  return createHash('sha256')
    .update(JSON.stringify([SYNC_VERSION, LOCALES, model]))
    .digest('hex');
}

const version = (type: PublicType, entry: Record<string, unknown>) =>
  [
    String(entry.updatedAt ?? ''),
    String(entry.publishedAt ?? ''),
    ...(WRITTEN_QUIETLY[type.name] ?? []).map((field) => String(entry[field] ?? '')),
    ...(CONFIRMED_RELATIONS[type.name] ?? []).map((field) => refsOf(entry[field]).sort().join(',')),
    ...(MEDIA.get(type.name) ?? []).map(([field, populate]) => mediaVersion(entry[field], (populate as { fields: string[] }).fields)),
  ].join('|');
const keyOf = (entry: { locale?: unknown; documentId: unknown }) => `${String(entry.locale ?? '-')}/${String(entry.documentId)}`;

/** One JSON answer with a `data` list (counted). */
async function getList(
  url: string,
  options: CmsOptions,
  counter: { requests: number },
): Promise<{ data: Entry[]; meta?: { pagination?: { pageCount?: number } } }> {
  counter.requests += 1;
  const body = (await getJson(url, options)) as { data?: unknown };
  if (!Array.isArray(body?.data)) throw new CmsError(`The CMS answered ${url} without a "data" list.`, url);
  return body as { data: Entry[] };
}

const apiUrl = (options: CmsOptions, type: PublicType, query: Record<string, unknown>) =>
  `${options.baseUrl.replace(/\/$/, '')}/api/${type.pluralName}?${qs.stringify(query, { encodeValuesOnly: true })}`;

/**
 * Every published entry of a type, as `<locale or ->/<documentId>` → version. A type with languages is listed in all
 * of them at once (`locale=*`, each entry with its `locale`): one list instead of one per language, most of which are
 * short or empty.
 */
async function listVersions(type: PublicType, options: CmsOptions, counter: { requests: number }) {
  const locale = type.localized ? '*' : undefined;
  const fields = [
    'documentId',
    'updatedAt',
    ...(type.draftAndPublish ? ['publishedAt'] : []),
    ...(locale ? ['locale'] : []),
    ...(WRITTEN_QUIETLY[type.name] ?? []),
  ];
  const confirmed = CONFIRMED_RELATIONS[type.name] ?? [];
  const media = MEDIA.get(type.name) ?? [];
  const populate =
    confirmed.length || media.length ? Object.fromEntries([...confirmed.map((field) => [field, { fields: ['documentId'] }]), ...media]) : undefined;
  const page = (n: number) =>
    getList(
      apiUrl(options, type, {
        ...(locale ? { locale } : {}),
        fields,
        ...(populate ? { populate } : {}),
        pagination: { page: n, pageSize: PAGE_SIZE },
        sort: ['id:asc'],
      }),
      options,
      counter,
    );
  const first = await page(1);
  const pages = [first];
  const pageCount = first.meta?.pagination?.pageCount ?? 1;
  for (let n = 2; n <= pageCount; n += PARALLEL) {
    pages.push(...(await Promise.all(Array.from({ length: Math.min(PARALLEL, pageCount - n + 1) }, (_, i) => page(n + i)))));
  }
  const versions = new Map<string, string>();
  for (const body of pages) {
    for (const entry of body.data) {
      if (locale && (typeof entry.locale !== 'string' || !entry.locale)) {
        throw new CmsError(
          `The CMS answered a list of ${type.pluralName} in all languages without the language of entry ${entry.documentId}.`,
          options.baseUrl,
        );
      }
      versions.set(keyOf(entry), version(type, entry));
    }
  }
  return versions;
}

/** The published entries of a type in one language with these documentIds, in full and validated. */
async function fetchByIds(type: PublicType, locale: string | undefined, ids: string[], options: CmsOptions, counter: { requests: number }): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
    const chunk = ids.slice(i, i + IDS_PER_REQUEST);
    const url = apiUrl(options, type, {
      ...(locale ? { locale } : {}),
      filters: { documentId: { $in: chunk } },
      populate: populateFor(type),
      pagination: { page: 1, pageSize: PAGE_SIZE },
      sort: ['id:asc'],
    });
    const body = await getList(url, options, counter);
    for (const raw of body.data) {
      const result = type.schema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new CmsError(`Invalid data from ${url}: entry ${raw.documentId}, field "${issue.path.join('.') || '(entry)'}": ${issue.message}.`, url);
      }
      entries.push(result.data as Entry);
    }
  }
  return entries;
}

/** The documentIds of published entries of `type` in `locale` whose relation `field` points at one of `targets`. */
async function pointingAt(type: PublicType, locale: string | undefined, field: string, targets: string[], options: CmsOptions, counter: { requests: number }) {
  const ids = new Set<string>();
  for (let i = 0; i < targets.length; i += IDS_PER_REQUEST) {
    for (let page = 1; ; page++) {
      const body = await getList(
        apiUrl(options, type, {
          ...(locale ? { locale } : {}),
          fields: ['documentId'],
          filters: { [field]: { documentId: { $in: targets.slice(i, i + IDS_PER_REQUEST) } } },
          pagination: { page, pageSize: PAGE_SIZE },
        }),
        options,
        counter,
      );
      for (const entry of body.data) ids.add(entry.documentId);
      if (page >= (body.meta?.pagination?.pageCount ?? 1)) break;
    }
  }
  return ids;
}

/** The relation fields of a type that the populate tree fills in, with the type they point at. */
function relationFields(type: PublicType): { field: string; target: string }[] {
  const populated = populateFor(type);
  return Object.entries(type.attributes)
    .filter(([name, field]) => (field.attribute as { type: string }).type === 'relation' && name in populated)
    .map(([name, field]) => ({ field: name, target: String((field as { target?: string }).target) }));
}

const refsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(refsOf)
    : value && typeof value === 'object' && 'documentId' in value
      ? [String((value as { documentId: unknown }).documentId)]
      : [];

/** Entries in the order a full fetch gives them: language by language (LOCALES), then by id. */
function inFetchOrder(type: PublicType, entries: Iterable<Entry>): Entry[] {
  const order = new Map<string | undefined, number>((type.localized ? LOCALES : [undefined]).map((l, i) => [l, i]));
  return [...entries].sort((a, b) => (order.get(a.locale) ?? 0) - (order.get(b.locale) ?? 0) || a.id - b.id);
}

/**
 * Brings `previous` up to date with the CMS (see the top of this file). Returns the new snapshot (with its sync
 * state) and what was done. Throws a CmsError like a full fetch does.
 */
export async function syncSnapshot(
  previous: SyncedSnapshot | undefined,
  options: CmsOptions & { full?: boolean; fullEveryMs?: number; now?: Date },
): Promise<{ snapshot: SyncedSnapshot; report: SyncReport }> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const digest = modelDigest();
  const fullEveryMs = options.fullEveryMs ?? 24 * 3600_000;
  const reason = options.full
    ? 'asked for'
    : !previous?.sync
      ? 'no previous sync'
      : previous.source !== options.baseUrl
        ? 'the previous sync was of another CMS'
        : previous.sync.version !== SYNC_VERSION || previous.sync.modelDigest !== digest
          ? 'the content model changed'
          : now.getTime() - Date.parse(previous.sync.fullAt) > fullEveryMs
            ? 'the last full sync is older than a day'
            : undefined;
  const counter = { requests: 0 };
  // Before the content: a change made while the content is read then shows in the next digest.
  const cms = await contentDigest(options, counter);
  const cmsDigest = typeof cms === 'string' ? cms : undefined;
  const digestState: SyncReport['digest'] =
    typeof cms !== 'string' ? cms : !previous?.sync?.cmsDigest ? 'new' : previous.sync.cmsDigest === cms ? 'same' : 'changed';
  if (reason || !previous) {
    const snapshot = await fetchSnapshot({ ...options, fetch: countingFetch(options, counter) });
    const fetched = Object.fromEntries(Object.entries(snapshot.collections).map(([name, list]) => [name, list.length]));
    return {
      snapshot: { ...snapshot, sync: { version: SYNC_VERSION, modelDigest: digest, fullAt: now.toISOString(), ...(cmsDigest ? { cmsDigest } : {}) } },
      report: { mode: 'full', reason, digest: digestState, seconds: (performance.now() - started) / 1000, requests: counter.requests, fetched, removed: {} },
    };
  }
  if (digestState === 'same') {
    return {
      snapshot: previous,
      report: { mode: 'unchanged', digest: digestState, seconds: (performance.now() - started) / 1000, requests: counter.requests, fetched: {}, removed: {} },
    };
  }

  const fetched: Record<string, number> = {};
  const removed: Record<string, number> = {};
  const types = PUBLIC_TYPES as readonly PublicType[];
  const current = new Map<string, Map<string, Entry>>();
  /** Per type and language (`<type>|<locale or ->`): documentIds that left or arrived. */
  const left = new Map<string, Set<string>>();
  const arrived = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, type: string, locale: unknown, id: string) => {
    const key = `${type}|${String(locale ?? '-')}`;
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(id);
  };
  /** What left or arrived of `target` that entries in `locale` can point at. */
  const of = (map: Map<string, Set<string>>, target: string, locale: string | undefined) => {
    const targetType = types.find((t) => t.name === target);
    if (!targetType) return new Set<string>();
    if (!targetType.localized) return map.get(`${target}|-`) ?? new Set<string>();
    if (locale) return map.get(`${target}|${locale}`) ?? new Set<string>();
    return new Set(LOCALES.flatMap((l) => [...(map.get(`${target}|${l}`) ?? [])]));
  };
  for (const type of types) {
    const before = new Map(((previous.collections[type.name] ?? []) as Entry[]).map((e) => [keyOf(e), e]));
    const after = new Map<string, Entry>();
    if (ALWAYS_FULL.has(type.name)) {
      for (const locale of type.localized ? LOCALES : [undefined]) {
        for (const entry of (await fetchCollection(type, locale, { ...options, fetch: countingFetch(options, counter) })) as Entry[])
          after.set(keyOf(entry), entry);
      }
      fetched[type.name] = after.size;
      for (const [key, entry] of before) if (!after.has(key)) add(left, type.name, entry.locale, entry.documentId);
      for (const [key, entry] of after) if (!before.has(key)) add(arrived, type.name, entry.locale, entry.documentId);
      removed[type.name] = [...before.keys()].filter((key) => !after.has(key)).length;
      current.set(type.name, after);
      continue;
    }
    let fetchedHere = 0;
    const versions = await listVersions(type, options, counter);
    for (const locale of type.localized ? LOCALES : [undefined]) {
      const changed: string[] = [];
      const prefix = `${locale ?? '-'}/`;
      for (const [key, v] of versions) {
        if (!key.startsWith(prefix)) continue;
        const documentId = key.slice(prefix.length);
        const old = before.get(key);
        if (old && version(type, old) === v) after.set(keyOf(old), old);
        else {
          changed.push(documentId);
          if (!old) add(arrived, type.name, locale, documentId);
        }
      }
      for (const entry of await fetchByIds(type, locale, changed, options, counter)) after.set(keyOf(entry), entry);
      fetchedHere += changed.length;
    }
    for (const [key, entry] of before) {
      if (!after.has(key)) {
        add(left, type.name, entry.locale, entry.documentId);
        removed[type.name] = (removed[type.name] ?? 0) + 1;
      }
    }
    fetched[type.name] = fetchedHere;
    current.set(type.name, after);
  }

  // Entries whose relations changed because a target left or arrived: fetch them again.
  for (const type of types) {
    if (ALWAYS_FULL.has(type.name)) continue;
    const entries = current.get(type.name)!;
    const ruledBy = RULED_BY[type.name] ?? [];
    const ruleChanged = ruledBy.length > 0;
    for (const locale of type.localized ? LOCALES : [undefined]) {
      const again = new Set<string>();
      if (ruleChanged) for (const entry of entries.values()) if ((entry.locale ?? undefined) === locale) again.add(entry.documentId);
      for (const { field, target } of relationFields(type)) {
        if (ruledBy.includes(target)) continue;
        const gone = of(left, target, locale);
        if (gone.size) {
          for (const entry of entries.values()) {
            if ((entry.locale ?? undefined) === locale && refsOf(entry[field]).some((id) => gone.has(id))) again.add(entry.documentId);
          }
        }
        // A confirmed relation's arrivals are already in the cheap list's versions (and cannot be filtered on).
        const come = (CONFIRMED_RELATIONS[type.name] ?? []).includes(field) ? [] : [...of(arrived, target, locale)];
        if (come.length) for (const id of await pointingAt(type, locale, field, come, options, counter)) again.add(id);
      }
      if (!again.size) continue;
      for (const id of again) entries.delete(`${locale ?? '-'}/${id}`);
      for (const entry of await fetchByIds(type, locale, [...again], options, counter)) entries.set(keyOf(entry), entry);
      fetched[type.name] = (fetched[type.name] ?? 0) + again.size;
    }
  }

  const collections: Snapshot['collections'] = {};
  for (const type of types) collections[type.name] = inFetchOrder(type, current.get(type.name)!.values());
  return {
    snapshot: {
      generatedAt: now.toISOString(),
      source: options.baseUrl,
      collections,
      sync: { ...previous.sync!, cmsDigest },
    },
    report: { mode: 'incremental', digest: digestState, seconds: (performance.now() - started) / 1000, requests: counter.requests, fetched, removed },
  };
}

/**
 * The CMS's content digest (see the top of this file), or why there is none: one attempt, as a missing or failing
 * endpoint only means the lists are asked instead.
 */
async function contentDigest(options: CmsOptions, counter: { requests: number }): Promise<string | { problem: string }> {
  const url = `${options.baseUrl.replace(/\/$/, '')}${DIGEST_PATH}`;
  counter.requests += 1;
  try {
    const body = (await getJson(url, { ...options, attempts: 1, timeoutMs: Math.min(options.timeoutMs ?? 30_000, 15_000) })) as { data?: { digest?: unknown } };
    const digest = body?.data?.digest;
    if (typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest)) return digest;
    return { problem: `the CMS answered ${DIGEST_PATH} without a digest` };
  } catch (error) {
    const message = (error as Error).message;
    return { problem: / 404 /.test(message) ? `the CMS has no ${DIGEST_PATH} (404)` : message.slice(0, 200) };
  }
}

function countingFetch(options: CmsOptions, counter: { requests: number }): typeof fetch {
  const doFetch = options.fetch ?? fetch;
  return ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    counter.requests += 1;
    return doFetch(input, init);
  }) as typeof fetch;
}

/** A one-line description of a sync, for the build log. */
export function describeSync(report: SyncReport): string {
  const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
  const digest = typeof report.digest === 'object' ? `; no content digest: ${report.digest.problem}` : '';
  if (report.mode === 'unchanged')
    return `unchanged (the CMS's content digest is the one of the last sync): ${report.requests} request, ${report.seconds.toFixed(1)} s`;
  return report.mode === 'full'
    ? `full (${report.reason}): ${total(report.fetched)} entries in ${report.requests} requests, ${report.seconds.toFixed(1)} s${digest}`
    : `incremental: ${total(report.fetched)} entries fetched, ${total(report.removed)} dropped, ${report.requests} requests, ${report.seconds.toFixed(1)} s${digest}`;
}
