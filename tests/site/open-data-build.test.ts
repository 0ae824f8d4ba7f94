import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { isInUtrecht } from '@mzo/content-types';
import { publicAddresses } from '@mzo/content-types/addresses';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { csvCell } from '@mzo/content-types/csv';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../tooling/site-build.ts';
import { openDataId } from '../../site/lib/open-data/ids.ts';
import { occurrences } from '../../site/lib/recurrence.ts';
import { demo, privateContactValues } from '../support/demo.ts';
import { TEST_BUILD_NOW, TEST_REFERENCE_DATE } from '../support/suite.ts';
import { csvRecords, parseCsvStrictly } from '../support/csv.ts';
import { allFiles } from '../support/files.ts';
import { validateDataPackage } from '../support/frictionless.ts';

type Row = Record<string, any>;
/** This build's site address (no SITE_URL here: localhost on SITE_PORT). */
const SITE_HOST = new URL(publicAddresses(process.env).siteUrl).host;
const LOCALES = [
  ['nl', 'open-data'],
  ['en', join('en', 'open-data')],
] as const;

let outDir: string;
let snapshot: { collections: Record<string, Row[]> };

beforeAll(async () => {
  const env = { ...process.env, CMS_SNAPSHOT: inject('snapshotFile'), CMS_URL: 'http://127.0.0.1:9', BUILD_NOW: TEST_BUILD_NOW };
  const result = await buildSite({ env, link: join(inject('workDir'), 'open-data-site'), quiet: true });
  outDir = realpathSync(result.outDir);
  snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));
}, 300_000);

const read = (...path: string[]) => readFileSync(join(outDir, ...path), 'utf8');
const inLocale = (type: string, locale: string) => snapshot.collections[type].filter((e) => (e.locale ?? locale) === locale);
const publishedOrganisations = demo.organisations.filter((o: Row) => o.published);

function hsdsValidators(version: '3.0' | '3.2'): Map<string, ValidateFunction> {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('%Y', true);
  const dir = join(import.meta.dirname, '..', 'fixtures', 'hsds', version);
  const names = readdirSync(dir).map((file) => basename(file, '.json'));
  for (const name of names) ajv.addSchema({ ...JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')), $id: `${name}.json` });
  // Tables we do not publish: a record that nests one of them is invalid.
  const referenced = [
    'phone',
    'schedule',
    'service_area',
    'service_at_location',
    'language',
    'organization',
    'funding',
    'cost_option',
    'program',
    'required_document',
    'contact',
    'attribute',
    'metadata',
    'url',
    'service_capacity',
    'location',
    'organization_identifier',
    'accessibility',
    'address',
    'taxonomy',
    'taxonomy_term',
  ];
  for (const name of referenced) if (!names.includes(name)) ajv.addSchema(false, `${name}.json`);
  return new Map(names.map((name) => [name, ajv.getSchema(`${name}.json`)!]));
}

const TABLE_SCHEMAS: Record<string, string> = {
  organizations: 'organization',
  services: 'service',
  locations: 'location',
  service_at_locations: 'service_at_location',
  addresses: 'address',
  contacts: 'contact',
  phones: 'phone',
  schedules: 'schedule',
  languages: 'language',
  taxonomies: 'taxonomy',
  taxonomy_terms: 'taxonomy_term',
  attributes: 'attribute',
};

describe.each(LOCALES)('the HSDS JSON (%s)', (locale, dir) => {
  let data: Record<string, any>;
  beforeAll(() => {
    data = JSON.parse(read(dir, 'hsds.json'));
  });

  it('validates against the HSDS 3.0 and 3.x table schemas, with every required field', () => {
    const validators = { '3.0': hsdsValidators('3.0'), '3.2': hsdsValidators('3.2') };
    expect(data.hsds_version).toBe('3.0');
    // The profile's choice: schedules are wall-clock times in this zone (docs/open-data.md, Time zone).
    expect(data.time_zone).toBe('Europe/Amsterdam');
    for (const [table, schemaName] of Object.entries(TABLE_SCHEMAS)) {
      expect(Array.isArray(data[table]), table).toBe(true);
      for (const [version, validators_] of Object.entries(validators)) {
        const validate = validators_.get(schemaName);
        if (!validate) continue;
        const schema = validate.schema as { tabular_required?: string[] };
        for (const record of data[table]) {
          const valid = validate(record);
          expect(valid, `${table} ${record.id} against HSDS ${version}: ${JSON.stringify(validate.errors)}`).toBe(true);
          for (const field of schema.tabular_required ?? []) expect(record[field], `${table} ${record.id} needs ${field}`).toBeDefined();
        }
      }
    }
  });

  it('has unique ids and every id it refers to exists', () => {
    const ids = (table: string) => new Set<string>(data[table].map((r: Row) => r.id));
    for (const table of Object.keys(TABLE_SCHEMAS)) expect(ids(table).size, table).toBe(data[table].length);
    const refs: [string, string, string][] = [
      ['services', 'organization_id', 'organizations'],
      ['locations', 'organization_id', 'organizations'],
      ['service_at_locations', 'service_id', 'services'],
      ['service_at_locations', 'location_id', 'locations'],
      ['addresses', 'location_id', 'locations'],
      ['contacts', 'organization_id', 'organizations'],
      ['phones', 'organization_id', 'organizations'],
      ['phones', 'contact_id', 'contacts'],
      ['phones', 'location_id', 'locations'],
      ['schedules', 'service_id', 'services'],
      ['schedules', 'service_at_location_id', 'service_at_locations'],
      ['languages', 'service_id', 'services'],
      ['taxonomy_terms', 'taxonomy_id', 'taxonomies'],
      ['attributes', 'taxonomy_term_id', 'taxonomy_terms'],
      ['mzo_organisation_profiles', 'organization_id', 'organizations'],
      ['mzo_organisation_relations', 'related_organization_id', 'organizations'],
      ['mzo_channels', 'organization_id', 'organizations'],
      ['mzo_support_needs', 'organization_id', 'organizations'],
      ['mzo_rooms', 'location_id', 'locations'],
      ['mzo_rooms', 'organization_id', 'organizations'],
      ['mzo_consultation_participants', 'organization_id', 'organizations'],
      ['mzo_consultation_participants', 'consultation_id', 'mzo_consultations'],
    ];
    for (const [table, field, target] of refs) {
      const known = ids(target);
      for (const record of data[table]) if (record[field] !== undefined) expect(known.has(record[field]), `${table}.${field} ${record[field]}`).toBe(true);
    }
    const entity: Record<string, string> = { organization: 'organizations', service: 'services', location: 'locations' };
    for (const a of data.attributes) expect(ids(entity[a.link_entity]).has(a.link_id), `attribute ${a.id}`).toBe(true);
    for (const phone of data.phones) expect(['organization_id', 'contact_id', 'location_id'].filter((f) => phone[f]).length).toBe(1);
    expect(data.schedules).toHaveLength(data.services.length);
  });

  it('has every published organisation and activity exactly once, with assured_date from lastConfirmed', () => {
    const organisations = inLocale('organisation', locale);
    expect(organisations).toHaveLength(publishedOrganisations.length);
    expect(data.organizations.map((o: Row) => o.name).sort()).toEqual(publishedOrganisations.map((o: Row) => o.name).sort());
    expect(data.organizations.map((o: Row) => o.id).sort()).toEqual(organisations.map((o) => openDataId('organization', o.documentId)).sort());
    const published = new Set(organisations.map((o) => o.documentId));
    const activities = inLocale('activity', locale).filter((a) => published.has(a.organisation?.documentId));
    const demoActivities = demo.activities.filter((a: Row) => a.published && publishedOrganisations.some((o: Row) => o.slug === a.organisation));
    expect(activities).toHaveLength(demoActivities.length);
    expect(data.services.map((s: Row) => s.id).sort()).toEqual(activities.map((a) => openDataId('service', a.documentId)).sort());
    const lastConfirmed = new Map(organisations.map((o) => [openDataId('organization', o.documentId), o.lastConfirmed]));
    for (const service of data.services) expect(service.assured_date).toBe(lastConfirmed.get(service.organization_id));
    const wijkTerms = data.taxonomy_terms.filter((t: Row) => /^WK0344\d\d$/.test(t.code));
    expect(wijkTerms).toHaveLength(10);
  });
});

/** Every calendar feed file of one locale, with its path relative to the open-data folder. */
const feedFiles = (dir: string) =>
  allFiles(join(outDir, dir, 'ical')).map((path) => ({ path, file: relative(join(outDir, dir), path), text: readFileSync(path, 'utf8') }));

describe.each(LOCALES)('the iCal feeds (%s)', (locale, dir) => {
  it("exist for all activities and for every organisation, wijk and public theme; the open-data page links all but the organisations' (on their own pages)", () => {
    const files = feedFiles(dir).map((f) => f.file);
    const themes = inLocale('theme', locale);
    const organisations = inLocale('organisation', locale);
    const shown = new Set(organisations.flatMap((o) => o.themes.map((t: Row) => t.documentId)));
    const publicThemes = themes.filter((t) => !t.sensitive || shown.has(t.documentId));
    expect(files.sort()).toEqual(
      [
        join('ical', 'agenda.ics'),
        ...organisations.map((o) => join('ical', 'organisatie', `${o.slug}.ics`)),
        ...inLocale('wijk', locale).map((w) => join('ical', 'wijk', `${w.slug}.ics`)),
        ...publicThemes.map((t) => join('ical', 'thema', `${t.slug}.ics`)),
      ].sort(),
    );
    const page = read(dir, 'index.html');
    for (const file of files) {
      const link = `webcal://${SITE_HOST}/${locale === 'en' ? 'en/' : ''}open-data/${file.split('\\').join('/')}`;
      // One feed per organisation would make this page grow with the directory (2.5 MB at 5,000
      // organisations); those links are on the organisation pages (next test), the page says so.
      if (file.includes('organisatie')) expect(page, file).not.toContain(link);
      else expect(page, file).toContain(link);
    }
    expect(page).toContain(
      locale === 'en' ? `${organisations.length} organisations have their own calendar` : `${organisations.length} organisaties hebben een eigen agenda`,
    );
  });

  it('follow RFC 5545: CRLF, folded lines, UTC DTSTAMP, stable UIDs, TZID with a VTIMEZONE', () => {
    const activities = new Map(inLocale('activity', locale).map((a) => [a.documentId, a]));
    for (const { file, text } of feedFiles(dir)) {
      expect(text.endsWith('\r\n'), file).toBe(true);
      expect(text.replace(/\r\n/g, ''), file).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), file).toBe('Europe/Amsterdam');
      const uids = new Set<string>();
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        const uid = String(vevent.getFirstPropertyValue('uid'));
        expect(uids.has(uid), `${file}: ${uid} twice`).toBe(false);
        uids.add(uid);
        const [, documentId, uidLocale] = /^activity-(\w+)-(nl|en)@mzo-gids-utrecht$/.exec(uid) ?? [];
        expect(activities.has(documentId) && uidLocale === locale, `${file}: ${uid}`).toBe(true);
        expect(vevent.getFirstProperty('dtstamp')!.toICALString()).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
        expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
        expect(vevent.hasProperty('rrule')).toBe(Boolean(activities.get(documentId)!.recurrence));
      }
    }
  });

  it('round-trip: occurrences over the next 8 weeks equal those site/lib/recurrence.ts gives for the same activities', () => {
    const from = new Date(`${TEST_REFERENCE_DATE}T00:00:00+01:00`);
    const to = new Date(from.getTime() + 8 * 7 * 86_400_000);
    const activities = new Map(inLocale('activity', locale).map((a) => [a.documentId, a]));
    let compared = 0;
    for (const { file, text } of feedFiles(dir)) {
      const calendar = new ICAL.Component(ICAL.parse(text));
      ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        const event = new ICAL.Event(vevent);
        const activity = activities.get(/^activity-(\w+)-/.exec(event.uid)![1])!;
        const fromFeed: { start: string; end: string | null }[] = [];
        const iterator = event.iterator();
        for (let next = iterator.next(); next && next.toJSDate() < to; next = iterator.next()) {
          if (next.toJSDate() < from) continue;
          const details = event.getOccurrenceDetails(next);
          fromFeed.push({ start: details.startDate.toJSDate().toISOString(), end: activity.endsAt ? details.endDate.toJSDate().toISOString() : null });
        }
        const expected = occurrences(activity as never, from, to).map((o) => ({ start: o.start.toISOString(), end: o.end?.toISOString() ?? null }));
        expect(fromFeed, `${file}: ${activity.slug}`).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('list in each feed exactly the activities of that organisation, wijk or theme', () => {
    const activities = inLocale('activity', locale);
    const organisations = inLocale('organisation', locale);
    const uidsOf = (file: string) =>
      new Set(new ICAL.Component(ICAL.parse(read(dir, file))).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid'))));
    const uid = (a: Row) => `activity-${a.documentId}-${locale}@mzo-gids-utrecht`;
    for (const o of organisations) {
      expect(uidsOf(join('ical', 'organisatie', `${o.slug}.ics`))).toEqual(
        new Set(activities.filter((a) => a.organisation?.documentId === o.documentId).map(uid)),
      );
    }
    for (const w of inLocale('wijk', locale)) {
      expect(uidsOf(join('ical', 'wijk', `${w.slug}.ics`))).toEqual(new Set(activities.filter((a) => a.wijk?.documentId === w.documentId).map(uid)));
    }
    for (const theme of inLocale('theme', locale).filter((t) => existsSync(join(outDir, dir, 'ical', 'thema', `${t.slug}.ics`)))) {
      const showing = new Set(organisations.filter((o) => o.themes.some((t: Row) => t.documentId === theme.documentId)).map((o) => o.documentId));
      const expected = activities.filter(
        (a) => a.themes.some((t: Row) => t.documentId === theme.documentId) && (!theme.sensitive || showing.has(a.organisation.documentId)),
      );
      expect(uidsOf(join('ical', 'thema', `${theme.slug}.ics`)), theme.slug).toEqual(new Set(expected.map(uid)));
    }
  });
});

describe.each(LOCALES)('the GeoJSON files (%s)', (locale, dir) => {
  it('are RFC 7946 feature collections of [longitude, latitude] points inside the municipality', () => {
    for (const file of ['organisaties.geojson', 'ruimtes.geojson']) {
      const collection = JSON.parse(read(dir, file));
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.crs).toBeUndefined();
      expect(collection.features.length).toBeGreaterThan(0);
      const ids = new Set();
      for (const feature of collection.features) {
        expect(feature.type).toBe('Feature');
        expect(feature.geometry.type).toBe('Point');
        const [lon, lat] = feature.geometry.coordinates;
        expect(feature.geometry.coordinates).toHaveLength(2);
        expect(isInUtrecht(lat, lon), `${file} ${feature.properties.name}: [${lon}, ${lat}]`).toBe(true);
        expect(typeof feature.properties).toBe('object');
        for (const value of Object.values(feature.properties)) expect(typeof value === 'object' && !Array.isArray(value)).toBe(false);
        ids.add(feature.id);
      }
      expect(ids.size).toBe(collection.features.length);
    }
    const organisations = inLocale('organisation', locale).filter((o) => typeof o.address?.latitude === 'number');
    expect(JSON.parse(read(dir, 'organisaties.geojson')).features).toHaveLength(organisations.length);
    expect(JSON.parse(read(dir, 'ruimtes.geojson')).features).toHaveLength(inLocale('room', locale).length);
  });
});

describe.each(LOCALES)('the CSV data package (%s)', (_, dir) => {
  it('has one CSV per table that a strict parser reads back to exactly the values of the HSDS JSON', () => {
    const data = JSON.parse(read(dir, 'hsds.json'));
    const pkg = JSON.parse(read(dir, 'hsds', 'datapackage.json'));
    expect(pkg.licenses[0].name).toBe('CC0-1.0');
    expect(pkg.resources.map((r: Row) => r.name)).toEqual(expect.arrayContaining(Object.keys(TABLE_SCHEMAS)));
    for (const resource of pkg.resources) {
      const rows = data[resource.name] as Row[];
      const [header, ...records] = parseCsvStrictly(read(dir, 'hsds', resource.path));
      expect(records, resource.name).toHaveLength(rows.length);
      expect(header, resource.name).toEqual(resource.schema.fields.map((f: Row) => f.name));
      rows.forEach((row, i) => {
        header.forEach((column, j) => expect(records[i][j], `${resource.name}[${i}].${column}`).toBe(csvCell(row[column])));
      });
    }
    // The awkward cases are really there: line breaks (LF only) and commas inside one field.
    const descriptions = csvRecords(read(dir, 'hsds', 'services.csv')).map((s) => s.description);
    expect(descriptions.some((d) => /[^\r]\n/.test(d) && d.includes(','))).toBe(true);
  });

  it('declares keys, references, required columns, UUID ids and dates', () => {
    const pkg = JSON.parse(read(dir, 'hsds', 'datapackage.json'));
    for (const { name, schema } of pkg.resources) {
      expect(schema.primaryKey, name).toBeTruthy();
      const fields = new Map<string, Row>(schema.fields.map((f: Row) => [f.name, f]));
      const keyed = new Set((schema.foreignKeys ?? []).map((k: Row) => k.fields));
      for (const [fieldName, field] of fields) {
        if (fieldName === 'id' || fieldName.endsWith('_id')) expect(field.format, `${name}.${fieldName}`).toBe('uuid');
        // Every reference but attributes.link_id, which points at one of three tables (checked above).
        if (fieldName.endsWith('_id') && fieldName !== 'link_id') expect(keyed.has(fieldName), `${name}.${fieldName} is a foreign key`).toBe(true);
      }
      for (const key of [schema.primaryKey].flat()) expect(fields.get(key)?.constraints?.required, `${name}.${key}`).toBe(true);
    }
    const field = (table: string, name: string) => pkg.resources.find((r: Row) => r.name === table).schema.fields.find((f: Row) => f.name === name);
    for (const [table, name] of [
      ['services', 'assured_date'],
      ['schedules', 'dtstart'],
      ['schedules', 'valid_from'],
      ['schedules', 'valid_to'],
      ['schedules', 'until'],
      ['mzo_organisation_profiles', 'last_confirmed'],
      ['mzo_consultations', 'date'],
      ['mzo_consultations', 'outcome_date'],
    ])
      expect(field(table, name).type, `${table}.${name}`).toBe('date');
    expect(field('schedules', 'opens_at')).toMatchObject({ type: 'time', format: '%H:%M', description: expect.stringContaining('Europe/Amsterdam') });
    expect(field('organizations', 'name').constraints.required).toBe(true);
  });

  it('passes a Frictionless validation: types, required values, unique keys and every reference', async () => {
    expect(await validateDataPackage(join(outDir, dir, 'hsds', 'datapackage.json'))).toEqual([]);
  }, 120_000);

  it('fails that validation when a reference points nowhere (the validation really checks)', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'mzo-datapackage-'));
    try {
      cpSync(join(outDir, dir, 'hsds'), copy, { recursive: true });
      const services = readFileSync(join(copy, 'services.csv'), 'utf8');
      const [, first] = parseCsvStrictly(services);
      writeFileSync(join(copy, 'services.csv'), services.replace(first[1], openDataId('organization', 'does-not-exist')));
      const problems = await validateDataPackage(join(copy, 'datapackage.json'));
      expect(problems.join('\n')).toMatch(/services: Foreign key "organization_id" violation/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('privacy of the open-data files', () => {
  const texts = () =>
    allFiles(outDir)
      .filter((f) => f.includes(`${join('open-data')}`))
      .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('contain no private contact value, no draft organisation and no hidden theme link', () => {
    const files = texts();
    expect(files.length).toBeGreaterThan(100);
    const drafts = demo.organisations.filter((o: Row) => !o.published).map((o: Row) => o.name);
    const nobodyShows = demo.themes.filter((t: Row) => t.sensitive && !publishedOrganisations.some((o: Row) => o.themes.includes(t.slug)));
    const hiddenNames = nobodyShows.flatMap((t: Row) => [t.name.nl, t.name.en]);
    for (const { path, text } of files) {
      for (const value of [...privateContactValues, ...drafts, ...hiddenNames, 'hiddenThemes']) expect(text, `${path} leaks ${value}`).not.toContain(value);
    }
  });

  it('never link an organisation to a sensitive theme it keeps hidden', () => {
    for (const [locale, dir] of LOCALES) {
      const data = JSON.parse(read(dir, 'hsds.json'));
      const themeBySlug = new Map(inLocale('theme', locale).map((t) => [t.slug, t.documentId]));
      const organisationBySlug = new Map(inLocale('organisation', locale).map((o) => [o.slug, o.documentId]));
      let checked = 0;
      for (const o of publishedOrganisations.filter((x: Row) => x.hiddenThemes.length)) {
        const orgId = openDataId('organization', organisationBySlug.get(o.slug)!);
        for (const slug of o.hiddenThemes.filter((s: string) => !o.themes.includes(s))) {
          const termId = openDataId('taxonomy_term', 'themes', themeBySlug.get(slug)!);
          const linked = data.attributes.some((a: Row) => a.link_id === orgId && a.taxonomy_term_id === termId);
          const services = new Set(data.services.filter((s: Row) => s.organization_id === orgId).map((s: Row) => s.id));
          const serviceLinked = data.attributes.some((a: Row) => services.has(a.link_id) && a.taxonomy_term_id === termId);
          expect(linked || serviceLinked, `${o.slug} hides ${slug}`).toBe(false);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    }
  });

  it('adds a Subscribe link to the activities of each organisation page', () => {
    let withActivities = 0;
    for (const [locale, prefix] of [
      ['nl', ''],
      ['en', 'en/'],
    ]) {
      for (const o of publishedOrganisations) {
        const page = read(prefix, 'organisaties', o.slug, 'index.html');
        if (!page.includes('id="activities"')) continue;
        withActivities++;
        expect(page, `${locale} ${o.slug}`).toContain(`href="webcal://${SITE_HOST}/${prefix}open-data/ical/organisatie/${o.slug}.ics"`);
      }
    }
    expect(withActivities).toBeGreaterThan(10);
  });
});
