// Puts generated demo data (./demo-data.mjs) into a running Strapi instance through its Document
// Service, in both locales, publishing what is marked published. References between records are by
// slug and resolved to documentIds here.
import { LOCALES, DEFAULT_LOCALE } from '@mzo/content-types';

const uid = (name) => `api::${name}.${name}`;
const [NL, EN] = [DEFAULT_LOCALE, LOCALES.find((l) => l !== DEFAULT_LOCALE)];

/** Strapi blocks from plain paragraphs. */
export function paragraphsToBlocks(paragraphs) {
  return (paragraphs ?? []).map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

function pick(value, locale) {
  if (value && typeof value === 'object' && !Array.isArray(value) && ('nl' in value || 'en' in value)) return value[locale] ?? null;
  return value;
}

/**
 * Seeds `data` into `strapi`. Skips when organisations already exist, so it is safe at every start.
 * Returns counts per type, or null when skipped.
 */
export async function loadIntoStrapi(strapi, data, { log = () => {} } = {}) {
  const existing = await strapi.documents(uid('organisation')).count({ locale: NL, status: 'draft' });
  if (existing > 0) return null;

  const ids = {};
  const idOf = (type, slug) => {
    const id = ids[type]?.get(slug);
    if (!id) throw new Error(`seed: ${type} "${slug}" is referenced but was not created`);
    return id;
  };
  const idsOf = (type, slugs) => (slugs ?? []).map((slug) => idOf(type, slug));
  const counts = {};

  /**
   * Creates one document in every locale. `fields(locale)` gives the data for that locale; localized
   * relations are passed as documentIds and link to the same locale.
   */
  async function createLocalized(type, key, fields, { publish = false, localized = true } = {}) {
    const service = strapi.documents(uid(type));
    const first = await service.create({ ...(localized ? { locale: NL } : {}), data: fields(NL) });
    if (localized) await service.update({ documentId: first.documentId, locale: EN, data: fields(EN) });
    if (publish) await service.publish({ documentId: first.documentId, locale: '*' });
    (ids[type] ??= new Map()).set(key, first.documentId);
    counts[type] = (counts[type] ?? 0) + 1;
    return first.documentId;
  }

  for (const theme of data.themes) {
    await createLocalized('theme', theme.slug, (l) => ({
      name: pick(theme.name, l),
      slug: theme.slug,
      description: pick(theme.description, l),
      icon: theme.icon,
      sensitive: theme.sensitive,
    }));
  }
  for (const wijk of data.wijken) {
    await createLocalized('wijk', wijk.slug, (l) => ({
      name: wijk.name,
      slug: wijk.slug,
      code: wijk.code,
      description: pick(wijk.description, l),
      boundary: wijk.boundary ?? null,
      buurten: wijk.buurten ?? [],
    }));
  }
  for (const community of data.communities) {
    await createLocalized('community', community.slug, (l) => ({ name: pick(community.name, l), slug: community.slug }));
  }
  for (const language of data.languages) {
    await createLocalized('language', language.slug, (l) => ({
      name: pick(language.name, l),
      slug: language.slug,
      code: language.code,
      nativeName: language.nativeName,
    }));
  }
  for (const group of data.targetGroups) {
    await createLocalized('target-group', group.slug, (l) => ({ name: pick(group.name, l), slug: group.slug }));
  }
  log(`taxonomies: ${data.themes.length} themes, ${data.wijken.length} wijken`);

  const organisationFields = (o) => (l) => ({
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
    locatedIn: o.locatedIn ? idOf('wijk', o.locatedIn) : null,
    serves: idsOf('wijk', o.serves),
    themes: idsOf('theme', o.themes),
    hiddenThemes: idsOf('theme', o.hiddenThemes),
    communities: idsOf('community', o.communities),
    languages: idsOf('language', o.languages),
    targetGroups: idsOf('target-group', o.targetGroups),
    reachEstimate: o.reachEstimate,
    reachNote: pick(o.reachNote, l),
    channels: o.channels,
    consultationOptIn: o.consultationOptIn,
    consultationThemes: idsOf('theme', o.consultationThemes),
    consultationChannel: o.consultationChannel,
    consultationLanguages: idsOf('language', o.consultationLanguages),
    consultationLeadTimeWeeks: o.consultationLeadTimeWeeks,
    supportNeeds: o.supportNeeds,
    lastConfirmed: o.lastConfirmed,
  });
  for (const o of data.organisations) await createLocalized('organisation', o.slug, organisationFields(o));
  // Relations between organisations need every organisation to exist first.
  const orgService = strapi.documents(uid('organisation'));
  for (const o of data.organisations) {
    if (!o.memberOf?.length && !o.partners?.length) continue;
    for (const locale of LOCALES) {
      await orgService.update({
        documentId: idOf('organisation', o.slug),
        locale,
        data: { memberOf: idsOf('organisation', o.memberOf), partners: idsOf('organisation', o.partners) },
      });
    }
  }
  for (const o of data.organisations) {
    if (o.published) await orgService.publish({ documentId: idOf('organisation', o.slug), locale: '*' });
  }
  log(`organisations: ${data.organisations.length}`);

  for (const r of data.rooms) {
    await createLocalized(
      'room',
      r.slug,
      (l) => ({
        name: r.name,
        slug: r.slug,
        description: pick(r.description, l),
        providerName: r.providerName,
        providerOrganisation: r.providerOrganisation ? idOf('organisation', r.providerOrganisation) : null,
        address: r.address,
        wijk: idOf('wijk', r.wijk),
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
      }),
      { publish: r.published },
    );
  }
  log(`rooms: ${data.rooms.length}`);

  for (const a of data.activities) {
    await createLocalized(
      'activity',
      a.slug,
      (l) => ({
        title: pick(a.title, l),
        slug: a.slug,
        organisation: idOf('organisation', a.organisation),
        summary: pick(a.summary, l),
        description: paragraphsToBlocks(pick(a.description, l)),
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        recurrence: a.recurrence,
        room: a.room ? idOf('room', a.room) : null,
        address: a.address,
        wijk: a.wijk ? idOf('wijk', a.wijk) : null,
        themes: idsOf('theme', a.themes),
        languages: idsOf('language', a.languages),
        targetGroups: idsOf('target-group', a.targetGroups),
        free: a.free,
        cost: pick(a.cost, l),
        registrationUrl: a.registrationUrl,
        audience: pick(a.audience, l),
      }),
      { publish: a.published },
    );
  }
  log(`activities: ${data.activities.length}`);

  for (const c of data.contacts) {
    await createLocalized(
      'contact-person',
      c.key,
      () => ({
        name: c.name,
        role: c.role,
        email: c.email,
        phone: c.phone,
        languages: (c.languages ?? []).map((slug) => ({ documentId: idOf('language', slug), locale: NL })),
        organisation: { documentId: idOf('organisation', c.organisation), locale: NL },
        visibility: c.visibility,
        consentDate: c.consentDate,
        consentNote: c.consentNote ?? null,
      }),
      { localized: false },
    );
  }
  log(`contacts: ${data.contacts.length}`);

  for (const s of data.supportOffers) {
    await createLocalized('support-offer', s.slug, (l) => ({
      title: pick(s.title, l),
      slug: s.slug,
      providerKind: s.providerKind,
      providerName: s.providerName,
      description: pick(s.description, l),
      answers: s.answers.map((need) => ({ need })),
      wijken: idsOf('wijk', s.wijken),
      website: s.website,
      email: s.email,
      phone: s.phone,
    }));
  }
  for (const c of data.consultations) {
    await createLocalized(
      'consultation',
      c.slug,
      (l) => ({
        title: pick(c.title, l),
        slug: c.slug,
        date: c.date,
        organiser: c.organiser,
        summary: pick(c.summary, l),
        themes: idsOf('theme', c.themes),
        wijken: idsOf('wijk', c.wijken),
        invited: idsOf('organisation', c.invited),
        participants: idsOf('organisation', c.participants),
        consultationStatus: c.status,
        outcomeSummary: pick(c.outcomeSummary, l),
        outcomeUrl: c.outcomeUrl,
        outcomeDate: c.outcomeDate,
      }),
      { publish: c.published },
    );
  }
  log(`support offers: ${data.supportOffers.length}, consultations: ${data.consultations.length}`);
  return counts;
}
