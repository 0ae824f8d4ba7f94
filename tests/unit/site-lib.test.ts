// The pure parts of the site: dates in Europe/Amsterdam, the agenda's weeks, search filters, the
// room finder, slugs, safe links and freshness.
import { SLUG_PATTERN, slugify } from '@mzo/content-types/validation';
import { describe, expect, it, vi } from 'vitest';
import { slugify as seedSlugify } from '../../scripts/seed/demo-data.mjs';
import { agendaItems, agendaPages, buildNow, groupByWeek, type AgendaItem } from '../../site/lib/agenda.ts';
import type { SiteContent } from '../../site/lib/content.ts';
import { facetOptions, facetValues, matchesFilters, type Facet } from '../../site/lib/facets.ts';
import { formatDate, formatDateTime, formatMonth, formatTime, localIsoDateTime } from '../../site/lib/format-date.ts';
import { isStale } from '../../site/lib/freshness.ts';
import { facilitiesOf, roomMatches } from '../../site/lib/rooms.ts';
import { safeUrl } from '../../site/lib/safe-url.ts';
import type { Activity, Organisation, Room } from '../../site/lib/types.ts';
import { demo } from '../support/demo.ts';

describe('dates and times (Europe/Amsterdam)', () => {
  it('formats a calendar date the same whatever the time of day or zone', () => {
    expect(formatDate('2026-03-03', 'nl')).toBe('3 maart 2026');
    expect(formatDate('2026-03-03', 'en')).toBe('3 March 2026');
    // Only the date part counts: late in the evening UTC is still that day.
    expect(formatDate('2026-12-05T23:30:00Z', 'nl')).toBe('5 december 2026');
  });

  it('shows moments in Amsterdam time: UTC+1 in winter, UTC+2 in summer', () => {
    expect(formatDateTime('2026-12-05T13:00:00Z', 'nl')).toBe('za 5 december 2026 om 14:00');
    expect(formatDateTime('2026-12-05T13:00:00Z', 'en')).toBe('Sat, 5 December 2026 at 14:00');
    expect(formatDateTime('2026-07-01T17:00:00Z', 'nl')).toBe('wo 1 juli 2026 om 19:00');
  });

  it('shows the repeated hour of the autumn switch twice as 02:30', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time.
    expect(formatTime('2026-10-25T00:30:00Z', 'nl')).toBe('02:30');
    expect(formatTime('2026-10-25T01:30:00Z', 'nl')).toBe('02:30');
    expect(formatTime('2026-10-25T02:30:00Z', 'nl')).toBe('03:30');
  });

  it('writes moments for machines as Amsterdam local time with its UTC offset (schema.org event dates)', () => {
    expect(localIsoDateTime(new Date('2026-12-05T13:00:00Z'))).toBe('2026-12-05T14:00:00+01:00');
    expect(localIsoDateTime(new Date('2026-07-01T17:00:00Z'))).toBe('2026-07-01T19:00:00+02:00');
    // The repeated hour of the autumn switch: the offset tells the two 02:30s apart.
    expect(localIsoDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(localIsoDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
  });

  it('names the month as it is in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam.
    expect(formatMonth(new Date('2026-11-30T23:30:00Z'), 'nl')).toBe('december 2026');
    expect(formatMonth(new Date('2026-11-30T22:30:00Z'), 'en')).toBe('November 2026');
  });
});

const activity = (fields: Partial<Activity> & { startsAt: string }): Activity =>
  ({ documentId: fields.slug ?? fields.startsAt, title: fields.slug ?? 'Activiteit', slug: 'activiteit', ...fields }) as Activity;
const item = (startsAt: string): AgendaItem => ({ activity: activity({ startsAt }), start: new Date(startsAt), end: null });

describe('the agenda', () => {
  it('groups by Amsterdam week (Monday to Sunday) across the autumn clock change', () => {
    const weeks = groupByWeek([
      item('2026-10-24T08:00:00Z'), // Saturday 24 October, 10:00 summer time
      item('2026-10-25T22:30:00Z'), // Sunday 25 October, 23:30 winter time
      item('2026-10-25T23:30:00Z'), // Monday 26 October, 00:30: a new week, though still Sunday in UTC
    ]);
    expect(weeks.map((w) => [w.monday, w.items.length])).toEqual([
      ['2026-10-19', 2],
      ['2026-10-26', 1],
    ]);
  });

  it('groups by Amsterdam week across the spring clock change', () => {
    const weeks = groupByWeek([
      item('2026-03-29T21:30:00Z'), // Sunday 29 March, 23:30 summer time
      item('2026-03-29T22:30:00Z'), // Monday 30 March, 00:30 summer time
      item('2026-03-23T09:00:00Z'),
    ]);
    expect(weeks.map((w) => [w.monday, w.items.length])).toEqual([
      ['2026-03-23', 2],
      ['2026-03-30', 1],
    ]);
  });

  it('keeps a weekly 19:00 activity at 19:00 after the clock change, and its length', () => {
    const weekly = activity({ slug: 'taalcafe', startsAt: '2026-10-13T17:00:00Z', endsAt: '2026-10-13T19:00:00Z', recurrence: 'FREQ=WEEKLY;BYDAY=TU' });
    const items = agendaItems([weekly], new Date('2026-10-12T00:00:00Z'), 4);
    expect(items.map((i) => formatDateTime(i.start.toISOString(), 'nl'))).toEqual([
      'di 13 oktober 2026 om 19:00',
      'di 20 oktober 2026 om 19:00',
      'di 27 oktober 2026 om 19:00',
      'di 3 november 2026 om 19:00',
    ]);
    expect(items.map((i) => formatTime(i.end!.toISOString(), 'nl'))).toEqual(['21:00', '21:00', '21:00', '21:00']);
    expect(groupByWeek(items).map((w) => w.monday)).toEqual(['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02']);
  });

  it('skips an activity with a broken recurrence instead of failing the build', () => {
    const items = agendaItems(
      [
        activity({ slug: 'kapot', startsAt: '2026-11-03T17:00:00Z', recurrence: 'FREQ=SOMETIMES' }),
        activity({ slug: 'heel', startsAt: '2026-11-03T17:00:00Z' }),
      ],
      new Date('2026-11-01T00:00:00Z'),
    );
    expect(items.map((i) => i.activity.slug)).toEqual(['heel']);
  });

  it('gives one page per week, but at the weekend the first page also holds next week', () => {
    const weekly = activity({ slug: 'koffie', startsAt: '2026-11-02T09:00:00Z', recurrence: 'FREQ=DAILY' });
    const pagesAt = (now: string) => {
      const before = process.env.BUILD_NOW;
      process.env.BUILD_NOW = now;
      try {
        // A new content object each time: the weeks are kept per content object.
        return agendaPages({ activities: [weekly] }).map((page) => page.map((week) => [week.monday, week.items.length]));
      } finally {
        if (before === undefined) delete process.env.BUILD_NOW;
        else process.env.BUILD_NOW = before;
      }
    };
    // Wednesday 25 November, 09:00: this week from now on (Wed–Sun: 5 days), then one page per week.
    const midweek = pagesAt('2026-11-25T07:00:00Z');
    expect(midweek[0]).toEqual([['2026-11-23', 5]]);
    expect(midweek[1]).toEqual([['2026-11-30', 7]]);
    // Saturday 28 November, 09:00: Saturday and Sunday plus all of next week on /agenda/.
    const saturday = pagesAt('2026-11-28T07:00:00Z');
    expect(saturday[0]).toEqual([
      ['2026-11-23', 2],
      ['2026-11-30', 7],
    ]);
    expect(saturday[1]).toEqual([['2026-12-07', 7]]);
    // Sunday 08:00 in Amsterdam (07:00 UTC): Sunday and next week.
    expect(pagesAt('2026-11-29T07:00:00Z')[0]).toEqual([
      ['2026-11-23', 1],
      ['2026-11-30', 7],
    ]);
    // Sunday 23:30 (22:30 UTC): nothing left this week, so the first page is next week alone.
    expect(pagesAt('2026-11-29T22:30:00Z')[0]).toEqual([['2026-11-30', 7]]);
  });

  it('takes "now" from BUILD_NOW when set, for reproducible builds', () => {
    expect(buildNow({ BUILD_NOW: '2026-11-30T09:00:00+01:00' }).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('is one moment for the whole build without BUILD_NOW: every page and page key sees the same "now"', async () => {
    // A "now" taken again at every page made the agenda's occurrence cache miss on every page and keep each miss:
    // 1.3 GB of a 1,000-organisation build's 1.8 GB heap (heap profile, 4 December 2026), and pages of one build
    // could disagree with their keys about what is still to come.
    vi.stubEnv('BUILD_NOW', '');
    try {
      const first = buildNow({});
      await new Promise((done) => setTimeout(done, 25));
      const again = buildNow({});
      expect(again.getTime()).toBe(first.getTime());
      expect(Math.abs(first.getTime() - Date.now())).toBeLessThan(60_000);
      again.setFullYear(2000);
      expect(buildNow({}).getTime()).toBe(first.getTime());
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('search filters', () => {
  const ref = (documentId: string) => ({ documentId });
  const named = (documentId: string, name: string) => ({ documentId, name });
  const index = <T extends { documentId: string }>(list: T[]) => new Map(list.map((x) => [x.documentId, x]));
  // Only what facetValues reads: lookups of the public entries.
  const content = {
    byId: {
      wijk: index([named('w-oost', 'Oost'), named('w-zuid', 'Zuid'), named('w-west', 'West')]),
      theme: index([named('t-taal', 'Taal en inburgering'), named('t-sport', 'Sport en bewegen')]),
      community: index([named('c-pools', 'Pools-Nederlands')]),
      language: index([named('l-pl', 'Pools'), named('l-nl', 'Nederlands')]),
      targetGroup: index([named('g-jong', 'Jongeren')]),
    },
  } as unknown as SiteContent;
  const organisation = (fields: Partial<Organisation>): Organisation =>
    ({ legalForm: 'stichting', themes: [], communities: [], languages: [], targetGroups: [], serves: [], ...fields }) as Organisation;

  const located = organisation({
    locatedIn: ref('w-oost'),
    serves: [ref('w-oost'), ref('w-zuid')],
    themes: [ref('t-taal'), ref('t-hidden')],
    languages: [ref('l-pl'), ref('l-nl')],
  });

  it('counts an organisation for the wijk it is located in and every wijk it serves, once each', () => {
    expect(facetValues(located, content, 'nl').wijk).toEqual(['Oost', 'Zuid']);
  });

  it('leaves out references to entries that are not public (a hidden theme)', () => {
    expect(facetValues(located, content, 'nl').thema).toEqual(['Taal en inburgering']);
  });

  it('names the kind of organisation in the page language', () => {
    expect(facetValues(located, content, 'nl').soort).toEqual(['Stichting']);
    expect(facetValues(located, content, 'en').soort).toEqual(['Foundation']);
  });

  it('matches when every chosen filter matches (and), any value within one filter (or)', () => {
    const values = facetValues(located, content, 'nl');
    const chosen = (c: Partial<Record<Facet, string[]>>) => matchesFilters(values, c);
    expect(chosen({})).toBe(true);
    expect(chosen({ wijk: [] })).toBe(true);
    expect(chosen({ wijk: ['Zuid'] })).toBe(true);
    expect(chosen({ wijk: ['West'] })).toBe(false);
    expect(chosen({ wijk: ['West', 'Oost'] })).toBe(true);
    expect(chosen({ wijk: ['Zuid'], thema: ['Taal en inburgering'] })).toBe(true);
    expect(chosen({ wijk: ['Zuid'], thema: ['Sport en bewegen'] })).toBe(false);
    expect(chosen({ wijk: ['Zuid'], taal: ['Pools'], soort: ['Vereniging'] })).toBe(false);
  });

  it('offers every value in use, once, in Dutch alphabetical order', () => {
    const other = organisation({ locatedIn: ref('w-west'), themes: [ref('t-sport')], legalForm: 'vereniging' });
    const options = facetOptions([located, other], content, 'nl');
    expect(options.wijk).toEqual(['Oost', 'West', 'Zuid']);
    expect(options.thema).toEqual(['Sport en bewegen', 'Taal en inburgering']);
    expect(options.soort).toEqual(['Stichting', 'Vereniging']);
    expect(options.gemeenschap).toEqual([]);
  });
});

describe('the room finder', () => {
  const room = { size: 'M', capacity: 40, tariff: '35', wijk: 'overvecht', facilities: ['kitchen', 'wifi'] };

  it('passes a room that meets every filter and none that misses one', () => {
    expect(roomMatches(room, {})).toBe(true);
    expect(roomMatches(room, { size: 'M', minCapacity: 40, tariff: '35', wijk: 'overvecht', facilities: ['kitchen'] })).toBe(true);
    expect(roomMatches(room, { size: 'L' })).toBe(false);
    expect(roomMatches(room, { minCapacity: 41 })).toBe(false);
    expect(roomMatches(room, { tariff: '0' })).toBe(false);
    expect(roomMatches(room, { wijk: 'zuid' })).toBe(false);
    expect(roomMatches(room, { facilities: ['kitchen', 'prayerRoom'] })).toBe(false);
  });

  it('lists the facilities a room has, in a fixed order', () => {
    expect(facilitiesOf({ wifi: true, kitchen: true, projector: false } as Room)).toEqual(['kitchen', 'wifi']);
  });
});

describe('slugs', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Stichting Café “De Brug” & Co.')).toBe('stichting-cafe-de-brug-en-co');
    expect(slugify('  Vleuten-De Meern  ')).toBe('vleuten-de-meern');
    expect(slugify('Şükran Ünal – Ağ')).toBe('sukran-unal-ag');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long text at the limit without a trailing hyphen', () => {
    const slug = slugify('Vereniging voor Eritrese en Ethiopische nieuwkomers in Overvecht en Noordoost', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('gives the demo data slugs that follow the same rule', () => {
    for (const o of demo.organisations as { name: string; slug: string }[]) {
      expect(o.slug).toMatch(SLUG_PATTERN);
      expect(o.slug.startsWith(slugify(o.name, 60))).toBe(true);
      expect(seedSlugify(o.name)).toBe(slugify(o.name, 60));
    }
  });
});

describe('links from content', () => {
  it('keeps http, https, mailto and tel links', () => {
    expect(safeUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeUrl(' http://example.org ')).toBe('http://example.org/');
    expect(safeUrl('mailto:info@example.org')).toBe('mailto:info@example.org');
    expect(safeUrl('tel:+31301234567')).toBe('tel:+31301234567');
  });

  it('drops script, data and other schemes, also when disguised, and anything that is not a URL', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '/relative/path',
      'www.example.org',
      '',
      null,
      undefined,
    ]) {
      expect(safeUrl(value), String(value)).toBeUndefined();
    }
  });
});

describe('freshness', () => {
  it('marks a profile stale twelve months after it was last confirmed', () => {
    expect(isStale('2025-11-30', new Date('2026-11-29T23:59:59Z'))).toBe(false);
    expect(isStale('2025-11-30', new Date('2026-11-30T00:00:00Z'))).toBe(true);
    expect(isStale('2026-06-01', new Date('2026-11-30T08:00:00Z'))).toBe(false);
  });

  it('counts a profile that was never confirmed as stale', () => {
    expect(isStale(null, new Date('2026-11-30T08:00:00Z'))).toBe(true);
    expect(isStale(undefined, new Date('2026-11-30T08:00:00Z'))).toBe(true);
  });

  it('lets a profile confirmed on 29 February go stale on 1 March a year later', () => {
    expect(isStale('2024-02-29', new Date('2025-02-28T12:00:00Z'))).toBe(false);
    expect(isStale('2024-02-29', new Date('2025-03-01T00:00:00Z'))).toBe(true);
  });
});

describe('page keys and the day a build is for', () => {
  // The agenda, "coming activities" and "niet recent bevestigd" go by the day in Europe/Amsterdam; a key that carried
  // only the UTC day kept yesterday's agenda page between midnight in Utrecht and midnight UTC.
  const empty = {
    locale: 'nl',
    themes: [],
    wijken: [],
    communities: [],
    languages: [],
    targetGroups: [],
    supportOffers: [],
    organisations: [],
    activities: [],
    rooms: [],
    contacts: [],
    consultations: [],
  };
  async function keyAt(moment: string): Promise<string> {
    const before = process.env.BUILD_NOW;
    process.env.BUILD_NOW = moment;
    try {
      vi.resetModules();
      const { allContentKey } = await import('../../site/lib/page-keys.ts');
      return allContentKey({ ...empty } as unknown as SiteContent);
    } finally {
      if (before === undefined) delete process.env.BUILD_NOW;
      else process.env.BUILD_NOW = before;
    }
  }

  it('changes when the day in Utrecht changes, also while the UTC day stays the same', async () => {
    // 23:30 on 2 December and 00:30 on 3 December in Utrecht: both 2 December in UTC.
    expect(await keyAt('2026-12-02T22:30:00Z')).not.toBe(await keyAt('2026-12-02T23:30:00Z'));
    // Summer time: 23:30 and 00:30 in Utrecht are 21:30 and 22:30 UTC.
    expect(await keyAt('2026-07-01T21:30:00Z')).not.toBe(await keyAt('2026-07-01T22:30:00Z'));
  });

  it('stays the same within one day in Utrecht and in UTC', async () => {
    expect(await keyAt('2026-12-02T08:00:00Z')).toBe(await keyAt('2026-12-02T20:00:00Z'));
  });

  it('gives page 2 and on of a wijk list a new key when the wijk’s total changes, its own cards staying the same', async () => {
    // "Organisaties 51 tot en met 100 van de 137": an organisation added on page 3 leaves page 2's cards and the number
    // of pages as they were, but not the total that page 2 shows.
    const { wijkListPageKey } = await import('../../site/lib/page-keys.ts');
    const content = { ...empty } as unknown as SiteContent;
    expect(wijkListPageKey(content, 'w1', [], 2, 3, 137)).not.toBe(wijkListPageKey(content, 'w1', [], 2, 3, 138));
    expect(wijkListPageKey(content, 'w1', [], 2, 3, 137)).toBe(wijkListPageKey(content, 'w1', [], 2, 3, 137));
  });
});
