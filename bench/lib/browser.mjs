// What a visitor's browser downloads from a built site, measured in headless Chromium (the one
// tooling/chromium.ts finds, through playwright-core), for the benchmark (`npm run bench`):
// - measurePageWeights: one page per template, everything fetched before any interaction;
// - measureOrganisationMapLazy: the organisation page's map code only arrives when the map is scrolled to;
// - measureSearch: the home page before the first search, the first search and a filtered follow-up.
//
// Bytes are counted per response from Playwright's request events, which (unlike a page's CDP
// session) include the requests Pagefind's web worker makes:
// - `transferred`: the response body as sent (gzip where the server compressed it; Pagefind's
//   files are gzip already); taken from Chromium's encoded body size, else the Content-Length header;
// - `headerBytes`: the response headers (HTTP/1.1, uncompressed; a CDN on HTTP/2 or 3 compresses them);
// - `raw`: the body after HTTP decoding (Content-Encoding), as the browser hands it to the page.
// Budget totals count HTML, CSS, JS, fonts (the site has none today; they would block text, so they
// count) and everything else (JSON, Pagefind's index, wasm, …). Images (favicon, marker icons) and
// map tiles are counted separately under `excluded` and left out of the totals.
// Every host but the site's resolves to nowhere (as in `npm run lighthouse`), so a build whose tiles
// point at the real tile server never touches the internet; those tiles show up as failed requests.
import { launchChromium } from '../../tooling/chromium.ts';

// Only the machine itself resolves: the site, and a local tile stand-in if the build uses one.
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';
/** The viewport of the test suite's browser tests: a desktop, where the home page's map sits beside the results. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
const BUDGET_TYPES = ['html', 'css', 'js', 'font', 'other'];
const EXCLUDED_TYPES = ['image', 'tile'];
/** The map's code: the chunks `import('./map.ts')` loads (Leaflet, its marker clusters, the map module). */
const MAP_CODE = /\/_astro\/(map|leaflet)[.-][^/]*\.js$/;
const MAP_TIMEOUT = 15_000;
const SEARCH_TIMEOUT = 20_000;

/** Launches the benchmark's Chromium. */
export function launchBrowser() {
  return launchChromium({ args: [OFFLINE] });
}

async function withBrowser(browser, fn) {
  if (browser) return fn(browser);
  const own = await launchBrowser();
  try {
    return await fn(own);
  } finally {
    await own.close();
  }
}

async function newContext(browser, viewport) {
  return browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', serviceWorkers: 'block' });
}

/** What a response counts as: html, css, js, font, image, tile or other. */
export function classify({ url, resourceType, contentType = '' }, siteOrigin) {
  const { origin, pathname } = new URL(url);
  const image = resourceType === 'image' || /^image\//.test(contentType) || /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i.test(pathname);
  if (image && (origin !== siteOrigin || /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/i.test(pathname))) return 'tile';
  if (resourceType === 'document' || /^text\/html/.test(contentType)) return 'html';
  if (resourceType === 'stylesheet' || /^text\/css/.test(contentType)) return 'css';
  if (resourceType === 'script' || /javascript/.test(contentType)) return 'js';
  if (resourceType === 'font' || /^font\//.test(contentType)) return 'font';
  if (image) return 'image';
  return 'other';
}

const empty = () => ({ transferred: 0, headerBytes: 0, raw: 0, requests: 0 });
function add(sum, entry) {
  sum.transferred += entry.transferred;
  sum.headerBytes += entry.headerBytes;
  sum.raw += entry.raw;
  sum.requests += 1;
  return sum;
}

/**
 * Totals of `entries` (from a recorder): the budget total, each type, the excluded images and tiles,
 * and the requests that failed (blocked hosts, aborted tiles).
 */
export function summarize(entries) {
  const byType = Object.fromEntries(BUDGET_TYPES.map((t) => [t, empty()]));
  const excluded = Object.fromEntries(EXCLUDED_TYPES.map((t) => [t, empty()]));
  const total = empty();
  const failed = [];
  for (const entry of entries) {
    if (entry.failed) {
      failed.push({ url: entry.url, type: entry.type, error: entry.failed });
      if (entry.type === 'tile') excluded.tile.requests += 1;
      continue;
    }
    if (EXCLUDED_TYPES.includes(entry.type)) add(excluded[entry.type], entry);
    else {
      add(byType[entry.type], entry);
      add(total, entry);
    }
  }
  return {
    total,
    byType,
    excluded,
    failed,
    requests: entries.map(({ url, type, status, transferred, headerBytes, raw, failed: error }) => ({
      url,
      type,
      status,
      transferred,
      headerBytes,
      raw,
      ...(error ? { failed: error } : {}),
    })),
  };
}

/**
 * Records every request of `page` (its frames and its workers) with the phase that was current when
 * the request started. `settle()` waits until nothing has been in flight for `quietMs`.
 */
function recordRequests(page, siteOrigin) {
  const entries = [];
  const pending = new Set();
  let phase = 'load';
  let lastActivity = Date.now();
  const started = new Map();

  page.on('request', (request) => {
    if (!/^https?:/.test(request.url())) return;
    started.set(request, phase);
    pending.add(request);
    lastActivity = Date.now();
  });
  page.on('requestfinished', (request) => {
    if (!started.has(request)) return;
    const work = (async () => {
      const response = await request.response();
      const [sizes, headers, body] = await Promise.all([
        request.sizes().catch(() => undefined),
        response?.allHeaders().catch(() => ({})) ?? {},
        response?.body().catch(() => undefined),
      ]);
      const contentLength = Number(headers['content-length'] ?? NaN);
      const encoded = sizes?.responseBodySize || (Number.isFinite(contentLength) ? contentLength : 0);
      const raw = body?.length ?? (headers['content-encoding'] ? 0 : encoded);
      const url = request.url();
      entries.push({
        url,
        phase: started.get(request),
        resourceType: request.resourceType(),
        type: classify({ url, resourceType: request.resourceType(), contentType: headers['content-type'] }, siteOrigin),
        status: response?.status() ?? 0,
        transferred: encoded,
        headerBytes: sizes?.responseHeadersSize ?? 0,
        raw,
      });
    })();
    work.finally(() => {
      pending.delete(request);
      lastActivity = Date.now();
    });
  });
  page.on('requestfailed', (request) => {
    if (!started.has(request)) return;
    const url = request.url();
    entries.push({
      url,
      phase: started.get(request),
      resourceType: request.resourceType(),
      type: classify({ url, resourceType: request.resourceType() }, siteOrigin),
      status: 0,
      transferred: 0,
      headerBytes: 0,
      raw: 0,
      failed: request.failure()?.errorText ?? 'failed',
    });
    pending.delete(request);
    lastActivity = Date.now();
  });

  return {
    /** Requests from now on belong to `name`. */
    phase(name) {
      phase = name;
    },
    entries: (name) => entries.filter((e) => name === undefined || e.phase === name),
    /** Resolves once no request has been pending for `quietMs` (network idle), or after `timeoutMs`. */
    async settle({ quietMs = 500, timeoutMs = 15_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (pending.size === 0 && Date.now() - lastActivity >= quietMs) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
  };
}

/** Opens `url` in a fresh context (empty cache, HTTP cache disabled) and records everything it fetches until network idle. */
async function openRecorded(browser, url, viewport) {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const recorder = recordRequests(page, new URL(url).origin);
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await recorder.settle();
  return { context, page, recorder, status: response?.status() ?? 0 };
}

const join = (siteUrl, path) => new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;

/**
 * Loads each page (`pages`: template name → path) in a fresh context with the cache disabled, waits
 * for network idle and sums every response before any interaction.
 * @param {{ siteUrl: string, pages: Record<string, string>, viewport?: { width: number, height: number }, browser?: import('playwright-core').Browser }} options
 * @returns {Promise<{ siteUrl: string, viewport: { width: number, height: number }, pages: Record<string, PageWeight> }>}
 *   PageWeight: `{ path, url, status, total, byType: { html, css, js, font, other }, excluded: { image, tile },
 *   failed: [{ url, type, error }], requests: [{ url, type, status, transferred, headerBytes, raw }] }` where
 *   total and each type are `{ transferred, headerBytes, raw, requests }`; or `{ path, url, error }` when the page failed.
 */
export async function measurePageWeights({ siteUrl, pages, viewport = DEFAULT_VIEWPORT, browser }) {
  return withBrowser(browser, async (b) => {
    const results = {};
    for (const [template, path] of Object.entries(pages)) {
      const url = join(siteUrl, path);
      let opened;
      try {
        opened = await openRecorded(b, url, viewport);
        results[template] = { path, url, status: opened.status, ...summarize(opened.recorder.entries('load')) };
      } catch (error) {
        results[template] = { path, url, error: error.message };
      } finally {
        await opened?.context.close();
      }
    }
    return { siteUrl, viewport, pages: results };
  });
}

const mapState = () => {
  const map = document.getElementById('kaart');
  if (!map) return { present: false, inView: false, drawn: false };
  const box = map.getBoundingClientRect();
  return {
    present: true,
    // whenVisible (site/scripts/visible.ts) starts the map 200px before it enters the viewport.
    inView: box.bottom > -200 && box.top < innerHeight + 200,
    drawn: map.classList.contains('leaflet-container'),
  };
};

function mapCode(entries) {
  return entries.filter((e) => !e.failed && MAP_CODE.test(new URL(e.url).pathname)).map((e) => new URL(e.url).pathname);
}

/**
 * Loads an organisation page and checks that its map's code (Leaflet) is fetched only once the map
 * scrolls into view: everything fetched before scrolling, then scrolls to the map and records what follows.
 * @param {{ siteUrl: string, path: string, viewport?: { width: number, height: number }, browser?: import('playwright-core').Browser }} options
 * @returns {Promise<{ path, url, viewport, mapPresent: boolean, mapInViewAtLoad: boolean, lazy: boolean,
 *   beforeScroll: { total, byType, excluded, failed, requests, mapCode: string[], leafletLoaded: boolean, mapDrawn: boolean },
 *   afterScroll: { total, byType, excluded, failed, requests, mapCode: string[], leafletLoaded: boolean, mapDrawn: boolean } }>}
 *   `lazy` is true when no map code arrived before scrolling and it did after (and the map was drawn).
 */
export async function measureOrganisationMapLazy({ siteUrl, path, viewport = DEFAULT_VIEWPORT, browser }) {
  return withBrowser(browser, async (b) => {
    const url = join(siteUrl, path);
    const { context, page, recorder } = await openRecorded(b, url, viewport);
    try {
      const atLoad = await page.evaluate(mapState);
      const before = recorder.entries('load');
      const beforeScroll = { ...summarize(before), mapCode: mapCode(before), leafletLoaded: mapCode(before).length > 0, mapDrawn: atLoad.drawn };
      recorder.phase('scroll');
      if (atLoad.present) {
        await page.evaluate(() => document.getElementById('kaart')?.scrollIntoView({ block: 'center' }));
        await page
          .waitForFunction(() => !document.getElementById('kaart')?.hasAttribute('data-loading'), null, { timeout: MAP_TIMEOUT })
          .catch(() => undefined);
      }
      await recorder.settle();
      const afterState = await page.evaluate(mapState);
      const after = recorder.entries('scroll');
      const afterScroll = { ...summarize(after), mapCode: mapCode(after), leafletLoaded: mapCode(after).length > 0, mapDrawn: afterState.drawn };
      return {
        path,
        url,
        viewport,
        mapPresent: atLoad.present,
        mapInViewAtLoad: atLoad.inView,
        lazy: atLoad.present && !beforeScroll.leafletLoaded && afterScroll.leafletLoaded && afterScroll.mapDrawn,
        beforeScroll,
        afterScroll,
      };
    } finally {
      await context.close();
    }
  });
}

/** In the page: remembers when the search box or a filter fires its event, and counts result-list mutations. */
function installProbe() {
  const probe = { inputAt: NaN, mutations: 0, lastMutationAt: NaN };
  window.__mzoBench = probe;
  const form = document.getElementById('zoeken');
  const capture = () => {
    probe.inputAt = performance.now();
  };
  form?.addEventListener('input', capture, true);
  form?.addEventListener('change', capture, true);
  const list = document.getElementById('resultaten');
  if (list) {
    new MutationObserver(() => {
      probe.mutations += 1;
      probe.lastMutationAt = performance.now();
    }).observe(list, { childList: true });
  }
}

/**
 * In the page: the newest search's timing. With search.ts's marks: `ms` from query start to results
 * in the DOM (performance.measure) and `sinceInputMs` from the input/change event (which for typing
 * includes search.ts's 250 ms debounce). Without them (an older build): wall clock from the event to
 * the last change of the result list.
 */
function readTiming() {
  const probe = window.__mzoBench;
  const rendered = performance.getEntriesByName('mzo:search-rendered').at(-1);
  const count = document.getElementById('resultaten')?.children.length ?? 0;
  if (rendered) {
    const start = performance.getEntriesByName('mzo:search-start').findLast((m) => m.detail?.generation === rendered.detail?.generation);
    if (start) {
      const measure = performance.measure(`mzo:search#${rendered.detail.generation}`, { start: start.startTime, end: rendered.startTime });
      return {
        timing: 'performance.measure',
        ms: measure.duration,
        sinceInputMs: rendered.startTime - probe.inputAt,
        results: rendered.detail.results,
        shown: count,
      };
    }
  }
  const ms = probe.lastMutationAt - probe.inputAt;
  const heading = /\d+/.exec(document.getElementById('resultaten-kop')?.textContent ?? '');
  return { timing: 'wall-clock', ms, sinceInputMs: ms, results: heading ? Number(heading[0]) : NaN, shown: count };
}

/**
 * Waits for the next search's results: search.ts's `mzo:search-rendered` mark after `marks` of them;
 * in a build without the marks (no `mzo:search-start` either), for the result list to change after
 * `mutations` changes and hold results (or the status to say none) with the status no longer loading.
 */
async function waitForResults(page, { marks, mutations }) {
  await page.waitForFunction(
    ({ marks, mutations }) => {
      if (performance.getEntriesByName('mzo:search-rendered').length > marks) return true;
      if (performance.getEntriesByName('mzo:search-start').length > 0) return false;
      const probe = window.__mzoBench;
      const status = document.getElementById('zoekstatus')?.textContent ?? '';
      const messages = JSON.parse(document.getElementById('zoeken')?.dataset.messages ?? '{}');
      const listed = (document.getElementById('resultaten')?.children.length ?? 0) > 0;
      return probe.mutations > mutations && status !== '' && status !== messages.loading && (listed || status === messages.none);
    },
    { marks, mutations },
    { timeout: SEARCH_TIMEOUT },
  );
}

/** Where the next search stands: completed searches (marks) and result-list changes so far. */
const searchCounters = () => ({ marks: performance.getEntriesByName('mzo:search-rendered').length, mutations: window.__mzoBench.mutations });

/** The `<select data-facet>` to filter with and its value: `filter`'s, else the first option of the wijk filter. */
async function chooseFilter(page, filter) {
  return page.evaluate((wanted) => {
    const selects = [...document.querySelectorAll('#zoeken select[data-facet]')];
    const select = selects.find((s) => s.dataset.facet === (wanted?.facet ?? 'wijk')) ?? selects[0];
    if (!select) return undefined;
    const values = [...select.options].map((o) => o.value).filter(Boolean);
    const value = wanted?.value ?? values[0];
    return values.includes(value) ? { facet: select.dataset.facet, selector: `#${select.id}`, value } : undefined;
  }, filter ?? null);
}

function median(values) {
  const list = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!list.length) return NaN;
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
}

/** Medians of every numeric field of `objects` (one level of nesting). */
function medianOf(objects) {
  const out = {};
  for (const key of Object.keys(objects[0] ?? {})) {
    const values = objects.map((o) => o[key]);
    if (typeof values[0] === 'number') out[key] = median(values);
    else if (values[0] && typeof values[0] === 'object' && !Array.isArray(values[0])) out[key] = medianOf(values);
  }
  return out;
}

async function searchOnce(browser, { url, query, filter, viewport }) {
  const { context, page, recorder } = await openRecorded(browser, url, viewport);
  try {
    await page.evaluate(installProbe);
    const beforeSearch = summarize(recorder.entries('load'));

    // First search: type the query (one input event, as a paste or autofill would give).
    recorder.phase('first');
    let counters = await page.evaluate(searchCounters);
    await page.fill('#q', query);
    await waitForResults(page, counters);
    await recorder.settle();
    const first = { ...(await page.evaluate(readTiming)), ...summarize(recorder.entries('first')) };

    // Follow-up: one filter on top of the query.
    const chosen = await chooseFilter(page, filter);
    let followUp;
    if (chosen) {
      recorder.phase('followUp');
      counters = await page.evaluate(searchCounters);
      await page.selectOption(chosen.selector, chosen.value);
      await waitForResults(page, counters);
      await recorder.settle();
      followUp = { filter: { facet: chosen.facet, value: chosen.value }, ...(await page.evaluate(readTiming)), ...summarize(recorder.entries('followUp')) };
    }
    return { beforeSearch, firstSearch: first, followUp };
  } finally {
    await context.close();
  }
}

/**
 * The home page's search: bytes before the first search, then the first search (typing `query`) and a
 * follow-up that applies one filter (`filter`: `{ facet: 'wijk' | 'thema' | 'gemeenschap' | 'taal' |
 * 'soort' | 'doelgroep', value? }`, default the first wijk), each with the bytes fetched from the
 * event until the network is idle again and the time to results in the DOM. `runs` times, each in a
 * fresh context; medians plus every run.
 * @param {{ siteUrl: string, path?: string, query: string, filter?: { facet: string, value?: string }, runs?: number,
 *   viewport?: { width: number, height: number }, browser?: import('playwright-core').Browser }} options
 * @returns {Promise<{ path, url, query, filter: { facet, value } | null, runCount: number,
 *   median: { beforeSearch: Totals, firstSearch: Totals & { ms, sinceInputMs, results }, followUp: (Totals & { ms, sinceInputMs, results }) | null },
 *   runs: Array<{ beforeSearch: Summary, firstSearch: Summary & Timing, followUp: (Summary & Timing & { filter }) | undefined }> }>}
 *   Totals is `{ transferred, headerBytes, raw, requests }` (the budget total); Summary is summarize()'s
 *   `{ total, byType, excluded, failed, requests }`; Timing is `{ timing: 'performance.measure' | 'wall-clock', ms, sinceInputMs, results, shown }`.
 */
export async function measureSearch({ siteUrl, path = '/', query, filter, runs = 3, viewport = DEFAULT_VIEWPORT, browser }) {
  if (!query) throw new Error('measureSearch needs a query');
  const url = join(siteUrl, path);
  return withBrowser(browser, async (b) => {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await searchOnce(b, { url, query, filter, viewport }));
    const timingOf = (s) => ({ ...s.total, ms: s.ms, sinceInputMs: s.sinceInputMs, results: s.results });
    const followUps = all.map((r) => r.followUp).filter(Boolean);
    return {
      path,
      url,
      query,
      filter: all[0]?.followUp?.filter ?? null,
      runCount: all.length,
      median: {
        beforeSearch: medianOf(all.map((r) => r.beforeSearch.total)),
        firstSearch: medianOf(all.map((r) => timingOf(r.firstSearch))),
        followUp: followUps.length ? medianOf(followUps.map(timingOf)) : null,
      },
      runs: all,
    };
  });
}
