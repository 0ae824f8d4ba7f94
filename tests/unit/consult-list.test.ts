import { describe, expect, it } from 'vitest';
import { toCsv } from '../../content-types/src/csv.ts';
import {
  CONSULT_CSV_COLUMNS,
  channelAddress,
  choiceCounts,
  consultCsvRecords,
  matchesChoice,
  noChoice,
  type ConsultEntry,
} from '../../site/lib/consult-list.ts';
import { parseCsvStrictly } from '../support/csv.ts';

const row = (facets: Partial<ReturnType<typeof noChoice>>) => ({ ...noChoice(), ...facets });

describe('the consultation list builder’s filters', () => {
  const rows = [
    row({ thema: ['zorg'], wijk: ['zuidwest'], doelgroep: ['ouderen'], taal: ['turks'] }),
    row({ thema: ['zorg'], wijk: ['west'], doelgroep: ['ouderen', 'vrouwen'] }),
    row({ thema: ['werk'], wijk: ['zuidwest'], doelgroep: ['jongeren'], gemeenschap: ['somalisch'] }),
  ];

  it('combines filters with "and" and choices within a filter with "or"', () => {
    expect(rows.filter((r) => matchesChoice(r, row({ doelgroep: ['ouderen'], wijk: ['zuidwest'] })))).toEqual([rows[0]]);
    expect(rows.filter((r) => matchesChoice(r, row({ wijk: ['zuidwest', 'west'] })))).toHaveLength(3);
    expect(rows.filter((r) => matchesChoice(r, noChoice()))).toHaveLength(3);
  });

  it('counts per choice what the list would hold with it, given the other filters', () => {
    const counts = choiceCounts(rows, row({ doelgroep: ['ouderen'] }));
    expect(counts.wijk.get('zuidwest')).toBe(1);
    expect(counts.wijk.get('west')).toBe(1);
    // Within the chosen filter the other filters count: every target group, as no other filter is set.
    expect(counts.doelgroep.get('jongeren')).toBe(1);
    expect(counts.doelgroep.get('ouderen')).toBe(2);
  });
});

describe('where to reach an organisation on its preferred channel', () => {
  const o = { email: 'info@a.example.org', phone: '030 123 4567', socialLinks: [{ platform: 'whatsapp' as const, url: 'https://wa.me/31612345678' }] };
  it('gives the WhatsApp link for WhatsApp, else the phone number', () => {
    expect(channelAddress({ ...o, consultationChannel: 'whatsapp' })).toBe('https://wa.me/31612345678');
    expect(channelAddress({ ...o, socialLinks: [], consultationChannel: 'whatsapp' })).toBe('030 123 4567');
  });
  it('gives the umbrella organisation’s address when it prefers to be reached through it', () => {
    expect(channelAddress({ ...o, consultationChannel: 'via-koepel' }, { email: 'koepel@b.example.org' })).toBe('koepel@b.example.org');
  });
  it('gives the phone for telephone and the e-mail address for e-mail and meetings', () => {
    expect(channelAddress({ ...o, consultationChannel: 'telefoon' })).toBe('030 123 4567');
    expect(channelAddress({ ...o, consultationChannel: 'bijeenkomst' })).toBe('info@a.example.org');
  });
});

it('writes the list as CSV that a strict parser reads back, one value list per cell', () => {
  const entry: ConsultEntry = {
    name: 'Stichting "De Brug", Utrecht',
    url: 'https://gids.example.org/organisaties/de-brug/',
    email: 'info@brug.example.org',
    phone: '+31 30 123 4567',
    themes: ['Zorg', 'Werk'],
    wijken: ['Zuidwest'],
    targetGroups: ['Ouderen'],
    communities: ['Turks'],
    languages: ['Nederlands', 'Turks'],
    channel: 'Liefst via WhatsApp',
    channelAddress: '=HYPERLINK("x")',
    leadTimeWeeks: 4,
  };
  const [header, record] = parseCsvStrictly(toCsv(consultCsvRecords([entry]), { bom: true }));
  expect(header).toEqual([...CONSULT_CSV_COLUMNS]);
  expect(record).toEqual([
    entry.name,
    entry.url,
    entry.email,
    '+31 30 123 4567',
    'Zorg; Werk',
    'Zuidwest',
    'Ouderen',
    'Turks',
    'Nederlands; Turks',
    'Liefst via WhatsApp',
    `'=HYPERLINK("x")`,
    '4',
  ]);
});
