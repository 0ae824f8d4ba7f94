// The site's service worker (served as /sw.js by site/pages/sw.js.ts, which fills in __OFFLINE_PAGES__).
// It keeps what the visitor opened, and nothing more: no page is fetched ahead, so a first visit weighs what it
// weighed without it. Pages go to the network first and fall back to the copy kept when the visitor last opened
// them, marked with that date so the page can say "Je bent offline" (site/scripts/offline.ts); a page never
// opened gets the offline page in the visitor's language. Built files (/_astro/, /pagefind/) never change under
// their name, so they come from the cache once kept; Pagefind's from the network first.
/// <reference lib="webworker" />

/** The offline page of each language, by path prefix ('' for Dutch), e.g. { '': '/offline/', en: '/en/offline/' }. */
const OFFLINE_PAGES = /** @type {Record<string, string>} */ (JSON.parse('__OFFLINE_PAGES__'));
const PAGES = 'mzo-pages';
// One cache for built files across builds: a page kept from an older build still finds its own CSS and scripts
// (their names carry a hash, so files of different builds never collide). The worker's own bytes stay the same from
// build to build, so a rebuild does not make every visitor's browser install it again.
const FILES = 'mzo-files';
/** At most this many pages and built files are kept; the ones kept longest ago go first. */
const MAX_PAGES = 60;
const MAX_FILES = 300;
const SINCE = 'x-mzo-kept';

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

sw.addEventListener('install', (event) => {
  // Only the offline pages and their files (a few kB), so that a page never opened still answers something useful.
  event.waitUntil(keepOfflinePages().then(() => sw.skipWaiting()));
});

async function keepOfflinePages() {
  const pages = await caches.open(PAGES);
  const files = await caches.open(FILES);
  for (const path of Object.values(OFFLINE_PAGES)) {
    const response = await fetch(path);
    if (!response.ok) continue;
    const html = await response.clone().text();
    await pages.put(path, response);
    const own = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
    // A page script imports chunks of its own (`import … from "./x.js"`): those are needed offline too.
    while (own.length) {
      const url = own.shift();
      if (await files.match(url)) continue;
      const file = await fetch(url);
      if (!file.ok) continue;
      if (url.endsWith('.js')) for (const m of (await file.clone().text()).matchAll(/["']\.\/([\w.-]+\.js)["']/g)) own.push(`/_astro/${m[1]}`);
      await putFile(url, file);
    }
  }
}

sw.addEventListener('activate', (event) => {
  // Caches of an earlier version of this worker, under other names.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('mzo-') && key !== PAGES && key !== FILES).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim()),
  );
});

/** The page (and its files) the visitor is reading when the worker starts: the first visit is kept too. */
sw.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    Promise.all(
      data.urls
        .filter((url) => typeof url === 'string' && new URL(url, sw.location.href).origin === sw.location.origin)
        .map((url) =>
          fetch(url, { credentials: 'same-origin' })
            .then((response) => keep(new Request(url), response))
            .catch(() => undefined),
        ),
    ),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request, event));
  // Astro's files carry a hash in their name; Pagefind's entry file does not, so its files go to the network first.
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(file(request, event));
  else if (url.pathname.startsWith('/pagefind/')) event.respondWith(fresh(request, event));
});

/** A page: the network, else the copy kept (marked with when it was kept), else the offline page of its language. */
async function page(request, event) {
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(keep(request, response.clone()));
    return response;
  } catch (error) {
    const cache = await caches.open(PAGES);
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return marked(kept);
    const offline = await cache.match(offlinePageFor(new URL(request.url).pathname));
    if (offline) return offline;
    throw error;
  }
}

/** A built file: from the cache when kept, else from the network (and kept, for the pages that use it). */
async function file(request, event) {
  const cache = await caches.open(FILES);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) event.waitUntil(putFile(request, response.clone()));
  return response;
}

/** A file that may change under its name: the network, else the copy kept. */
async function fresh(request, event) {
  const cache = await caches.open(FILES);
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(putFile(request, response.clone()));
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

/** Keeps a response: pages with the date they were kept (and the oldest dropped), built files as they are. */
async function keep(request, response) {
  if (!response.ok || response.type === 'opaque') return;
  const path = new URL(request.url).pathname;
  if (path.startsWith('/_astro/') || path.startsWith('/pagefind/')) return putFile(request, response);
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return;
  const headers = new Headers(response.headers);
  headers.set(SINCE, new Date().toISOString());
  const cache = await caches.open(PAGES);
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  await cache.delete(url.href);
  await cache.put(url.href, new Response(await response.blob(), { status: response.status, headers }));
  const offline = new Set(Object.values(OFFLINE_PAGES).map((p) => new URL(p, sw.location.href).href));
  const pages = (await cache.keys()).filter((r) => !offline.has(r.url));
  // cache.keys() lists in the order entries were put: the first are the ones opened longest ago.
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_PAGES))) await cache.delete(old);
}

/** Keeps a built file, dropping the ones kept longest ago beyond MAX_FILES. */
async function putFile(request, response) {
  const cache = await caches.open(FILES);
  await cache.put(request, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_FILES))) await cache.delete(old);
}

/** A kept page with its date on <html data-offline-since>, for the notice the page's script shows. */
async function marked(kept) {
  const since = kept.headers.get(SINCE) ?? '';
  const html = (await kept.text()).replace(/<html\b/, `<html data-offline-since="${since.replace(/[^\dTZ:.-]/g, '')}"`);
  const headers = new Headers(kept.headers);
  headers.delete('content-length');
  return new Response(html, { status: 200, headers });
}

/** The offline page of the language a path is in: /en/… → English, anything else → Dutch. */
function offlinePageFor(path) {
  const prefix = path.split('/')[1] ?? '';
  return OFFLINE_PAGES[prefix] ?? OFFLINE_PAGES[''];
}
