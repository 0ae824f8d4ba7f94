// Puts generated demo data (./demo-data.mjs) into a running Strapi instance through its Document
// Service, in both locales, publishing what is marked published. References between records are by
// slug and resolved to documentIds here.
//
// SEED_TYPES below is the one description of what the seed writes (types, order, fields per locale,
// what is published); ./bulk-load.mjs writes the same description straight into the database.
import { DEFAULT_LOCALE, LOCALES } from '@mzo/content-types';

export const uid = (name) => `api::${name}.${name}`;
export const [NL, EN] = [DEFAULT_LOCALE, 'en'];
/**
 * The locales the demo data has text in. The CMS has more (content-types/src/locales.ts); the site shows
 * the Dutch text, marked as Dutch, where an entry has none in the visitor's language.
 */
export const SEED_LOCALES = [NL, EN];

/**
 * The guide's other locales `item` has text in (an organisation that wrote its summary in Turkish, a theme
 * named in Arabic: ./demo-translations.mjs). Each becomes a language version of the document with that text
 * and no relations of its own: the site takes relations and facts from the Dutch version.
 */
export function textLocales(item) {
  const found = new Set();
  for (const value of Object.values(item)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'nl' in value)
      for (const key of Object.keys(value)) if (!SEED_LOCALES.includes(key) && LOCALES.includes(key) && value[key] != null) found.add(key);
  }
  return LOCALES.filter((l) => found.has(l));
}

/** `data` without its relations (by the Strapi attributes of the type): a text-only language version. */
export function withoutRelations(attributes, data) {
  return Object.fromEntries(Object.entries(data).filter(([name]) => attributes[name]?.type !== 'relation'));
}

/** Strapi blocks from plain paragraphs. */
export function paragraphsToBlocks(paragraphs) {
  return (paragraphs ?? []).map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

function pick(value, locale) {
  if (value && typeof value === 'object' && !Array.isArray(value) && ('nl' in value || 'en' in value)) return value[locale] ?? null;
  return value;
}

/** Whether Strapi stores a content type per locale (i18n) and with drafts (draft & publish). */
export function isLocalized(strapi, name) {
  return strapi.contentType(uid(name))?.pluginOptions?.i18n?.localized === true;
}

/**
 * Resolves references by slug (or key) to the documentIds of documents created earlier in the same
 * load; throws for a reference to something that was not created.
 */
export function createReferences() {
  const ids = {};
  const one = (type, slug) => {
    const id = ids[type]?.get(slug);
    if (!id) throw new Error(`seed: ${type} "${slug}" is referenced but was not created`);
    return id;
  };
  return {
    set: (type, key, documentId) => (ids[type] ??= new Map()).set(key, documentId),
    /** documentId of `slug`, or null when `slug` is empty. */
    one: (type, slug) => (slug ? one(type, slug) : null),
    many: (type, slugs) => (slugs ?? []).map((slug) => one(type, slug)),
  };
}

// Per type: `fields(item, ref)(locale)` is the data of that item in that locale, relations as
// documentIds (a localized target links to the same locale). A type without languages
// (contact-person) gets `fields(item, ref)(NL)` once; its links to localized types name the locale.

const themeFields = (theme) => (l) => ({
  name: pick(theme.name, l),
  slug: theme.slug,
  description: pick(theme.description, l),
  icon: theme.icon,
  sensitive: theme.sensitive,
});

const wijkFields = (wijk) => (l) => ({
  name: wijk.name,
  slug: wijk.slug,
  code: wijk.code,
  description: pick(wijk.description, l),
  boundary: wijk.boundary ?? null,
  buurten: wijk.buurten ?? [],
});

const communityFields = (community) => (l) => ({ name: pick(community.name, l), slug: community.slug });

const languageFields = (language) => (l) => ({
  name: pick(language.name, l),
  slug: language.slug,
  code: language.code,
  nativeName: language.nativeName,
});

const targetGroupFields = (group) => (l) => ({ name: pick(group.name, l), slug: group.slug });

const organisationFields = (o, ref) => (l) => ({
  name: o.name,
  slug: o.slug,
  alternateName: o.alternateName,
  summary: pick(o.summary, l),
  description: paragraphsToBlocks(pick(o.description, l)),
  legalForm: o.legalForm,
  kvkNumber: o.kvkNumber,
  foundedYear: o.foundedYear,
  organisationStatus: o.status,
  website: o.website,
  email: o.email,
  phone: o.phone,
  socialLinks: o.socialLinks,
  address: o.address,
  wheelchairAccessible: o.wheelchairAccessible,
  locatedIn: ref.one('wijk', o.locatedIn),
  serves: ref.many('wijk', o.serves),
  themes: ref.many('theme', o.themes),
  hiddenThemes: ref.many('theme', o.hiddenThemes),
  communities: ref.many('community', o.communities),
  languages: ref.many('language', o.languages),
  targetGroups: ref.many('target-group', o.targetGroups),
  reachEstimate: o.reachEstimate,
  reachNote: pick(o.reachNote, l),
  channels: o.channels,
  consultationOptIn: o.consultationOptIn,
  consultationThemes: ref.many('theme', o.consultationThemes),
  consultationChannel: o.consultationChannel,
  consultationLanguages: ref.many('language', o.consultationLanguages),
  consultationLeadTimeWeeks: o.consultationLeadTimeWeeks,
  namedInConsultations: o.namedInConsultations,
  supportNeeds: o.supportNeeds,
  lastConfirmed: o.lastConfirmed,
});

/** Relations between organisations, written once every organisation exists (null: none). */
const organisationLinks = (o, ref) =>
  o.memberOf?.length || o.partners?.length || o.confirmedMembers?.length
    ? {
        memberOf: ref.many('organisation', o.memberOf),
        partners: ref.many('organisation', o.partners),
        confirmedMembers: ref.many('organisation', o.confirmedMembers ?? []),
      }
    : null;

const roomFields = (r, ref) => (l) => ({
  name: r.name,
  slug: r.slug,
  description: pick(r.description, l),
  providerName: r.providerName,
  providerOrganisation: ref.one('organisation', r.providerOrganisation),
  address: r.address,
  wijk: ref.one('wijk', r.wijk),
  sizeClass: r.sizeClass,
  areaM2: r.areaM2,
  capacity: r.capacity,
  tariff: r.tariff,
  kitchen: r.kitchen,
  prayerRoom: r.prayerRoom,
  wheelchairAccessible: r.wheelchairAccessible,
  childcare: r.childcare,
  projector: r.projector,
  wifi: r.wifi,
  bookingUrl: r.bookingUrl,
  bookingEmail: r.bookingEmail,
  bookingPhone: r.bookingPhone,
});

const activityFields = (a, ref) => (l) => ({
  title: pick(a.title, l),
  slug: a.slug,
  organisation: ref.one('organisation', a.organisation),
  summary: pick(a.summary, l),
  description: paragraphsToBlocks(pick(a.description, l)),
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  recurrence: a.recurrence,
  room: ref.one('room', a.room),
  address: a.address,
  wijk: ref.one('wijk', a.wijk),
  themes: ref.many('theme', a.themes),
  languages: ref.many('language', a.languages),
  targetGroups: ref.many('target-group', a.targetGroups),
  free: a.free,
  cost: pick(a.cost, l),
  registrationUrl: a.registrationUrl,
  audience: pick(a.audience, l),
});

const contactFields = (c, ref) => () => ({
  name: c.name,
  role: c.role,
  email: c.email,
  phone: c.phone,
  languages: ref.many('language', c.languages).map((documentId) => ({ documentId, locale: NL })),
  organisation: { documentId: ref.one('organisation', c.organisation), locale: NL },
  visibility: c.visibility,
  consentDate: c.consentDate,
  consentNote: c.consentNote ?? null,
});

const supportOfferFields = (s, ref) => (l) => ({
  title: pick(s.title, l),
  slug: s.slug,
  providerKind: s.providerKind,
  providerName: s.providerName,
  description: pick(s.description, l),
  answers: s.answers.map((need) => ({ need })),
  wijken: ref.many('wijk', s.wijken),
  website: s.website,
  email: s.email,
  phone: s.phone,
});

const consultationFields = (c, ref) => (l) => ({
  title: pick(c.title, l),
  slug: c.slug,
  date: c.date,
  organiser: c.organiser,
  summary: pick(c.summary, l),
  themes: ref.many('theme', c.themes),
  wijken: ref.many('wijk', c.wijken),
  invited: ref.many('organisation', c.invited),
  participants: ref.many('organisation', c.participants),
  consultationStatus: c.status,
  outcomeSummary: pick(c.outcomeSummary, l),
  outcomeUrl: c.outcomeUrl,
  outcomeDate: c.outcomeDate,
});

/**
 * What the seed writes, in writing order. Per type: its items in the demo data, the key others refer
 * to an item by, its fields per locale, whether an item is published (draft & publish types only),
 * for organisations the links between them, and a progress line after the type.
 * A type with `links` is created in full first, then linked, then published; the others publish each
 * document right after creating it.
 */
export const SEED_TYPES = [
  { name: 'theme', items: (d) => d.themes, key: (x) => x.slug, fields: themeFields },
  { name: 'wijk', items: (d) => d.wijken, key: (x) => x.slug, fields: wijkFields },
  { name: 'community', items: (d) => d.communities, key: (x) => x.slug, fields: communityFields },
  { name: 'language', items: (d) => d.languages, key: (x) => x.slug, fields: languageFields },
  {
    name: 'target-group',
    items: (d) => d.targetGroups,
    key: (x) => x.slug,
    fields: targetGroupFields,
    log: (d) => `taxonomies: ${d.themes.length} themes, ${d.wijken.length} wijken`,
  },
  {
    name: 'organisation',
    items: (d) => d.organisations,
    key: (x) => x.slug,
    fields: organisationFields,
    links: organisationLinks,
    published: (x) => x.published,
    log: (d) => `organisations: ${d.organisations.length}`,
  },
  { name: 'room', items: (d) => d.rooms, key: (x) => x.slug, fields: roomFields, published: (x) => x.published, log: (d) => `rooms: ${d.rooms.length}` },
  {
    name: 'activity',
    items: (d) => d.activities,
    key: (x) => x.slug,
    fields: activityFields,
    published: (x) => x.published,
    log: (d) => `activities: ${d.activities.length}`,
  },
  {
    name: 'contact-person',
    items: (d) => d.contacts,
    key: (x) => x.key,
    fields: contactFields,
    // Reviewed (published) unless the data says otherwise: a volunteer's new or changed contact is a draft until a Redacteur publishes it.
    published: (x) => x.published !== false,
    log: (d) => `contacts: ${d.contacts.length}`,
  },
  { name: 'support-offer', items: (d) => d.supportOffers, key: (x) => x.slug, fields: supportOfferFields },
  {
    name: 'consultation',
    items: (d) => d.consultations,
    key: (x) => x.slug,
    fields: consultationFields,
    published: (x) => x.published,
    log: (d) => `support offers: ${d.supportOffers.length}, consultations: ${d.consultations.length}`,
  },
];

/** Whether the database already holds organisations (then neither loader writes anything). */
export async function hasOrganisations(strapi) {
  return (await strapi.documents(uid('organisation')).count({ locale: NL, status: 'draft' })) > 0;
}

/**
 * Seeds `data` into `strapi`. Skips when organisations already exist, so it is safe at every start.
 * Returns counts per type, or null when skipped.
 */
export async function loadIntoStrapi(strapi, data, { log = () => {} } = {}) {
  if (await hasOrganisations(strapi)) return null;
  const ref = createReferences();
  const counts = {};

  /**
   * Creates one document in every locale. `fields(locale)` gives the data for that locale; localized
   * relations are passed as documentIds and link to the same locale.
   */
  async function createLocalized(type, key, fields, { publish = false, localized = true, extra = [] } = {}) {
    const service = strapi.documents(uid(type));
    const first = await service.create({ ...(localized ? { locale: NL } : {}), data: fields(NL) });
    if (localized) await service.update({ documentId: first.documentId, locale: EN, data: fields(EN) });
    const attributes = strapi.contentType(uid(type)).attributes;
    for (const locale of extra) await service.update({ documentId: first.documentId, locale, data: withoutRelations(attributes, fields(locale)) });
    if (publish) await service.publish({ documentId: first.documentId, locale: '*' });
    ref.set(type, key, first.documentId);
    counts[type] = (counts[type] ?? 0) + 1;
    return first.documentId;
  }

  for (const type of SEED_TYPES) {
    const items = type.items(data);
    const localized = isLocalized(strapi, type.name);
    const publishNow = (item) => !type.links && Boolean(type.published?.(item));
    for (const item of items)
      await createLocalized(type.name, type.key(item), type.fields(item, ref), {
        publish: publishNow(item),
        localized,
        extra: localized ? textLocales(item) : [],
      });
    if (type.links) {
      const service = strapi.documents(uid(type.name));
      for (const item of items) {
        const links = type.links(item, ref);
        if (!links) continue;
        for (const locale of localized ? SEED_LOCALES : [undefined]) {
          await service.update({ documentId: ref.one(type.name, type.key(item)), ...(locale ? { locale } : {}), data: links });
        }
      }
      for (const item of items) {
        if (type.published?.(item)) await service.publish({ documentId: ref.one(type.name, type.key(item)), locale: '*' });
      }
    }
    if (type.log) log(type.log(data));
  }
  return counts;
}
