/** Facts about Utrecht the model respects. Defined once; imported by the CMS, the site and the seed. */

export const MUNICIPALITY_CODE = 'GM0344';

/** The ten wijken with their CBS codes, in the municipality's own order, with a representative point for maps. */
export const WIJKEN = [
  { code: 'WK034401', slug: 'west', name: 'West', centre: [52.0935, 5.0905] },
  { code: 'WK034402', slug: 'noordwest', name: 'Noordwest', centre: [52.1085, 5.0985] },
  { code: 'WK034403', slug: 'overvecht', name: 'Overvecht', centre: [52.1165, 5.1135] },
  { code: 'WK034404', slug: 'noordoost', name: 'Noordoost', centre: [52.103, 5.1335] },
  { code: 'WK034405', slug: 'oost', name: 'Oost', centre: [52.086, 5.148] },
  { code: 'WK034406', slug: 'binnenstad', name: 'Binnenstad', centre: [52.0907, 5.1214] },
  { code: 'WK034407', slug: 'zuid', name: 'Zuid', centre: [52.07, 5.13] },
  { code: 'WK034408', slug: 'zuidwest', name: 'Zuidwest', centre: [52.077, 5.096] },
  { code: 'WK034409', slug: 'leidsche-rijn', name: 'Leidsche Rijn', centre: [52.0955, 5.042] },
  { code: 'WK034410', slug: 'vleuten-de-meern', name: 'Vleuten-De Meern', centre: [52.093, 5.013] },
] as const satisfies ReadonlyArray<{ code: string; slug: string; name: string; centre: readonly [number, number] }>;

export type WijkCode = (typeof WIJKEN)[number]['code'];

/** CBS code patterns: wijk WK0344xx, buurt BU0344xxxx. */
export const WIJK_CODE_PATTERN = /^WK0344\d{2}$/;
export const BUURT_CODE_PATTERN = /^BU0344\d{4}$/;

/**
 * A box around the municipality of Utrecht (WGS84). Coordinates outside it are refused at input;
 * it is generous by a few hundred metres so addresses on the border are not refused.
 */
export const MUNICIPALITY_BOUNDS = { south: 52.026, west: 4.97, north: 52.143, east: 5.197 } as const;

/** Is a point inside the municipality's box? */
export function isInUtrecht(lat: number, lng: number): boolean {
  const b = MUNICIPALITY_BOUNDS;
  return lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east;
}

/** Room size classes used by Utrecht's buurtcentra, in m² (lower bound inclusive). */
export const ROOM_SIZE_CLASSES = {
  S: { min: 3, max: 50 },
  M: { min: 50, max: 80 },
  L: { min: 80, max: 260 },
  XL: { min: 260, max: 500 },
} as const;

export type RoomSizeClass = keyof typeof ROOM_SIZE_CLASSES;

/** The size class a room of `m2` square metres falls in, or undefined outside 3–500 m². */
export function sizeClassFor(m2: number): RoomSizeClass | undefined {
  for (const [name, { min, max }] of Object.entries(ROOM_SIZE_CLASSES)) {
    if (m2 >= min && (m2 < max || (name === 'XL' && m2 <= max))) return name as RoomSizeClass;
  }
  return undefined;
}

/** Tariffs for rooms in buurtcentra; 0 % and 35 % together are the maatschappelijk tarief. */
export const ROOM_TARIFFS = ['tarief-0', 'tarief-35', 'tarief-100'] as const;

export const TIME_ZONE = 'Europe/Amsterdam';
export { LOCALES, DEFAULT_LOCALE, type Locale } from './locales.ts';
