// Search and filters on the home page, with Pagefind in the browser. Without JavaScript the page
// shows the first organisations and a link to all of them (A–Z); with it, the list and the map follow
// the search box and the filters.
import type { OrganisationMap, Point, WijkCount } from './map.ts';
import { whenVisible } from './visible.ts';
import { initials, markColour } from './initials.ts';
import { distanceKm, formatDistance, initNearMe, type LatLng } from './near.ts';

/**
 * Whether `value` (a language, a target group, a wijk, a theme) is what the visitor asked for: a chosen
 * filter value, or a search word that shares its start ("Turkse" finds "Turks", "vrouwen" "Vrouwen").
 */
export function matches(value: string, wanted: string[]): boolean {
  const words = value.toLocaleLowerCase().split(/[\s,/()-]+/);
  return wanted.some((w) => {
    if (w === value.toLocaleLowerCase()) return true;
    return words.some((v) => {
      const shorter = Math.min(v.length, w.length);
      if (shorter < 4) return false;
      let common = 0;
      while (common < shorter && v[common] === w[common]) common++;
      return common >= Math.min(5, shorter);
    });
  });
}

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
  const bar = document.querySelector<HTMLElement>('.results-bar');
  const layout = document.querySelector<HTMLElement>('.results-layout');
  const filterCount = form.querySelector<HTMLElement>('[data-filter-count]');
  const viewSwitch = document.querySelector<HTMLElement>('.view-switch');
  // Below this width the map is not beside the list: phones get the list/map switch and results scrolled into view.
  const narrow = matchMedia('(max-width: 59.99rem)');
  const initialList = [...list.children];
  const initialHeading = heading.textContent ?? '';

  let pagefind: Promise<Pagefind> | undefined;
  let points: Promise<Map<string, Point>> | undefined;
  let mapReady: Promise<OrganisationMap> | undefined;
  let summary: Promise<WijkCount[]> | undefined;
  // Above MAP_SUMMARY_ABOVE organisations the map starts from a count per wijk (site/lib/map-config.ts).
  const summarised = Boolean(mapElement && JSON.parse(mapElement.dataset.options ?? '{}').summary);
  let current: PagefindResult[] | null = null;
  /** Where the visitor said they are ("Dicht bij mij"): only in this page's memory. */
  let origin: LatLng | null = null;
  let distances = new Map<string, number>();
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

  const loadSummary = () =>
    (summary ??= fetch(`/pagefind/map-wijken-${lang}.json`)
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => []));
  /** A wijk chosen on the summarised map: the same as choosing it in the wijk filter. */
  function chooseWijk(name: string) {
    const wijk = selects.find((s) => s.dataset.facet === 'wijk');
    if (!wijk || ![...wijk.options].some((o) => o.value === name)) return;
    wijk.value = name;
    // The marker that was chosen leaves the map with the summary: focus goes to what it did, the results (or, when the
    // list is out of sight behind the phone's map view, the wijk filter that now says which wijk), not to the page's start.
    void run('filter').then(() => (heading.offsetParent ? heading : wijk).focus({ preventScroll: true }));
  }

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

  /** The chosen filter values and the search words: a card marks the values they match. */
  function matchTerms(): string[] {
    return [
      ...Object.values(filters()),
      ...input.value
        .trim()
        .split(/\s+/)
        .filter((w) => w.length >= 3),
    ].map((w) => w.toLocaleLowerCase(lang));
  }

  /** One search result as the built cards show it (site/components/OrganisationCard.astro), matches marked. */
  function card(url: string, meta: Record<string, string>, wanted: string[]) {
    const li = document.createElement('li');
    li.className = 'card org-card';
    const head = document.createElement('div');
    head.className = 'org-card__head';
    const title = meta.title ?? url;
    if (meta.logo) {
      const img = document.createElement('img');
      Object.assign(img, { className: 'org-card__logo', src: meta.logo, alt: '', width: 48, height: 48, loading: 'lazy' });
      head.append(img);
    } else {
      const mark = text('span', 'org-card__mark', initials(title));
      mark.setAttribute('aria-hidden', 'true');
      mark.style.background = markColour(title);
      head.append(mark);
    }
    const titles = document.createElement('div');
    const h3 = document.createElement('h3');
    const a = text('a', '', title) as HTMLAnchorElement;
    a.href = url;
    h3.append(a);
    titles.append(h3);
    const kind = text('p', 'meta', [meta.kind, meta.wijk].filter(Boolean).join(' · '));
    if (meta.status) kind.append(' · ', text('span', 'badge', meta.status));
    titles.append(kind);
    head.append(titles);
    li.append(head);
    if (meta.summary) li.append(text('p', '', meta.summary));
    const facts = document.createElement('dl');
    facts.className = 'card-facts';
    for (const [key, values] of [
      ['languages', meta.languages?.split('|')],
      ['groups', meta.groups?.split('|')],
      ['serves', meta.serves?.split('|')],
      ['next', meta.next ? [meta.next] : undefined],
    ] as const) {
      if (!values?.length) continue;
      const row = document.createElement('div');
      const dd = document.createElement('dd');
      values.forEach((value, i) => {
        if (i > 0) dd.append(', ');
        dd.append(key !== 'next' && matches(value, wanted) ? text('mark', 'match', value) : value);
      });
      row.append(text('dt', '', messages[key]), dd);
      facts.append(row);
    }
    if (facts.childElementCount) li.append(facts);
    if (meta.themes) {
      const ul = document.createElement('ul');
      ul.className = 'tags';
      ul.setAttribute('aria-label', messages.themes);
      for (const theme of meta.themes.split(', ')) {
        const tag = document.createElement('li');
        tag.append(matches(theme, wanted) ? text('mark', 'match', theme) : theme);
        ul.append(tag);
      }
      li.append(ul);
    }
    return li;
  }

  async function renderMore() {
    if (!current) return;
    const slice = current.slice(shown, shown + PAGE);
    const gen = generation;
    const data = await Promise.all(slice.map((r) => r.data()));
    if (gen !== generation) return;
    const wanted = matchTerms();
    data.forEach((item, i) => {
      const li = card(item.url, item.meta, wanted);
      const km = origin ? distances.get(slice[i].id) : undefined;
      if (km !== undefined)
        li.querySelector('.meta')?.append(' · ', text('span', 'distance', messages.distance.replace('{distance}', formatDistance(km, lang))));
      list.append(li);
    });
    shown += slice.length;
    more.hidden = shown >= current.length;
  }

  async function showOnMap(ids: string[] | null) {
    if (!mapReady) return;
    if (ids === null && summarised) {
      const [map, wijken] = await Promise.all([mapReady, loadSummary()]);
      map.summarise(wijken, chooseWijk, async () => [...(await loadPoints()).values()]);
      return;
    }
    const [map, all] = await Promise.all([mapReady, loadPoints()]);
    map.show(ids === null ? [...all.values()] : ids.map((id) => all.get(id)).filter((p): p is Point => Boolean(p)));
  }

  /**
   * On a phone the results lie below the form: after the visitor searched or changed a filter, the count and
   * the first result are scrolled into view. A search sent with the button or Enter also moves the focus to the
   * count (a heading), so keyboard and screen-reader users continue there; a filter change does not move the
   * focus (the status announces the count), so a select can still be changed with the arrow keys.
   */
  function bringIntoView(reason: 'search' | 'filter' | 'load') {
    if (reason === 'load') return;
    if (narrow.matches && bar) bar.scrollIntoView({ block: 'start' });
    if (reason === 'search') heading.focus({ preventScroll: true });
  }

  function countFilters() {
    const n = Object.keys(filters()).length;
    if (filterCount) filterCount.textContent = n ? ` (${n})` : '';
  }

  async function run(reason: 'search' | 'filter' | 'load' = 'load') {
    const gen = ++generation;
    const term = input.value.trim();
    const chosen = filters();
    countFilters();
    syncUrl();
    if (!term && Object.keys(chosen).length === 0 && !origin) {
      current = null;
      list.replaceChildren(...initialList);
      heading.textContent = initialHeading;
      status.textContent = '';
      more.hidden = true;
      bringIntoView(reason);
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
      if (origin) {
        // Nearest first; organisations without an address last, in the search's order.
        const all = await loadPoints();
        if (gen !== generation) return;
        distances = new Map(
          current.flatMap((r) => {
            const point = all.get(r.id);
            return point ? [[r.id, distanceKm(origin!, [point[1], point[2]])] as const] : [];
          }),
        );
        current = current.toSorted((a, b) => (distances.get(a.id) ?? Infinity) - (distances.get(b.id) ?? Infinity));
      }
      shown = 0;
      list.replaceChildren();
      const count = current.length;
      heading.textContent = count === 1 ? messages.resultsOne : messages.results.replace('{count}', numbers.format(count));
      status.textContent = count === 0 ? messages.none : heading.textContent;
      await renderMore();
      if (gen !== generation) return;
      performance.mark('mzo:search-rendered', { detail: { generation: gen, results: count } });
      bringIntoView(reason);
      await showOnMap(current.map((r) => r.id));
    } catch (error) {
      console.warn('search failed', error);
      status.textContent = messages.error;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run('load'), 250);
    // While the visitor types, Pagefind fetches what this term needs, so the search itself is quick.
    const term = input.value.trim();
    if (term)
      void loadPagefind()
        .then((pf) => pf.preload(term, { filters: filters() }))
        .catch(() => {});
  });
  for (const select of selects) select.addEventListener('change', () => run('filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run('search');
  });
  form.addEventListener('reset', () => setTimeout(() => run('load'), 0));

  // "Dicht bij mij": the location only on a tap, or a postcode when the site has a lookup service.
  const near = document.querySelector<HTMLElement>('[data-near]');
  if (near) {
    const wijk = selects.find((s) => s.dataset.facet === 'wijk');
    initNearMe(
      near,
      (point) => {
        origin = point;
        void run('search');
      },
      () => {
        const details = form.querySelector('details.filters');
        if (details instanceof HTMLDetailsElement) details.open = true;
        wijk?.focus();
      },
    );
  }

  // List or map on a phone (on a wide screen both show side by side and the switch is hidden by CSS).
  if (viewSwitch && layout) {
    viewSwitch.hidden = false;
    for (const button of viewSwitch.querySelectorAll<HTMLButtonElement>('button[data-view]')) {
      button.addEventListener('click', () => {
        layout.dataset.view = button.dataset.view;
        for (const other of viewSwitch.querySelectorAll('button[data-view]')) other.setAttribute('aria-pressed', String(other === button));
        if (button.dataset.view === 'map') void mapReady?.then((map) => map.refresh());
      });
    }
  }
  more.addEventListener('click', () => renderMore());

  if (mapElement) {
    whenVisible(mapElement, () => {
      mapReady = import('./map.ts').then(({ createMap }) => createMap(mapElement, JSON.parse(mapElement.dataset.options ?? '{}')));
      mapElement.removeAttribute('data-loading');
      void run('load');
    });
  }

  // A shared link (?q=…&wijk=…) opens with that search.
  const params = new URLSearchParams(location.search);
  if (params.get('q')) input.value = params.get('q')!;
  for (const select of selects) {
    const value = params.get(select.dataset.facet!);
    if (value) select.value = value;
  }
  if ([...params.keys()].length) run('load');
  else countFilters();
}
