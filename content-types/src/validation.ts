/**
 * The input rules of the CMS, as pure functions: what a volunteer or editor may save, and the message
 * (Dutch or English, naming the field) they see when they may not. Driven by each field's `format`,
 * limits and `label` in ./model.ts; the CMS applies them to every write through the document service
 * (cms/src/editing), so the admin panel and the REST API refuse the same input with the same words.
 *
 * Node only (the CMS and tests): imported as `@mzo/content-types/validation`, not from the package index.
 */
import { createRequire } from 'node:module';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ComponentDefinition, TypeDefinition } from './define.ts';
import type { Field, Format } from './fields.ts';
import { COMPONENTS } from './model.ts';
import { slugify, SLUG_PATTERN } from './slug.ts';
import { BUURT_CODE_PATTERN, isInUtrecht, ROOM_SIZE_CLASSES, sizeClassFor, TIME_ZONE, type RoomSizeClass } from './utrecht.ts';

export type Language = 'nl' | 'en';

/** One refused value: where it is (as Strapi's admin expects it, e.g. `['address', 'postcode']`) and why. */
export interface FieldError {
  path: (string | number)[];
  message: string;
}

const MESSAGES = {
  nl: {
    tooLong: '{label}: gebruik ten hoogste {max} tekens (nu {length}).',
    tooShort: '{label}: gebruik minstens {min} tekens.',
    notNumber: '{label}: vul een getal in.',
    notInteger: '{label}: vul een heel getal in, zonder komma.',
    tooSmall: '{label}: vul een getal in van {min} of meer.',
    tooLarge: '{label}: vul een getal in van ten hoogste {max}.',
    postcode: '{label}: vul een postcode in zoals 3511 AB (vier cijfers en twee letters).',
    postcodeOutside:
      '{label}: {value} is geen postcode in de gemeente Utrecht. Postcodes in Utrecht beginnen met 35, in Vleuten-De Meern met 3451 tot en met 3455.',
    houseNumber: '{label}: vul alleen het nummer in, bijvoorbeeld 12. Een letter of toevoeging zet je bij Toevoeging.',
    houseNumberAddition: '{label}: gebruik alleen letters en cijfers, bijvoorbeeld A of bis.',
    buurtCode: '{label}: een CBS-buurtcode in Utrecht ziet eruit als BU03440101.',
    kvk: '{label}: een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.',
    email: '{label}: vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    url: '{label}: vul een volledige link in die begint met https:// (of http://), zoals https://www.voorbeeld.nl.',
    phone: '{label}: vul een geldig telefoonnummer in, zoals 030 123 4567 of 06 12345678. Een buitenlands nummer begint met + en de landcode.',
    rrule: '{label}: dit is geen geldige herhaling ({reason}). Voorbeeld: FREQ=WEEKLY;BYDAY=SA betekent elke zaterdag.',
    year: '{label}: vul een jaartal in van 1900 tot en met {thisYear}.',
    latitude: '{label}: vul een getal in tussen -90 en 90, zoals 52.0907.',
    longitude: '{label}: vul een getal in tussen -180 en 180, zoals 5.1214.',
    coordinatePair: '{label}: vul zowel de breedtegraad als de lengtegraad in, of laat ze allebei leeg.',
    outsideUtrecht: '{label}: deze plek ({lat}, {lng}) ligt niet in de gemeente Utrecht. Controleer het adres of de coördinaten.',
    atLeastOneTheme: '{label}: kies minstens één thema.',
    atLeastOneWijk: '{label}: kies minstens één wijk, bij ‘{locatedIn}’ of bij ‘{serves}’.',
    endBeforeStart: '{label}: het einde moet na het begin liggen ({start}).',
    sizeClass: '{label}: een ruimte van {area} m² hoort bij grootteklasse {expected}, niet bij {actual}.',
    outcomeBeforeDate: '{label}: de uitkomst kan niet eerder zijn dan de raadpleging ({date}).',
    slug: '{label}: gebruik alleen kleine letters, cijfers en streepjes, zoals mijn-organisatie.',
    slugTaken: '{label}: “{value}” wordt al gebruikt door een ander item in deze taal. Kies een ander webadres.',
    summary: 'Niet opgeslagen. Pas dit aan: {messages}',
    notYourOrganisation: '{label}: je kunt alleen een organisatie kiezen waarvan jij beheerder bent.',
    organisationRequired: '{label}: kies je eigen organisatie.',
  },
  en: {
    tooLong: '{label}: use at most {max} characters (now {length}).',
    tooShort: '{label}: use at least {min} characters.',
    notNumber: '{label}: enter a number.',
    notInteger: '{label}: enter a whole number.',
    tooSmall: '{label}: enter a number of {min} or more.',
    tooLarge: '{label}: enter a number of at most {max}.',
    postcode: '{label}: enter a postcode like 3511 AB (four digits and two letters).',
    postcodeOutside:
      '{label}: {value} is not a postcode in the municipality of Utrecht. Utrecht postcodes start with 35; in Vleuten-De Meern they run from 3451 to 3455.',
    houseNumber: '{label}: enter just the number, for example 12. Put a letter or suffix in Addition.',
    houseNumberAddition: '{label}: use only letters and digits, for example A or bis.',
    buurtCode: '{label}: a CBS neighbourhood code in Utrecht looks like BU03440101.',
    kvk: '{label}: a KvK number has exactly 8 digits, for example 12345678.',
    email: '{label}: enter a valid e-mail address, like name@example.org.',
    url: '{label}: enter a full link starting with https:// (or http://), like https://www.example.org.',
    phone: '{label}: enter a valid phone number, like 030 123 4567 or 06 12345678. A foreign number starts with + and the country code.',
    rrule: '{label}: this is not a valid recurrence ({reason}). Example: FREQ=WEEKLY;BYDAY=SA means every Saturday.',
    year: '{label}: enter a year from 1900 to {thisYear}.',
    latitude: '{label}: enter a number between -90 and 90, like 52.0907.',
    longitude: '{label}: enter a number between -180 and 180, like 5.1214.',
    coordinatePair: '{label}: enter both latitude and longitude, or leave both empty.',
    outsideUtrecht: '{label}: this place ({lat}, {lng}) is not in the municipality of Utrecht. Check the address or the coordinates.',
    atLeastOneTheme: '{label}: choose at least one theme.',
    atLeastOneWijk: '{label}: choose at least one wijk, under ‘{locatedIn}’ or under ‘{serves}’.',
    endBeforeStart: '{label}: the end must be after the start ({start}).',
    sizeClass: '{label}: a room of {area} m² is in size class {expected}, not {actual}.',
    outcomeBeforeDate: '{label}: the outcome cannot be earlier than the consultation ({date}).',
    slug: '{label}: use only lower-case letters, digits and hyphens, like my-organisation.',
    slugTaken: '{label}: “{value}” is already used by another entry in this language. Choose another web address.',
    summary: 'Not saved. Please change this: {messages}',
    notYourOrganisation: '{label}: you can only choose an organisation you are an editor of.',
    organisationRequired: '{label}: choose your own organisation.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['nl'];

const RRULE_REASONS = {
  nl: {
    empty: 'de regel is leeg',
    part: 'onbekend onderdeel “{part}”',
    freq: 'FREQ ontbreekt of is niet DAILY, WEEKLY, MONTHLY of YEARLY',
    value: '“{part}” heeft een onjuiste waarde',
    dtstart: 'de startdatum komt uit het veld Begint op, niet uit de regel',
    countAndUntil: 'gebruik COUNT of UNTIL, niet allebei',
    twice: '“{part}” staat er twee keer in',
  },
  en: {
    empty: 'the rule is empty',
    part: 'unknown part “{part}”',
    freq: 'FREQ is missing or not DAILY, WEEKLY, MONTHLY or YEARLY',
    value: '“{part}” has an invalid value',
    dtstart: 'the start comes from the Starts at field, not from the rule',
    countAndUntil: 'use COUNT or UNTIL, not both',
    twice: '“{part}” appears twice',
  },
} as const;

type RruleReason = keyof (typeof RRULE_REASONS)['nl'];

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** The message for `key` in `language`, with its placeholders filled. */
export function message(language: Language, key: MessageKey, params: Record<string, unknown> = {}): string {
  return fill(MESSAGES[language][key], params);
}

/** The language messages are written in for an admin user: English when their interface is English. */
export function languageFor(preferredLanguage: string | null | undefined): Language {
  return preferredLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The label of a field in `language`, falling back to its name. */
export function labelOf(field: Pick<Field, 'label'> | undefined, name: string, language: Language): string {
  return field?.label?.[language] ?? name;
}

// The slug rule lives in its own module (./slug.ts) so the browser's map code can use it without the rest.
export { slugify, SLUG_PATTERN } from './slug.ts';

// ---------------------------------------------------------------------------------------------------
// Single values

const POSTCODE_PATTERN = /^([1-9][0-9]{3}) ?([A-Z]{2})$/;

/** `3511ab`, `3511 ab` → `3511 AB`; anything else unchanged. */
export function normalisePostcode(value: string): string {
  const match = POSTCODE_PATTERN.exec(value.trim().toUpperCase());
  return match ? `${match[1]} ${match[2]}` : value.trim();
}

/** Is this (normalised) postcode in the municipality of Utrecht? 35xx, and 3451–3455 for Vleuten-De Meern. */
export function isUtrechtPostcode(postcode: string): boolean {
  const digits = Number(postcode.slice(0, 4));
  return (digits >= 3500 && digits <= 3585) || (digits >= 3451 && digits <= 3455);
}

/** Spaces and dots are allowed while typing a KvK number; the number itself is 8 digits. */
export function normaliseKvk(value: string): string {
  const compact = value.replace(/[\s.]/g, '');
  return /^\d+$/.test(compact) ? compact : value.trim();
}

/** A local part without leading, trailing or double dots, then domain labels that are never empty (`x@example..org` is not an address). */
const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)[^\s@]+(?<!\.)@(?:[^\s@.]+\.)+[^\s@.]{2,}$/;
const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const RRULE_PARTS: Record<string, RegExp> = {
  FREQ: /^(DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^[1-9]\d{0,2}$/,
  COUNT: /^[1-9]\d{0,3}$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  BYDAY: new RegExp(`^([+-]?[1-5]?${WEEKDAY})(,[+-]?[1-5]?${WEEKDAY})*$`),
  BYMONTHDAY: /^-?([1-9]|[12]\d|3[01])(,-?([1-9]|[12]\d|3[01]))*$/,
  BYMONTH: /^([1-9]|1[0-2])(,([1-9]|1[0-2]))*$/,
  BYSETPOS: /^-?[1-5](,-?[1-5])*$/,
  BYHOUR: /^([01]?\d|2[0-3])(,([01]?\d|2[0-3]))*$/,
  BYMINUTE: /^[0-5]?\d(,[0-5]?\d)*$/,
  WKST: new RegExp(`^${WEEKDAY}$`),
};

/** `rrule:freq=weekly` → `FREQ=WEEKLY`: the stored form of a recurrence rule. */
export function normaliseRrule(value: string): string {
  return value
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
}

/**
 * Checks an iCal RRULE (RFC 5545) as the site expands it: without DTSTART (the start is the activity's
 * `startsAt`), a FREQ of DAILY to YEARLY, known parts only, COUNT or UNTIL but not both. Returns the
 * reason it is not valid, or null. The rule is also parsed by the rrule library the site uses.
 */
export function rruleProblem(rule: string): { reason: RruleReason; part?: string } | null {
  const text = normaliseRrule(rule);
  if (!text) return { reason: 'empty' };
  if (text.includes('DTSTART')) return { reason: 'dtstart' };
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!(key in RRULE_PARTS) || value === undefined || rest.length) return { reason: 'part', part };
    if (seen.has(key)) return { reason: 'twice', part: key };
    seen.add(key);
    if (!RRULE_PARTS[key].test(value)) return key === 'FREQ' ? { reason: 'freq' } : { reason: 'value', part };
  }
  if (!seen.has('FREQ')) return { reason: 'freq' };
  if (seen.has('COUNT') && seen.has('UNTIL')) return { reason: 'countAndUntil' };
  try {
    // Loaded on demand: rrule is CommonJS without named ESM exports.
    const { RRule } = createRequire(import.meta.url)('rrule') as typeof import('rrule');
    new RRule({ ...RRule.parseString(text), dtstart: new Date(Date.UTC(2025, 0, 6, 10)) }).all((_, i) => i < 1);
  } catch {
    return { reason: 'value', part: text };
  }
  return null;
}

function isValidUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

function isValidPhone(value: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  return parsePhoneNumberFromString(value, 'NL')?.isValid() ?? false;
}

interface Problem {
  key: MessageKey;
  params?: Record<string, unknown>;
}

/**
 * Checks one value against a field format; null when it is fine. Empty values are not checked here
 * (whether a field may be empty is Strapi's `required`).
 */
export function formatProblem(format: Format, value: unknown, { language = 'nl', now = new Date() }: { language?: Language; now?: Date } = {}): Problem | null {
  if (value === null || value === undefined || value === '') return null;
  switch (format) {
    case 'postcode': {
      const postcode = normalisePostcode(String(value));
      if (!POSTCODE_PATTERN.test(postcode) || /^\d{4} (SA|SD|SS)$/.test(postcode)) return { key: 'postcode' };
      return isUtrechtPostcode(postcode) ? null : { key: 'postcodeOutside', params: { value: postcode } };
    }
    case 'kvk':
      return /^\d{8}$/.test(normaliseKvk(String(value))) ? null : { key: 'kvk' };
    case 'email':
      return EMAIL_PATTERN.test(String(value).trim()) ? null : { key: 'email' };
    case 'url':
      return isValidUrl(String(value).trim()) ? null : { key: 'url' };
    case 'phone':
      return isValidPhone(String(value).trim()) ? null : { key: 'phone' };
    case 'rrule': {
      const problem = rruleProblem(String(value));
      if (!problem) return null;
      return { key: 'rrule', params: { reason: fill(RRULE_REASONS[language][problem.reason], { part: problem.part ?? '' }) } };
    }
    case 'year': {
      const year = Number(value);
      const thisYear = now.getUTCFullYear();
      return Number.isInteger(year) && year >= 1900 && year <= thisYear ? null : { key: 'year', params: { thisYear } };
    }
    case 'latitude': {
      const n = Number(value);
      return Number.isFinite(n) && n >= -90 && n <= 90 ? null : { key: 'latitude' };
    }
    case 'longitude': {
      const n = Number(value);
      return Number.isFinite(n) && n >= -180 && n <= 180 ? null : { key: 'longitude' };
    }
  }
}

/** Limits from the Strapi attribute itself (maxLength, min, max), checked with our own words. */
function attributeProblem(field: Field, value: unknown): Problem | null {
  if (value === null || value === undefined || value === '') return null;
  const a = field.attribute as { type: string; maxLength?: number; minLength?: number; min?: number; max?: number };
  if (a.type === 'string' || a.type === 'text' || a.type === 'email') {
    const length = String(value).length;
    if (a.maxLength !== undefined && length > a.maxLength) return { key: 'tooLong', params: { max: a.maxLength, length } };
    if (a.minLength !== undefined && length < a.minLength) return { key: 'tooShort', params: { min: a.minLength } };
  }
  if (a.type === 'integer' || a.type === 'decimal') {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) return { key: 'notNumber' };
    if (a.type === 'integer' && !Number.isInteger(n)) return { key: 'notInteger' };
    if (a.min !== undefined && n < a.min) return { key: 'tooSmall', params: { min: a.min } };
    if (a.max !== undefined && n > a.max) return { key: 'tooLarge', params: { max: a.max } };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Entries

const componentsByKey = new Map<string, ComponentDefinition>(COMPONENTS.map((c) => [c.key, c as ComponentDefinition]));

/** One value as it will be stored. */
function normaliseValue(field: Field, name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field.format === 'postcode') return normalisePostcode(value);
  if (field.format === 'kvk') return normaliseKvk(value);
  if (field.format === 'rrule') return value.trim() ? normaliseRrule(value) : value;
  if (field.format === 'email' || field.format === 'url' || field.format === 'phone') return value.trim();
  if (name === 'buurtCode') return value.trim().toUpperCase();
  if (name === 'houseNumber' || name === 'houseNumberAddition') return value.trim();
  if ((field.attribute as { type: string }).type === 'uid') return value.trim() ? slugify(value) : value;
  return value;
}

function normaliseAttributes(attributes: Record<string, Field>, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const [name, value] of Object.entries(data)) {
    const field = attributes[name];
    if (!field) continue;
    if (field.component && value && typeof value === 'object') {
      const component = componentsByKey.get(field.component);
      if (!component) continue;
      out[name] = Array.isArray(value)
        ? value.map((item) => (item && typeof item === 'object' ? normaliseAttributes(component.attributes, item as Record<string, unknown>) : item))
        : normaliseAttributes(component.attributes, value as Record<string, unknown>);
    } else {
      out[name] = normaliseValue(field, name, value);
    }
  }
  return out;
}

/**
 * The input as it will be stored: postcodes as `1234 AB`, KvK numbers without spaces, RRULEs in upper
 * case without `RRULE:`, slugs slugified, links, e-mail addresses and phones trimmed. Fields not in the
 * model (relations in Strapi's connect format, ids) pass through unchanged.
 */
export function normaliseInput(type: Pick<TypeDefinition, 'attributes'>, data: Record<string, unknown>): Record<string, unknown> {
  return normaliseAttributes(type.attributes, data);
}

interface Context {
  language: Language;
  now: Date;
  readonly errors: FieldError[];
}

function report(ctx: Context, path: (string | number)[], field: Field | undefined, problem: Problem) {
  const label = labelOf(field, String(path[path.length - 1]), ctx.language);
  ctx.errors.push({ path, message: message(ctx.language, problem.key, { label, ...problem.params }) });
}

function checkValue(ctx: Context, path: (string | number)[], field: Field, value: unknown) {
  const problem = (field.format ? formatProblem(field.format, value, ctx) : null) ?? attributeProblem(field, value);
  if (problem) return report(ctx, path, field, problem);
  if ((field.attribute as { type: string }).type === 'uid' && typeof value === 'string' && value && !SLUG_PATTERN.test(value)) {
    report(ctx, path, field, { key: 'slug' });
  }
}

/** A moment as people in Utrecht read it, e.g. `6 jan 2026 10:00`. */
function localDateTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

const present = (value: unknown) => value !== null && value !== undefined && value !== '';

/** Rules across the fields of one component value. */
function checkComponent(ctx: Context, path: (string | number)[], component: ComponentDefinition, value: Record<string, unknown>) {
  const attributes = component.attributes;
  for (const [name, field] of Object.entries(attributes)) {
    if (name in value) checkValue(ctx, [...path, name], field, value[name]);
  }
  if (component.key !== 'shared.address') return;
  const { latitude, longitude, houseNumber, houseNumberAddition, buurtCode } = value;
  if (present(houseNumber) && !/^[1-9]\d{0,4}$/.test(String(houseNumber))) {
    report(ctx, [...path, 'houseNumber'], attributes.houseNumber, { key: 'houseNumber' });
  }
  if (present(houseNumberAddition) && !/^[A-Za-z0-9]{1,6}$/.test(String(houseNumberAddition).replace(/[\s-]/g, ''))) {
    report(ctx, [...path, 'houseNumberAddition'], attributes.houseNumberAddition, { key: 'houseNumberAddition' });
  }
  if (present(buurtCode) && !BUURT_CODE_PATTERN.test(String(buurtCode))) {
    report(ctx, [...path, 'buurtCode'], attributes.buurtCode, { key: 'buurtCode' });
  }
  const hasLat = present(latitude);
  const hasLng = present(longitude);
  if (hasLat !== hasLng) {
    const missing = hasLat ? 'longitude' : 'latitude';
    report(ctx, [...path, missing], attributes[missing], { key: 'coordinatePair' });
  } else if (hasLat && hasLng && Number.isFinite(Number(latitude)) && Number.isFinite(Number(longitude))) {
    const [lat, lng] = [Number(latitude), Number(longitude)];
    const inRange = Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    if (inRange && !isInUtrecht(lat, lng)) report(ctx, [...path, 'latitude'], attributes.latitude, { key: 'outsideUtrecht', params: { lat, lng } });
  }
}

function checkFields(ctx: Context, attributes: Record<string, Field>, entry: Record<string, unknown>, changed: Set<string>) {
  for (const [name, field] of Object.entries(attributes)) {
    if (!changed.has(name) || !(name in entry)) continue;
    const value = entry[name];
    if (field.component) {
      const component = componentsByKey.get(field.component);
      if (!component || !value || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        value.forEach((item, i) => item && typeof item === 'object' && checkComponent(ctx, [name, i], component, item as Record<string, unknown>));
      } else {
        checkComponent(ctx, [name], component, value as Record<string, unknown>);
      }
    } else if (!field.target) {
      checkValue(ctx, [name], field, value);
    }
  }
}

/** How many items a relation holds in a merged entry (an array of ids, one id, or nothing). */
function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return present(value) ? 1 : 0;
}

type Rule = (ctx: Context, type: TypeDefinition, entry: Record<string, unknown>, changed: Set<string>) => void;

const touches = (changed: Set<string>, ...names: string[]) => names.some((n) => changed.has(n));
const field = (type: TypeDefinition, name: string) => type.attributes[name];

/** Rules across fields, per type. Relations in `entry` are arrays of ids (or one id), as they will be. */
const TYPE_RULES: Record<string, Rule[]> = {
  organisation: [
    (ctx, type, entry, changed) => {
      if (touches(changed, 'themes') && countOf(entry.themes) === 0) report(ctx, ['themes'], field(type, 'themes'), { key: 'atLeastOneTheme' });
    },
    (ctx, type, entry, changed) => {
      if (touches(changed, 'locatedIn', 'serves') && countOf(entry.locatedIn) + countOf(entry.serves) === 0) {
        report(ctx, ['serves'], field(type, 'serves'), {
          key: 'atLeastOneWijk',
          params: { locatedIn: labelOf(field(type, 'locatedIn'), 'locatedIn', ctx.language), serves: labelOf(field(type, 'serves'), 'serves', ctx.language) },
        });
      }
    },
  ],
  activity: [
    (ctx, type, entry, changed) => {
      if (!touches(changed, 'startsAt', 'endsAt') || !present(entry.startsAt) || !present(entry.endsAt)) return;
      const [start, end] = [Date.parse(String(entry.startsAt)), Date.parse(String(entry.endsAt))];
      if (Number.isFinite(start) && Number.isFinite(end) && end <= start) {
        report(ctx, ['endsAt'], field(type, 'endsAt'), { key: 'endBeforeStart', params: { start: localDateTime(start, ctx.language) } });
      }
    },
  ],
  room: [
    (ctx, type, entry, changed) => {
      if (!touches(changed, 'areaM2', 'sizeClass') || !present(entry.areaM2) || !present(entry.sizeClass)) return;
      const area = Number(entry.areaM2);
      const expected = Number.isFinite(area) ? sizeClassFor(area) : undefined;
      const actual = String(entry.sizeClass) as RoomSizeClass;
      if (expected && actual in ROOM_SIZE_CLASSES && expected !== actual) {
        report(ctx, ['sizeClass'], field(type, 'sizeClass'), { key: 'sizeClass', params: { area, expected, actual } });
      }
    },
  ],
  consultation: [
    (ctx, type, entry, changed) => {
      if (!touches(changed, 'date', 'outcomeDate') || !present(entry.date) || !present(entry.outcomeDate)) return;
      if (String(entry.outcomeDate) < String(entry.date))
        report(ctx, ['outcomeDate'], field(type, 'outcomeDate'), { key: 'outcomeBeforeDate', params: { date: entry.date } });
    },
  ],
};

export interface ValidateOptions {
  language?: Language;
  /** Fields the input contains; only those (and rules across them) are checked. Default: every field of `entry`. */
  changed?: Iterable<string>;
  /** "Today", for the founded-year rule. */
  now?: Date;
}

/**
 * Every problem with an entry as it would be saved: `entry` is the stored entry with the input applied
 * (relations as arrays of ids). Returns an empty list when it may be saved.
 */
export function validateEntry(type: TypeDefinition, entry: Record<string, unknown>, options: ValidateOptions = {}): FieldError[] {
  const ctx: Context = { language: options.language ?? 'nl', now: options.now ?? new Date(), errors: [] };
  const changed = new Set(options.changed ?? Object.keys(entry));
  checkFields(ctx, type.attributes, entry, changed);
  for (const rule of TYPE_RULES[type.name] ?? []) rule(ctx, type, entry, changed);
  return ctx.errors;
}

/** One line for a notification: the summary sentence followed by every field's message. */
export function summarise(errors: FieldError[], language: Language): string {
  return message(language, 'summary', { messages: errors.map((e) => e.message).join(' ') });
}
