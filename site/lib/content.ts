import { getCollection } from 'astro:content';
import type { Locale } from '@mzo/content-types';
import type { Activity, Community, Consultation, Language, Organisation, PublicContact, Room, SupportOffer, TargetGroup, Theme, Wijk } from './types.ts';

// Pure, so it lives in resolve.ts, where modules used outside Astro (facets) can import it.
export { resolve } from './resolve.ts';

async function inLocale<T>(collection: string, locale: Locale): Promise<T[]> {
  const entries = await getCollection(collection as never);
  return entries.map((e: { data: unknown }) => e.data as T & { locale?: string }).filter((d) => d.locale === locale) as T[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl');

// Every route asks for the same content; in a build it does not change, so it is assembled once per locale.
// (In `astro dev` content can change while the server runs, so there it is assembled on every call.)
const cache = new Map<Locale, ReturnType<typeof assemble>>();

/** Everything one language version of the site is built from, with lookups by documentId. */
export function siteContent(locale: Locale): ReturnType<typeof assemble> {
  if (!import.meta.env?.PROD) return assemble(locale);
  let content = cache.get(locale);
  if (!content) cache.set(locale, (content = assemble(locale)));
  return content;
}

async function assemble(locale: Locale) {
  const [organisations, activities, rooms, themes, wijken, communities, languages, targetGroups, supportOffers, consultations] = await Promise.all([
    inLocale<Organisation>('organisation', locale),
    inLocale<Activity>('activity', locale),
    inLocale<Room>('room', locale),
    inLocale<Theme>('theme', locale),
    inLocale<Wijk>('wijk', locale),
    inLocale<Community>('community', locale),
    inLocale<Language>('language', locale),
    inLocale<TargetGroup>('target-group', locale),
    inLocale<SupportOffer>('support-offer', locale),
    inLocale<Consultation>('consultation', locale),
  ]);
  const contacts = (await getCollection('contact-person' as never)).map((e: { data: unknown }) => e.data as PublicContact);
  const index = <T extends { documentId: string }>(list: T[]) => new Map(list.map((item) => [item.documentId, item]));
  return {
    locale,
    organisations: organisations.sort(byName),
    activities,
    rooms,
    themes: themes.sort(byName),
    wijken: wijken.sort((a, b) => a.code.localeCompare(b.code)),
    communities: communities.sort(byName),
    languages: languages.sort(byName),
    targetGroups,
    supportOffers: supportOffers.sort((a, b) => a.title.localeCompare(b.title, locale)),
    consultations,
    contacts,
    byId: {
      theme: index(themes),
      wijk: index(wijken),
      community: index(communities),
      language: index(languages),
      targetGroup: index(targetGroups),
      organisation: index(organisations),
      room: index(rooms),
    },
  };
}

export type SiteContent = Awaited<ReturnType<typeof siteContent>>;
