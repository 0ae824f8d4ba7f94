// Leaflet map of organisations, loaded only in the browser and only when the map scrolls into view.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { organisationPath } from './organisation-path.ts';

/** `[id, lat, lng, title, url?]`, as written by the Pagefind integration (no url: the path made from the title). */
export type Point = [string, number, number, string, string?];

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
}

export interface OrganisationMap {
  show(points: Point[]): void;
  /** Draws a boundary (GeoJSON) and fits the map to it. */
  outline(geojson: GeoJSON.GeoJsonObject): void;
  readonly markerCount: number;
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

  const icon = L.divIcon({ className: 'map-marker', html: '<span></span>', iconSize: [22, 22], iconAnchor: [11, 11] });
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
  return {
    outline(geojson) {
      const layer = L.geoJSON(geojson, { style: { color: '#0b4fa3', weight: 2, fillOpacity: 0.05 }, interactive: false }).addTo(map);
      map.fitBounds(layer.getBounds());
      outlined = true;
    },
    show(points) {
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
      if (markers.length > 0 && !options.single && !outlined)
        map.fitBounds(L.latLngBounds(points.map((p) => [p[1], p[2]])), { padding: [24, 24], maxZoom: 15 });
      labelClusters();
    },
    get markerCount() {
      return markerCount;
    },
  };
}
