/**
 * The benchmark's measuring parts (bench/lib/) against the suite's built site: the CDN-like
 * server compresses what a CDN would and nothing else; page weights add up; the organisation map's
 * code arrives only after scrolling; the home search reports bytes and a time; the naive payload
 * grows with the number of organisations.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, measureOrganisationMapLazy, measurePageWeights, measureSearch } from '../lib/browser.mjs';
import { measureNaiveSearch, naiveSearchPayload, naiveSearchRecords } from '../lib/naive-search.mjs';
import { serveBuiltSite } from '../lib/static-server.mjs';
import { builtSite, pageTemplates } from '../../tests/support/browser.ts';

interface Snapshot {
  collections: Record<string, Record<string, unknown>[]>;
}
const snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot;
const nlOrganisations = snapshot.collections.organisation.filter((o) => o.locale === 'nl');
/** The word most organisation names share (e.g. "Stichting"), so a search finds several. */
const commonWord = (() => {
  const counts = new Map<string, number>();
  for (const o of nlOrganisations)
    for (const w of new Set(String(o.name).toLowerCase().split(/\s+/))) if (w.length >= 5) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
})();

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let organisationPath: string;

beforeAll(async () => {
  const dir = builtSite();
  server = await serveBuiltSite(dir);
  browser = await launchBrowser();
  organisationPath = pageTemplates(dir).find((t) => t.template === 'organisaties/[slug]')!.nl;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the CDN-like static server', () => {
  it('gzips text files with their content type, sends Pagefind’s gzip files as they are, and the security headers', async () => {
    const home = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-encoding')).toBe('gzip');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    // fetch inflates: the body is the page itself.
    expect(await home.text()).toContain('id="zoeken"');

    const entry = JSON.parse(await (await fetch(`${server.url}/pagefind/pagefind-entry.json`)).text()) as { languages: Record<string, { hash: string }> };
    const meta = await fetch(`${server.url}/pagefind/pagefind.${entry.languages.nl.hash}.pf_meta`, { headers: { 'accept-encoding': 'gzip' } });
    expect(meta.status).toBe(200);
    expect(meta.headers.get('content-encoding')).toBeNull();
    expect(meta.headers.get('content-type')).toBe('application/octet-stream');
    const bytes = Buffer.from(await meta.arrayBuffer());
    expect([...bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(bytes).toString('latin1')).toMatch(/^pagefind_dcd/);

    const missing = await fetch(`${server.url}/../../etc/passwd`);
    expect(missing.status).toBe(404);
  });
});

describe('page weights', () => {
  it('counts a page’s HTML, CSS and JS as compressed and raw bytes, with images and tiles outside the total', async () => {
    const { pages } = await measurePageWeights({ siteUrl: server.url, pages: { home: '/', organisation: organisationPath }, browser });
    for (const [template, page] of Object.entries(pages)) {
      expect(page.error, template).toBeUndefined();
      expect(page.status, template).toBe(200);
      expect(page.byType.html.requests, template).toBe(1);
      expect(page.byType.css.requests, template).toBeGreaterThan(0);
      // Compressed on the way: fewer bytes transferred than the browser decoded.
      expect(page.total.transferred, template).toBeGreaterThan(1000);
      expect(page.total.transferred, template).toBeLessThan(page.total.raw / 2);
      const types = ['html', 'css', 'js', 'font', 'other'] as const;
      expect(page.total.transferred).toBe(types.reduce((sum, t) => sum + page.byType[t].transferred, 0));
      expect(page.requests.filter((r: { type: string }) => r.type === 'tile' || r.type === 'image').length).toBe(
        page.excluded.image.requests + page.excluded.tile.requests,
      );
    }
  }, 120_000);

  it('shows the organisation map’s code (Leaflet) arriving only when the map is scrolled into view', async () => {
    const result = await measureOrganisationMapLazy({ siteUrl: server.url, path: organisationPath, browser });
    expect(result.mapPresent).toBe(true);
    expect(result.mapInViewAtLoad).toBe(false);
    expect(result.beforeScroll.leafletLoaded).toBe(false);
    expect(result.beforeScroll.mapCode).toEqual([]);
    expect(result.beforeScroll.mapDrawn).toBe(false);
    expect(result.afterScroll.leafletLoaded).toBe(true);
    expect(result.afterScroll.mapCode.some((path: string) => /\/_astro\/map\.[^/]+\.js$/.test(path))).toBe(true);
    expect(result.afterScroll.mapDrawn).toBe(true);
    expect(result.afterScroll.byType.js.transferred).toBeGreaterThan(10_000);
    expect(result.lazy).toBe(true);
  }, 120_000);
});

describe('search', () => {
  it('reports the bytes before, during and after the first search and the time to results from search.ts’s marks', async () => {
    const result = await measureSearch({ siteUrl: server.url, query: commonWord, filter: { facet: 'wijk' }, runs: 1, browser });
    const [run] = result.runs;
    expect(result.runCount).toBe(1);
    expect(run.beforeSearch.total.transferred).toBeGreaterThan(0);
    // Pagefind's script, its index and the fragments of the results load for the first search, not before.
    const urls = (list: { url: string }[]) => list.map((r) => new URL(r.url).pathname);
    expect(urls(run.beforeSearch.requests).some((u) => u.startsWith('/pagefind/pagefind'))).toBe(false);
    expect(urls(run.firstSearch.requests)).toContain('/pagefind/pagefind.js');
    expect(urls(run.firstSearch.requests).some((u) => u.endsWith('.pf_index'))).toBe(true);
    expect(urls(run.firstSearch.requests).some((u) => u.endsWith('.pf_fragment'))).toBe(true);
    expect(run.firstSearch.total.transferred).toBeGreaterThan(10_000);
    expect(run.firstSearch.timing).toBe('performance.measure');
    expect(run.firstSearch.results).toBeGreaterThan(0);
    expect(run.firstSearch.shown).toBe(Math.min(run.firstSearch.results, 20));
    expect(run.firstSearch.ms).toBeGreaterThan(0);
    expect(run.firstSearch.ms).toBeLessThan(20_000);
    // Typing waits out search.ts's 250 ms debounce before the query starts.
    expect(run.firstSearch.sinceInputMs).toBeGreaterThanOrEqual(run.firstSearch.ms + 240);
    // The follow-up narrows the same query with a wijk, and needs no second copy of Pagefind.
    expect(result.filter?.facet).toBe('wijk');
    expect(run.followUp.results).toBeLessThanOrEqual(run.firstSearch.results);
    expect(urls(run.followUp.requests)).not.toContain('/pagefind/pagefind.js');
    expect(run.followUp.ms).toBeGreaterThan(0);
    expect(result.median.firstSearch.transferred).toBe(run.firstSearch.total.transferred);
  }, 120_000);
});

describe('the naive alternative', () => {
  it('ships every published organisation of a language, its size growing with their number', () => {
    const full = naiveSearchPayload(snapshot, 'nl');
    expect(full.organisations).toBe(nlOrganisations.length);
    expect(full.gzipBytes).toBeGreaterThan(0);
    expect(full.gzipBytes).toBeLessThan(full.bytes);
    const half = { collections: { ...snapshot.collections, organisation: snapshot.collections.organisation.filter((_, i) => i % 2 === 0) } };
    const smaller = naiveSearchPayload(half, 'nl');
    expect(smaller.organisations).toBeLessThan(full.organisations);
    expect(smaller.bytes).toBeLessThan(full.bytes);
    expect(smaller.gzipBytes).toBeLessThan(full.gzipBytes);

    const [record] = naiveSearchRecords(snapshot, 'nl');
    expect(Object.keys(record).sort()).toEqual(
      ['communities', 'languages', 'lat', 'legalForm', 'lng', 'name', 'slug', 'summary', 'targetGroups', 'themes', 'wijk', 'wijken'].sort(),
    );
    // Names, not ids, as a naive site would show them.
    expect(record.themes.every((t) => typeof t === 'string' && !/^[a-z0-9]{24}$/.test(t))).toBe(true);
  });

  it('times fetching, parsing and filtering the naive file in the browser', async () => {
    const result = await measureNaiveSearch({ snapshot, locale: 'nl', query: commonWord, runs: 1, browser });
    expect(result.median.results).toBeGreaterThan(0);
    expect(result.median.transferred).toBe(result.payload.gzipBytes);
    expect(result.median.raw).toBe(result.payload.bytes);
    expect(result.median.totalMs).toBeGreaterThan(0);
  }, 60_000);
});
