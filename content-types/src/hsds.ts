/**
 * What our HSDS 3.0 profile looks like, shared by the site's export (site/lib/open-data) and the CMS's
 * import (./import): the tables, how records link to taxonomy terms, and the identifier of a location's
 * CBS buurt. The export writes these names and the import reads them, so they are defined once here.
 * @see docs/open-data.md
 */

/** The HSDS tables, in the order the CSV data package lists them. */
export const HSDS_TABLES = [
  'organizations',
  'services',
  'locations',
  'service_at_locations',
  'addresses',
  'contacts',
  'phones',
  'schedules',
  'languages',
  'taxonomies',
  'taxonomy_terms',
  'attributes',
] as const;

export type HsdsTableName = (typeof HSDS_TABLES)[number];

/** The MZO-gids extension tables, in the order the CSV data package lists them. */
export const MZO_TABLES = [
  'mzo_organisation_profiles',
  'mzo_organisation_relations',
  'mzo_channels',
  'mzo_support_needs',
  'mzo_rooms',
  'mzo_consultations',
  'mzo_consultation_participants',
] as const;

export type MzoTableName = (typeof MZO_TABLES)[number];

/** Our taxonomies in HSDS, each with the content type its terms come from. */
export const HSDS_TAXONOMIES = {
  themes: 'theme',
  wijken: 'wijk',
  communities: 'community',
  languages: 'language',
  targetGroups: 'target-group',
} as const;

export type HsdsTaxonomy = keyof typeof HSDS_TAXONOMIES;

/**
 * `attribute.link_type` per relation of our model, per HSDS entity it links (`link_entity`), with the
 * taxonomy its terms are in. E.g. an organisation's `serves` wijken are attributes of link_type `serves`.
 */
export const HSDS_LINKS = {
  organization: {
    themes: { linkType: 'theme', taxonomy: 'themes' },
    locatedIn: { linkType: 'located_in', taxonomy: 'wijken' },
    serves: { linkType: 'serves', taxonomy: 'wijken' },
    communities: { linkType: 'community', taxonomy: 'communities' },
    languages: { linkType: 'language', taxonomy: 'languages' },
    targetGroups: { linkType: 'target_group', taxonomy: 'targetGroups' },
  },
  service: {
    themes: { linkType: 'theme', taxonomy: 'themes' },
    wijk: { linkType: 'wijk', taxonomy: 'wijken' },
    languages: { linkType: 'language', taxonomy: 'languages' },
    targetGroups: { linkType: 'target_group', taxonomy: 'targetGroups' },
  },
  location: {
    wijk: { linkType: 'wijk', taxonomy: 'wijken' },
  },
} as const satisfies Record<string, Record<string, { linkType: string; taxonomy: HsdsTaxonomy }>>;

/** `location.external_identifier_type` of a location's CBS buurt code. */
export const BUURT_IDENTIFIER_TYPE = 'CBS buurtcode';

/** `schedule.notes` of a recurrence HSDS cannot express (not WEEKLY or MONTHLY) starts with this, followed by the RRULE. */
export const RRULE_NOTE_PREFIX = 'RRULE:';
