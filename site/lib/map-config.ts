/**
 * Map tiles are an external service; the URL is configurable at build time (PUBLIC_TILE_URL) so
 * tests and other hosts can point elsewhere. Default: PDOK BRT-Achtergrondkaart (Kadaster).
 */
export const DEFAULT_TILE_URL = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
// `?.`: the security headers read DEFAULT_TILE_URL from here outside Vite too (npm start's server).
export const TILE_URL: string = import.meta.env?.PUBLIC_TILE_URL ?? DEFAULT_TILE_URL;
export const TILE_ATTRIBUTION: string = import.meta.env?.PUBLIC_TILE_ATTRIBUTION ?? 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>';
export const UTRECHT_CENTRE: [number, number] = [52.0907, 5.1214];
