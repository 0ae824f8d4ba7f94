// Leaflet map of organisations, loaded only in the browser and only when the map scrolls into view.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { organisationPath } from './organisation-path.ts';

/** `[id, lat, lng, title, url?]`, as written by the Pagefind integration (no url: the path made from the title). */
export type Point = [string, number, number, string, string?];

/** `[wijk, lat, lng, count]`: the home map's summary above a few thousand organisations (Pagefind integration). */
export type WijkCount = [string, number, number, number];

export interface MapOptions {
  tileUrl: string;
  attribution: string;
  /** "{count} organisaties op deze plek" */
  clusterLabel: string;
  unavailable: string;
  centre: [number, number];
  zoom?: number;
  /** A single organisation (small map on its page): no clustering needed. */
  single?: boolean;
  /** The home map with more organisations than MAP_SUMMARY_ABOVE: one marker a wijk until a search or zoom. */
  summary?: boolean;
  /** "{wijk}: {count} organisaties. Kies om ze te zien." (the summary's markers) */
  wijkLabel?: string;
}

/** From this zoom level on (a wijk fills the map) the summary gives way to the points. */
const DETAIL_ZOOM = 14;

export interface OrganisationMap {
  show(points: Point[]): void;
  /**
   * One marker per wijk with its count instead of every point; `choose` when one is chosen (the home page
   * filters on that wijk), and `points` loaded to show every point once the visitor zooms in to a wijk.
   */
  summarise(wijken: WijkCount[], choose: (wijk: string) => void, points: () => Promise<Point[]>): void;
  /** Draws a boundary (GeoJSON) and fits the map to it. */
  outline(geojson: GeoJSON.GeoJsonObject): void;
  readonly markerCount: number;
  /** Lays the map out again after it was hidden (the list/map switch on a phone). */
  refresh(): void;
}

function label(marker: L.Marker, text: string) {
  const el = marker.getElement();
  if (el) {
    el.setAttribute('aria-label', text);
    el.setAttribute('role', 'button');
  }
}

export async function createMap(element: HTMLElement, options: MapOptions): Promise<OrganisationMap> {
  // leaflet.markercluster extends the global L.
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');

  const map = L.map(element, { scrollWheelZoom: false, keyboard: true }).setView(options.centre, options.zoom ?? 12);
  // Right to left (Arabic): the controls change sides like the rest of the page; the map itself stays a map.
  const rtl = getComputedStyle(element).direction === 'rtl' || document.documentElement.dir === 'rtl';
  if (rtl) {
    map.zoomControl.setPosition('topright');
    map.attributionControl.setPosition('bottomleft');
  }
  const tiles = L.tileLayer(options.tileUrl, { attribution: options.attribution, maxZoom: 19, minZoom: 10 });
  let warned = false;
  tiles.on('tileerror', () => {
    if (warned) return;
    warned = true;
    const note = document.createElement('p');
    note.className = 'map-note';
    note.textContent = options.unavailable;
    element.after(note);
  });
  tiles.addTo(map);
  // External links get the same rel as every other external link on the site (Leaflet's own credit and
  // the tile attribution, which may come from PUBLIC_TILE_ATTRIBUTION).
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  for (const link of element.querySelectorAll('.leaflet-control-attribution a')) link.setAttribute('rel', 'noopener nofollow ugc');

  const icon = L.divIcon({ className: 'map-marker', html: '<span></span>', iconSize: [24, 24], iconAnchor: [12, 12] });
  const group = L.markerClusterGroup({
    // Animated re-clustering sometimes never finishes when markers are replaced while the map zooms to
    // them: the old clusters stay in the page at opacity 0, still focusable and announced with stale
    // counts. Without animation clusters are simply swapped (also kinder to people who avoid motion).
    animate: false,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    maxClusterRadius: 40,
    iconCreateFunction(cluster) {
      const count = cluster.getChildCount();
      return L.divIcon({ className: 'map-cluster', html: `<span>${count}</span>`, iconSize: [36, 36] });
    },
  });
  group.on('animationend spiderfied unspiderfied', () => labelClusters());
  map.on('zoomend moveend', () => labelClusters());
  function labelClusters() {
    group.eachLayer(() => undefined);
    element.querySelectorAll<HTMLElement>('.map-cluster').forEach((el) => {
      const count = el.textContent?.trim() ?? '';
      el.setAttribute('aria-label', options.clusterLabel.replace('{count}', count));
      el.setAttribute('role', 'button');
    });
  }
  map.addLayer(group);

  let markerCount = 0;
  let outlined = false;
  const summaryLayer = L.layerGroup();
  let summary: { points: () => Promise<Point[]>; detailed: boolean } | null = null;
  map.on('zoomend', async () => {
    if (!summary) return;
    const detail = map.getZoom() >= DETAIL_ZOOM;
    if (detail === summary.detailed) return;
    summary.detailed = detail;
    if (detail) {
      const state = summary;
      const points = await state.points();
      if (summary !== state || !state.detailed) return;
      summaryLayer.remove();
      placePoints(points, false);
    } else {
      group.clearLayers();
      summaryLayer.addTo(map);
      element.dataset.markers = String(summaryLayer.getLayers().length);
      element.dataset.summary = 'true';
    }
  });

  function placePoints(points: Point[], fit: boolean) {
    group.clearLayers();
    const lang = document.documentElement.lang;
    const markers = points.map(([, lat, lng, title, url = organisationPath(lang, title)]) => {
      const marker = L.marker([lat, lng], { icon, title, keyboard: true, riseOnHover: true });
      const link = document.createElement('a');
      link.href = url;
      link.textContent = title;
      // A name is in its own script, whatever the page's direction.
      link.dir = 'auto';
      marker.bindPopup(link);
      marker.on('add', () => label(marker, title));
      return marker;
    });
    group.addLayers(markers);
    markerCount = markers.length;
    element.dataset.markers = String(markers.length);
    element.dataset.summary = 'false';
    if (fit && markers.length > 0 && !options.single && !outlined)
      map.fitBounds(L.latLngBounds(points.map((p) => [p[1], p[2]])), { padding: [24, 24], maxZoom: 15 });
    labelClusters();
  }

  return {
    outline(geojson) {
      const layer = L.geoJSON(geojson, { style: { color: '#0b4fa3', weight: 2, fillOpacity: 0.05 }, interactive: false }).addTo(map);
      map.fitBounds(layer.getBounds());
      outlined = true;
    },
    show(points) {
      summary = null;
      summaryLayer.remove();
      placePoints(points, true);
    },
    summarise(wijken, choose, points) {
      group.clearLayers();
      summaryLayer.clearLayers();
      for (const [name, lat, lng, count] of wijken) {
        const text = (options.wijkLabel ?? '{wijk}: {count}').replace('{wijk}', name).replace('{count}', count.toLocaleString(document.documentElement.lang));
        const marker = L.marker([lat, lng], {
          icon: L.divIcon({ className: 'map-wijk', html: `<span>${count}</span>`, iconSize: [48, 48] }),
          title: text,
          keyboard: true,
        });
        marker.on('add', () => {
          label(marker, text);
          // A button by keyboard too: Leaflet turns no key into a click on a marker.
          marker.getElement()?.addEventListener('keydown', (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            choose(name);
          });
        });
        marker.on('click', () => choose(name));
        summaryLayer.addLayer(marker);
      }
      summaryLayer.addTo(map);
      summary = { points, detailed: false };
      markerCount = wijken.length;
      element.dataset.markers = String(wijken.length);
      element.dataset.summary = 'true';
      if (wijken.length > 0 && !outlined) map.fitBounds(L.latLngBounds(wijken.map((w) => [w[1], w[2]])), { padding: [24, 24], maxZoom: DETAIL_ZOOM - 1 });
    },
    get markerCount() {
      return markerCount;
    },
    refresh() {
      map.invalidateSize();
    },
  };
}
