import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activity, consultation, organisation, room } from '@mzo/content-types';
import { formatProblem, isUtrechtPostcode, languageFor, normaliseInput, rruleProblem, slugify, validateEntry } from '@mzo/content-types/validation';
import { lookupAddress, lookupUrl, parsePoint, pickAddress } from '../../cms/src/editing/pdok.ts';
import { applyRelationChange, parseRelationInput, rowIdsToResolve } from '../../cms/src/editing/relations.ts';
import { generateDemoData } from '../../scripts/seed/demo-data.mjs';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/pdok/${name}.json`, import.meta.url), 'utf8'));
const paths = (errors: { path: (string | number)[] }[]) => errors.map((e) => e.path.join('.')).sort();
const NOW = new Date('2026-06-01T12:00:00Z');

describe('input rules per format', () => {
  it.each([
    ['postcode', '3511 AB', true],
    ['postcode', '3511ab', true],
    ['postcode', '3453 JX', true], // De Meern
    ['postcode', '3455 RA', true], // Haarzuilens
    ['postcode', '3456 AB', false], // just outside Vleuten-De Meern
    ['postcode', '1011 AB', false], // Amsterdam
    ['postcode', '3511 SS', false], // letters never used
    ['postcode', '351 AB', false],
    ['kvk', '12345678', true],
    ['kvk', '1234 5678', true],
    ['kvk', '1234567', false],
    ['kvk', 'KVK12345', false],
    ['email', 'info@stichting.example.org', true],
    ['email', 'info@', false],
    ['email', 'info at example.org', false],
    ['email', 'x@example..org', false],
    ['email', 'x@.example.org', false],
    ['email', 'x@example.org.', false],
    ['email', '.x@example.org', false],
    ['email', 'x..y@example.org', false],
    ['email', 'voor.naam+tag@sub.example.org', true],
    ['url', 'https://www.example.org/pad?x=1', true],
    ['url', 'http://example.org', true],
    ['url', 'www.example.org', false],
    ['url', 'javascript:alert(1)', false],
    ['url', 'ftp://example.org', false],
    ['phone', '030 123 4567', true],
    ['phone', '06 12345678', true],
    ['phone', '+31 6 1234 5678', true],
    ['phone', '+44 20 7946 0958', true],
    ['phone', '0800-1234', true],
    ['phone', '12345', false],
    ['phone', 'bel ons', false],
    ['rrule', 'FREQ=WEEKLY;BYDAY=SA', true],
    ['rrule', 'RRULE:freq=monthly;byday=2TU', true],
    ['rrule', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10', true],
    ['rrule', 'FREQ=WEEKLY;BYDAY=XX', false],
    ['rrule', 'FREQ=WEEKLY;COUNT=5;UNTIL=20270101T000000Z', false],
    ['rrule', 'FREQ=HOURLY', false],
    ['rrule', 'elke week', false],
    ['year', 1987, true],
    ['year', 2026, true],
    ['year', 2027, false],
    ['year', 1899, false],
    ['latitude', 52.09, true],
    ['latitude', 91, false],
    ['longitude', 5.12, true],
    ['longitude', -181, false],
  ] as const)('%s %j is %s', (format, value, valid) => {
    expect(formatProblem(format, value, { now: NOW }) === null).toBe(valid);
  });

  it('knows the postcode areas of the municipality, Vleuten-De Meern included', () => {
    expect(isUtrechtPostcode('3500 AA')).toBe(true);
    expect(isUtrechtPostcode('3585 AB')).toBe(true);
    expect(isUtrechtPostcode('3451 AB')).toBe(true);
    expect(isUtrechtPostcode('3586 AB')).toBe(false);
    expect(isUtrechtPostcode('3450 AB')).toBe(false);
  });

  it('says why a recurrence rule is not valid', () => {
    expect(rruleProblem('FREQ=WEEKLY;BYDAY=SA')).toBeNull();
    expect(rruleProblem('DTSTART:20260101T100000Z;FREQ=DAILY')).toEqual({ reason: 'dtstart' });
    expect(rruleProblem('FREQ=WEEKLY;FOO=1')).toEqual({ reason: 'part', part: 'FOO=1' });
    expect(rruleProblem('BYDAY=SA')).toEqual({ reason: 'freq' });
  });
});

describe('validating an entry', () => {
  it('names each refused field in Dutch, with the label from the model', () => {
    const errors = validateEntry(
      organisation,
      normaliseInput(organisation, {
        name: 'x'.repeat(121),
        kvkNumber: '1234',
        phone: '12345',
        website: 'www.example.org',
        themes: [],
        serves: [],
        locatedIn: null,
        address: { postcode: '3511 AB', houseNumber: '12a', latitude: 52.37, longitude: 4.89 },
        socialLinks: [{ platform: 'instagram', url: 'instagram.com/ons' }],
      }),
      { now: NOW },
    );
    expect(paths(errors)).toEqual([
      'address.houseNumber',
      'address.latitude',
      'kvkNumber',
      'name',
      'phone',
      'serves',
      'socialLinks.0.url',
      'themes',
      'website',
    ]);
    const byPath = Object.fromEntries(errors.map((e) => [e.path.join('.'), e.message]));
    expect(byPath.name).toBe('Naam: gebruik ten hoogste 120 tekens (nu 121).');
    expect(byPath.kvkNumber).toBe('KvK-nummer: een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.');
    expect(byPath['address.latitude']).toContain('ligt niet in de gemeente Utrecht');
    expect(byPath.serves).toBe('Actief in wijken: kies minstens één wijk, bij ‘Gevestigd in wijk’ of bij ‘Actief in wijken’.');
  });

  it('writes in English for an admin user whose interface is English', () => {
    expect(languageFor('en')).toBe('en');
    expect(languageFor('nl')).toBe('nl');
    expect(languageFor(null)).toBe('nl');
    const [error] = validateEntry(organisation, { kvkNumber: '1' }, { language: 'en' });
    expect(error.message).toBe('Chamber of Commerce (KvK) number: a KvK number has exactly 8 digits, for example 12345678.');
  });

  it('checks only the fields in the input, and the rules that involve them', () => {
    const stored = { name: 'Stichting', themes: [], serves: [], phone: 'oud en fout' };
    expect(validateEntry(organisation, { ...stored, email: 'info@example.org' }, { changed: ['email'] })).toEqual([]);
    expect(paths(validateEntry(organisation, stored, { changed: ['themes'] }))).toEqual(['themes']);
  });

  it('accepts one wijk either as located-in or as served', () => {
    const base = { themes: ['t1'] };
    expect(validateEntry(organisation, { ...base, locatedIn: 'w1', serves: [] })).toEqual([]);
    expect(validateEntry(organisation, { ...base, locatedIn: null, serves: ['w2'] })).toEqual([]);
  });

  it('refuses an end before the start, a room whose size class does not fit its area, and an outcome before the consultation', () => {
    expect(paths(validateEntry(activity, { startsAt: '2026-05-01T10:00:00Z', endsAt: '2026-05-01T10:00:00Z' }))).toEqual(['endsAt']);
    expect(validateEntry(activity, { startsAt: '2026-05-01T10:00:00Z', endsAt: '2026-05-01T12:00:00Z' })).toEqual([]);
    expect(paths(validateEntry(room, { capacity: 0, areaM2: 60, sizeClass: 'S' }))).toEqual(['capacity', 'sizeClass']);
    expect(validateEntry(room, { capacity: 12, areaM2: 60, sizeClass: 'M' })).toEqual([]);
    expect(paths(validateEntry(consultation, { date: '2026-05-01', outcomeDate: '2026-04-01' }))).toEqual(['outcomeDate']);
  });

  it('stores postcodes, KvK numbers, recurrences and slugs in one form', () => {
    expect(
      normaliseInput(organisation, { kvkNumber: '1234 5678', slug: 'Stichting Één & Twee', address: { postcode: '3511ab', buurtCode: 'bu03440101' } }),
    ).toEqual({ kvkNumber: '12345678', slug: 'stichting-een-en-twee', address: { postcode: '3511 AB', buurtCode: 'BU03440101' } });
    expect(normaliseInput(activity, { recurrence: ' rrule:freq=weekly;byday=sa ' }).recurrence).toBe('FREQ=WEEKLY;BYDAY=SA');
    expect(slugify('Café “De Ontmoeting” — Overvecht')).toBe('cafe-de-ontmoeting-overvecht');
  });

  it('accepts all demo data, so seeding passes the same rules', () => {
    const data = generateDemoData({ referenceDate: '2026-11-30' });
    const nl = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) && 'nl' in v ? (v as { nl: unknown }).nl : v]));
    const now = new Date('2026-11-30T12:00:00Z');
    for (const o of data.organisations) expect(validateEntry(organisation, { ...nl(o), description: undefined }, { now }), o.slug).toEqual([]);
    for (const a of data.activities) expect(validateEntry(activity, { ...nl(a), description: undefined }, { now }), a.slug).toEqual([]);
    for (const r of data.rooms) expect(validateEntry(room, nl(r), { now }), r.slug).toEqual([]);
  });
});

describe('PDOK Locatieserver responses', () => {
  it('asks for exactly one address', () => {
    const url = new URL(lookupUrl('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free', '3512 ae', '011'));
    expect(url.searchParams.getAll('fq')).toEqual(['type:adres', 'postcode:3512AE', 'huisnummer:11']);
  });

  it('reads street, city, coordinates and CBS codes from a response', () => {
    expect(pickAddress(fixture('3512AE-11'), { postcode: '3512 AE', houseNumber: '11' })).toEqual({
      street: 'Neude',
      houseNumber: '11',
      houseNumberAddition: null,
      postcode: '3512 AE',
      city: 'Utrecht',
      latitude: 52.09252,
      longitude: 5.11871,
      buurtCode: 'BU03440602',
      wijkCode: 'WK034406',
      municipalityCode: 'GM0344',
    });
    expect(parsePoint('POINT(5.1 52.2)')).toEqual([52.2, 5.1]);
  });

  it('picks the address with the letter asked for, and the one without when none is asked', () => {
    const body = fixture('3526KV-5');
    expect(pickAddress(body, { postcode: '3526KV', houseNumber: '5' })?.latitude).toBe(52.07903);
    expect(pickAddress(body, { postcode: '3526KV', houseNumber: '5', houseNumberAddition: 'a' })).toMatchObject({
      houseNumberAddition: 'A',
      latitude: 52.07911,
    });
    expect(pickAddress(body, { postcode: '3526KV', houseNumber: '5', houseNumberAddition: 'B' })).toBeUndefined();
    expect(pickAddress(fixture('empty'), { postcode: '3526KV', houseNumber: '5' })).toBeUndefined();
  });

  it('reports an unreachable or failing service instead of throwing', async () => {
    const refused = await lookupAddress({ postcode: '3512AE', houseNumber: '11' }, { baseUrl: 'http://127.0.0.1:9/free', timeoutMs: 500 });
    expect(refused).toMatchObject({ status: 'unreachable', reason: expect.stringContaining('http://127.0.0.1:9/free') });
    const failing = await lookupAddress({ postcode: '3512AE', houseNumber: '11' }, { fetchImpl: async () => new Response('oops', { status: 503 }) });
    expect(failing).toMatchObject({ status: 'unreachable', reason: expect.stringContaining('HTTP 503') });
    const found = await lookupAddress({ postcode: '3512AE', houseNumber: '11' }, { fetchImpl: async () => Response.json(fixture('3512AE-11')) });
    expect(found).toMatchObject({ status: 'found', address: { street: 'Neude' } });
  });
});

describe('relation input as Strapi accepts it', () => {
  const byRowId = new Map([[7, 'doc-seven']]);
  it('turns every shape into the documentIds the relation will hold', () => {
    expect(applyRelationChange(['a'], parseRelationInput(['b', { documentId: 'c' }]), byRowId)).toEqual(['b', 'c']);
    expect(applyRelationChange(['a', 'b'], parseRelationInput({ connect: [{ id: 7 }], disconnect: [{ documentId: 'a' }] }), byRowId)).toEqual([
      'b',
      'doc-seven',
    ]);
    expect(applyRelationChange(['a'], parseRelationInput({ connect: [{ documentId: 'b', locale: 'nl' }] } as never), byRowId, true)).toEqual(['b']);
    expect(applyRelationChange(['a'], parseRelationInput(null), byRowId, true)).toEqual([]);
    expect(applyRelationChange(['a'], parseRelationInput({ set: [] }), byRowId)).toEqual([]);
    expect(rowIdsToResolve(parseRelationInput({ connect: [{ id: 7 }, 8, '9', 'abc'] }))).toEqual([7, 8, 9]);
  });
});
