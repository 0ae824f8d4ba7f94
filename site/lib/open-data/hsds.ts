import { TIME_ZONE } from '@mzo/content-types';
import { t } from '../../i18n/index.ts';
import { textLanguage } from '../text-language.ts';
import type { Organisation, Room } from '../types.ts';
import { openDataId } from './ids.ts';
import { absoluteUrl, openDataPath } from './paths.ts';
import { pagePath } from '../paths.ts';
import { scheduleFields } from './schedule.ts';
import type { Publishable } from './source.ts';
import { resolve } from '../resolve.ts';
import { addressLine, blocksToText } from './text.ts';
import { activityThemeIds } from './visibility.ts';
import { LICENCE } from './licence.ts';
import { mzoExtension } from './hsds-extension.ts';
import { compact, type Row } from './records.ts';
import { BUURT_IDENTIFIER_TYPE, HSDS_LINKS, HSDS_TABLES, HSDS_TAXONOMIES, RRULE_NOTE_PREFIX, type HsdsTableName, type HsdsTaxonomy } from '@mzo/content-types';

type Address = NonNullable<Organisation['address']>;

const TAXONOMIES = Object.keys(HSDS_TAXONOMIES) as HsdsTaxonomy[];
type TaxonomyName = HsdsTaxonomy;

export { HSDS_TABLES, type HsdsTableName };

export interface HsdsDataset {
  hsds_version: '3.0';
  profile: string;
  language: string;
  generated_at: string;
  time_zone: string;
  license: { name: string; title: string; path: string };
  tables: Record<string, Row[]>;
}

/**
 * The published content as HSDS 3.0 tables: organisations → organizations, activities → services with
 * schedules, organisation addresses, rooms and activity addresses → locations with addresses, public
 * contacts → contacts, phone numbers → phones, and themes, wijken (code = CBS code), communities,
 * languages and target groups → taxonomy terms linked through attributes. Rooms, consultations,
 * reach and support needs are added as `mzo_*` extension tables (see docs/open-data.md).
 */
export function hsdsDataset(p: Publishable): HsdsDataset {
  const { locale, siteUrl } = p;
  const tables: Record<HsdsTableName, Row[]> = Object.fromEntries(HSDS_TABLES.map((name) => [name, []])) as never;
  const id = {
    organisation: (documentId: string) => openDataId('organization', documentId),
    service: (documentId: string) => openDataId('service', documentId),
    contact: (documentId: string) => openDataId('contact', documentId),
    taxonomy: (name: TaxonomyName) => openDataId('taxonomy', name),
    term: (name: TaxonomyName, documentId: string) => openDataId('taxonomy_term', name, documentId),
  };

  // Taxonomies and their terms.
  // A term's language is the language its name is in: the file's, or Dutch where the CMS has no name in it.
  const lang = (x: object) => textLanguage(x, 'name', locale);
  const termSources: Record<TaxonomyName, { documentId: string; code: string; name: string; description?: string | null; language: string }[]> = {
    themes: p.themes.map((x) => ({ documentId: x.documentId, code: x.slug ?? x.documentId, name: x.name, description: x.description, language: lang(x) })),
    wijken: p.wijken.map((x) => ({ documentId: x.documentId, code: x.code, name: x.name, description: x.description, language: lang(x) })),
    communities: p.communities.map((x) => ({ documentId: x.documentId, code: x.slug ?? x.documentId, name: x.name, language: lang(x) })),
    languages: p.languages.map((x) => ({ documentId: x.documentId, code: x.code, name: x.name, language: lang(x) })),
    targetGroups: p.targetGroups.map((x) => ({ documentId: x.documentId, code: x.slug ?? x.documentId, name: x.name, language: lang(x) })),
  };
  for (const name of TAXONOMIES) {
    const taxonomyId = id.taxonomy(name);
    const title = t(locale, `openData.taxonomy.${name}`);
    tables.taxonomies.push(
      compact({ id: taxonomyId, name: title, description: t(locale, `openData.taxonomy.${name}Description`), uri: absoluteUrl(siteUrl, openDataPath(locale)) }),
    );
    for (const term of termSources[name]) {
      tables.taxonomy_terms.push(
        compact({
          id: id.term(name, term.documentId),
          code: term.code,
          name: term.name,
          description: term.description || term.name,
          taxonomy: title,
          taxonomy_id: taxonomyId,
          language: term.language,
        }),
      );
    }
  }
  const attribute = (linkEntity: string, linkId: string, link: { linkType: string; taxonomy: TaxonomyName }, documentIds: string[]) => {
    const { linkType, taxonomy } = link;
    for (const documentId of documentIds) {
      tables.attributes.push({
        id: openDataId('attribute', linkEntity, linkId, linkType, documentId),
        link_id: linkId,
        link_entity: linkEntity,
        link_type: linkType,
        taxonomy_term_id: id.term(taxonomy, documentId),
      });
    }
  };
  const ids = <T extends { documentId: string }>(map: Map<string, T>, refs: { documentId: string }[] | null | undefined) =>
    resolve(map, refs).map((x) => x.documentId);

  // Locations, each with its address.
  const locationIds = new Set<string>();
  const addLocation = (
    locationId: string,
    fields: { name: string; description?: string | null; organisationId?: string; address: Address | null | undefined },
  ) => {
    if (locationIds.has(locationId)) return;
    locationIds.add(locationId);
    const a = fields.address;
    tables.locations.push(
      compact({
        id: locationId,
        location_type: 'physical',
        organization_id: fields.organisationId,
        name: fields.name,
        description: fields.description,
        latitude: a?.latitude ?? undefined,
        longitude: a?.longitude ?? undefined,
        external_identifier: a?.buurtCode,
        external_identifier_type: a?.buurtCode ? BUURT_IDENTIFIER_TYPE : undefined,
      }),
    );
    if (a?.street && a.postcode && a.city) {
      tables.addresses.push(
        compact({
          id: openDataId('address', locationId),
          location_id: locationId,
          address_1: addressLine({ ...a, postcode: null, city: null }),
          city: a.city,
          state_province: 'Utrecht',
          postal_code: a.postcode,
          country: 'NL',
          address_type: 'physical',
        }),
      );
    }
  };
  const sameAddress = (a: Address | null | undefined, b: Address | null | undefined) =>
    !!a && !!b && addressLine(a) === addressLine(b) && a.latitude === b.latitude && a.longitude === b.longitude;
  const organisationLocation = (o: Organisation) =>
    o.address?.street || o.address?.latitude != null ? openDataId('location', 'organisation', o.documentId) : undefined;
  const roomLocation = (r: Room) => openDataId('location', 'room', r.documentId);

  // Organisations.
  for (const o of p.organisations) {
    const organisationId = id.organisation(o.documentId);
    tables.organizations.push(
      compact({
        id: organisationId,
        name: o.name,
        alternate_name: o.alternateName,
        description: [o.summary, blocksToText(o.description)].filter(Boolean).join('\n\n'),
        email: o.email,
        website: o.website,
        year_incorporated: o.foundedYear,
        legal_status: t(locale, `legalForm.${o.legalForm}` as never),
        uri: absoluteUrl(siteUrl, pagePath.organisation(locale, o.slug ?? o.documentId)),
      }),
    );
    const locationId = organisationLocation(o);
    if (locationId) addLocation(locationId, { name: o.name, organisationId, address: o.address });
    if (o.phone) tables.phones.push({ id: openDataId('phone', 'organisation', o.documentId), organization_id: organisationId, number: o.phone, type: 'voice' });
    attribute('organization', organisationId, HSDS_LINKS.organization.themes, ids(p.byId.theme, o.themes));
    attribute('organization', organisationId, HSDS_LINKS.organization.locatedIn, ids(p.byId.wijk, o.locatedIn ? [o.locatedIn] : []));
    attribute('organization', organisationId, HSDS_LINKS.organization.serves, ids(p.byId.wijk, o.serves));
    attribute('organization', organisationId, HSDS_LINKS.organization.communities, ids(p.byId.community, o.communities));
    attribute('organization', organisationId, HSDS_LINKS.organization.languages, ids(p.byId.language, o.languages));
    attribute('organization', organisationId, HSDS_LINKS.organization.targetGroups, ids(p.byId.targetGroup, o.targetGroups));
  }

  // Rooms are locations; their Utrecht-specific details are in the extension.
  for (const r of p.rooms) {
    const locationId = roomLocation(r);
    addLocation(locationId, {
      name: r.name,
      description: r.description,
      organisationId: r.providerOrganisation ? id.organisation(r.providerOrganisation.documentId) : undefined,
      address: r.address,
    });
    if (r.bookingPhone) tables.phones.push({ id: openDataId('phone', 'room', r.documentId), location_id: locationId, number: r.bookingPhone, type: 'voice' });
    attribute('location', locationId, HSDS_LINKS.location.wijk, ids(p.byId.wijk, r.wijk ? [r.wijk] : []));
  }

  // Activities are services, each with a schedule at one location.
  const activities = [...p.activities].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.documentId.localeCompare(b.documentId));
  for (const a of activities) {
    const organisation = p.byId.organisation.get(a.organisation!.documentId)!;
    const serviceId = id.service(a.documentId);
    tables.services.push(
      compact({
        id: serviceId,
        organization_id: id.organisation(organisation.documentId),
        name: a.title,
        description: [a.summary, blocksToText(a.description)].filter(Boolean).join('\n\n') || a.title,
        url: a.registrationUrl || absoluteUrl(siteUrl, pagePath.organisation(locale, organisation.slug ?? organisation.documentId)),
        email: organisation.email,
        status: 'active',
        fees_description: a.free ? t(locale, 'openData.free') : a.cost ? t(locale, 'openData.cost', { cost: a.cost }) : undefined,
        eligibility_description: a.audience,
        assured_date: organisation.lastConfirmed,
      }),
    );
    const room = a.room ? p.byId.room.get(a.room.documentId) : undefined;
    let locationId: string | undefined;
    if (room) locationId = roomLocation(room);
    else if (a.address && sameAddress(a.address, organisation.address)) locationId = organisationLocation(organisation);
    else if (a.address?.street || a.address?.latitude != null) {
      locationId = openDataId('location', 'activity', a.documentId);
      addLocation(locationId, { name: addressLine(a.address) || a.title, organisationId: id.organisation(organisation.documentId), address: a.address });
    }
    const serviceAtLocationId = locationId ? openDataId('service_at_location', a.documentId) : undefined;
    if (locationId) tables.service_at_locations.push({ id: serviceAtLocationId!, service_id: serviceId, location_id: locationId });
    const { rrule, ...schedule } = scheduleFields(a);
    tables.schedules.push(
      compact({
        id: openDataId('schedule', a.documentId),
        service_id: serviceId,
        service_at_location_id: serviceAtLocationId,
        ...schedule,
        description: [schedule.freq ? '' : t(locale, 'openData.once'), t(locale, 'openData.localTime')].filter(Boolean).join(' '),
        notes: rrule ? `${RRULE_NOTE_PREFIX}${rrule}` : undefined,
      }),
    );
    for (const language of resolve(p.byId.language, a.languages)) {
      tables.languages.push({ id: openDataId('language', a.documentId, language.documentId), service_id: serviceId, name: language.name, code: language.code });
    }
    attribute('service', serviceId, HSDS_LINKS.service.themes, activityThemeIds(a, organisation, p, p.publicThemeIds));
    attribute('service', serviceId, HSDS_LINKS.service.wijk, ids(p.byId.wijk, a.wijk ? [a.wijk] : []));
    attribute('service', serviceId, HSDS_LINKS.service.languages, ids(p.byId.language, a.languages));
    attribute('service', serviceId, HSDS_LINKS.service.targetGroups, ids(p.byId.targetGroup, a.targetGroups));
  }

  // Public contact people.
  for (const c of p.contacts) {
    const contactId = id.contact(c.documentId);
    tables.contacts.push(compact({ id: contactId, organization_id: id.organisation(c.organisation!.documentId), name: c.name, title: c.role, email: c.email }));
    if (c.phone) tables.phones.push({ id: openDataId('phone', 'contact', c.documentId), contact_id: contactId, number: c.phone, type: 'voice' });
  }

  return {
    hsds_version: '3.0',
    profile: absoluteUrl(siteUrl, `${openDataPath(locale)}#profiel`),
    language: locale,
    generated_at: p.builtAt.toISOString(),
    // Schedules' dates and times are wall-clock times in this zone (docs/open-data.md, profile).
    time_zone: TIME_ZONE,
    license: LICENCE,
    tables: { ...tables, ...mzoExtension(p, { organisation: id.organisation, room: roomLocation }) },
  };
}

/** The HSDS JSON file: metadata first, then one array per table (HSDS and `mzo_*` extension tables). */
export function hsdsJson(dataset: HsdsDataset): string {
  const { tables, ...meta } = dataset;
  return `${JSON.stringify({ ...meta, ...tables })}\n`;
}
