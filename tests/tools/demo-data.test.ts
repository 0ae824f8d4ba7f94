import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  CONSULTATION_CHANNELS,
  CONSULTATION_STATUSES,
  CONTACT_VISIBILITIES,
  LEGAL_FORMS,
  MUNICIPALITY_BOUNDS,
  ORGANISATION_STATUSES,
  ROOM_TARIFFS,
  SOCIAL_PLATFORMS,
  SUPPORT_NEEDS,
  SUPPORT_PROVIDER_KINDS,
  TYPES,
  WIJKEN,
  isInUtrecht,
  sizeClassFor,
} from '@mzo/content-types';
import { generateDemoData, referenceMonday } from '../../scripts/seed/demo-data.mjs';

type Data = ReturnType<typeof generateDemoData>;
type Rec = Record<string, any>;

const REFERENCE_DATE = '2026-11-30';
const demo: Data = generateDemoData();
const big: Data = generateDemoData({ organisations: 1000 });

const DAY = 86_400_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The wall-clock start times (Europe/Amsterdam) the generator's activity templates use. */
const START_TIMES = ['09:30', '10:00', '10:30', '13:00', '13:30', '14:00', '15:30', '18:00', '18:30', '19:00', '19:30'];
const bySlug = <T extends Rec>(items: T[]) => new Map(items.map((i) => [i.slug as string, i]));

/** Every string anywhere in a value, with its path. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** Every address object in the data set, with a label. */
function addresses(data: Data): [string, Rec][] {
  return [
    ...data.organisations.map((o: Rec) => [`organisation ${o.slug}`, o.address] as [string, Rec]),
    ...data.rooms.map((r: Rec) => [`room ${r.slug}`, r.address] as [string, Rec]),
    ...data.activities.filter((a: Rec) => a.address).map((a: Rec) => [`activity ${a.slug}`, a.address] as [string, Rec]),
  ];
}

/** Checks that every reference resolves and that public records only point at public ones. */
function checkReferences(data: Data) {
  const themes = bySlug(data.themes);
  const wijken = bySlug(data.wijken);
  const communities = bySlug(data.communities);
  const languages = bySlug(data.languages);
  const groups = bySlug(data.targetGroups);
  const orgs = bySlug(data.organisations);
  const rooms = bySlug(data.rooms);
  const has = (map: Map<string, unknown>, what: string, where: string) => (slug: string) =>
    expect(map.has(slug), `${where}: ${what} "${slug}" exists`).toBe(true);

  for (const o of data.organisations as Rec[]) {
    const at = `organisation ${o.slug}`;
    has(wijken, 'wijk', at)(o.locatedIn);
    o.serves.forEach(has(wijken, 'wijk', at));
    expect(o.serves, at).toContain(o.locatedIn);
    [...o.themes, ...o.hiddenThemes, ...o.consultationThemes].forEach(has(themes, 'theme', at));
    o.communities.forEach(has(communities, 'community', at));
    [...o.languages, ...o.consultationLanguages].forEach(has(languages, 'language', at));
    o.targetGroups.forEach(has(groups, 'target group', at));
    for (const ref of [...o.memberOf, ...o.partners]) {
      has(orgs, 'organisation', at)(ref);
      expect(ref, at).not.toBe(o.slug);
      expect(orgs.get(ref)!.published, `${at} points only at published organisations`).toBe(true);
    }
    for (const m of o.memberOf) expect(orgs.get(m)!.legalForm, at).toBe('koepel');
  }
  for (const r of data.rooms as Rec[]) {
    has(wijken, 'wijk', `room ${r.slug}`)(r.wijk);
    if (r.providerOrganisation) {
      has(orgs, 'organisation', `room ${r.slug}`)(r.providerOrganisation);
      if (r.published) expect(orgs.get(r.providerOrganisation)!.published, `room ${r.slug}`).toBe(true);
    }
    expect(Boolean(r.providerName) || Boolean(r.providerOrganisation), `room ${r.slug} has a provider`).toBe(true);
  }
  for (const a of data.activities as Rec[]) {
    const at = `activity ${a.slug}`;
    has(orgs, 'organisation', at)(a.organisation);
    if (a.published) expect(orgs.get(a.organisation)!.published, `${at} belongs to a published organisation`).toBe(true);
    expect((a.room === null) !== (a.address === null), `${at}: exactly one of room and address`).toBe(true);
    if (a.room) {
      has(rooms, 'room', at)(a.room);
      expect(rooms.get(a.room)!.wijk, at).toBe(a.wijk);
      if (a.published) expect(rooms.get(a.room)!.published, at).toBe(true);
    }
    has(wijken, 'wijk', at)(a.wijk);
    a.themes.forEach(has(themes, 'theme', at));
    a.languages.forEach(has(languages, 'language', at));
    a.targetGroups.forEach(has(groups, 'target group', at));
  }
  for (const c of data.contacts as Rec[]) {
    has(orgs, 'organisation', `contact ${c.key}`)(c.organisation);
    c.languages.forEach(has(languages, 'language', `contact ${c.key}`));
  }
  for (const s of data.supportOffers as Rec[]) s.wijken.forEach(has(wijken, 'wijk', `support offer ${s.slug}`));
  for (const c of data.consultations as Rec[]) {
    const at = `consultation ${c.slug}`;
    c.themes.forEach(has(themes, 'theme', at));
    c.wijken.forEach(has(wijken, 'wijk', at));
    for (const ref of [...c.invited, ...c.participants]) {
      has(orgs, 'organisation', at)(ref);
      expect(orgs.get(ref)!.published, `${at} lists only published organisations`).toBe(true);
    }
    for (const p of c.participants) expect(c.invited, at).toContain(p);
  }
}

/** The maxLength of every string attribute in the content model, per type. */
function maxLengths(typeName: string): Record<string, number> {
  const type = TYPES.find((t) => t.name === typeName)!;
  const out: Record<string, number> = {};
  for (const [name, field] of Object.entries(type.attributes as Record<string, { attribute: Rec }>)) {
    if (typeof field.attribute.maxLength === 'number') out[name] = field.attribute.maxLength;
  }
  return out;
}

function checkLengths(data: Data) {
  const sets: [string, Rec[]][] = [
    ['theme', data.themes],
    ['wijk', data.wijken],
    ['community', data.communities],
    ['language', data.languages],
    ['target-group', data.targetGroups],
    ['organisation', data.organisations],
    ['room', data.rooms],
    ['activity', data.activities],
    ['contact-person', data.contacts],
    ['support-offer', data.supportOffers],
    ['consultation', data.consultations],
  ];
  for (const [typeName, records] of sets) {
    const limits = maxLengths(typeName);
    expect(Object.keys(limits).length, `${typeName} has limits`).toBeGreaterThan(0);
    for (const record of records) {
      for (const [field, max] of Object.entries(limits)) {
        const value = record[field];
        if (value === null || value === undefined) continue;
        for (const [path, text] of strings(value)) {
          expect(text.length, `${typeName} ${record.slug ?? record.key} ${field}${path ? `.${path}` : ''}`).toBeLessThanOrEqual(max);
        }
      }
    }
  }
  // Component fields: address, channel note, need note, social link url.
  for (const [label, a] of addresses(data)) {
    expect(a.street.length, label).toBeLessThanOrEqual(120);
    expect(a.houseNumber.length, label).toBeLessThanOrEqual(10);
    expect((a.houseNumberAddition ?? '').length, label).toBeLessThanOrEqual(10);
  }
  for (const o of data.organisations as Rec[]) {
    for (const c of o.channels) expect((c.note ?? '').length, o.slug).toBeLessThanOrEqual(160);
    for (const n of o.supportNeeds) expect(n.note.length, o.slug).toBeLessThanOrEqual(300);
    for (const s of o.socialLinks) expect(s.url.length, o.slug).toBeLessThanOrEqual(300);
  }
}

describe('generateDemoData', () => {
  it('is deterministic: the same arguments give identical output, another seed differs', () => {
    expect(generateDemoData()).toEqual(demo);
    expect(generateDemoData({ organisations: 40, seed: 1, referenceDate: REFERENCE_DATE })).toEqual(demo);
    expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(demo));
    const other = generateDemoData({ seed: 2 });
    expect(other).not.toEqual(demo);
    expect(other.organisations.map((o: Rec) => o.name)).not.toEqual(demo.organisations.map((o: Rec) => o.name));
    expect(generateDemoData({ organisations: 1000 })).toEqual(big);
  });

  it('gives the default demo its counts', () => {
    expect(demo.referenceDate).toBe(REFERENCE_DATE);
    expect(demo.organisations).toHaveLength(40);
    expect(demo.activities).toHaveLength(80);
    expect(demo.rooms).toHaveLength(20);
    expect(demo.contacts).toHaveLength(80);
    expect(demo.themes).toHaveLength(12);
    expect(
      demo.themes
        .filter((t: Rec) => t.sensitive)
        .map((t: Rec) => t.name.nl)
        .sort(),
    ).toEqual(['Discriminatie', 'Radicaliseringspreventie']);
    expect(demo.wijken).toHaveLength(10);
    expect(demo.communities.length).toBeGreaterThanOrEqual(14);
    expect(demo.languages.length).toBeGreaterThanOrEqual(14);
    expect(demo.targetGroups.map((t: Rec) => t.slug).sort()).toEqual([
      'gezinnen',
      'jongeren',
      'kinderen',
      'mannen',
      'nieuwkomers',
      'ouderen',
      'statushouders',
      'vrouwen',
    ]);
    expect(demo.consultations.length).toBeGreaterThanOrEqual(5);
    expect(demo.consultations.length).toBeLessThanOrEqual(8);
  });

  it('has the ten wijken of the model, and at least two published organisations located in each', () => {
    expect(demo.wijken.map((w: Rec) => [w.slug, w.code, w.name])).toEqual(WIJKEN.map((w) => [w.slug, w.code, w.name]));
    for (const data of [demo, generateDemoData({ seed: 7 }), generateDemoData({ seed: 42 })]) {
      for (const w of WIJKEN) {
        const located = data.organisations.filter((o: Rec) => o.published && o.locatedIn === w.slug);
        expect(located.length, `${w.name} (seed ${data.organisations[0].slug})`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('uses unique slugs of lowercase letters, digits and hyphens, and unique contact keys', () => {
    for (const key of [
      'themes',
      'wijken',
      'communities',
      'languages',
      'targetGroups',
      'organisations',
      'rooms',
      'activities',
      'supportOffers',
      'consultations',
    ] as const) {
      for (const data of [demo, big]) {
        const slugs = (data[key] as Rec[]).map((r) => r.slug);
        for (const slug of slugs) expect(slug, key).toMatch(SLUG);
        expect(new Set(slugs).size, `${key} slugs are unique`).toBe(slugs.length);
      }
    }
    for (const data of [demo, big]) expect(new Set(data.contacts.map((c: Rec) => c.key)).size).toBe(data.contacts.length);
  });

  it('resolves every reference, and public records only point at published ones', () => {
    checkReferences(demo);
    checkReferences(big);
  });

  it('uses only values from the model enumerations', () => {
    for (const data of [demo, big]) {
      for (const o of data.organisations as Rec[]) {
        expect(LEGAL_FORMS).toContain(o.legalForm);
        expect(ORGANISATION_STATUSES).toContain(o.status);
        for (const c of o.channels) expect(CHANNELS).toContain(c.kind);
        for (const s of o.socialLinks) expect(SOCIAL_PLATFORMS).toContain(s.platform);
        for (const n of o.supportNeeds) expect(SUPPORT_NEEDS).toContain(n.need);
        if (o.consultationChannel !== null) expect(CONSULTATION_CHANNELS).toContain(o.consultationChannel);
        if (o.kvkNumber !== null) expect(o.kvkNumber).toMatch(/^\d{8}$/);
        expect(o.foundedYear).toBeGreaterThanOrEqual(1900);
        expect(o.foundedYear).toBeLessThanOrEqual(2026);
        expect(o.lastConfirmed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(o.lastConfirmed <= REFERENCE_DATE).toBe(true);
      }
      for (const r of data.rooms as Rec[]) expect(ROOM_TARIFFS).toContain(r.tariff);
      for (const c of data.contacts as Rec[]) expect(CONTACT_VISIBILITIES).toContain(c.visibility);
      for (const s of data.supportOffers as Rec[]) {
        expect(SUPPORT_PROVIDER_KINDS).toContain(s.providerKind);
        for (const need of s.answers) expect(SUPPORT_NEEDS).toContain(need);
      }
      for (const c of data.consultations as Rec[]) expect(CONSULTATION_STATUSES).toContain(c.status);
    }
  });

  it('places every address inside the municipality and near its wijk, with a Utrecht postcode', () => {
    const centre = new Map(WIJKEN.map((w) => [w.slug, w.centre]));
    const wijkOf = (label: string, data: Data) => {
      const [kind, slug] = label.split(' ');
      const list = kind === 'organisation' ? data.organisations : kind === 'room' ? data.rooms : data.activities;
      const record = (list as Rec[]).find((r) => r.slug === slug)!;
      return kind === 'organisation' ? record.locatedIn : record.wijk;
    };
    for (const data of [demo, big]) {
      for (const [label, a] of addresses(data)) {
        expect(isInUtrecht(a.latitude, a.longitude), `${label} at ${a.latitude},${a.longitude}`).toBe(true);
        expect(a.latitude).toBeGreaterThanOrEqual(MUNICIPALITY_BOUNDS.south);
        expect(a.postcode, label).toMatch(/^3[45]\d{2} [A-Z]{2}$/);
        expect(a.city).toBe('Utrecht');
        expect(typeof a.houseNumber).toBe('string');
        if (a.buurtCode !== null) expect(a.buurtCode, label).toMatch(/^BU0344\d{4}$/);
        if (data === demo) {
          const [lat, lng] = centre.get(wijkOf(label, data))!;
          const metres = Math.hypot((a.latitude - lat) * 111_320, (a.longitude - lng) * 111_320 * Math.cos((lat * Math.PI) / 180));
          expect(metres, `${label} is within ~600 m of its wijk centre`).toBeLessThanOrEqual(620);
        }
      }
    }
  });

  it('uses only example.org e-mail addresses and websites, and fictional phone numbers', () => {
    for (const data of [demo, big]) {
      for (const [path, text] of strings(data)) {
        if (/@/.test(text) && /^[^\s@]+@[^\s@]+$/.test(text)) expect(text, path).toMatch(/@([a-z0-9-]+\.)*example\.org$/);
        if (/^https?:\/\//.test(text)) expect(text, path).toMatch(/^https:\/\/([a-z0-9-]+\.)*example\.org(\/|$)/);
      }
      const phones = [
        ...(data.organisations as Rec[]).map((o) => o.phone),
        ...(data.contacts as Rec[]).map((c) => c.phone),
        ...(data.rooms as Rec[]).map((r) => r.bookingPhone),
        ...(data.supportOffers as Rec[]).map((s) => s.phone),
      ].filter((p) => p !== null);
      for (const p of phones) expect(p).toMatch(/^030 1\d{2} \d{4}$/);
    }
    for (const c of demo.contacts as Rec[]) expect(c.email).toMatch(/example\.org$/);
  });

  it('never gives a non-public contact the same e-mail address or phone as anything public', () => {
    for (const data of [demo, big]) {
      const secret = new Set(
        (data.contacts as Rec[])
          .filter((c) => c.visibility !== 'public')
          .flatMap((c) => [c.email, c.phone])
          .filter(Boolean),
      );
      const publicRecords = [
        ...(data.organisations as Rec[]),
        ...(data.rooms as Rec[]),
        ...(data.activities as Rec[]),
        ...(data.supportOffers as Rec[]),
        ...(data.consultations as Rec[]),
        ...(data.contacts as Rec[]).filter((c) => c.visibility === 'public'),
      ];
      for (const record of publicRecords) {
        for (const [path, text] of strings(record)) expect(secret.has(text), `${record.slug ?? record.key}.${path}`).toBe(false);
      }
    }
  });

  it('keeps texts within the model’s maximum lengths, in both languages', () => {
    checkLengths(demo);
    checkLengths(big);
    for (const o of demo.organisations as Rec[]) {
      expect(o.summary.nl.length).toBeLessThanOrEqual(300);
      expect(o.summary.en.length).toBeLessThanOrEqual(300);
      expect(o.description.nl.length).toBeGreaterThan(0);
      expect(o.description.en).toHaveLength(o.description.nl.length);
    }
  });

  it('has English next to Dutch for every localized field', () => {
    const localized = (v: unknown) => v && typeof v === 'object' && !Array.isArray(v) && 'nl' in (v as Rec);
    for (const [path, text] of strings(demo)) expect(text.trim().length, path).toBeGreaterThan(0);
    const walk = (value: unknown, path: string) => {
      if (localized(value)) {
        const { nl, en } = value as Rec;
        expect(en, `${path}.en`).toBeTruthy();
        expect(typeof en, path).toBe(typeof nl);
        if (Array.isArray(nl)) expect(en.length, path).toBe(nl.length);
        return;
      }
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(demo, 'demo');
  });

  it('gives rooms a size class that matches their area', () => {
    for (const data of [demo, big]) {
      for (const r of data.rooms as Rec[]) {
        expect(r.sizeClass, r.slug).toBe(sizeClassFor(r.areaM2));
        expect(r.capacity).toBeGreaterThanOrEqual(1);
      }
    }
    expect(new Set(demo.rooms.map((r: Rec) => r.tariff)).size).toBeGreaterThanOrEqual(2);
    expect(demo.rooms.some((r: Rec) => r.providerOrganisation)).toBe(true);
    expect(demo.rooms.some((r: Rec) => r.providerName)).toBe(true);
  });

  it('schedules activities from the reference date, with RRULEs without DTSTART and correct Amsterdam times', () => {
    const ref = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
    const amsterdam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const rrule = /^FREQ=(WEEKLY|MONTHLY)(;INTERVAL=\d+)?;BYDAY=(-?\d)?[A-Z]{2}(,[A-Z]{2})*(;COUNT=\d+|;UNTIL=\d{8}T\d{6}Z)?$/;
    for (const a of demo.activities as Rec[]) {
      expect(a.startsAt, a.slug).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
      const start = Date.parse(a.startsAt);
      expect(Date.parse(a.endsAt)).toBeGreaterThan(start);
      expect(start, `${a.slug} starts before reference date + 8 weeks`).toBeLessThan(ref + 56 * DAY);
      if (a.recurrence === null) expect(start, `${a.slug} (one-off) is not in the past`).toBeGreaterThanOrEqual(ref);
      else {
        expect(a.recurrence, a.slug).toMatch(rrule);
        expect(a.recurrence).not.toMatch(/DTSTART/);
        expect(start).toBeGreaterThanOrEqual(ref - 9 * 7 * DAY);
        const until = /UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(a.recurrence);
        if (until) expect(Date.parse(`${until[1]}-${until[2]}-${until[3]}T${until[4]}:${until[5]}:${until[6]}Z`)).toBeGreaterThan(ref);
        // The first occurrence is on one of the BYDAY days.
        const days = /BYDAY=([^;]+)/
          .exec(a.recurrence)![1]
          .split(',')
          .map((d) => d.replace(/^-?\d/, ''));
        const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short' }).format(start).slice(0, 2).toUpperCase();
        expect(days, a.slug).toContain(weekday);
      }
      // Activities start at the templates' wall-clock times in Amsterdam, whatever the UTC offset.
      expect(START_TIMES, `${a.slug} at ${a.startsAt}`).toContain(amsterdam.format(start));
    }
    const recurrences = demo.activities.map((a: Rec) => a.recurrence);
    expect(recurrences.filter((r: string | null) => r === null).length).toBeGreaterThan(5);
    expect(recurrences.some((r: string | null) => r?.startsWith('FREQ=WEEKLY;BYDAY='))).toBe(true);
    expect(recurrences.some((r: string | null) => r?.startsWith('FREQ=MONTHLY;BYDAY='))).toBe(true);
    expect(recurrences.some((r: string | null) => r?.includes('INTERVAL=2') && r.includes('COUNT='))).toBe(true);
    expect(recurrences.some((r: string | null) => r?.includes('UNTIL='))).toBe(true);
    expect(
      demo.activities.some((a: Rec) => a.recurrence && Date.parse(a.startsAt) < ref),
      'a running series started in the past',
    ).toBe(true);
    expect(demo.activities.some((a: Rec) => a.room) && demo.activities.some((a: Rec) => a.address)).toBe(true);
    expect(demo.activities.some((a: Rec) => !a.free && a.cost) && demo.activities.some((a: Rec) => a.free && a.cost === null)).toBe(true);
  });

  it('converts summer-time starts with a two-hour offset', () => {
    const summer = generateDemoData({ referenceDate: '2027-06-07' });
    const amsterdam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const summerStarts = summer.activities.filter((a: Rec) => /^2027-0[6-8]/.test(a.startsAt));
    expect(summerStarts.length).toBeGreaterThan(40);
    for (const a of summer.activities as Rec[]) expect(START_TIMES, `${a.slug} at ${a.startsAt}`).toContain(amsterdam.format(Date.parse(a.startsAt)));
    // 10:00 in summer is 08:00 UTC.
    expect(summerStarts.some((a: Rec) => a.startsAt.endsWith('T08:00:00.000Z'))).toBe(true);
    const until = summer.activities.map((a: Rec) => /UNTIL=\d{8}T(\d{2})/.exec(a.recurrence ?? '')?.[1]).filter(Boolean);
    for (const hour of until) expect(['22', '23']).toContain(hour);
  });

  it('has what the demo needs: drafts, informal networks, a koepel, sensitive themes, opt-ins, stale profiles', () => {
    const orgs = demo.organisations as Rec[];
    const drafts = orgs.filter((o) => !o.published);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.length).toBeLessThanOrEqual(4);
    const draftActivities = demo.activities.filter((a: Rec) => !a.published);
    expect(draftActivities.length).toBeGreaterThanOrEqual(2);
    expect(draftActivities.length).toBeLessThanOrEqual(4);

    const informal = orgs.filter((o) => o.legalForm === 'informeel-netwerk');
    expect(informal.length).toBeGreaterThanOrEqual(3);
    for (const o of informal) {
      expect(o.kvkNumber).toBeNull();
      expect(o.status).toBe('nieuw');
    }
    const koepels = orgs.filter((o) => o.legalForm === 'koepel');
    expect(koepels.length).toBeGreaterThanOrEqual(1);
    expect(orgs.filter((o) => o.memberOf.includes(koepels[0].slug)).length).toBeGreaterThanOrEqual(3);
    expect(orgs.filter((o) => o.partners.length).length).toBeGreaterThanOrEqual(3);

    const sensitive = demo.themes.filter((t: Rec) => t.sensitive).map((t: Rec) => t.slug);
    expect(orgs.some((o) => o.published && o.themes.some((t: string) => sensitive.includes(t)))).toBe(true);
    expect(orgs.some((o) => o.hiddenThemes.length)).toBe(true);
    for (const o of orgs) {
      for (const t of o.hiddenThemes) {
        expect(sensitive).toContain(t);
        expect(o.themes).not.toContain(t);
        expect(o.consultationThemes).not.toContain(t);
      }
    }
    // A hidden sensitive theme never shows through an activity or a consultation.
    const orgBySlug = bySlug(orgs);
    for (const a of demo.activities as Rec[]) {
      for (const t of a.themes) if (sensitive.includes(t)) expect(orgBySlug.get(a.organisation)!.themes).toContain(t);
    }
    for (const c of demo.consultations as Rec[]) {
      if (!c.themes.some((t: string) => sensitive.includes(t))) continue;
      for (const slug of [...c.invited, ...c.participants]) {
        expect(
          orgBySlug.get(slug)!.hiddenThemes.some((t: string) => c.themes.includes(t)),
          `${c.slug} ${slug}`,
        ).toBe(false);
      }
    }

    const optedIn = orgs.filter((o) => o.consultationOptIn);
    expect(optedIn.length).toBeGreaterThanOrEqual(8);
    for (const o of optedIn) {
      expect(o.consultationThemes.length).toBeGreaterThan(0);
      expect(o.consultationChannel).not.toBeNull();
      expect(o.consultationLanguages.length).toBeGreaterThan(0);
      expect(o.published).toBe(true);
    }
    for (const o of orgs.filter((x) => !x.consultationOptIn)) {
      expect(o.consultationThemes).toEqual([]);
      expect(o.consultationChannel).toBeNull();
    }
    expect(orgs.some((o) => o.supportNeeds.some((n: Rec) => n.publicCall))).toBe(true);
    expect(orgs.some((o) => o.supportNeeds.some((n: Rec) => !n.publicCall))).toBe(true);

    const yearBefore = new Date(Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - 365 * DAY).toISOString().slice(0, 10);
    expect(orgs.filter((o) => o.lastConfirmed < yearBefore).length).toBeGreaterThanOrEqual(3);

    // Several organisations share one buurtcentrum address, for map clustering.
    const perAddress = new Map<string, number>();
    for (const o of orgs) {
      const key = `${o.address.latitude},${o.address.longitude}`;
      perAddress.set(key, (perAddress.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perAddress.values())).toBeGreaterThanOrEqual(3);

    // Every community appears in an organisation.
    for (const c of demo.communities as Rec[])
      expect(
        orgs.some((o) => o.communities.includes(c.slug)),
        c.slug,
      ).toBe(true);
    const codes = demo.languages.map((l: Rec) => l.code);
    for (const code of ['nl', 'en', 'ar', 'tr', 'ber', 'ti', 'so', 'fa', 'ps', 'ku', 'pl', 'uk', 'ru', 'zh', 'es', 'pap', 'srn', 'tw'])
      expect(codes).toContain(code);
  });

  it('has contacts of every visibility, with a consent date', () => {
    const visibilities = new Set(demo.contacts.map((c: Rec) => c.visibility));
    expect([...visibilities].sort()).toEqual(['hidden', 'officials', 'public']);
    for (const c of demo.contacts as Rec[]) {
      expect(c.consentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.consentDate <= REFERENCE_DATE).toBe(true);
      expect(c.name).toMatch(/\S+ \S+/);
    }
    // Every organisation that opted in to consultations has someone officials may contact.
    for (const o of demo.organisations.filter((x: Rec) => x.consultationOptIn) as Rec[]) {
      expect(
        demo.contacts.some((c: Rec) => c.organisation === o.slug && c.visibility !== 'hidden'),
        o.slug,
      ).toBe(true);
    }
  });

  it('has the support offers of the brief: DOCK in every wijk, Vrijwilligerscentrale, Initiatievenfonds, trainings', () => {
    const offers = demo.supportOffers as Rec[];
    const dock = offers.filter((s) => s.providerKind === 'sociaal-makelaar');
    expect(dock).toHaveLength(10);
    for (const s of dock) expect(s.providerName).toBe('DOCK');
    expect(dock.flatMap((s) => s.wijken).sort()).toEqual(WIJKEN.map((w) => w.slug).sort());
    const vc = offers.filter((s) => s.providerKind === 'vrijwilligerscentrale');
    expect(vc.flatMap((s) => s.answers)).toEqual(expect.arrayContaining(['vrijwilligers', 'training']));
    const fund = offers.find((s) => s.providerKind === 'initiatievenfonds')!;
    expect(fund.answers).toEqual(expect.arrayContaining(['financiering', 'initiatievenfonds', 'eherkenning']));
    expect(fund.description.nl).toMatch(/eHerkenning/);
    expect(offers.filter((s) => s.providerKind === 'training').length).toBeGreaterThanOrEqual(2);
    // Every support need has an offer that answers it.
    for (const need of SUPPORT_NEEDS)
      expect(
        offers.some((s) => s.answers.includes(need)),
        need,
      ).toBe(true);
  });

  it('has consultations in every status, with outcomes and one closed without an outcome', () => {
    const c = demo.consultations as Rec[];
    expect(new Set(c.map((x) => x.status))).toEqual(new Set(CONSULTATION_STATUSES));
    for (const x of c.filter((y) => y.status === 'outcome-published')) {
      expect(x.outcomeSummary?.nl).toBeTruthy();
      expect(x.outcomeDate! > x.date).toBe(true);
      expect(x.outcomeDate! <= REFERENCE_DATE).toBe(true);
      expect(x.participants.length).toBeGreaterThan(0);
    }
    const closed = c.filter((y) => y.status === 'closed' && y.outcomeSummary === null && y.date < REFERENCE_DATE);
    expect(closed.length).toBeGreaterThanOrEqual(1);
    for (const x of c.filter((y) => y.status === 'planned')) {
      expect(x.date > REFERENCE_DATE).toBe(true);
      expect(x.participants).toEqual([]);
    }
    expect(c.some((x) => x.published === false)).toBe(true);
  });

  it('scales: 1000 organisations give about 5000 activities, 300 rooms and 2000 contacts', () => {
    expect(big.organisations).toHaveLength(1000);
    expect(big.activities.length).toBeGreaterThanOrEqual(4900);
    expect(big.activities.length).toBeLessThanOrEqual(5100);
    expect(big.rooms.length).toBeGreaterThanOrEqual(280);
    expect(big.rooms.length).toBeLessThanOrEqual(320);
    expect(big.contacts).toHaveLength(2000);
    const names = big.organisations.map((o: Rec) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('generates 5000 organisations quickly', () => {
    // CPU time of this process, not the clock: other work on a busy machine does not count against it.
    const started = process.cpuUsage();
    const huge = generateDemoData({ organisations: 5000 });
    const { user, system } = process.cpuUsage(started);
    expect(huge.organisations).toHaveLength(5000);
    expect(huge.activities).toHaveLength(25_000);
    // The target is well under 2 s; the bound leaves room for a slower machine.
    expect((user + system) / 1000).toBeLessThan(6000);
  });

  it('respects explicit options', () => {
    const custom = generateDemoData({ organisations: 12, activitiesPerOrganisation: 1, roomsPerOrganisation: 1, contactsPerOrganisation: 3, seed: 9 });
    expect(custom.organisations).toHaveLength(12);
    expect(custom.activities).toHaveLength(12);
    expect(custom.rooms).toHaveLength(12);
    expect(custom.contacts).toHaveLength(36);
    checkReferences(custom);
    const empty = generateDemoData({ organisations: 0 });
    expect(empty.organisations).toEqual([]);
    expect(empty.activities).toEqual([]);
  });
});

describe('referenceMonday', () => {
  it('gives the Monday of the week in Europe/Amsterdam', () => {
    expect(referenceMonday('2026-11-30')).toBe('2026-11-30');
    expect(referenceMonday('2026-12-03')).toBe('2026-11-30');
    expect(referenceMonday('2026-12-06')).toBe('2026-11-30');
    expect(referenceMonday(new Date('2026-12-06T22:30:00Z'))).toBe('2026-11-30'); // Sunday 23:30 in Amsterdam
    expect(referenceMonday(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07'); // Monday 00:30 in Amsterdam
    expect(referenceMonday(new Date('2027-06-13T21:30:00Z'))).toBe('2027-06-07'); // Sunday 23:30 CEST
    expect(referenceMonday(new Date('2027-06-13T22:30:00Z'))).toBe('2027-06-14'); // Monday 00:30 CEST
    expect(referenceMonday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${referenceMonday()}T12:00:00Z`).getUTCDay()).toBe(1);
  });
});
