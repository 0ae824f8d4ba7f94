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
