// "Dicht bij mij" on the home page: the organisations sorted by distance from where the visitor is. The
// browser's location is asked for only when the visitor taps the button; it stays in the page (never stored,
// never sent anywhere). A postcode is looked up at the PDOK Locatieserver (only when the site is built with
// PUBLIC_PDOK_LOCATIESERVER_URL, and only from the browser). Without either the visitor is asked to choose a wijk.

export type LatLng = [number, number];

/** Distance in km between two points (haversine; Utrecht is small enough for any formula). */
export function distanceKm([lat1, lng1]: LatLng, [lat2, lng2]: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(a));
}

/** A Dutch postcode (1234 AB, spaces and case free), normalised to "1234AB"; null when it is not one. */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? compact : null;
}

/** The point of a postcode from a Locatieserver `free` search answer (centroide_ll is "POINT(lng lat)"). */
export function pointFromLocatieserver(answer: unknown): LatLng | null {
  const doc = (answer as { response?: { docs?: { centroide_ll?: string }[] } })?.response?.docs?.[0];
  const match = /^POINT\(([-\d.]+) ([-\d.]+)\)$/.exec(doc?.centroide_ll ?? '');
  return match ? [Number(match[2]), Number(match[1])] : null;
}

export async function lookUpPostcode(serviceUrl: string, postcode: string): Promise<LatLng | null> {
  const url = new URL(serviceUrl);
  url.searchParams.set('q', postcode);
  url.searchParams.set('fq', 'type:postcode');
  url.searchParams.set('fl', 'centroide_ll');
  url.searchParams.set('rows', '1');
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  return response.ok ? pointFromLocatieserver(await response.json()) : null;
}

/** The visitor's location from the browser, asked for now (a tap); null when refused or unavailable. */
export function currentLocation(): Promise<LatLng | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (position) => resolve([position.coords.latitude, position.coords.longitude]),
      () => resolve(null),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    ),
  );
}

/** "1,2 km" or "350 m" in the page's language. */
export function formatDistance(km: number, lang: string): string {
  if (km < 1) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(50, Math.round(km * 20) * 50))} m`;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(km)} km`;
}

/** The texts of a NearMe block (site/components/NearMe.astro), from its data-near attribute. */
export interface NearMessages {
  locating: string;
  sorted: string;
  sortedPostcode: string;
  unavailable: string;
  badPostcode: string;
  distance: string;
  service: string;
}

/**
 * Wires a NearMe block: a tap asks the location, the postcode button looks the postcode up; the point found goes to
 * `use`. Without a point the status says so and `fallback` runs (it opens the wijk filter).
 */
export function initNearMe(near: HTMLElement, use: (point: LatLng) => void, fallback: () => void): NearMessages {
  const messages = JSON.parse(near.dataset.near ?? '{}') as NearMessages;
  const status = near.querySelector<HTMLElement>('[role="status"]')!;
  const found = (point: LatLng | null, says: string) => {
    if (!point) {
      status.textContent = messages.unavailable;
      fallback();
      return;
    }
    status.textContent = says;
    use(point);
  };
  near.hidden = false;
  near.querySelector('[data-near-locate]')?.addEventListener('click', async () => {
    status.textContent = messages.locating;
    found(await currentLocation(), messages.sorted);
  });
  const postcode = near.querySelector<HTMLInputElement>('input[name="postcode"]');
  near.querySelector('[data-near-postcode]')?.addEventListener('click', async () => {
    const code = normalisePostcode(postcode?.value ?? '');
    if (!code) {
      status.textContent = messages.badPostcode;
      postcode?.focus();
      return;
    }
    status.textContent = messages.locating;
    const point = await lookUpPostcode(messages.service, code).catch(() => null);
    found(point, messages.sortedPostcode.replace('{postcode}', code));
  });
  return messages;
}

/** The point an item of a server-rendered list carries (data-lat, data-lng), if any. */
function pointOf(item: HTMLElement): LatLng | null {
  const lat = Number(item.dataset.lat);
  const lng = Number(item.dataset.lng);
  return item.dataset.lat && item.dataset.lng && Number.isFinite(lat) && Number.isFinite(lng) ? [lat, lng] : null;
}

/**
 * Puts the items (`selector`) of each list they are in nearest first from `origin`, items without a place last in
 * their first order, and writes "1,2 km van je af" beside each item's place (agenda days and the rooms
 * list keep their headings: only the items within a list move).
 */
export function sortListsByDistance(origin: LatLng, selector: string, distanceText: string, lang: string) {
  const lists = new Set([...document.querySelectorAll<HTMLElement>(selector)].map((item) => item.parentElement!));
  for (const list of lists) {
    const items = [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.matches(selector));
    items.forEach((item, i) => (item.dataset.order ??= String(i)));
    const km = new Map(items.map((item) => [item, pointOf(item)] as const).map(([item, point]) => [item, point ? distanceKm(origin, point) : Infinity]));
    const sorted = items.toSorted((a, b) => km.get(a)! - km.get(b)! || Number(a.dataset.order) - Number(b.dataset.order));
    list.append(...sorted);
    for (const item of sorted) {
      item.querySelector('.distance')?.remove();
      const distance = km.get(item)!;
      if (!Number.isFinite(distance)) continue;
      const label = document.createElement('span');
      label.className = 'distance';
      // Beside the place when the item has a spot for it (data-distance), else on its first meta line.
      const spot = item.querySelector('[data-distance]') ?? item.querySelector('.meta');
      label.textContent = `${spot ? ' · ' : ''}${distanceText.replace('{distance}', formatDistance(distance, lang))}`;
      (spot ?? item).append(label);
    }
  }
}
