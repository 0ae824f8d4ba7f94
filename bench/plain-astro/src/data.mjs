import { readFileSync } from 'node:fs';

/**
 * The content of the plain build: a JSON file (PLAIN_ASTRO_DATA) written by bench/lib/plain-astro.mjs:
 * `{ organisations, activities, listingPages: { nl, en }, pageSize }`, the records as the CMS snapshot has them.
 * Read once per process.
 */
let cached;
export function data() {
  if (cached) return cached;
  const file = process.env.PLAIN_ASTRO_DATA;
  if (!file) throw new Error('PLAIN_ASTRO_DATA is not set: the path of the JSON file to build from.');
  const { organisations, activities, listingPages, pageSize } = JSON.parse(readFileSync(file, 'utf8'));
  const activitiesOf = new Map();
  for (const activity of activities) {
    const key = `${activity.locale}:${activity.organisation?.documentId}`;
    if (!activitiesOf.has(key)) activitiesOf.set(key, []);
    activitiesOf.get(key).push(activity);
  }
  for (const list of activitiesOf.values()) list.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const byLocale = { nl: [], en: [] };
  for (const organisation of organisations) byLocale[organisation.locale]?.push(organisation);
  cached = { byLocale, activitiesOf, listingPages, pageSize };
  return cached;
}

export const prefix = (locale) => (locale === 'nl' ? '' : `/${locale}`);
export const organisationUrl = (locale, slug) => `${prefix(locale)}/organisaties/${slug}/`;
export const listingUrl = (locale, page) => (page === 1 ? `${prefix(locale)}/` : `${prefix(locale)}/pagina/${page}/`);

export function formatAddress(address) {
  if (!address) return '';
  const street = [address.street, address.houseNumber, address.houseNumberAddition].filter(Boolean).join(' ');
  return [street, [address.postcode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

const dateFormats = {};
export function formatDate(locale, iso) {
  dateFormats[locale] ??= new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return dateFormats[locale].format(new Date(iso));
}
