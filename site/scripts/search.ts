// Search and filters on the home page, with Pagefind in the browser. Without JavaScript the page
// shows the first organisations and a link to all of them (A–Z); with it, the list and the map follow
// the search box and the filters.
import type { Point } from './map.ts';
import { whenVisible } from './visible.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string, options?: { filters: Record<string, string> }): Promise<void>;
}

const PAGE = 20;

function text(tag: string, className: string, content: string) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = content;
  return el;
}

export function initSearch(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const lang = document.documentElement.lang;
  // The page's Intl locale (content-types/src/locales.ts: Arabic with Western digits).
  const numbers = new Intl.NumberFormat(messages.intl || lang);
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  const list = document.getElementById('resultaten') as HTMLUListElement;
  const heading = document.getElementById('resultaten-kop') as HTMLElement;
  const status = document.getElementById('zoekstatus') as HTMLElement;
  const more = document.getElementById('meer') as HTMLButtonElement;
  const mapElement = document.getElementById('kaart') as HTMLElement | null;
  const initialList = [...list.children];
  const initialHeading = heading.textContent ?? '';

  let pagefind: Promise<Pagefind> | undefined;
  let points: Promise<Map<string, Point>> | undefined;
  let mapReady: Promise<{ show(points: Point[]): void }> | undefined;
  let current: PagefindResult[] | null = null;
  let shown = 0;
  let generation = 0;

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: Pagefind) => {
      await pf.init();
      return pf;
    }));
  const loadPoints = () =>
    (points ??= fetch(`/pagefind/points-${lang}.json`)
      .then((r) => (r.ok ? r.json() : []))
      .then((list: Point[]) => new Map(list.map((p) => [p[0], p]))));

  function filters(): Record<string, string> {
    const chosen: Record<string, string> = {};
    for (const select of selects) if (select.value) chosen[select.dataset.facet!] = select.value;
    return chosen;
  }

  function syncUrl() {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [facet, value] of Object.entries(filters())) params.set(facet, value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  async function renderMore() {
    if (!current) return;
    const slice = current.slice(shown, shown + PAGE);
    const gen = generation;
    const data = await Promise.all(slice.map((r) => r.data()));
    if (gen !== generation) return;
    for (const item of data) {
      const li = document.createElement('li');
      li.className = 'card';
      const h3 = document.createElement('h3');
      const a = text('a', '', item.meta.title ?? item.url) as HTMLAnchorElement;
      a.href = item.url;
      h3.append(a);
      li.append(h3);
      if (item.meta.kind || item.meta.wijk) li.append(text('p', 'meta', [item.meta.kind, item.meta.wijk].filter(Boolean).join(' · ')));
      if (item.meta.summary) li.append(text('p', '', item.meta.summary));
      if (item.meta.themes) {
        const ul = document.createElement('ul');
        ul.className = 'tags';
        for (const theme of item.meta.themes.split(', ')) ul.append(text('li', '', theme));
        li.append(ul);
      }
      list.append(li);
    }
    shown += slice.length;
    more.hidden = shown >= current.length;
  }

  async function showOnMap(ids: string[] | null) {
    if (!mapReady) return;
    const [map, all] = await Promise.all([mapReady, loadPoints()]);
    map.show(ids === null ? [...all.values()] : ids.map((id) => all.get(id)).filter((p): p is Point => Boolean(p)));
  }

  async function run() {
    const gen = ++generation;
    const term = input.value.trim();
    const chosen = filters();
    syncUrl();
    if (!term && Object.keys(chosen).length === 0) {
      current = null;
      list.replaceChildren(...initialList);
      heading.textContent = initialHeading;
      status.textContent = '';
      more.hidden = true;
      await showOnMap(null);
      return;
    }
    status.textContent = messages.loading;
    // For the benchmark (bench/lib/browser.mjs): query start → results in the DOM, per search.
    performance.mark('mzo:search-start', { detail: { generation: gen } });
    try {
      const pf = await loadPagefind();
      const search = await pf.search(term || null, { filters: chosen });
      if (gen !== generation || !search) return;
      current = search.results;
      shown = 0;
      list.replaceChildren();
      const count = current.length;
      heading.textContent = count === 1 ? messages.resultsOne : messages.results.replace('{count}', numbers.format(count));
      status.textContent = count === 0 ? messages.none : heading.textContent;
      await renderMore();
      if (gen === generation) performance.mark('mzo:search-rendered', { detail: { generation: gen, results: count } });
      await showOnMap(current.map((r) => r.id));
    } catch (error) {
      console.warn('search failed', error);
      status.textContent = messages.error;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
    // While the visitor types, Pagefind fetches what this term needs, so the search itself is quick.
    const term = input.value.trim();
    if (term)
      void loadPagefind()
        .then((pf) => pf.preload(term, { filters: filters() }))
        .catch(() => {});
  });
  for (const select of selects) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.addEventListener('reset', () => setTimeout(run, 0));
  more.addEventListener('click', () => renderMore());

  if (mapElement) {
    whenVisible(mapElement, () => {
      mapReady = import('./map.ts').then(({ createMap }) => createMap(mapElement, JSON.parse(mapElement.dataset.options ?? '{}')));
      mapElement.removeAttribute('data-loading');
      run();
    });
  }

  // A shared link (?q=…&wijk=…) opens with that search.
  const params = new URLSearchParams(location.search);
  if (params.get('q')) input.value = params.get('q')!;
  for (const select of selects) {
    const value = params.get(select.dataset.facet!);
    if (value) select.value = value;
  }
  if ([...params.keys()].length) run();
}
