/**
 * An HSDS 3.0 dataset into a plan: organizations → organisations (with their address, phone, KvK number
 * and taxonomy links), services → activities (schedule → start, end and RRULE; location → room or
 * address), contacts → contact people (never public), and our profile's extension tables (mzo_*) back
 * into reach, consultation profile, channels, public support calls, relations and rooms. The inverse of
 * site/lib/open-data/hsds.ts; what HSDS cannot say stays empty and is listed per entry, what the file
 * holds that our model has no place for is listed too. Every value is checked for its type, cleaned of
 * markup and held to the CMS's input rules; a broken reference is reported, never followed.
 */
import { BUURT_IDENTIFIER_TYPE, HSDS_LINKS, HSDS_TAXONOMIES, type HsdsTaxonomy } from '../hsds.ts';
import {
  CHANNELS,
  CONSULTATION_CHANNELS,
  LEGAL_FORMS,
  ORGANISATION_STATUSES,
  ROOM_SIZE_CLASS_NAMES,
  SUPPORT_NEEDS,
  activity as activityType,
  organisation as organisationType,
} from '../model.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { DEFAULT_LOCALE, ROOM_TARIFFS } from '../utrecht.ts';
import type { Language } from '../validation.ts';
import { fieldLabel, inputProblems, normalised, publishProblems } from './check.ts';
import { IMPORT_TARGETS } from './columns.ts';
import { importText, type ImportMessageKey } from './messages.ts';
import { PlanBuilder } from './plan.ts';
import { MAX_ROWS, type HsdsInput } from './read.ts';
import { activityTimes } from './schedule.ts';
import { MAX_VALUE_LENGTH } from './spreadsheet.ts';
import { cleanText } from './text.ts';
import type { ImportContext, ImportMessage, ImportPlan, PlannedDocument, TaxonomyType } from './types.ts';
import { readBoolean, readChoice, readDate, readNumber, readStreetLine, socialPlatform, textToBlocks } from './values.ts';

type Rec = Record<string, unknown>;

/**
 * The organisation fields the model gives an open-data column (`site.column`, e.g. `wheelchair_accessible`), as
 * the export writes them into mzo_organisation_profiles: [field, column, how to read it].
 */
const PROFILE_COLUMNS = Object.entries(organisationType.attributes).flatMap(([field, definition]) => {
  if (!definition.site?.column || definition.private) return [];
  const type = String(definition.attribute.type);
  const kind = type === 'boolean' ? 'boolean' : ['integer', 'biginteger', 'decimal', 'float'].includes(type) ? 'number' : 'text';
  return [[field, definition.site.column, kind] as const];
});

/** Reads one record's fields with their expected type, cleaning text and saying what was wrong. */
class RecordReader {
  readonly problems: ImportMessage[] = [];
  private readonly read = new Set<string>();

  readonly table: string;
  readonly row: number;
  readonly record: Rec;
  private readonly language: Language;

  constructor(table: string, row: number, record: Rec, language: Language) {
    this.table = table;
    this.row = row;
    this.record = record;
    this.language = language;
  }

  private note(level: ImportMessage['level'], field: string, key: ImportMessageKey, params: Record<string, unknown> = {}) {
    this.problems.push({
      level,
      row: this.row,
      column: `${this.table}.${field}`,
      text: importText(this.language, key, { label: `${this.table}.${field}`, ...params }),
    });
  }

  private typeName(value: unknown) {
    if (Array.isArray(value)) return this.language === 'nl' ? 'een lijst' : 'a list';
    if (value && typeof value === 'object') return this.language === 'nl' ? 'een object' : 'an object';
    if (typeof value === 'number') return this.language === 'nl' ? 'een getal' : 'a number';
    if (typeof value === 'boolean') return this.language === 'nl' ? 'ja/nee' : 'yes/no';
    return this.language === 'nl' ? 'tekst' : 'text';
  }

  /** Text, or undefined when absent; refused (error) when it is no text or too long; markup removed (warning). */
  text(field: string, { multiline = false, level = 'error' as ImportMessage['level'] } = {}): string | undefined {
    this.read.add(field);
    const value = this.record[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.note(level, field, 'wrongType', { expected: this.language === 'nl' ? 'tekst' : 'text', actual: this.typeName(value) });
      return undefined;
    }
    const raw = String(value);
    if (raw.length > MAX_VALUE_LENGTH) {
      this.note(level, field, 'tooLongText', { length: raw.length, max: MAX_VALUE_LENGTH });
      return undefined;
    }
    const clean = cleanText(raw, { multiline });
    if (clean.html) this.note('warning', field, 'htmlRemoved');
    if (clean.control) this.note('info', field, 'controlRemoved');
    return clean.text || undefined;
  }

  /** A number (or numeric text, as CSV holds it); a warning and undefined when it is something else. */
  number(field: string): number | undefined {
    this.read.add(field);
    const value = this.record[field];
    if (value === undefined || value === null || value === '') return undefined;
    const n = typeof value === 'number' || typeof value === 'string' ? readNumber(value) : undefined;
    if (n === undefined)
      this.note('warning', field, 'wrongType', { expected: this.language === 'nl' ? 'een getal' : 'a number', actual: this.typeName(value) });
    return n;
  }

  boolean(field: string): boolean | undefined {
    this.read.add(field);
    const value = this.record[field];
    if (value === undefined || value === null || value === '') return undefined;
    const b = typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number' ? readBoolean(String(value)) : undefined;
    if (b === undefined) this.note('warning', field, 'wrongType', { expected: this.language === 'nl' ? 'ja/nee' : 'yes/no', actual: this.typeName(value) });
    return b;
  }

  date(field: string): string | undefined {
    const text = this.text(field, { level: 'warning' });
    if (text === undefined) return undefined;
    const date = readDate(text);
    if (!date) this.note('warning', field, 'notDate', { value: text.slice(0, 40) });
    return date;
  }

  /** An id or reference: text or a number, as text; undefined otherwise. */
  id(field: string): string | undefined {
    this.read.add(field);
    const value = this.record[field];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  }

  /** Marks fields as read without taking them (derived in our export, or constant). */
  known(...fields: string[]) {
    for (const field of fields) this.read.add(field);
  }

  /** `table.field` of every field that holds a value the import did not read. */
  unread(): string[] {
    return Object.keys(this.record)
      .filter((key) => !this.read.has(key) && this.record[key] !== null && this.record[key] !== undefined && this.record[key] !== '')
      .map((key) => `${this.table}.${key}`);
  }
}

/** Records of a table, with their position; those that are not objects or repeat an id are reported and left out. */
function tableOf(input: HsdsInput, name: string, messages: ImportMessage[], language: Language): { rec: Rec; row: number }[] {
  const records = input.tables[name] ?? [];
  const seen = new Set<string>();
  const out: { rec: Rec; row: number }[] = [];
  records.forEach((record, i) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) return;
    const rec = record as Rec;
    const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : undefined;
    if (id && seen.has(id)) {
      messages.push({ level: 'warning', row: i + 1, column: `${name}.id`, text: importText(language, 'duplicateId', { table: name, id: id.slice(0, 80) }) });
      return;
    }
    if (id) seen.add(id);
    out.push({ rec, row: i + 1 });
  });
  return out;
}

const groupBy = <T>(items: T[], key: (item: T) => string | undefined) => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};
const ref = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
const codes = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** An HSDS description as summary (its first paragraph, when it fits) and the rest as rich-text paragraphs. */
function splitDescription(text: string | undefined, maxSummary: number, title?: string): { summary?: string; description?: unknown[] } {
  if (!text || text === title) return {};
  const [first, ...rest] = text.split(/\n\n/);
  if (first.length > maxSummary) return { description: textToBlocks(text) };
  const remainder = rest.join('\n').trim();
  return { summary: first.replace(/\n/g, ' '), ...(remainder ? { description: textToBlocks(remainder) } : {}) };
}

/** `Kosten: € 2,50.` → not free, cost `€ 2,50`; `Gratis.` → free. The inverse of the export's fee texts in any language it writes. */
export function readFees(text: string | undefined): { free: boolean; cost?: string } {
  if (!text) return { free: false };
  if (/^(gratis|free|kosteloos|no cost)\.?$/i.test(text.trim())) return { free: true };
  const cost = /^(kosten|cost|prijs|price)\s*:\s*(.+)$/is.exec(text.trim());
  const value = (cost ? cost[2] : text).trim().replace(/\.$/, '');
  return { free: false, ...(value ? { cost: value } : {}) };
}

const present = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The plan for an HSDS dataset: an entry per organization (with what belongs to it) and per room of no organisation. */
export function planHsds(input: HsdsInput, context: ImportContext, source: string): ImportPlan {
  const builder = new PlanBuilder(context, 'hsds', source);
  const { language, now } = context;
  const fileMessages = builder.plan.messages;
  fileMessages.push(...input.messages);
  if (input.language && input.language !== DEFAULT_LOCALE) {
    fileMessages.push({
      level: 'info',
      text: importText(language, 'otherLanguage', { language: input.language, target: language === 'nl' ? 'Nederlandse' : 'Dutch' }),
    });
  }
  const table = (name: string) => tableOf(input, name, fileMessages, language);
  const organizations = table('organizations');
  if (organizations.length > MAX_ROWS) {
    fileMessages.push({ level: 'error', text: importText(language, 'tooManyRows', { count: organizations.length, max: MAX_ROWS }) });
    return builder.finish();
  }
  const services = table('services');
  const locations = table('locations');
  const addresses = groupBy(table('addresses'), (x) => ref(x.rec.location_id));
  const contacts = table('contacts');
  const phones = table('phones');
  const schedules = table('schedules');
  const serviceAtLocations = groupBy(table('service_at_locations'), (x) => ref(x.rec.service_id));
  const languagesOf = groupBy(table('languages'), (x) => ref(x.rec.service_id));
  const terms = new Map(table('taxonomy_terms').map((x) => [ref(x.rec.id)!, x.rec]));
  const attributes = groupBy(table('attributes'), (x) => ref(x.rec.link_id));
  const identifiers = groupBy(table('organization_identifiers'), (x) => ref(x.rec.organization_id));
  const profiles = new Map(table('mzo_organisation_profiles').map((x) => [ref(x.rec.organization_id)!, x]));
  const relations = groupBy(table('mzo_organisation_relations'), (x) => ref(x.rec.organization_id));
  const channelsOf = groupBy(table('mzo_channels'), (x) => ref(x.rec.organization_id));
  const needsOf = groupBy(table('mzo_support_needs'), (x) => ref(x.rec.organization_id));
  const rooms = table('mzo_rooms');

  const organizationIds = new Set(organizations.map((x) => ref(x.rec.id)).filter(Boolean) as string[]);
  const organisationNames = new Map(organizations.map((x) => [ref(x.rec.id), x.rec.name]));
  /** An organisation of the file by its name, for messages (its id when the name is no text). */
  const organisationName = (id: string) => {
    const value = organisationNames.get(id);
    return (typeof value === 'string' ? cleanText(value).text : id).slice(0, 120);
  };
  /** Per organisation, the member_of rows naming it, of members that are in the file too. */
  const membersOf = groupBy(
    [...relations.values()].flat().filter((x) => x.rec.relation === 'member_of' && organizationIds.has(ref(x.rec.organization_id) ?? '')),
    (x) => ref(x.rec.related_organization_id),
  );
  const locationById = new Map(locations.map((x) => [ref(x.rec.id)!, x]));
  const roomByLocation = new Map(rooms.map((x) => [ref(x.rec.location_id)!, x]));
  const servicesOf = groupBy(services, (x) => ref(x.rec.organization_id));
  const serviceById = new Map(services.map((x) => [ref(x.rec.id)!, x]));
  const locationsOf = groupBy(locations, (x) => ref(x.rec.organization_id));
  const phonesOf = {
    organization: groupBy(phones, (x) => ref(x.rec.organization_id)),
    location: groupBy(phones, (x) => ref(x.rec.location_id)),
    contact: groupBy(phones, (x) => ref(x.rec.contact_id)),
  };
  const schedulesOf = groupBy(schedules, (x) => ref(x.rec.service_id));
  const contactsOf = groupBy(contacts, (x) => ref(x.rec.organization_id) ?? ref(serviceById.get(ref(x.rec.service_id) ?? '')?.rec.organization_id));

  const kind = (key: 'organisation' | 'activity' | 'room' | 'contact' | 'service' | 'location') => importText(language, `kind_${key}`);
  const broken = (what: string, name: string, target: string, id: string, row: number, column: string) =>
    fileMessages.push({
      level: 'error',
      row,
      column,
      text: importText(language, 'brokenReference', { what, name: name.slice(0, 120), target, id: id.slice(0, 80) }),
    });

  // References to organisations that are not in the file.
  for (const { rec, row } of services) {
    const id = ref(rec.organization_id);
    if (!id || !organizationIds.has(id))
      broken(kind('service'), String(rec.name ?? rec.id ?? row), kind('organisation').toLowerCase(), id ?? '—', row, 'services.organization_id');
  }
  for (const { rec, row } of contacts) {
    const owner = ref(rec.organization_id) ?? ref(serviceById.get(ref(rec.service_id) ?? '')?.rec.organization_id);
    if (!owner || !organizationIds.has(owner))
      broken(kind('contact'), String(rec.name ?? rec.id ?? row), kind('organisation').toLowerCase(), owner ?? '—', row, 'contacts.organization_id');
  }
  for (const { rec, row } of rooms) {
    if (!locationById.has(ref(rec.location_id) ?? ''))
      broken(kind('room'), String(rec.slug ?? row), kind('location').toLowerCase(), ref(rec.location_id) ?? '—', row, 'mzo_rooms.location_id');
  }

  /** Our taxonomy terms an HSDS record links to, per field of our model, through attributes. */
  function linkedTerms(entity: keyof typeof HSDS_LINKS, id: string, messages: ImportMessage[], row: number): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const byType = new Map(Object.entries(HSDS_LINKS[entity]).map(([field, link]) => [link.linkType, { field, taxonomy: link.taxonomy as HsdsTaxonomy }]));
    for (const { rec } of attributes.get(id) ?? []) {
      if (rec.link_entity && rec.link_entity !== entity) continue;
      const term = terms.get(ref(rec.taxonomy_term_id) ?? '');
      if (!term) {
        messages.push({
          level: 'warning',
          row,
          column: 'attributes.taxonomy_term_id',
          text: importText(language, 'brokenReference', {
            what: 'Attribuut',
            name: String(rec.link_type ?? ''),
            target: 'taxonomy_term',
            id: String(rec.taxonomy_term_id ?? '—').slice(0, 80),
          }),
        });
        continue;
      }
      // A link type we do not know: another directory's taxonomy, tried as themes.
      const link = byType.get(String(rec.link_type ?? '')) ?? { field: 'themes', taxonomy: 'themes' as HsdsTaxonomy };
      if (!(link.field in HSDS_LINKS[entity])) continue;
      const type = HSDS_TAXONOMIES[link.taxonomy] as TaxonomyType;
      const label = fieldLabel(entity === 'organization' ? 'organisation' : entity === 'service' ? 'activity' : 'room', link.field, language);
      const name = cleanText(String(term.name ?? '')).text;
      const code = typeof term.code === 'string' ? term.code : undefined;
      const found = (code && builder.taxonomies[type].find(code)) || (name && builder.taxonomies[type].find(name));
      const ids = found ? [found.documentId] : builder.terms(type, name || code || '', { field: link.field, label, row, messages });
      out.set(link.field, [...new Set([...(out.get(link.field) ?? []), ...ids])]);
    }
    return out;
  }

  /** Our terms by code or slug (the profile's `;`-separated lists). */
  function termsByCode(type: TaxonomyType, value: unknown, field: string, label: string, row: number, messages: ImportMessage[]): string[] {
    return codes(value).flatMap((code) => builder.terms(type, code, { field, label, row, messages }));
  }

  /** A location's address as our address component, or undefined when it has none. */
  function addressOf(locationId: string | undefined, messages: ImportMessage[]): Rec | undefined {
    const location = locationById.get(locationId ?? '');
    if (!location) return undefined;
    const reader = new RecordReader('locations', location.row, location.rec, language);
    reader.known('id', 'location_type', 'organization_id', 'name', 'description');
    const address: Rec = {};
    const lat = reader.number('latitude');
    const lng = reader.number('longitude');
    if (lat !== undefined && lng !== undefined) Object.assign(address, { latitude: lat, longitude: lng });
    if (reader.text('external_identifier_type', { level: 'warning' }) === BUURT_IDENTIFIER_TYPE)
      address.buurtCode = reader.text('external_identifier', { level: 'warning' });
    const postal = (addresses.get(locationId!) ?? []).sort((a, b) => Number(b.rec.address_type === 'physical') - Number(a.rec.address_type === 'physical'))[0];
    if (postal) {
      const a = new RecordReader('addresses', postal.row, postal.rec, language);
      a.known('id', 'location_id', 'state_province', 'country', 'address_type');
      const line = a.text('address_1', { level: 'warning' });
      const street = line ? readStreetLine(line) : undefined;
      if (line && !street)
        messages.push({
          level: 'warning',
          row: postal.row,
          column: 'addresses.address_1',
          text: importText(language, 'addressUnparsed', { label: 'address_1', value: line.slice(0, 120) }),
        });
      Object.assign(address, street ?? (line ? { street: line } : {}));
      const postcode = a.text('postal_code', { level: 'warning' });
      const city = a.text('city', { level: 'warning' });
      if (postcode) address.postcode = postcode;
      if (city) address.city = city;
      messages.push(...a.problems);
    }
    messages.push(...reader.problems);
    return Object.keys(address).length ? address : undefined;
  }

  /** Documents that fail the rules are left out of their entry, with the reason. */
  function keepIfValid(
    doc: PlannedDocument,
    what: string,
    messages: ImportMessage[],
    row: number,
    problems: ImportMessage[] = [],
    level: ImportMessage['level'] = 'warning',
  ): boolean {
    const refused = [
      ...problems.filter((p) => p.level === 'error').map((p) => p.text),
      ...inputProblems(doc.type, doc.data, doc.links, language, now).map((p) => p.message),
    ];
    messages.push(...problems.filter((p) => p.level !== 'error'));
    if (!refused.length) return true;
    messages.push({ level, row, text: importText(language, 'dependentDropped', { what, name: doc.label.slice(0, 120), reason: refused.join(' ') }) });
    return false;
  }

  /** A room's document from mzo_rooms and its location; undefined (said in a message of `level`) when it cannot be imported. */
  function roomDocument(room: { rec: Rec; row: number }, messages: ImportMessage[], level: ImportMessage['level'] = 'warning'): PlannedDocument | undefined {
    const locationId = ref(room.rec.location_id)!;
    const location = locationById.get(locationId);
    if (!location) return undefined;
    const r = new RecordReader('mzo_rooms', room.row, room.rec, language);
    const l = new RecordReader('locations', location.row, location.rec, language);
    r.known('location_id', 'organization_id');
    const name = l.text('name') ?? '';
    const data: Rec = {
      name,
      description: l.text('description', { multiline: true }),
      slug: r.text('slug'),
      providerName: r.text('provider_name'),
      address: addressOf(locationId, messages),
      sizeClass: readChoice(r.text('size_class') ?? '', ROOM_SIZE_CLASS_NAMES),
      areaM2: r.number('area_m2'),
      capacity: r.number('capacity'),
      tariff: readChoice(r.text('tariff') ?? '', ROOM_TARIFFS),
      kitchen: r.boolean('kitchen'),
      prayerRoom: r.boolean('prayer_room'),
      wheelchairAccessible: r.boolean('wheelchair_accessible'),
      childcare: r.boolean('childcare'),
      projector: r.boolean('projector'),
      wifi: r.boolean('wifi'),
      bookingUrl: r.text('booking_url'),
      bookingEmail: r.text('booking_email'),
      bookingPhone: phonesOf.location.get(locationId)?.[0]?.rec.number,
    };
    const wijkLabel = fieldLabel('room', 'wijk', language);
    const wijk =
      termsByCode('wijk', r.text('wijk'), 'wijk', wijkLabel, room.row, messages)[0] ?? linkedTerms('location', locationId, messages, room.row).get('wijk')?.[0];
    if (wijk) data.wijk = wijk;
    if (data.slug && !SLUG_PATTERN.test(String(data.slug))) delete data.slug;
    const doc: PlannedDocument = { ref: `room:${locationId}`, type: 'room', label: name || locationId, data: normalised('room', compact(data)), links: {} };
    const provider = ref(room.rec.organization_id);
    if (provider && organizationIds.has(provider)) doc.links.providerOrganisation = [`organization:${provider}`];
    if (!name) {
      messages.push({ level, row: room.row, text: importText(language, 'required', { label: fieldLabel('room', 'name', language) }) });
      return undefined;
    }
    return keepIfValid(doc, kind('room'), messages, room.row, [...r.problems, ...l.problems], level) ? doc : undefined;
  }

  // Rooms of no organisation (buurtcentra) first: activities of the organisations after them may take place there.
  for (const room of rooms) {
    if (ref(room.rec.organization_id) && organizationIds.has(ref(room.rec.organization_id)!)) continue;
    if (!locationById.has(ref(room.rec.location_id) ?? '')) continue;
    const messages: ImportMessage[] = [];
    const doc = roomDocument(room, messages, 'error');
    if (!doc) {
      builder.add({ key: `room-${room.row}`, row: room.row, label: String(room.rec.slug ?? room.row), kind: 'room', documents: [], messages });
      continue;
    }
    for (const text of publishProblems('room', doc.data, doc.links, language, now)) messages.push({ level: 'info', row: room.row, text });
    builder.add({ key: `room-${room.row}`, row: room.row, label: doc.label, kind: 'room', documents: [doc], messages });
  }

  const visibility = context.contactVisibility ?? 'hidden';
  for (const { rec, row } of organizations) {
    const messages: ImportMessage[] = [];
    const o = new RecordReader('organizations', row, rec, language);
    const id = o.id('id') ?? `#${row}`;
    const orgRef = `organization:${id}`;
    const name = o.text('name');
    const profileRow = profiles.get(id);
    const p = profileRow ? new RecordReader('mzo_organisation_profiles', profileRow.row, profileRow.rec, language) : undefined;
    p?.known('organization_id', 'page_url');
    const data: Rec = { name, alternateName: o.text('alternate_name'), email: o.text('email'), website: o.text('website') };
    Object.assign(
      data,
      splitDescription(o.text('description', { multiline: true }), (organisationType.attributes.summary.attribute as { maxLength: number }).maxLength),
    );
    data.foundedYear = o.number('year_incorporated');
    data.legalForm = readChoice(p?.text('legal_form') ?? '', LEGAL_FORMS) ?? readChoice(o.text('legal_status') ?? '', LEGAL_FORMS);
    o.known('uri');
    const kvk =
      p?.text('kvk_number') ??
      (identifiers.get(id) ?? []).map((x) => x.rec).find((x) => /kvk|chamber/i.test(String(x.identifier_type ?? x.identifier_scheme ?? '')))?.identifier;
    if (kvk) data.kvkNumber = String(kvk);
    const orgPhones = (phonesOf.organization.get(id) ?? []).filter((x) => !x.rec.contact_id && !x.rec.location_id && !x.rec.service_id);
    if (orgPhones[0]) data.phone = new RecordReader('phones', orgPhones[0].row, orgPhones[0].rec, language).text('number', { level: 'warning' });
    if (orgPhones.length > 1)
      messages.push({
        level: 'info',
        row,
        text: importText(language, 'notImported', {
          what: orgPhones
            .slice(1)
            .map((x) => String(x.rec.number))
            .join(', '),
        }),
      });

    // Taxonomy links: the profile's codes where it has them, else the attributes.
    const linked = linkedTerms('organization', id, messages, row);
    const label = (field: string) => fieldLabel('organisation', field, language);
    for (const field of ['themes', 'communities', 'languages', 'targetGroups', 'serves'] as const)
      if (linked.get(field)?.length) data[field] = linked.get(field);
    if (linked.get('locatedIn')?.length) data.locatedIn = linked.get('locatedIn')![0];
    if (p) {
      data.slug = p.text('slug');
      if (data.slug && !SLUG_PATTERN.test(String(data.slug))) delete data.slug;
      data.organisationStatus = readChoice(p.text('organisation_status') ?? '', ORGANISATION_STATUSES);
      const locatedIn = termsByCode('wijk', p.text('located_in_wijk'), 'locatedIn', label('locatedIn'), row, messages);
      if (locatedIn[0]) data.locatedIn = locatedIn[0];
      const serves = termsByCode('wijk', p.text('serves_wijken'), 'serves', label('serves'), row, messages);
      if (serves.length) data.serves = serves;
      const communities = termsByCode('community', p.text('communities'), 'communities', label('communities'), row, messages);
      if (communities.length) data.communities = communities;
      data.reachEstimate = p.number('reach_estimate');
      data.reachNote = p.text('reach_note');
      data.consultationOptIn = p.boolean('consultation_opt_in');
      const consultationThemes = termsByCode('theme', p.text('consultation_themes'), 'consultationThemes', label('consultationThemes'), row, messages);
      if (consultationThemes.length) data.consultationThemes = consultationThemes;
      const consultationLanguages = termsByCode(
        'language',
        p.text('consultation_languages'),
        'consultationLanguages',
        label('consultationLanguages'),
        row,
        messages,
      );
      if (consultationLanguages.length) data.consultationLanguages = consultationLanguages;
      data.consultationChannel = readChoice(p.text('consultation_channel') ?? '', CONSULTATION_CHANNELS);
      data.consultationLeadTimeWeeks = p.number('consultation_lead_time_weeks');
      data.lastConfirmed = p.date('last_confirmed');
      const links = (p.text('social_links') ?? '').split(/\s+/).filter(Boolean);
      if (links.length) data.socialLinks = links.map((url) => ({ platform: socialPlatform(url), url }));
      // The model's own columns of the profile (the export's fieldColumns), read back by their type.
      for (const [field, column, kind] of PROFILE_COLUMNS)
        data[field] = kind === 'boolean' ? p.boolean(column) : kind === 'number' ? p.number(column) : p.text(column, { level: 'warning' });
      messages.push(...p.problems.filter((m) => m.level !== 'error'));
      for (const problem of p.problems.filter((m) => m.level === 'error')) messages.push({ ...problem, level: 'warning' });
    }
    if (!data.lastConfirmed) {
      const assured = (servicesOf.get(id) ?? [])
        .map((s) => readDate(String(s.rec.assured_date ?? '')))
        .filter(Boolean)
        .sort()
        .at(-1);
      if (assured) data.lastConfirmed = assured;
    }
    const channels = (channelsOf.get(id) ?? []).flatMap(({ rec: c }) => {
      const kind = readChoice(String(c.kind ?? ''), CHANNELS);
      return kind ? [{ kind, ...(typeof c.note === 'string' && c.note ? { note: cleanText(c.note).text } : {}) }] : [];
    });
    if (channels.length) data.channels = channels;
    const needs = (needsOf.get(id) ?? []).flatMap(({ rec: n }) => {
      const need = readChoice(String(n.need ?? ''), SUPPORT_NEEDS);
      return need ? [{ need, ...(typeof n.note === 'string' && n.note ? { note: cleanText(n.note).text } : {}), publicCall: true }] : [];
    });
    if (needs.length) data.supportNeeds = needs;

    // The organisation's own address: its location that is no room, named like it if there are several.
    const ownLocations = (locationsOf.get(id) ?? []).filter((x) => !roomByLocation.has(ref(x.rec.id)!));
    const usedByServices = new Set(
      (servicesOf.get(id) ?? []).flatMap((s) => (serviceAtLocations.get(ref(s.rec.id)!) ?? []).map((x) => ref(x.rec.location_id))),
    );
    const own = ownLocations.find((x) => x.rec.name === rec.name) ?? ownLocations.find((x) => !usedByServices.has(ref(x.rec.id))) ?? ownLocations[0];
    const ownLocationId = own ? ref(own.rec.id) : undefined;
    const address = addressOf(ownLocationId, messages);
    if (address) data.address = address;

    const orgData = normalised('organisation', compact(data));
    const documents: PlannedDocument[] = [{ ref: orgRef, type: 'organisation', label: name ?? id, data: orgData, links: {} }];
    for (const { rec: relation, row: relationRow } of relations.get(id) ?? []) {
      const other = ref(relation.related_organization_id);
      const field = relation.relation === 'member_of' ? 'memberOf' : relation.relation === 'partner' ? 'partners' : undefined;
      if (!field) continue;
      if (!other || !organizationIds.has(other)) {
        messages.push({
          level: 'warning',
          row: relationRow,
          column: 'mzo_organisation_relations.related_organization_id',
          text: importText(language, 'brokenReference', {
            what: label(field),
            name: name ?? id,
            target: kind('organisation').toLowerCase(),
            id: (other ?? '—').slice(0, 80),
          }),
        });
        continue;
      }
      (documents[0].links[field] ??= []).push(`organization:${other}`);
      // A partnership is confirmed when both name each other (privacy.ts); a one-sided one is imported as it is, and said.
      if (field === 'partners' && !(relations.get(other) ?? []).some((x) => x.rec.relation === 'partner' && ref(x.rec.related_organization_id) === id))
        messages.push({
          level: 'info',
          row,
          text: importText(language, 'partnerOneSided', { name: name ?? id, other: organisationName(other) }),
        });
    }
    // Memberships of this organisation in the file: our export lists confirmed ones only, and an import is the
    // Redacteur's, who confirms on this side (privacy.ts), so they come in as confirmed members.
    const confirmed = (membersOf.get(id) ?? []).map((x) => ref(x.rec.organization_id)!).filter((member) => member !== id);
    if (confirmed.length) {
      documents[0].links.confirmedMembers = confirmed.map((member) => `organization:${member}`);
      messages.push({
        level: 'info',
        row,
        text: importText(language, 'membersConfirmed', { names: confirmed.map((member) => `‘${organisationName(member)}’`).join(', ') }),
      });
    }

    // Errors in the organisation's own fields stop the entry; its activities, contacts and rooms are checked one by one.
    messages.push(...o.problems);
    if (!name && !o.problems.some((m) => m.column === 'organizations.name')) {
      messages.push({ level: 'error', row, column: 'organizations.name', text: importText(language, 'required', { label: label('name') }) });
    }
    for (const problem of inputProblems('organisation', orgData, documents[0].links, language, now)) {
      messages.push({ level: 'error', row, column: `organizations.${problem.path.join('.')}`, text: problem.message });
    }
    const pageUrl = p?.record.page_url;

    for (const room of rooms.filter((x) => ref(x.rec.organization_id) === id)) {
      const doc = roomDocument(room, messages);
      if (doc) documents.push(doc);
    }

    for (const service of servicesOf.get(id) ?? []) {
      const s = new RecordReader('services', service.row, service.rec, language);
      const serviceId = s.id('id') ?? `#${service.row}`;
      const title = s.text('name') ?? '';
      const status = s.text('status', { level: 'warning' });
      if (status && !['active'].includes(status.toLowerCase())) {
        messages.push({ level: 'info', row: service.row, text: importText(language, 'inactiveService', { what: kind('service'), name: title, status }) });
        continue;
      }
      const a: Rec = { title };
      Object.assign(
        a,
        splitDescription(s.text('description', { multiline: true }), (activityType.attributes.summary.attribute as { maxLength: number }).maxLength, title),
      );
      const url = s.text('url');
      if (url && url !== pageUrl && !(data.slug && url.endsWith(`/organisaties/${String(data.slug)}/`))) a.registrationUrl = url;
      const email = s.text('email');
      if (email && email !== data.email)
        messages.push({ level: 'info', row: service.row, text: importText(language, 'notImported', { what: `services.email (${email})` }) });
      Object.assign(a, readFees(s.text('fees_description')));
      a.audience = s.text('eligibility_description');
      s.known('organization_id', 'assured_date');
      const serviceSchedules = schedulesOf.get(serviceId) ?? [];
      if (serviceSchedules.length > 1)
        messages.push({ level: 'info', row: service.row, text: importText(language, 'extraSchedule', { what: kind('activity'), name: title }) });
      const schedule = serviceSchedules[0];
      if (schedule) {
        const sc = new RecordReader('schedules', schedule.row, schedule.rec, language);
        const times = activityTimes({
          dtstart: sc.text('dtstart'),
          valid_from: sc.text('valid_from'),
          valid_to: sc.text('valid_to'),
          opens_at: sc.text('opens_at'),
          closes_at: sc.text('closes_at'),
          freq: sc.text('freq'),
          interval: sc.number('interval'),
          byday: sc.text('byday'),
          bymonthday: sc.text('bymonthday'),
          until: sc.text('until'),
          count: sc.number('count'),
          wkst: sc.text('wkst'),
          notes: sc.text('notes'),
        });
        sc.known('id', 'service_id', 'service_at_location_id', 'location_id', 'description');
        Object.assign(a, times);
        if (!times.startsAt)
          messages.push({ level: 'info', row: schedule.row, text: importText(language, 'noStartDate', { what: kind('activity'), name: title }) });
        for (const field of sc.unread()) messages.push({ level: 'info', row: schedule.row, text: importText(language, 'notImported', { what: field }) });
        messages.push(...sc.problems.filter((m) => m.level !== 'error'));
      } else messages.push({ level: 'info', row: service.row, text: importText(language, 'noSchedule', { what: kind('activity'), name: title }) });
      const links: Record<string, string[]> = { organisation: [orgRef] };
      const at = (serviceAtLocations.get(serviceId) ?? [])[0];
      const locationId = at ? ref(at.rec.location_id) : undefined;
      if (locationId && !locationById.has(locationId)) {
        messages.push({
          level: 'warning',
          row: at!.row,
          column: 'service_at_locations.location_id',
          text: importText(language, 'brokenReference', {
            what: kind('activity'),
            name: title,
            target: kind('location').toLowerCase(),
            id: locationId.slice(0, 80),
          }),
        });
      } else if (locationId && roomByLocation.has(locationId)) links.room = [`room:${locationId}`];
      else if (locationId && locationId === ownLocationId && address) a.address = { ...address };
      else if (locationId) a.address = addressOf(locationId, messages);
      const serviceTerms = linkedTerms('service', serviceId, messages, service.row);
      if (serviceTerms.get('themes')?.length) a.themes = serviceTerms.get('themes');
      if (serviceTerms.get('targetGroups')?.length) a.targetGroups = serviceTerms.get('targetGroups');
      if (serviceTerms.get('wijk')?.length) a.wijk = serviceTerms.get('wijk')![0];
      const languageIds = new Set(serviceTerms.get('languages') ?? []);
      for (const { rec: l, row: lRow } of languagesOf.get(serviceId) ?? []) {
        const code = typeof l.code === 'string' ? l.code : typeof l.name === 'string' ? l.name : '';
        for (const idOf of builder.terms('language', code, { field: 'languages', label: fieldLabel('activity', 'languages', language), row: lRow, messages }))
          languageIds.add(idOf);
      }
      if (languageIds.size) a.languages = [...languageIds];
      const doc: PlannedDocument = {
        ref: `service:${serviceId}`,
        type: 'activity',
        label: title || serviceId,
        data: normalised('activity', compact(a)),
        links,
      };
      for (const field of s.unread()) messages.push({ level: 'info', row: service.row, text: importText(language, 'notImported', { what: field }) });
      if (!title)
        messages.push({
          level: 'warning',
          row: service.row,
          text: importText(language, 'dependentDropped', {
            what: kind('activity'),
            name: serviceId,
            reason: importText(language, 'required', { label: fieldLabel('activity', 'title', language) }),
          }),
        });
      else if (keepIfValid(doc, kind('activity'), messages, service.row, s.problems)) documents.push(doc);
    }

    for (const contact of contactsOf.get(id) ?? []) {
      const c = new RecordReader('contacts', contact.row, contact.rec, language);
      c.known('id', 'organization_id', 'service_id');
      const contactName = c.text('name') ?? '';
      const contactPhones = phonesOf.contact.get(ref(contact.rec.id) ?? '') ?? [];
      const doc: PlannedDocument = {
        ref: `contact:${ref(contact.rec.id) ?? contact.row}`,
        type: 'contact-person',
        label: contactName,
        data: normalised(
          'contact-person',
          compact({
            name: contactName,
            role: c.text('title'),
            email: c.text('email'),
            phone: contactPhones[0]
              ? new RecordReader('phones', contactPhones[0].row, contactPhones[0].rec, language).text('number', { level: 'warning' })
              : undefined,
            visibility,
          }),
        ),
        links: { organisation: [orgRef] },
      };
      for (const field of c.unread()) messages.push({ level: 'info', row: contact.row, text: importText(language, 'notImported', { what: field }) });
      if (!contactName)
        messages.push({
          level: 'warning',
          row: contact.row,
          text: importText(language, 'dependentDropped', {
            what: kind('contact'),
            name: String(contact.rec.email ?? contact.row),
            reason: importText(language, 'required', { label: fieldLabel('contact-person', 'name', language) }),
          }),
        });
      else if (keepIfValid(doc, kind('contact'), messages, contact.row, c.problems)) {
        documents.push(doc);
        messages.push({
          level: 'info',
          row: contact.row,
          text: importText(language, 'contactHidden', { name: contactName, visibility: importText(language, `visibility_${visibility}`) }),
        });
      }
    }

    for (const field of o.unread()) messages.push({ level: 'info', row, text: importText(language, 'notImported', { what: field }) });
    const empty = IMPORT_TARGETS.filter((t) => t.field?.on === 'organisation' && !present(orgData[t.field.name]) && t.key !== 'editorNotes').map(
      (t) => t.label[language],
    );
    if (empty.length) messages.push({ level: 'info', row, text: importText(language, 'emptyInSource', { fields: empty.join(', ') }) });
    if (!messages.some((m) => m.level === 'error')) {
      for (const text of publishProblems('organisation', orgData, {}, language, now)) messages.push({ level: 'info', row, text });
    }
    builder.add(
      { key: `org-${row}`, row, label: name ?? id, kind: 'organisation', documents, messages },
      name
        ? { name, kvkNumber: orgData.kvkNumber as string, postcode: (orgData.address as Rec | undefined)?.postcode as string, slug: orgData.slug as string }
        : undefined,
    );
  }
  return builder.finish();
}

/** The record without empty values (HSDS leaves absent fields out; so do we). */
function compact(record: Rec): Rec {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
