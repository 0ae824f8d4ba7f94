// The naive alternative to Pagefind, for comparison in the benchmark (`npm run bench`): a site that
// ships every published organisation of a language as one JSON file and searches and filters it in
// the browser. naiveSearchPayload gives what such a site sends for its first search;
// measureNaiveSearch times fetch + parse + filter of that file in Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browser.mjs';
import { serveBuiltSite } from './static-server.mjs';

/** The naive records' fields that each search filter (site/lib/facets.ts FACETS) looks at. */
export const NAIVE_FACETS = {
  wijk: ['wijk', 'wijken'],
  thema: ['themes'],
  gemeenschap: ['communities'],
  taal: ['languages'],
  soort: ['legalForm'],
  doelgroep: ['targetGroups'],
};

/**
 * Every published organisation of `locale` in a snapshot (content-types/src/rest/snapshot.ts: the entries of
 * `collections.organisation`, one per locale, relations as `{ documentId }`), with the fields the
 * search results and filters use, the related names resolved as the site shows them (public
 * themes only: hidden ones are never in a snapshot).
 * @param {{ collections: Record<string, Record<string, any>[]> }} snapshot
 * @param {string} locale
 * @returns {{ name: string, slug: string, summary: string, legalForm: string, wijk: string | null, wijken: string[],
 *   themes: string[], communities: string[], languages: string[], targetGroups: string[], lat: number | null, lng: number | null }[]}
 */
export function naiveSearchRecords(snapshot, locale) {
  const inLocale = (type) => (snapshot.collections[type] ?? []).filter((e) => e.locale === undefined || e.locale === locale);
  const names = (type) => new Map(inLocale(type).map((e) => [e.documentId, e.name]));
  const lookup = { wijk: names('wijk'), theme: names('theme'), community: names('community'), language: names('language'), targetGroup: names('target-group') };
  const resolve = (map, refs) => (refs ?? []).map((ref) => map.get(ref.documentId)).filter((name) => name !== undefined);
  return inLocale('organisation')
    .filter((o) => o.publishedAt !== null)
    .map((o) => ({
      name: o.name,
      slug: o.slug,
      summary: o.summary,
      legalForm: o.legalForm,
      wijk: o.locatedIn ? (lookup.wijk.get(o.locatedIn.documentId) ?? null) : null,
      wijken: resolve(lookup.wijk, o.serves),
      themes: resolve(lookup.theme, o.themes),
      communities: resolve(lookup.community, o.communities),
      languages: resolve(lookup.language, o.languages),
      targetGroups: resolve(lookup.targetGroup, o.targetGroups),
      lat: typeof o.address?.latitude === 'number' ? o.address.latitude : null,
      lng: typeof o.address?.longitude === 'number' ? o.address.longitude : null,
    }));
}

/**
 * What a naive site ships for its first search in `locale`: all of naiveSearchRecords as one JSON
 * file. `bytes` is its UTF-8 size, `gzipBytes` its size gzip'd by node:zlib at the default level.
 * @param {{ collections: Record<string, Record<string, any>[]> }} snapshot
 * @param {string} locale
 * @returns {{ bytes: number, gzipBytes: number, organisations: number }}
 */
export function naiveSearchPayload(snapshot, locale) {
  const records = naiveSearchRecords(snapshot, locale);
  const json = Buffer.from(JSON.stringify(records));
  return { bytes: json.length, gzipBytes: gzipSync(json).length, organisations: records.length };
}

/** In the page: fetch, parse and filter the naive file, timing each step. */
async function naiveSearchInPage({ query, filter, fields }) {
  const t0 = performance.now();
  const response = await fetch('/organisaties.json', { cache: 'no-store' });
  const text = await response.text();
  const t1 = performance.now();
  const records = JSON.parse(text);
  const t2 = performance.now();
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const results = records.filter((r) => {
    const haystack = [r.name, r.summary, r.wijk, ...r.themes, ...r.communities].join(' ').toLocaleLowerCase();
    if (!words.every((w) => haystack.includes(w))) return false;
    return !filter || fields.some((field) => [].concat(r[field] ?? []).includes(filter.value));
  });
  const t3 = performance.now();
  const entry = performance.getEntriesByType('resource').findLast((e) => e.name.endsWith('/organisaties.json'));
  return {
    fetchMs: t1 - t0,
    parseMs: t2 - t1,
    filterMs: t3 - t2,
    totalMs: t3 - t0,
    results: results.length,
    transferred: entry?.encodedBodySize ?? NaN,
    raw: entry?.decodedBodySize ?? NaN,
  };
}

const median = (values) => {
  const list = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!list.length) return NaN;
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
};

/**
 * Times the naive first search in Chromium: the JSON file served gzip'd (bench/lib/static-server.mjs),
 * fetched, parsed and filtered (every word of `query` in name, summary, wijk, themes or communities;
 * plus `filter`, `{ facet, value }`, when given). `runs` times, each in a fresh context; medians plus every run.
 * @param {{ snapshot: object, locale: string, query: string, filter?: { facet: string, value: string }, runs?: number, browser?: import('playwright-core').Browser }} options
 * @returns {Promise<{ organisations: number, payload: { bytes: number, gzipBytes: number, organisations: number },
 *   median: { fetchMs, parseMs, filterMs, totalMs, results, transferred, raw },
 *   runs: { fetchMs, parseMs, filterMs, totalMs, results, transferred, raw }[] }>}
 */
export async function measureNaiveSearch({ snapshot, locale, query, filter, runs = 3, browser }) {
  const records = naiveSearchRecords(snapshot, locale);
  const dir = mkdtempSync(join(tmpdir(), 'mzo-naive-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="${locale}"><title>naive</title></html>`);
  writeFileSync(join(dir, 'organisaties.json'), JSON.stringify(records));
  const server = await serveBuiltSite(dir);
  const own = browser ? undefined : await launchBrowser();
  try {
    const all = [];
    for (let i = 0; i < runs; i++) {
      const context = await (browser ?? own).newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/`);
        const fields = filter ? (NAIVE_FACETS[filter.facet] ?? []) : [];
        all.push(await page.evaluate(naiveSearchInPage, { query, filter: filter ?? null, fields }));
      } finally {
        await context.close();
      }
    }
    const keys = ['fetchMs', 'parseMs', 'filterMs', 'totalMs', 'results', 'transferred', 'raw'];
    return {
      organisations: records.length,
      payload: naiveSearchPayload(snapshot, locale),
      median: Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))])),
      runs: all,
    };
  } finally {
    await own?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
