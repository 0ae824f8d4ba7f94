// The offline page (site/components/pages/OfflinePage.astro): lists what the service worker kept, so a visitor
// without a connection finds the pages that still work. Apart from offline.ts, which every page loads.

/** On the offline page: the pages of this language the worker kept, by title, newest first. */
export async function listKeptPages(section: HTMLElement, list: HTMLElement) {
  if (!('caches' in window)) return;
  const cache = await caches.open('mzo-pages');
  const lang = document.documentElement.lang;
  const offline = /\/offline\/$/;
  const items: HTMLLIElement[] = [];
  for (const request of [...(await cache.keys())].reverse()) {
    const url = new URL(request.url);
    if (offline.test(url.pathname)) continue;
    const html = (await (await cache.match(request))?.text()) ?? '';
    if (!new RegExp(`<html[^>]*\\slang="${lang}"`).test(html)) continue;
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = url.pathname;
    // The title as the page wrote it (entities decoded by the parser, no markup taken over).
    link.textContent = new DOMParser().parseFromString(title ?? url.pathname, 'text/html').body.textContent ?? url.pathname;
    item.append(link);
    items.push(item);
  }
  list.replaceChildren(...items);
  section.hidden = items.length === 0;
}
