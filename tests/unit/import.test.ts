import { zipSync, strToU8 } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import {
  DuplicateFinder,
  applyDecisions,
  sourceNote,
  activityTimes,
  nameSimilarity,
  planHsds,
  planSpreadsheet,
  readChoice,
  readHsds,
  readSpreadsheet,
  suggestMapping,
  mappingToRemember,
  UnreadableFile,
  type ImportContext,
  type ImportEntry,
  type ImportPlan,
  type TaxonomyTerm,
} from '@mzo/content-types/import';
import { openDataBundle } from '../../site/lib/open-data/bundle.ts';
import { scheduleFields } from '../../site/lib/open-data/schedule.ts';
import type { OpenDataSource } from '../../site/lib/open-data/source.ts';
import { occurrences } from '../../site/lib/recurrence.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
const term = (documentId: string, name: string, extra: Partial<TaxonomyTerm> = {}): TaxonomyTerm => ({ documentId, name, slug: documentId, ...extra });

function context(existing: ImportContext['existing'] = []): ImportContext {
  return {
    language: 'nl',
    now: NOW,
    existing,
    taxonomies: {
      theme: [term('taal-en-inburgering', 'Taal en inburgering'), term('sport-en-bewegen', 'Sport en bewegen'), term('discriminatie', 'Discriminatie')],
      wijk: [
        term('west', 'West', { code: 'WK034401' }),
        term('oost', 'Oost', { code: 'WK034405' }),
        term('vleuten-de-meern', 'Vleuten-De Meern', { code: 'WK034410' }),
      ],
      community: [term('syrisch', 'Syrisch'), term('eritrees', 'Eritrees')],
      language: [
        term('nederlands', 'Nederlands', { code: 'nl' }),
        term('arabisch', 'Arabisch', { code: 'ar' }),
        term('farsi', 'Farsi (Perzisch, ook Dari)', { code: 'fa' }),
      ],
      'target-group': [term('jongeren', 'Jongeren'), term('vrouwen', 'Vrouwen')],
    },
  };
}

const csv = (text: string) => ({ name: 'organisaties.csv', bytes: new TextEncoder().encode(text) });
const entryAt = (plan: ImportPlan, row: number) => plan.entries.find((e) => e.row === row)!;
const texts = (plan: ImportPlan, row: number) => entryAt(plan, row).messages.map((m) => `${m.level} ${m.column ?? ''}: ${m.text}`);

async function planCsv(text: string, ctx = context()) {
  const sheet = await readSpreadsheet(csv(text));
  return planSpreadsheet(sheet, { columns: suggestMapping(sheet.headers) }, ctx, 'organisaties.csv');
}

const HEADER =
  "\uFEFFNaam;Postcode;Huisnummer;Wijk;Thema's;KvK;E-mail;Telefoon;Website;Opgericht;Rechtsvorm;Korte beschrijving;Contactpersoon;E-mail contactpersoon\r\n";

describe('spreadsheet columns', () => {
  it('recognises Dutch headers, with or without apostrophes and capitals', () => {
    expect(
      suggestMapping(['Naam', 'POSTCODE', 'Huisnr', 'Wijk', "Thema's", 'Thema’s organisatie', 'KvK-nummer', 'E-mail', 'Tel', 'Contactpersoon', 'Iets anders']),
    ).toEqual([
      'name',
      'address.postcode',
      'address.houseNumber',
      'locatedIn',
      'themes',
      null, // themes is taken by the column before
      'kvkNumber',
      'email',
      'phone',
      'contact.name',
      null,
    ]);
  });

  it('remembers what the editor chose for a header, also “not imported”', () => {
    const remembered = mappingToRemember(['Naam', 'Bijzonderheden', 'Wijk'], ['name', 'editorNotes', null]);
    expect(suggestMapping(['naam', 'BIJZONDERHEDEN', 'wijk'], remembered)).toEqual(['name', 'editorNotes', null]);
  });
});

describe('spreadsheet rows', () => {
  it('imports a good row with every field it names, the wijk and themes matched by name', async () => {
    const plan = await planCsv(
      `${HEADER}Stichting De Brug;3531ab;12;West;Taal en inburgering, sport-en-bewegen;1234 5678;info@debrug.example.org;030 123 4567;https://debrug.example.org;2010;Stichting;Taalles en sport.;Amina;amina@debrug.example.org\r\n`,
    );
    const entry = entryAt(plan, 2);
    expect(entry.status).toBe('ready');
    expect(entry.documents[0].data).toMatchObject({
      name: 'Stichting De Brug',
      kvkNumber: '12345678',
      foundedYear: 2010,
      legalForm: 'stichting',
      locatedIn: 'west',
      themes: ['taal-en-inburgering', 'sport-en-bewegen'],
      address: { postcode: '3531 AB', houseNumber: '12' },
    });
    expect(entry.documents[1]).toMatchObject({ type: 'contact-person', data: { name: 'Amina', email: 'amina@debrug.example.org', visibility: 'hidden' } });
    expect(entry.messages.filter((m) => m.level !== 'info')).toEqual([]);
  });

  it.each([
    ['Postcode', '1011 AB', 'is geen postcode in de gemeente Utrecht'],
    ['Postcode', '35', 'vul een postcode in zoals 3511 AB'],
    ['Huisnummer', '12a', 'vul alleen het nummer in'],
    ['KvK', '1234', 'precies 8 cijfers'],
    ['E-mail', 'info@', 'geldig e-mailadres'],
    ['Website', 'www.example.org', 'begint met https://'],
    ['Telefoon', '12345', 'geldig telefoonnummer'],
    ['Opgericht', '1850', 'jaartal in van 1900'],
    ['Opgericht', 'vorig jaar', 'is geen getal'],
    ['Naam', 'x'.repeat(130), 'ten hoogste 120 tekens'],
    ['Korte beschrijving', 'y'.repeat(301), 'ten hoogste 300 tekens'],
  ])('refuses a row whose %s is %s, naming row, column and reason', async (column, value, reason) => {
    const values: Record<string, string> = { Naam: 'Vereniging Oost', Postcode: '3581 AB', Huisnummer: '5', Wijk: 'Oost', "Thema's": 'Sport en bewegen' };
    values[column] = value;
    const headers = ['Naam', 'Postcode', 'Huisnummer', 'Wijk', "Thema's", 'KvK', 'E-mail', 'Telefoon', 'Website', 'Opgericht', 'Korte beschrijving'];
    const plan = await planCsv(`${headers.join(';')}\nStichting Goed;3511 AB;1;West;Sport en bewegen\n${headers.map((h) => values[h] ?? '').join(';')}\n`);
    expect(entryAt(plan, 2).status).toBe('ready');
    const bad = entryAt(plan, 3);
    expect(bad.status).toBe('error');
    const errors = bad.messages.filter((m) => m.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column });
    expect(errors[0].text).toContain(reason);
  });

  it('refuses a row without a name and reads the rows after it', async () => {
    const plan = await planCsv('Naam;Wijk\n;West\nStichting Na De Lege;Oost\n');
    expect(entryAt(plan, 2)).toMatchObject({ status: 'error' });
    expect(texts(plan, 2).join()).toMatch(/Naam: dit veld is leeg/);
    expect(entryAt(plan, 3)).toMatchObject({ status: 'ready', label: 'Stichting Na De Lege' });
  });

  it('lists unknown taxonomy values and never makes them up, and imports the rest of the row', async () => {
    const plan = await planCsv(
      "Naam;Thema's;Gemeenschappen;Wijk\nStichting A;Taal en inburgering, Breien;Syrisch, Koerdisch;Lombok\nStichting B;Breien;;West\n",
    );
    expect(entryAt(plan, 2).status).toBe('ready');
    expect(entryAt(plan, 2).documents[0].data).toMatchObject({ themes: ['taal-en-inburgering'], communities: ['syrisch'] });
    expect(entryAt(plan, 2).documents[0].data).not.toHaveProperty('locatedIn');
    expect(texts(plan, 2).join('\n')).toMatch(/warning Thema's: Thema’s: ‘Breien’ staat niet in de lijst/);
    expect(plan.unknownValues.map((u) => [u.field, u.value, u.rows]).sort()).toEqual([
      ['communities', 'Koerdisch', [2]],
      ['locatedIn', 'Lombok', [2]],
      ['themes', 'Breien', [2, 3]],
    ]);
    // A row whose themes are all unknown gets none, and is told it needs one before publishing.
    expect(entryAt(plan, 3).documents[0].data).not.toHaveProperty('themes');
    expect(texts(plan, 3).join()).toMatch(/Voordat je publiceert: Thema’s: kies minstens één thema/);
  });

  it('finds duplicates by KvK number, by a nearly equal name at the same postcode, and within the file', async () => {
    const existing = [
      { documentId: 'doc-kvk', name: 'Heel Andere Naam', kvkNumber: '87654321', postcode: '3500 AA' },
      { documentId: 'doc-name', name: 'Stichting Al-Amal', postcode: '3531 AB' },
    ];
    const plan = await planCsv(
      'Naam;KvK;Postcode\nVereniging Nieuw;8765 4321;3511 AB\nStichting Al Amal;;3531ab\nStichting Al Amal;;3584 CS\nBuurtclub Noord;;3511 AB\nBuurtclub Noord;;3511 AB\nBuurtclub Noordoost;;3511 AB\n',
      context(existing),
    );
    expect(entryAt(plan, 2)).toMatchObject({ status: 'duplicate', duplicates: [{ documentId: 'doc-kvk', reason: 'kvk' }] });
    expect(entryAt(plan, 3)).toMatchObject({ status: 'duplicate', duplicates: [{ documentId: 'doc-name', reason: 'name-postcode' }] });
    // Same name, another postcode: another branch, not a duplicate.
    expect(entryAt(plan, 4).status).toBe('ready');
    expect(entryAt(plan, 5).status).toBe('ready');
    expect(entryAt(plan, 6)).toMatchObject({ status: 'duplicate', duplicates: [{ entryKey: 'row-5', reason: 'name-postcode' }] });
    expect(texts(plan, 6).join()).toMatch(/Komt ook voor in rij 5/);
    // “Noordoost” is not “Noord”: below the threshold.
    expect(entryAt(plan, 7).status).toBe('ready');
  });

  it('drops an invalid contact person with the reason and keeps the organisation', async () => {
    const plan = await planCsv('Naam;Contactpersoon;E-mail contactpersoon\nStichting C;Sara;sara@\n');
    expect(entryAt(plan, 2).status).toBe('ready');
    expect(entryAt(plan, 2).documents).toHaveLength(1);
    expect(texts(plan, 2).join()).toMatch(/Contactpersoon ‘Sara’ wordt niet ingelezen: E-mailadres: vul een geldig e-mailadres in/);
  });

  it('strips markup and formula signs it reads, and never runs them', async () => {
    const plan = await planCsv(`Naam;Website\n"<script>alert(1)</script><b>Stichting</b> Veilig";"'=HYPERLINK(""https://evil.example"")"\n`);
    const entry = entryAt(plan, 2);
    expect(entry.documents[0].data.name).toBe('Stichting Veilig');
    expect(texts(plan, 2).join()).toMatch(/HTML-code is weggehaald/);
    expect(entry.documents[0].data.website).toBe('=HYPERLINK("https://evil.example")');
    expect(entry.status).toBe('error'); // and the rules refuse it as a link
  });

  it('reads an XLSX with numbers where text was meant, dates and yes/no', async () => {
    const bytes = await writeXlsxFile([
      ['Naam', 'KvK', 'Telefoon', 'Laatst gecontroleerd', 'Wil meedenken met de gemeente', 'Talen'].map((value) => ({ value })),
      [
        { value: 'Stichting Excel' },
        { value: 12345678 },
        { value: 301234567 },
        { value: new Date('2026-03-01T00:00:00Z'), type: Date, format: 'dd-mm-yyyy' },
        { value: 'ja' },
        { value: 'Arabisch; Farsi (Perzisch, ook Dari)' },
      ],
    ]).toBuffer();
    const sheet = await readSpreadsheet({ name: 'lijst.xlsx', bytes });
    const plan = planSpreadsheet(sheet, { columns: suggestMapping(sheet.headers) }, context(), 'lijst.xlsx');
    expect(entryAt(plan, 2).documents[0].data).toMatchObject({
      kvkNumber: '12345678',
      phone: '0301234567',
      lastConfirmed: '2026-03-01',
      consultationOptIn: true,
      languages: ['arabisch', 'farsi'],
    });
    expect(texts(plan, 2).join()).toMatch(/er is een 0 voor gezet/);
  });

  it('says why a file cannot be read', async () => {
    await expect(readSpreadsheet({ name: 'x.pdf', bytes: new Uint8Array([1]) })).rejects.toThrow(UnreadableFile);
    await expect(readSpreadsheet(csv('Naam\n'))).rejects.toThrow(/geen rijen/);
    await expect(readSpreadsheet({ name: 'kapot.xlsx', bytes: new Uint8Array([80, 75, 3, 4, 0]) })).rejects.toThrow(/kan niet worden gelezen/);
  });

  it('reads the /raadplegen/ export back: page link to slug, preference to channel and weeks', async () => {
    const plan = await planCsv(
      '\uFEFFnaam,email,telefoon,pagina,voorkeur\r\nStichting Raad,raad@example.org,030 123 4567,https://mzo.example.org/organisaties/stichting-raad/,Liefst via WhatsApp; Graag 3 weken van tevoren\r\nStichting Koepel,,,https://mzo.example.org/organisaties/koepel/,Liefst via via de koepelorganisatie\r\n',
    );
    expect(entryAt(plan, 2).documents[0].data).toMatchObject({
      name: 'Stichting Raad',
      slug: 'stichting-raad',
      consultationChannel: 'whatsapp',
      consultationLeadTimeWeeks: 3,
    });
    expect(entryAt(plan, 3).documents[0].data).toMatchObject({ slug: 'koepel', consultationChannel: 'via-koepel' });
  });
});

describe('our own consultation list (/raadplegen/ and the CMS screen Raadplegen) read back', () => {
  const HEADER = 'naam,pagina,email,telefoon,themas,wijken,doelgroepen,gemeenschappen,talen,voorkeur_kanaal,kanaal_adres,weken_vooraf';
  const ROWS = [
    'Stichting Koepel,https://mzo.example.org/organisaties/stichting-koepel/,koepel@example.org,030 123 4567,Taal en inburgering,West; Oost,Jongeren,Syrisch,Nederlands; Arabisch,Liefst in een bijeenkomst,koepel@example.org,4',
    'Stichting Lid,https://mzo.example.org/organisaties/stichting-lid/,lid@example.org,030 765 4321,Sport en bewegen,Oost,Vrouwen,Eritrees,Nederlands,Liefst via de koepelorganisatie,koepel@example.org,2',
    'Stichting Appt,https://mzo.example.org/organisaties/stichting-appt/,appt@example.org,,Discriminatie,West,,,"Farsi (Perzisch, ook Dari)",Liefst via WhatsApp,https://wa.me/31301234567,',
    'Stichting Alleen,https://mzo.example.org/organisaties/stichting-alleen/,alleen@example.org,,Sport en bewegen,West,,,Nederlands,Liefst via de koepelorganisatie,ergens@example.org,',
  ];

  it('links its columns as they mean there, whatever was remembered for a header like themas', () => {
    const headers = HEADER.split(',');
    expect(suggestMapping(headers, { themas: 'themes', talen: null })).toEqual([
      'name',
      'pageUrl',
      'email',
      'phone',
      'consultationThemes+themes',
      'serves',
      'targetGroups',
      'communities',
      'consultationLanguages+languages',
      'consultationChannel',
      'consultationAddress',
      'consultationLeadTimeWeeks',
    ]);
    // Another file with a "themas" column still gets what the editor chose for it.
    expect(suggestMapping(['Naam', 'Themas'], { themas: 'consultationThemes' })).toEqual(['name', 'consultationThemes']);
  });

  it('opts everyone in, fills themes and languages both ways, the channel from its words, a WhatsApp link, and the koepel by its address', async () => {
    const plan = await planCsv(`${HEADER}\n${ROWS.join('\n')}\n`);
    expect(plan.messages.map((m) => m.text)).toEqual([expect.stringMatching(/^Dit is een lijst ‘Wie kun je raadplegen\?’/)]);
    const [koepel, member, appt, alone] = plan.entries;
    expect(koepel.documents[0].data).toMatchObject({
      consultationOptIn: true,
      slug: 'stichting-koepel',
      consultationThemes: ['taal-en-inburgering'],
      themes: ['taal-en-inburgering'],
      consultationLanguages: ['nederlands', 'arabisch'],
      languages: ['nederlands', 'arabisch'],
      serves: ['west', 'oost'],
      consultationChannel: 'bijeenkomst',
      consultationLeadTimeWeeks: 4,
    });
    expect(member.documents[0].data.consultationChannel).toBe('via-koepel');
    expect(member.documents[0].links.memberOf).toEqual([koepel.documents[0].ref]);
    expect(koepel.documents[0].links.confirmedMembers).toEqual([member.documents[0].ref]);
    expect(member.messages.map((m) => m.text)).toContain(
      'Lid van ‘Stichting Koepel’: ‘koepel@example.org’ is het adres van die koepelorganisatie in dit bestand.',
    );
    expect(appt.documents[0].data).toMatchObject({
      consultationChannel: 'whatsapp',
      socialLinks: [{ platform: 'whatsapp', url: 'https://wa.me/31301234567' }],
      consultationLanguages: ['farsi'],
    });
    expect(plan.unknownValues).toEqual([]);
    expect(alone.documents[0].links.memberOf).toBeUndefined();
    expect(alone.messages.filter((m) => m.level === 'warning').map((m) => `${m.column}: ${m.text}`)).toEqual([
      'kanaal_adres: Adres of nummer om mee te denken: ‘ergens@example.org’ is het adres van de koepelorganisatie, maar die staat niet in dit bestand. Kies na het inlezen de koepel bij ‘Lid van’. De koepel moet het lidmaatschap bevestigen.',
    ]);
  });

  it('reads the CMS’s list, one line per contact person, as one organisation with its contacts, hidden whatever zichtbaarheid says', async () => {
    const header = `organisatie,${HEADER.split(',').slice(1).join(',')},contactpersoon,rol,contact_email,contact_telefoon,zichtbaarheid`;
    const [first, second] = ROWS;
    const plan = await planCsv(
      [
        header,
        `${first},Amal Test,Voorzitter,amal@example.org,,Iedereen: staat op de website`,
        `${first},Bram Test,,bram@example.org,,Alleen de gemeente (niet op de website)`,
        `${second},,,,,`,
      ].join('\n'),
    );
    expect(plan.entries.map((e) => e.label)).toEqual(['Stichting Koepel', 'Stichting Lid']);
    const [koepel, member] = plan.entries;
    expect(koepel.documents.filter((d) => d.type === 'contact-person').map((d) => [d.label, d.data.visibility, d.links.organisation])).toEqual([
      ['Amal Test', 'hidden', ['row-2']],
      ['Bram Test', 'hidden', ['row-2']],
    ]);
    expect(koepel.messages.map((m) => m.text)).toContain('Rij 3 is dezelfde organisatie als rij 2; alleen de contactpersoon van rij 3 is toegevoegd.');
    expect(member.documents).toHaveLength(1);
    expect(plan.messages.map((m) => m.text)).toContain(
      'Rijen van dezelfde organisatie worden één organisatie met meer contactpersonen. De kolom ‘zichtbaarheid’ wordt niet ingelezen: elke contactpersoon is eerst alleen zichtbaar voor de redactie.',
    );
  });

  it('reads the channel in the English list’s words too', () => {
    const channels = ['email', 'telefoon', 'whatsapp', 'bijeenkomst', 'via-koepel'] as const;
    const english = [
      'Preferably by email',
      'Preferably by phone',
      'Preferably on WhatsApp',
      'Preferably in a meeting',
      'Preferably through the umbrella organisation',
    ];
    expect(english.map((text) => readChoice(text, channels))).toEqual([...channels]);
  });
});

describe('the editor’s decisions', () => {
  const FILE =
    'Naam;Postcode;KvK;Korte beschrijving;E-mail;Contactpersoon\nBuurtclub Noord;3511 AB;;Eerste;;Sara\nBuurtclub Noord;3511 AB;;Tweede;club@noord.example.org;Omar\nVereniging Nieuw;;87654321;Derde;;\nStichting Fout;;123;;;\n';
  const existing = [{ documentId: 'doc-kvk', name: 'Heel Andere Naam', kvkNumber: '87654321', postcode: '3500 AA' }];

  it('imports ready entries and skips duplicates and errors unless the editor says otherwise', async () => {
    const plan = await planCsv(FILE, context(existing));
    const decided = applyDecisions(plan, {}, 'nl');
    expect(decided.steps.map((s) => s.entry.row)).toEqual([2]);
    expect(decided.skipped).toEqual(['row-3', 'row-4', 'row-5']);
    // An error stays out whatever was decided.
    expect(applyDecisions(plan, { 'row-5': { action: 'import' } }, 'nl').steps.map((s) => s.entry.row)).toEqual([2]);
  });

  it('merges into an earlier row by filling what it left empty and adding its contact; into the CMS as a step with its documentId', async () => {
    const plan = await planCsv(FILE, context(existing));
    const decided = applyDecisions(plan, { 'row-3': { action: 'merge', entryKey: 'row-2' }, 'row-4': { action: 'merge', documentId: 'doc-kvk' } }, 'nl');
    const [first, intoCms] = decided.steps;
    expect(first.entry.row).toBe(2);
    expect(first.entry.documents[0].data).toMatchObject({ summary: 'Eerste', email: 'club@noord.example.org' });
    expect(first.entry.documents.map((d) => d.label)).toEqual(['Buurtclub Noord', 'Sara', 'Omar']);
    expect(first.entry.documents[2].links.organisation).toEqual(['row-2']);
    expect(first.entry.messages.map((m) => m.text)).toContain(
      'Korte beschrijving: het CMS heeft ‘Eerste’, het bestand ‘Tweede’; bij samenvoegen blijft ‘Eerste’.',
    );
    expect(decided.aliases).toEqual({ 'row-3': 'row-2' });
    expect(intoCms).toMatchObject({ into: 'doc-kvk', entry: { row: 4 } });
    // The plan itself is left as the preview showed it.
    expect(entryAt(plan, 2).documents).toHaveLength(2);
  });

  it('writes the source note in the editor’s language', () => {
    expect(sourceNote('nl', { date: '2026-12-02', file: 'lijst.csv', row: 7, user: 'Ruud' })).toBe(
      'Ingelezen op 2026-12-02 uit ‘lijst.csv’ (rij 7) door Ruud.',
    );
    expect(sourceNote('en', { date: '2026-12-02', file: 'hsds.json', record: 'org-1', user: 'Emma' })).toBe(
      'Imported on 2026-12-02 from ‘hsds.json’ (record org-1) by Emma.',
    );
  });
});

describe('matching helpers', () => {
  it('reads choices by value, label words or a word inside', () => {
    expect(readChoice('Religieuze organisatie', ['stichting', 'religieuze-organisatie'])).toBe('religieuze-organisatie');
    expect(readChoice('Koepel of platform', ['stichting', 'koepel'])).toBe('koepel');
    expect(readChoice('e-mail', ['email', 'telefoon'])).toBe('email');
    expect(readChoice('Foundation', ['stichting', 'vereniging'])).toBe('stichting');
    expect(readChoice('iets', ['stichting'])).toBeUndefined();
  });

  it('scores names without their legal form', () => {
    expect(nameSimilarity('Stichting Al-Amal', 'Al Amal')).toBe(1);
    expect(nameSimilarity('Buurtclub Noord', 'Buurtclub Noordoost')).toBeLessThan(0.85);
    const finder = new DuplicateFinder([{ documentId: 'a', name: 'Stichting Zon', kvkNumber: '11111111' }]);
    expect(finder.find({ name: 'Stichting Zon', kvkNumber: '22222222' })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// HSDS

const ref = (documentId: string) => ({ documentId });

/** A small published source with the cases the mapping must carry back: profile, room, recurrence, contact. */
function source(): OpenDataSource {
  const t = (documentId: string, name: string, extra = {}) => ({ documentId, locale: 'nl', name, slug: documentId, ...extra });
  const address = {
    street: 'Kanaalstraat',
    houseNumber: '12',
    houseNumberAddition: 'A',
    postcode: '3531 AB',
    city: 'Utrecht',
    latitude: 52.0905,
    longitude: 5.1012,
    buurtCode: 'BU03440101',
  };
  return {
    locale: 'nl',
    siteUrl: 'https://mzo.example.org',
    builtAt: NOW,
    themes: [t('taal-en-inburgering', 'Taal en inburgering', { sensitive: false }), t('sport-en-bewegen', 'Sport en bewegen', { sensitive: false })],
    wijken: [t('west', 'West', { code: 'WK034401' }), t('oost', 'Oost', { code: 'WK034405' })],
    communities: [t('syrisch', 'Syrisch')],
    languages: [t('nederlands', 'Nederlands', { code: 'nl' }), t('arabisch', 'Arabisch', { code: 'ar' })],
    targetGroups: [t('jongeren', 'Jongeren')],
    organisations: [
      {
        documentId: 'o1',
        locale: 'nl',
        name: 'Stichting De Brug',
        slug: 'stichting-de-brug',
        summary: 'Taal en sport voor iedereen.',
        description: [
          { type: 'paragraph', children: [{ type: 'text', text: 'We zijn in 2010 begonnen.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Iedereen is welkom.' }] },
        ],
        legalForm: 'stichting',
        kvkNumber: '12345678',
        foundedYear: 2010,
        organisationStatus: 'actief',
        website: 'https://debrug.example.org',
        email: 'info@debrug.example.org',
        phone: '030 123 4567',
        socialLinks: [{ platform: 'facebook', url: 'https://facebook.example.org/debrug' }],
        address,
        wheelchairAccessible: true,
        themes: [ref('taal-en-inburgering'), ref('sport-en-bewegen')],
        locatedIn: ref('west'),
        serves: [ref('west'), ref('oost')],
        communities: [ref('syrisch')],
        languages: [ref('nederlands'), ref('arabisch')],
        targetGroups: [ref('jongeren')],
        reachEstimate: 120,
        reachNote: 'Vooral via WhatsApp.',
        channels: [{ kind: 'whatsapp', note: 'Groep van 80' }],
        consultationOptIn: true,
        consultationThemes: [ref('taal-en-inburgering')],
        consultationChannel: 'whatsapp',
        consultationLanguages: [ref('arabisch')],
        consultationLeadTimeWeeks: 3,
        supportNeeds: [{ need: 'vrijwilligers', note: 'Voor de taalles', publicCall: true }],
        lastConfirmed: '2026-10-01',
        memberOf: [ref('o2')],
        partners: [ref('o2')],
      },
      {
        documentId: 'o2',
        locale: 'nl',
        name: 'Vereniging Oost',
        slug: 'vereniging-oost',
        summary: 'Samen in Oost.',
        legalForm: 'vereniging',
        themes: [ref('sport-en-bewegen')],
        serves: [ref('oost')],
      },
    ],
    activities: [
      {
        documentId: 'a1',
        locale: 'nl',
        title: 'Taalcafé',
        organisation: ref('o1'),
        summary: 'Samen Nederlands praten.',
        startsAt: '2027-03-13T13:00:00.000Z',
        endsAt: '2027-03-13T15:00:00.000Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270410T220000Z',
        address,
        themes: [ref('taal-en-inburgering')],
        wijk: ref('west'),
        languages: [ref('nederlands')],
        targetGroups: [ref('jongeren')],
        free: true,
      },
      {
        documentId: 'a2',
        locale: 'nl',
        title: 'Sportdag',
        organisation: ref('o2'),
        startsAt: '2027-05-01T08:00:00.000Z',
        endsAt: '2027-05-01T14:00:00.000Z',
        recurrence: 'FREQ=YEARLY',
        room: ref('r1'),
        free: false,
        cost: '€ 2,50 p.p.',
        registrationUrl: 'https://oost.example.org/aanmelden',
      },
    ],
    rooms: [
      {
        documentId: 'r1',
        locale: 'nl',
        name: 'Grote zaal, Buurthuis Oost',
        slug: 'grote-zaal-buurthuis-oost',
        description: 'Een lichte zaal.',
        providerName: 'Buurthuis Oost',
        address: { ...address, street: 'Oosterstraat', houseNumber: '3', houseNumberAddition: null, postcode: '3581 AB', latitude: 52.09, longitude: 5.14 },
        wijk: ref('oost'),
        sizeClass: 'L',
        areaM2: 120,
        capacity: 80,
        tariff: 'tarief-35',
        kitchen: true,
        wifi: true,
        bookingEmail: 'zaal@oost.example.org',
        bookingPhone: '030 765 4321',
      },
    ],
    contacts: [
      {
        documentId: 'c1',
        name: 'Amina Haddou',
        role: 'Voorzitter',
        email: 'amina@debrug.example.org',
        phone: '06 12345678',
        visibility: 'public',
        organisation: ref('o1'),
      },
    ],
    consultations: [],
  } as unknown as OpenDataSource;
}

/** The CMS's taxonomies as the import sees them: the same terms, new documentIds. */
function contextFor(s: OpenDataSource): ImportContext {
  const renamed = (list: { documentId: string; name: string; slug?: string | null; code?: string | null }[]) =>
    list.map((x) => ({ documentId: `new-${x.documentId}`, name: x.name, slug: x.slug, code: x.code }));
  return {
    ...context(),
    taxonomies: {
      theme: renamed(s.themes),
      wijk: renamed(s.wijken),
      community: renamed(s.communities),
      language: renamed(s.languages),
      'target-group': renamed(s.targetGroups),
    },
  };
}

/** What the CMS would publish after writing the plan: each planned document as the site reads it, refs as documentIds. */
function sourceFromPlan(plan: ImportPlan, s: OpenDataSource, contactVisibility = 'public'): OpenDataSource {
  const asRef = (value: unknown) => (Array.isArray(value) ? value.map((v) => ({ documentId: v })) : typeof value === 'string' ? { documentId: value } : value);
  const docs = plan.entries.filter((e) => e.status !== 'error').flatMap((e) => e.documents);
  const relationFields = new Set([
    'themes',
    'locatedIn',
    'serves',
    'communities',
    'languages',
    'targetGroups',
    'consultationThemes',
    'consultationLanguages',
    'wijk',
  ]);
  const shaped = (type: string) =>
    docs
      .filter((d) => d.type === type)
      .map((d) => {
        const out: Record<string, unknown> = { documentId: d.ref, locale: 'nl' };
        for (const [k, v] of Object.entries(d.data)) out[k] = relationFields.has(k) ? asRef(v) : v;
        for (const [k, refs] of Object.entries(d.links))
          out[k] = ['organisation', 'room', 'providerOrganisation'].includes(k) ? { documentId: refs[0] } : refs.map((r) => ({ documentId: r }));
        if (type === 'contact-person') out.visibility = contactVisibility;
        if (type === 'organisation') out.slug ??= String(d.data.name).toLowerCase().replace(/\W+/g, '-');
        return out;
      });
  const terms = (list: { documentId: string }[]) => list.map((x) => ({ ...x, documentId: `new-${x.documentId}` }));
  return {
    ...s,
    themes: terms(s.themes),
    wijken: terms(s.wijken),
    communities: terms(s.communities),
    languages: terms(s.languages),
    targetGroups: terms(s.targetGroups),
    organisations: shaped('organisation'),
    activities: shaped('activity'),
    rooms: shaped('room'),
    contacts: shaped('contact-person'),
  } as unknown as OpenDataSource;
}

/** A dataset with every UUID replaced by the order it first appears in, so two exports of the same content compare equal. */
function withoutIds(json: string): unknown {
  const seen = new Map<string, string>();
  const normalised = json.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!seen.has(id)) seen.set(id, `#${seen.size + 1}`);
    return seen.get(id)!;
  });
  const { generated_at: _, ...rest } = JSON.parse(normalised);
  return rest;
}

const bundleFile = (s: OpenDataSource) => ({ name: 'hsds.json', bytes: new TextEncoder().encode(openDataBundle(s).hsdsJson) });

describe('HSDS import', () => {
  it('reads our own HSDS export back into what it was made from, and exports it again identically', () => {
    const s = source();
    const plan = planHsds(readHsds([bundleFile(s)]), contextFor(s), 'hsds.json');
    expect(plan.messages).toEqual([]);
    expect(plan.entries.map((e) => [e.label, e.status])).toEqual([
      ['Grote zaal, Buurthuis Oost', 'ready'],
      ['Stichting De Brug', 'ready'],
      ['Vereniging Oost', 'ready'],
    ]);
    const brug = plan.entries[1];
    expect(brug.documents.map((d) => d.type)).toEqual(['organisation', 'activity', 'contact-person']);
    expect(brug.documents[0].data).toMatchObject({
      kvkNumber: '12345678',
      slug: 'stichting-de-brug',
      summary: 'Taal en sport voor iedereen.',
      locatedIn: 'new-west',
    });
    expect(brug.documents[1].data).toMatchObject({ startsAt: '2027-03-13T13:00:00.000Z', endsAt: '2027-03-13T15:00:00.000Z' });
    // Contacts are never public after an import.
    expect(brug.documents[2].data.visibility).toBe('hidden');
    expect(brug.messages.filter((m) => m.level !== 'info')).toEqual([]);
    // Relations: the membership comes in confirmed by the koepel (our export lists confirmed ones only); the
    // partnership that only De Brug names comes in one-sided, as the file has it, and the preview says so.
    const oost = plan.entries[2];
    expect(brug.documents[0].links).toMatchObject({ memberOf: [oost.documents[0].ref], partners: [oost.documents[0].ref] });
    expect(oost.documents[0].links).toEqual({ confirmedMembers: [brug.documents[0].ref] });
    expect(oost.messages.map((m) => m.text)).toContain(
      'Bevestigde leden: ‘Stichting De Brug’. Het bestand zegt dat zij lid zijn; dat neemt het inlezen over als bevestigd. Op de website zodra beide organisaties gepubliceerd zijn.',
    );
    expect(brug.messages.map((m) => m.text)).toContain(
      'Partner ‘Vereniging Oost’: alleen deze organisatie noemt die partner in het bestand. Op de website pas als ‘Vereniging Oost’ ook ‘Stichting De Brug’ als partner noemt.',
    );
    const again = openDataBundle(sourceFromPlan(plan, s)).hsdsJson;
    expect(withoutIds(again)).toEqual(withoutIds(openDataBundle(s).hsdsJson));
  });

  it('reads the CSV data package, as files and as one zip, the same as the JSON', () => {
    const s = source();
    const bundle = openDataBundle(s);
    const files = [
      { name: 'datapackage.json', bytes: strToU8(JSON.stringify(bundle.dataPackage)) },
      ...bundle.csvTables.map((table) => ({ name: table.path, bytes: strToU8(table.csv) })),
    ];
    const fromJson = planHsds(readHsds([bundleFile(s)]), contextFor(s), 'x');
    const fromCsv = planHsds(readHsds(files), contextFor(s), 'x');
    const zip = { name: 'hsds.zip', bytes: zipSync(Object.fromEntries(files.map((f) => [`hsds/${f.name}`, f.bytes]))) };
    const fromZip = planHsds(readHsds([zip]), contextFor(s), 'x');
    const docs = (plan: ImportPlan) => plan.entries.flatMap((e) => e.documents.map((d) => d.data));
    expect(docs(fromCsv)).toEqual(docs(fromJson));
    expect(docs(fromZip)).toEqual(docs(fromJson));
  });

  it('refuses or cleans a hostile dataset, saying what and where', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const json = {
      organizations: [
        { id: 'a', name: '<script>alert("xss")</script>Stichting <img src=x onerror=alert(1)>Schoon', description: 'Goed.' },
        { id: 'b', name: 'Stichting Groot', description: huge },
        { id: 'c', name: { nl: 'object' } },
        { id: 'd', name: 12345, year_incorporated: 'heel lang geleden' },
        'geen record',
        { id: 'a', name: 'Dubbel' },
      ],
      services: [
        { id: 's1', organization_id: 'bestaat-niet', name: 'Wees' },
        { id: 's2', organization_id: 'a', name: 'Lang', description: huge },
        { id: 's3', organization_id: 'a', name: 'Goed', description: 'Prima.' },
      ],
      contacts: [{ id: 'k1', organization_id: 'a', name: 'Zonder <b>opmaak</b>', email: 'geen-adres' }],
      locations: 'geen lijst',
    };
    const plan = planHsds(readHsds([{ name: 'x.json', bytes: strToU8(JSON.stringify(json)) }]), context(), 'x.json');
    const byKey: Record<string, ImportEntry> = Object.fromEntries(plan.entries.map((e) => [String(e.documents[0]?.data.name ?? e.label), e]));
    const clean = byKey['Stichting Schoon'];
    expect(clean.status).toBe('ready');
    expect(clean.documents.map((d) => d.label)).toEqual(['Stichting Schoon', 'Goed']);
    expect(clean.messages.map((m) => m.text).join('\n')).toMatch(/organizations.name: HTML-code is weggehaald/);
    expect(clean.messages.map((m) => m.text).join('\n')).toMatch(
      /Activiteit ‘Lang’ wordt niet ingelezen: services.description: de tekst is 10485760 tekens lang/,
    );
    expect(clean.messages.map((m) => m.text).join('\n')).toMatch(/Contactpersoon ‘Zonder opmaak’ wordt niet ingelezen: E-mailadres/);
    expect(plan.entries.find((e) => e.label === 'b')?.status ?? byKey['Stichting Groot']?.status).toBe('error');
    expect(plan.entries.find((e) => e.label === 'c')).toMatchObject({ status: 'error' });
    expect(plan.entries.find((e) => e.label === 'c')!.messages[0].text).toMatch(/verwacht tekst, maar het bestand heeft een object/);
    // A number is text enough for a name; a year that is no number is left out with a warning.
    expect(byKey['12345']).toMatchObject({ status: 'ready' });
    const fileMessages = plan.messages.map((m) => m.text).join('\n');
    expect(fileMessages).toMatch(/Rij 5 van tabel ‘organizations’ is geen record/);
    expect(fileMessages).toMatch(/id ‘a’ twee keer/);
    expect(fileMessages).toMatch(/Dienst ‘Wees’ verwijst naar organisatie ‘bestaat-niet’/);
    expect(fileMessages).toMatch(/Tabel ‘locations’ is geen lijst/);
    // No refused value is carried in the plan.
    expect(JSON.stringify(plan).length).toBeLessThan(100_000);
  });

  it('refuses what is not HSDS', () => {
    expect(() => readHsds([{ name: 'x.json', bytes: strToU8('{"organisaties": []}') }])).toThrow(/geen tabel ‘organizations’/);
    expect(() => readHsds([{ name: 'x.json', bytes: strToU8('{kapot') }])).toThrow(/geen geldig JSON-bestand/);
  });

  it('lists what another directory’s HSDS holds that our model has no place for, and what stays empty', () => {
    const json = {
      organizations: [{ id: 'o', name: 'Buurtzorg Zuid', description: 'Zorg in de buurt.', logo: 'https://x.example/logo.png', tax_status: 'ANBI' }],
      services: [
        {
          id: 's',
          organization_id: 'o',
          name: 'Spreekuur',
          status: 'active',
          application_process: 'Bel ons',
          schedules: [{ byday: 'MO', freq: 'WEEKLY', opens_at: '09:00', closes_at: '11:00', valid_from: '2027-01-04' }],
        },
      ],
    };
    const plan = planHsds(readHsds([{ name: 'x.json', bytes: strToU8(JSON.stringify(json)) }]), context(), 'x.json');
    const text = plan.entries[0].messages.map((m) => m.text).join('\n');
    expect(text).toMatch(/Niet ingelezen: organizations.logo/);
    expect(text).toMatch(/Niet ingelezen: organizations.tax_status/);
    expect(text).toMatch(/Niet ingelezen: services.application_process/);
    expect(text).toMatch(/Blijft leeg \(staat niet in het bestand\): .*Rechtsvorm.*Thema’s/);
    expect(plan.entries[0].documents[1].data).toMatchObject({
      startsAt: '2027-01-04T08:00:00.000Z',
      endsAt: '2027-01-04T10:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    });
  });
});

describe('HSDS schedules back to activities', () => {
  it.each([
    { startsAt: '2027-03-13T13:00:00.000Z', endsAt: '2027-03-13T15:00:00.000Z', recurrence: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270410T220000Z' },
    { startsAt: '2026-10-31T14:00:00.000Z', endsAt: null, recurrence: 'FREQ=MONTHLY;BYDAY=-1SA;COUNT=3' },
    { startsAt: '2026-12-16T08:30:00.000Z', endsAt: '2026-12-16T10:30:00.000Z', recurrence: 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=16' },
    { startsAt: '2026-12-31T21:00:00.000Z', endsAt: '2027-01-01T01:00:00.000Z', recurrence: null },
    { startsAt: '2027-05-01T08:00:00.000Z', endsAt: null, recurrence: 'FREQ=YEARLY;BYMONTH=5' },
  ])('gives the same occurrences as $recurrence from $startsAt', (activity) => {
    const fields = scheduleFields(activity);
    const back = activityTimes({ ...fields, notes: fields.rrule ? `RRULE:${fields.rrule}` : undefined });
    const window = [new Date('2026-01-01'), new Date('2028-12-31')] as const;
    const list = (a: { startsAt: string; endsAt?: string | null; recurrence?: string | null }) =>
      occurrences(a, ...window).map((o) => [o.start.toISOString(), o.end?.toISOString() ?? null]);
    expect(list({ startsAt: back.startsAt!, endsAt: back.endsAt ?? null, recurrence: back.recurrence ?? null })).toEqual(list(activity));
  });
});
