import type { Locale } from '@mzo/content-types';
import { localizedPath } from '../i18n/index.ts';

/**
 * The path of every page of the site, in `locale`: the one place a page's address is written. Templates,
 * open data and feeds link through these. (The browser's map makes organisation paths from names with
 * site/scripts/organisation-path.ts, kept small for the page; a test holds it equal to `organisation`.)
 */
export const pagePath = {
  home: (locale: Locale) => localizedPath(locale, '/'),
  organisations: (locale: Locale) => localizedPath(locale, '/organisaties/'),
  organisation: (locale: Locale, slug: string) => localizedPath(locale, `/organisaties/${slug}/`),
  wijken: (locale: Locale) => localizedPath(locale, '/wijken/'),
  /** A wijk's page; a long organisation list continues on page 2 and on (site/lib/list-pages.ts). */
  wijk: (locale: Locale, slug: string, page = 1) => localizedPath(locale, page > 1 ? `/wijken/${slug}/${page}/` : `/wijken/${slug}/`),
  wijkOverview: (locale: Locale, slug: string) => localizedPath(locale, `/wijken/${slug}/overzicht/`),
  wijkNetwork: (locale: Locale, slug: string) => localizedPath(locale, `/wijken/${slug}/netwerk/`),
  /** The rooms for rent; `?wijk=<slug>` opens it filtered on a wijk. */
  rooms: (locale: Locale) => localizedPath(locale, '/ruimtes/'),
  themes: (locale: Locale) => localizedPath(locale, '/themas/'),
  theme: (locale: Locale, slug: string) => localizedPath(locale, `/themas/${slug}/`),
  /** The agenda: this week at /agenda/, later weeks by their Monday. */
  agenda: (locale: Locale, monday?: string) => localizedPath(locale, monday ? `/agenda/week/${monday}/` : '/agenda/'),
  /** One activity as a calendar file ("Zet in je agenda"). */
  activityEvent: (locale: Locale, documentId: string) => localizedPath(locale, `/agenda/activiteit/${documentId}.ics`),
  openData: (locale: Locale, file = '') => localizedPath(locale, `/open-data/${file}`),
  /** Where the search form goes without JavaScript: says so, and where to look instead. */
  searchHelp: (locale: Locale) => localizedPath(locale, '/zoeken/'),
  suggest: (locale: Locale) => localizedPath(locale, '/tip/'),
  consult: (locale: Locale) => localizedPath(locale, '/raadplegen/'),
  outcomes: (locale: Locale) => localizedPath(locale, '/inbreng/'),
  thanks: (locale: Locale) => localizedPath(locale, '/bedankt/'),
  /** What the service worker shows for a page the visitor never opened, when there is no connection. */
  offline: (locale: Locale) => localizedPath(locale, '/offline/'),
  accessibility: (locale: Locale) => localizedPath(locale, '/over/#toegankelijkheid'),
};
