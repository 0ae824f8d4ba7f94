import type { Locale } from '@mzo/content-types';
import { pagePath } from '../paths.ts';

/** The path of an open-data file in `locale`: `/open-data/<file>` in Dutch, `/en/open-data/<file>` in English. */
export function openDataPath(locale: Locale, file = ''): string {
  return pagePath.openData(locale, file);
}

/** An absolute URL on the site. */
export function absoluteUrl(siteUrl: string | URL, path: string): string {
  return new URL(path, siteUrl).href;
}

/** The webcal: address of a calendar feed, which calendar apps open as a subscription. */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:/, 'webcal:');
}

/** Calendar feed files, relative to the open-data folder. */
export const feedFile = {
  all: () => 'ical/agenda.ics',
  organisation: (slug: string) => `ical/organisatie/${slug}.ics`,
  wijk: (slug: string) => `ical/wijk/${slug}.ics`,
  theme: (slug: string) => `ical/thema/${slug}.ics`,
};

export const GEOJSON_FILES = { organisations: 'organisaties.geojson', rooms: 'ruimtes.geojson' } as const;
export const HSDS_JSON_FILE = 'hsds.json';
export const HSDS_CSV_DIR = 'hsds';
