import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '@mzo/content-types';
import { publicParticipantsOf } from './participation.ts';
import { inLanguage } from './text-language.ts';

// Pure, so it lives in resolve.ts, where modules used outside Astro (facets) can import it.
export { resolve } from './resolve.ts';

/**
 * The entries of one language version of a localized collection (the loader keys them `<locale>/<documentId>`):
 * every published Dutch entry, with its text in `locale` where the CMS has it (see text-language.ts).
 */
async function inLocale<C extends CollectionKey>(collection: C, locale: Locale): Promise<CollectionEntry<C>['data'][]> {
  const base = (await getCollection(collection, (entry) => entry.id.startsWith(`${DEFAULT_LOCALE}/`))).map((entry) => entry.data);
  if (locale === DEFAULT_LOCALE) return base;
  const own = new Map((await getCollection(collection, (entry) => entry.id.startsWith(`${locale}/`))).map((entry) => [entry.data.documentId, entry.data]));
  return base.map((entry) => inLanguage(collection, entry, own.get(entry.documentId), locale) as CollectionEntry<C>['data']);
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
    inLocale('organisation', locale),
    inLocale('activity', locale),
    inLocale('room', locale),
    inLocale('theme', locale),
    inLocale('wijk', locale),
    inLocale('community', locale),
    inLocale('language', locale),
    inLocale('target-group', locale),
    inLocale('support-offer', locale),
    inLocale('consultation', locale),
  ]);
  const contacts = (await getCollection('contact-person')).map((entry) => entry.data);
  const index = <T extends { documentId: string }>(list: T[]) => new Map(list.map((item) => [item.documentId, item]));
  // Lists per organisation, so an organisation page does not scan every activity, contact and room
  // (with thousands of organisations that scan made the build grow with the square of the content).
  const group = <T>(list: T[], keysOf: (item: T) => (string | undefined)[]) => {
    const groups = new Map<string, T[]>();
    for (const item of list) {
      for (const key of new Set(keysOf(item))) {
        if (!key) continue;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key)!.push(item);
      }
    }
    return groups;
  };
  const sortedOrganisations = organisations.sort(byName);
  const organisationById = index(organisations);
  const sensitiveThemeIds = new Set(themes.filter((th) => th.sensitive).map((th) => th.documentId));
  return {
    locale,
    organisations: sortedOrganisations,
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
    /** Per organisation documentId: its activities, public contacts, rooms it provides, members and partners naming it. */
    byOrganisation: {
      activities: group(activities, (a) => [a.organisation?.documentId]),
      contacts: group(contacts, (c) => [c.organisation?.documentId]),
      rooms: group(rooms, (r) => [r.providerOrganisation?.documentId]),
      members: group(sortedOrganisations, (x) => (x.memberOf ?? []).map((m) => m.documentId)),
      partnersNaming: group(sortedOrganisations, (x) => (x.partners ?? []).map((p) => p.documentId)),
      // Only where the consultation may name the organisation (agreed to be named; the sensitive-theme rule).
      consultations: group(consultations, (c) => publicParticipantsOf(c, organisationById, sensitiveThemeIds).map((o) => o.documentId)),
    },
    byId: {
      theme: index(themes),
      wijk: index(wijken),
      community: index(communities),
      language: index(languages),
      targetGroup: index(targetGroups),
      organisation: organisationById,
      room: index(rooms),
    },
  };
}

export type SiteContent = Awaited<ReturnType<typeof siteContent>>;
