import { LEGAL_FORMS, organisation, ROOM_SIZE_CLASS_NAMES, ROOM_TARIFFS } from '@mzo/content-types';
import { columnType, siteFields } from '../model-fields.ts';
import type { HsdsTableName } from './hsds.ts';
import type { MZO_TABLES } from './hsds-extension.ts';

export type TableName = HsdsTableName | (typeof MZO_TABLES)[number];

/** A Frictionless Table Schema field. @see https://specs.frictionlessdata.io/table-schema/ */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'time';
  format?: 'uuid' | 'email' | '%H:%M';
  description?: string;
  constraints?: { required?: true; enum?: readonly string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string | string[];
  foreignKeys?: { fields: string; reference: { resource: TableName; fields: 'id' } }[];
}

type Options = { required?: boolean; references?: TableName; enum?: readonly string[]; description?: string };

const field = (name: string, type: TableField['type'], format: TableField['format'] | undefined, options: Options = {}): TableField => ({
  name,
  type,
  ...(format ? { format } : {}),
  ...(options.description ? { description: options.description } : {}),
  ...(options.required || options.enum
    ? { constraints: { ...(options.required ? { required: true as const } : {}), ...(options.enum ? { enum: options.enum } : {}) } }
    : {}),
});
const text = (name: string, options?: Options) => field(name, 'string', undefined, options);
const uuid = (name: string, options?: Options) => field(name, 'string', 'uuid', options);
const email = (name: string) => field(name, 'string', 'email');
const integer = (name: string, options?: Options) => field(name, 'integer', undefined, options);
const number = (name: string) => field(name, 'number', undefined);
const boolean = (name: string) => field(name, 'boolean', undefined);
const date = (name: string, options?: Options) => field(name, 'date', undefined, options);
const LOCAL = 'Europe/Amsterdam wall-clock time, HH:MM (see the profile: no fixed UTC offset is right all year)';
const time = (name: string, options?: Options) => field(name, 'time', '%H:%M', { description: LOCAL, ...options });

/** A table's fields in order, each `…_id` column with the table whose `id` it holds; keyed by `id` unless said. */
function table(fields: (TableField | [TableField, TableName])[], primaryKey: string | string[] = 'id'): TableSchema {
  const plain = fields.map((f) => (Array.isArray(f) ? f[0] : f));
  const foreignKeys = fields
    .filter((f): f is [TableField, TableName] => Array.isArray(f))
    .map(([f, resource]) => ({ fields: f.name, reference: { resource, fields: 'id' as const } }));
  return { fields: plain, primaryKey, ...(foreignKeys.length ? { foreignKeys } : {}) };
}
const id = uuid('id', { required: true });

/**
 * The columns of every CSV table in the data package, in order, with their types, required columns, keys
 * and references: what datapackage.json declares and what the CSV files hold. HSDS 3.0's own
 * requirements come first (required fields, UUID ids); our choices are in docs/open-data.md.
 * `attributes.link_id` points at an organisation, service or location (by `link_entity`), which a
 * Table Schema foreign key cannot express; the tests check it.
 */
export const TABLE_SCHEMAS: Record<TableName, TableSchema> = {
  organizations: table([
    id,
    text('name', { required: true }),
    text('alternate_name'),
    text('description', { required: true }),
    email('email'),
    text('website'),
    integer('year_incorporated'),
    text('legal_status'),
    text('uri'),
  ]),
  services: table([
    id,
    [uuid('organization_id', { required: true }), 'organizations'],
    text('name', { required: true }),
    text('description'),
    text('url'),
    email('email'),
    text('status', { required: true, enum: ['active', 'inactive', 'defunct', 'temporarily closed'] }),
    text('fees_description'),
    text('eligibility_description'),
    date('assured_date'),
  ]),
  locations: table([
    id,
    text('location_type', { required: true, enum: ['physical', 'postal', 'virtual'] }),
    [uuid('organization_id'), 'organizations'],
    text('name'),
    text('description'),
    number('latitude'),
    number('longitude'),
    text('external_identifier'),
    text('external_identifier_type'),
  ]),
  service_at_locations: table([id, [uuid('service_id', { required: true }), 'services'], [uuid('location_id', { required: true }), 'locations']]),
  addresses: table([
    id,
    [uuid('location_id', { required: true }), 'locations'],
    text('address_1', { required: true }),
    text('city', { required: true }),
    text('state_province', { required: true }),
    text('postal_code', { required: true }),
    text('country', { required: true }),
    text('address_type', { required: true }),
  ]),
  contacts: table([id, [uuid('organization_id'), 'organizations'], text('name'), text('title'), email('email')]),
  phones: table([
    id,
    [uuid('organization_id'), 'organizations'],
    [uuid('location_id'), 'locations'],
    [uuid('contact_id'), 'contacts'],
    text('number', { required: true }),
    text('type'),
  ]),
  schedules: table([
    id,
    [uuid('service_id', { required: true }), 'services'],
    [uuid('service_at_location_id'), 'service_at_locations'],
    date('dtstart'),
    date('valid_from'),
    date('valid_to'),
    time('opens_at'),
    time('closes_at'),
    text('freq', { enum: ['WEEKLY', 'MONTHLY'] }),
    integer('interval'),
    text('byday'),
    text('bymonthday'),
    text('wkst', { enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }),
    date('until', { description: 'The last Europe/Amsterdam calendar day the series may run.' }),
    integer('count'),
    text('description'),
    text('notes'),
  ]),
  languages: table([id, [uuid('service_id'), 'services'], text('name'), text('code')]),
  taxonomies: table([id, text('name', { required: true }), text('description', { required: true }), text('uri')]),
  taxonomy_terms: table([
    id,
    text('code'),
    text('name', { required: true }),
    text('description', { required: true }),
    text('taxonomy'),
    [uuid('taxonomy_id'), 'taxonomies'],
    text('language'),
  ]),
  attributes: table([
    id,
    uuid('link_id', { required: true }),
    text('link_entity', { required: true, enum: ['organization', 'service', 'location'] }),
    text('link_type'),
    [uuid('taxonomy_term_id', { required: true }), 'taxonomy_terms'],
  ]),
  mzo_organisation_profiles: table(
    [
      [uuid('organization_id', { required: true }), 'organizations'],
      text('slug', { required: true }),
      text('page_url', { required: true }),
      text('legal_form', { enum: LEGAL_FORMS }),
      text('kvk_number'),
      text('organisation_status'),
      text('located_in_wijk'),
      text('serves_wijken'),
      text('communities'),
      integer('reach_estimate'),
      text('reach_note'),
      boolean('consultation_opt_in'),
      text('consultation_themes'),
      text('consultation_languages'),
      text('consultation_channel'),
      integer('consultation_lead_time_weeks'),
      date('last_confirmed'),
      text('social_links'),
      // Every organisation field the content model gives a column (site.column), in the model's order.
      ...siteFields(organisation).flatMap((f) => (f.use.column ? [field(f.use.column, columnType(f), undefined)] : [])),
    ],
    'organization_id',
  ),
  mzo_organisation_relations: table(
    [
      [uuid('organization_id', { required: true }), 'organizations'],
      text('relation', { required: true, enum: ['member_of', 'partner'] }),
      [uuid('related_organization_id', { required: true }), 'organizations'],
    ],
    ['organization_id', 'relation', 'related_organization_id'],
  ),
  mzo_channels: table([id, [uuid('organization_id', { required: true }), 'organizations'], text('kind', { required: true }), text('note')]),
  mzo_support_needs: table([id, [uuid('organization_id', { required: true }), 'organizations'], text('need', { required: true }), text('note')]),
  mzo_rooms: table(
    [
      [uuid('location_id', { required: true }), 'locations'],
      text('slug', { required: true }),
      text('provider_name'),
      [uuid('organization_id'), 'organizations'],
      text('wijk'),
      text('size_class', { enum: ROOM_SIZE_CLASS_NAMES }),
      number('area_m2'),
      integer('capacity'),
      text('tariff', { enum: ROOM_TARIFFS }),
      boolean('kitchen'),
      boolean('prayer_room'),
      boolean('wheelchair_accessible'),
      boolean('childcare'),
      boolean('projector'),
      boolean('wifi'),
      text('booking_url'),
      email('booking_email'),
    ],
    'location_id',
  ),
  mzo_consultations: table([
    id,
    text('slug', { required: true }),
    text('title', { required: true }),
    date('date', { required: true }),
    text('organiser'),
    text('summary'),
    text('status'),
    text('themes'),
    text('wijken'),
    integer('invited_count'),
    integer('participant_count'),
    text('outcome_summary'),
    text('outcome_url'),
    date('outcome_date'),
  ]),
  mzo_consultation_participants: table(
    [
      [uuid('consultation_id', { required: true }), 'mzo_consultations'],
      [uuid('organization_id', { required: true }), 'organizations'],
    ],
    ['consultation_id', 'organization_id'],
  ),
};
