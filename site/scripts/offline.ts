// The page's side of the service worker (site/offline/service-worker.js): registers it once the page has loaded
// (so it never competes with the page itself), hands it each page that did not come through it (the first visit), and
// shows "Je bent offline" with the date when the page came from the worker's copy.

/**
 * Registers /sw.js after the page loaded; when the page did not come through the worker, asks it to keep this page
 * and its files. That is asked of how the page was loaded, not of whether a worker is in charge now: a worker that
 * starts while the page loads takes charge of it (clients.claim) before this script runs, and the page, which it
 * never saw, would not be kept (seen as a test that failed now and then: the first page opened missing offline).
 */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const throughWorker = (navigation?.workerStart ?? 0) > 0;
  const start = () =>
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (throughWorker) return;
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
