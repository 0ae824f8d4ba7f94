import { describe, expect, it } from 'vitest';
import { OPTION_LABELS, OPTION_LISTS, TYPES } from '@mzo/content-types';
import { joinMoment, parseTime, splitMoment } from '../../cms/src/plugins/mzo/admin/src/fields/moment.ts';
import { describe as inWords, fromRrule, nextDates, toRrule, weekdayOf, type Choice } from '../../cms/src/plugins/mzo/admin/src/fields/recurrence.ts';
import { rruleProblem } from '@mzo/content-types/validation';
import { groupPanels } from '../../cms/src/plugins/mzo/admin/src/form-panels.ts';
import { groupedRows } from '../../cms/src/bootstrap/edit-view.ts';
import { FORM_LAYOUTS } from '../../cms/src/editing/form-layout.ts';
import { trimForVolunteer } from '../../cms/src/extensions/content-manager/strapi-server.ts';

describe('times as people type them (custom field global::moment)', () => {
  it.each([
    ['10:00', '10:00'],
    ['10.00', '10:00'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['10,30', '10:30'],
    ['10u30', '10:30'],
    ['10 uur', '10:00'],
    ['930', '09:30'],
    ['1000', '10:00'],
    ['9', '09:00'],
    [' 21:15 ', '21:15'],
  ])('reads %j as %s', (typed, time) => expect(parseTime(typed)).toBe(time));

  it.each(['', 'tien uur', '24:00', '10:75', '00:0010:00', '10:0', '1:2:3'])('refuses %j instead of guessing', (typed) =>
    expect(parseTime(typed)).toBeUndefined(),
  );

  it('stores a date and time in Utrecht, winter and summer, and shows them back as typed', () => {
    expect(joinMoment('2027-01-09', '10:00')).toBe('2027-01-09T09:00:00Z');
    expect(joinMoment('2027-07-03', '10:00')).toBe('2027-07-03T08:00:00Z');
    expect(splitMoment('2027-01-09T09:00:00.000Z')).toEqual({ date: '2027-01-09', time: '10:00' });
    expect(splitMoment(null)).toEqual({ date: '', time: '' });
    expect(joinMoment('', '10:00')).toBeUndefined();
  });
});

describe('option labels', () => {
  it('give every stored option value of the model a Dutch and an English label', () => {
    const enumerations = TYPES.flatMap((type) => Object.values(type.attributes))
      .map((field) => field.attribute as { type: string; enum?: string[] })
      .filter((attribute) => attribute.type === 'enumeration');
    for (const value of [...enumerations.flatMap((a) => a.enum ?? []), ...Object.values(OPTION_LISTS).flat()]) {
      expect(OPTION_LABELS[value]?.nl, value).toBeTruthy();
      expect(OPTION_LABELS[value]?.en, value).toBeTruthy();
    }
    expect(OPTION_LABELS['tarief-35'].nl).toMatch(/35 %.*maatschappelijk/);
    expect(OPTION_LABELS.M.nl).toContain('m²');
  });
});

describe('the edit forms in groups', () => {
  it('name every field of the types a volunteer edits exactly once', () => {
    for (const form of FORM_LAYOUTS) {
      const type = TYPES.find((t) => t.uid === form.uid)!;
      const named = form.groups.flatMap((g) => g.fields);
      expect(new Set(named).size, form.uid).toBe(named.length);
      expect([...named].sort(), form.uid).toEqual(Object.keys(type.attributes).sort());
      expect(form.displayName).toBe(type.displayName);
    }
  });

  it('orders rows by group and keeps a field no group names', () => {
    const form = { uid: 'x', displayName: 'X', groups: [{ id: 'a', fields: ['b', 'a'] }], hiddenFromVolunteers: [] };
    const rows = groupedRows(
      form,
      [
        [{ name: 'a', size: 6 }],
        [
          { name: 'c', size: 12 },
          { name: 'b', size: 6 },
        ],
      ],
      {
        a: { type: 'string' },
        b: { type: 'string' },
        c: { type: 'text' },
      },
    );
    expect(rows).toEqual([
      [
        { name: 'b', size: 6 },
        { name: 'a', size: 6 },
      ],
      [{ name: 'c', size: 12 }],
    ]);
  });

  it('shows each group in its own box', () => {
    const field = (name: string) => ({ name });
    const { layout } = groupPanels({
      layout: {
        settings: { displayName: 'Activiteit' },
        layout: [[[field('title'), field('organisation')], [field('summary')], [field('startsAt'), field('endsAt')]]],
      },
      query: {},
    });
    expect(layout.layout.map((panel) => panel.map((row) => row.map((f) => f.name)))).toEqual([
      [['title', 'organisation'], ['summary']],
      [['startsAt', 'endsAt']],
    ]);
  });

  it('leaves technical and editorial fields out of a volunteer layout', () => {
    const body = {
      data: {
        contentType: { layouts: { edit: [[{ name: 'name' }, { name: 'slug' }], [{ name: 'editors' }]], list: ['name', 'slug'] } },
        components: {
          'shared.address': {
            layouts: {
              edit: [
                [{ name: 'postcode' }, { name: 'houseNumber' }],
                [{ name: 'latitude' }, { name: 'longitude' }],
              ],
            },
          },
        },
      },
    };
    trimForVolunteer(body, 'api::organisation.organisation');
    expect(body.data.contentType.layouts).toEqual({ edit: [[{ name: 'name' }]], list: ['name'] });
    expect(body.data.components['shared.address'].layouts.edit).toEqual([[{ name: 'postcode' }, { name: 'houseNumber' }]]);
  });
});

describe('the recurrence picker (custom field global::recurrence)', () => {
  const start = '2027-01-09T09:00:00.000Z'; // Saturday 9 January 2027, 10:00 in Utrecht
  it.each([
    [{ pattern: { kind: 'once' }, end: { kind: 'never' } }, ''],
    [{ pattern: { kind: 'weekly', interval: 1, days: ['SA'] }, end: { kind: 'never' } }, 'FREQ=WEEKLY;BYDAY=SA'],
    [{ pattern: { kind: 'weekly', interval: 2, days: ['TU', 'MO'] }, end: { kind: 'count', count: 6 } }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU;COUNT=6'],
    [{ pattern: { kind: 'monthly', nth: 2, day: 'TU' }, end: { kind: 'until', date: '2027-06-30' } }, 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T235959'],
    [{ pattern: { kind: 'monthly', nth: -1, day: 'FR' }, end: { kind: 'never' } }, 'FREQ=MONTHLY;BYDAY=-1FR'],
  ] as [Choice, string][])('stores %j as %s, and reads it back', (choice, rule) => {
    expect(toRrule(choice)).toBe(rule);
    if (rule) expect(rruleProblem(rule)).toBeNull();
    const back = fromRrule(rule)!;
    expect(toRrule(back)).toBe(rule);
  });

  it('keeps rules it cannot show as they are (fromRrule gives nothing to overwrite them with)', () => {
    for (const rule of [
      'FREQ=DAILY',
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=SA',
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'FREQ=WEEKLY;BYDAY=SA,MO',
      'FREQ=YEARLY',
      'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630T100000Z',
    ]) {
      expect(fromRrule(rule), rule).toBeUndefined();
    }
  });

  it('says the rule in words and shows the next dates, in Dutch and English', () => {
    const weekly = fromRrule('FREQ=WEEKLY;BYDAY=SA')!;
    expect(inWords(weekly, 'nl')).toBe('Elke zaterdag');
    expect(inWords(weekly, 'en')).toBe('Every Saturday');
    expect(inWords(fromRrule('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T235959')!, 'nl')).toBe('Elke tweede dinsdag van de maand, tot en met 30 juni 2027');
    expect(inWords(fromRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=4')!, 'en')).toBe('Every other week on Monday and Wednesday, 4 times');
    const next = nextDates('FREQ=WEEKLY;BYDAY=SA', start, 'nl');
    expect(next).toHaveLength(3);
    expect(next[0]).toMatch(/za.*9 januari 2027.*10:00/);
    expect(next[1]).toMatch(/16 januari/);
    expect(nextDates('FREQ=WEEKLY;BYDAY=SA', start, 'en')[2]).toMatch(/Sat.*23 January 2027.*10:00/);
    expect(weekdayOf(start)).toBe('SA');
  });
});
