// The page's side of the service worker (site/offline/service-worker.js): registers it once the page has loaded
// (so it never competes with the page itself), hands it the page the visitor is reading on the first visit, and
// shows "Je bent offline" with the date when the page came from the worker's copy.

/** Registers /sw.js after the page loaded; the first time, asks it to keep this page and its files. */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const firstVisit = !navigator.serviceWorker.controller;
  const start = () =>
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!firstVisit) return;
        const own = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => {
            const { origin, pathname } = new URL(url);
            return origin === location.origin && (pathname.startsWith('/_astro/') || pathname.startsWith('/pagefind/'));
          });
        registration.active?.postMessage({ type: 'keep', urls: [location.href, ...own] });
      })
      .catch(() => {});
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}

/** Shows the offline notice when the worker served its copy (it marks <html data-offline-since="…">). */
export function showOfflineNotice(notice: HTMLElement | null) {
  const since = document.documentElement.dataset.offlineSince;
  if (!notice || !since || Number.isNaN(Date.parse(since))) return;
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(since));
  notice.textContent = (notice.dataset.message ?? '').replace('{date}', date);
  notice.hidden = false;
}
