/**
 * Map tiles are an external service; the URL is configurable at build time (PUBLIC_TILE_URL) so
 * tests and other hosts can point elsewhere. Default: PDOK BRT-Achtergrondkaart (Kadaster).
 */
export const DEFAULT_TILE_URL = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
// `?.`: the security headers read DEFAULT_TILE_URL from here outside Vite too (npm start's server).
export const TILE_URL: string = import.meta.env?.PUBLIC_TILE_URL ?? DEFAULT_TILE_URL;
export const TILE_ATTRIBUTION: string = import.meta.env?.PUBLIC_TILE_ATTRIBUTION ?? 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>';
/**
 * Above this many organisations the home map shows one marker per wijk with its count instead of every point, and
 * the points only for a search's results or once the visitor zooms in to a wijk (issue 18: the points file alone
 * was 76 KB gzip at 5,000). PUBLIC_MAP_SUMMARY_ABOVE sets another number (the browser test uses a small one).
 */
export const MAP_SUMMARY_ABOVE: number = Number(import.meta.env?.PUBLIC_MAP_SUMMARY_ABOVE || 2000);
export const UTRECHT_CENTRE: [number, number] = [52.0907, 5.1214];
/**
 * The route planner a resident is sent to for an address: {lat}, {lng} and {address} are filled in.
 * OpenStreetMap's directions by default (the visitor chooses how to travel there); PUBLIC_ROUTE_URL sets another.
 */
export const DEFAULT_ROUTE_URL = 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lng}#map=17/{lat}/{lng}';
export const ROUTE_URL: string = import.meta.env?.PUBLIC_ROUTE_URL ?? DEFAULT_ROUTE_URL;
/**
 * The PDOK Locatieserver's `free` search, for "Dicht bij mij" by postcode (asked from the visitor's browser).
 * Off unless PUBLIC_PDOK_LOCATIESERVER_URL is set, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1/free;
 * the Content-Security-Policy allows its origin only then.
 */
export const PDOK_LOCATIESERVER_URL: string = import.meta.env?.PUBLIC_PDOK_LOCATIESERVER_URL ?? '';
