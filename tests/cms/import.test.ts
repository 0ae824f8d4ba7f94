/**
 * Importing organisations over HTTP with real admin users: the dry-run preview of a spreadsheet (every
 * rule, duplicates in the file and in the CMS, unknown taxonomy values, Dutch headers, PDOK found /
 * unknown / unreachable), then confirming: only the good rows become drafts with a source note,
 * nothing is published, nothing already in the CMS changes, imported contacts stay out of the public
 * API, a failed row does not stop the others, and cancelling leaves nothing behind.
 *
 * Runs its own Strapi on a copy of the seeded test database, with the address lookup pointed at a
 * local PDOK stand-in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { startCms } from '../../tooling/cms-process.ts';
import { adminClient } from '../support/admin-api.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { freePort } from '../support/net.ts';
import { startPdokStandIn } from '../support/pdok-stand-in.ts';
import { copySeededDatabase, sqliteCmsEnv } from '../support/seeded-database.ts';

const ORG = 'api::organisation.organisation';
const CONTACT = 'api::contact-person.contact-person';
const PASSWORD = 'Mzo-test-wachtwoord-1';

let cms: Awaited<ReturnType<typeof startCms>>;
let pdok: Awaited<ReturnType<typeof startPdokStandIn>>;
let api: ReturnType<typeof adminClient>;
let workDir: string;
let databaseFile: string;
const tokens: Record<'super' | 'editor' | 'volunteer' | 'municipality', string> = {} as never;

const withKvk = found(
  demo.organisations.find((o: any) => o.kvkNumber && o.address?.postcode),
  'a demo organisation with a KvK number',
);
const withPostcode = found(
  demo.organisations.find((o: any) => o !== withKvk && o.address?.postcode && o.name.length > 20),
  'a demo organisation with a postcode and a long name',
);
const theme = demo.themes[0].name.nl as string;

const HEADER = "Naam;Postcode;Huisnummer;Wijk;Thema's;KvK;E-mail;Telefoon;Website;Opgericht;Rechtsvorm;Korte beschrijving;Contactpersoon;E-mail contactpersoon";
/** One spreadsheet row per case; the comment is the row number in the file (header = 1). */
const ROWS = [
  /* 2 good, PDOK finds it */ `Stichting Zonnebloem Neude;3512 AE;11;Binnenstad;${theme};12345670;info@zonnebloem.example.org;030 123 4567;https://zonnebloem.example.org;2015;Stichting;Taalles en koffie;Amira Test;amira.import@zonnebloem.example.org`,
  /* 3 good, PDOK does not know it */ `Vereniging Kanaalzicht;3531 AB;99;West;${theme};;bestuur@kanaalzicht.example.org;;;2020;Vereniging;Samen koken;;`,
  /* 4 no name */ `;3512 AE;11;Binnenstad;${theme};;;;;;Stichting;Zonder naam;;`,
  /* 5 e-mail */ `Stichting Foutmail;;;West;${theme};;geen-mailadres;;;;Stichting;Mail;;`,
  /* 6 KvK */ `Stichting Korte KvK;;;West;${theme};1234567;;;;;Stichting;KvK;;`,
  /* 7 year */ `Stichting Heel Oud;;;West;${theme};;;;;1850;Stichting;Jaar;;`,
  /* 8 phone */ `Stichting Beltoon;;;West;${theme};;;12;;;Stichting;Telefoon;;`,
  /* 9 website */ `Stichting Linkloos;;;West;${theme};;;;www zonder punt;;Stichting;Website;;`,
  /* 10 postcode outside Utrecht */ `Stichting Amsterdam;1012 AB;1;West;${theme};;;;;;Stichting;Postcode;;`,
  /* 11 duplicate of the CMS by KvK */ `Heel Andere Naam;;;West;${theme};${withKvk.kvkNumber};;;;;Stichting;Dubbel KvK;;`,
  /* 12 duplicate of the CMS by name + postcode */ `${withPostcode.name.slice(0, -1)};${withPostcode.address.postcode};;West;${theme};;;;;;Stichting;Dubbel naam;;`,
  /* 13 duplicate of row 2 in the file */ `Stichting Zonnebloem  Neude;3512AE;11;Binnenstad;${theme};;;;;;Stichting;Nog eens;;`,
  /* 14 unknown taxonomy values */ `Stichting Onbekend Terrein;;;Atlantis;${theme}, Ruimtevaart;;;;;;Stichting;Onbekend;;`,
];
const CSV = `\uFEFF${HEADER}\r\n${ROWS.join('\r\n')}\r\n`;

type Message = { level: string; row?: number; column?: string; text: string };
type PreviewEntry = { key: string; row: number; label: string; status: string; messages: Message[]; duplicates: any[] };
type Preview = {
  id: string;
  headers: string[];
  mapping: { columns: (string | null)[] };
  entries: PreviewEntry[];
  unknownValues: any[];
  counts: any;
  job?: any;
};

async function upload(files: { name: string; text: string | Uint8Array }[], token = tokens.editor, mapping?: unknown) {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([file.text as BlobPart]), file.name);
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  const response = await fetch(`${cms.url}/mzo/import/preview`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: (await response.json()) as Preview & { error?: { message: string } } };
}

async function preview(text = CSV, name = 'organisaties.csv') {
  const { status, body } = await upload([{ name, text }]);
  expect(status, JSON.stringify(body).slice(0, 500)).toBe(200);
  return body;
}

const entry = (p: Preview, row: number) =>
  found(
    p.entries.find((e) => e.row === row),
    `entry of row ${row}`,
  );
const errors = (p: Preview, row: number) => entry(p, row).messages.filter((m) => m.level === 'error');

/** Polls the job until it is no longer running. */
async function finished(id: string, token = tokens.editor) {
  for (let i = 0; i < 600; i++) {
    const { body } = await api.call('GET', `/mzo/import/${id}`, { token });
    if (body.job && !['running', 'cancelling'].includes(body.job.state)) return body as Preview;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish');
}

/** Every stored version of every organisation: id, documentId, published or not, last change. */
function organisationRows() {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return db
      .prepare('SELECT id, document_id AS documentId, name, published_at AS publishedAt, updated_at AS updatedAt, editor_notes AS notes FROM organisations')
      .all() as any[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-import-'));
  databaseFile = join(workDir, 'cms.db');
  await copySeededDatabase(databaseFile);
  pdok = await startPdokStandIn();
  cms = await startCms({
    port: await freePort(),
    log: 'pipe',
    env: sqliteCmsEnv(databaseFile, pdok.url),
  });
  api = adminClient(cms.url);
  tokens.super = await api.registerFirstAdmin('beheer@example.org', PASSWORD);
  tokens.editor = (await api.createUser(tokens.super, { email: 'redactie@example.org', password: PASSWORD, roleCode: 'redacteur', firstname: 'Ruud' })).token;
  tokens.volunteer = (
    await api.createUser(tokens.super, { email: 'vrijwilliger@example.org', password: PASSWORD, roleCode: 'mzo-vrijwilliger', firstname: 'Vera' })
  ).token;
  tokens.municipality = (
    await api.createUser(tokens.super, { email: 'gemeente@example.org', password: PASSWORD, roleCode: 'gemeente', firstname: 'Gijs' })
  ).token;
}, 240_000);

afterAll(async () => {
  await cms?.stop();
  await pdok?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('who may import', () => {
  it('lets only a Redacteur upload: a volunteer and the municipality get 403, no login 401', async () => {
    expect((await upload([{ name: 'a.csv', text: CSV }], tokens.volunteer)).status).toBe(403);
    expect((await upload([{ name: 'a.csv', text: CSV }], tokens.municipality)).status).toBe(403);
    const anonymous = await fetch(`${cms.url}/mzo/import/preview`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
  });

  it('shows a preview to the editor who made it only', async () => {
    const p = await preview();
    expect((await api.call('GET', `/mzo/import/${p.id}`, { token: tokens.editor })).status).toBe(200);
    expect((await api.call('GET', `/mzo/import/${p.id}`, { token: tokens.super })).status).toBe(404);
    expect((await api.call('POST', `/mzo/import/${p.id}/confirm`, { token: tokens.volunteer, body: {} })).status).toBe(403);
  });
});

describe('the preview', () => {
  let p: Preview;
  let before: any[];
  beforeAll(async () => {
    before = organisationRows();
    p = await preview();
  });

  it('recognises the Dutch headers', () => {
    expect(p.mapping.columns).toEqual([
      'name',
      'address.postcode',
      'address.houseNumber',
      'locatedIn',
      'themes',
      'kvkNumber',
      'email',
      'phone',
      'website',
      'foundedYear',
      'legalForm',
      'summary',
      'contact.name',
      'contact.email',
    ]);
  });

  it('writes nothing', () => {
    expect(organisationRows()).toEqual(before);
  });

  it('finds a good row ready, with its address checked in PDOK and its contact hidden', () => {
    const good = entry(p, 2);
    expect(good.status).toBe('ready');
    expect(good.messages.map((m) => m.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Adres gecontroleerd'),
        expect.stringContaining('Contactpersoon ‘Amira Test’: zichtbaar voor alleen de redactie'),
      ]),
    );
    const unknownAddress = entry(p, 3);
    expect(unknownAddress.status).toBe('ready');
    expect(unknownAddress.messages).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        row: 3,
        column: 'Postcode',
        text: expect.stringContaining('3531 AB 99 staat niet in de landelijke adreslijst'),
      }),
    );
  });

  it('refuses each bad row with its row, column and reason in Dutch, and reads the rows after it', () => {
    expect(errors(p, 4)).toEqual([expect.objectContaining({ row: 4, column: 'Naam', text: expect.stringContaining('Naam: dit veld is leeg') })]);
    expect(errors(p, 5)).toEqual([expect.objectContaining({ row: 5, column: 'E-mail', text: expect.stringContaining('vul een geldig e-mailadres in') })]);
    expect(errors(p, 6)).toEqual([expect.objectContaining({ row: 6, column: 'KvK', text: expect.stringContaining('precies 8 cijfers') })]);
    expect(errors(p, 7)).toEqual([expect.objectContaining({ row: 7, column: 'Opgericht', text: expect.stringContaining('vul een jaartal in van 1900') })]);
    expect(errors(p, 8)).toEqual([expect.objectContaining({ row: 8, column: 'Telefoon', text: expect.stringContaining('geldig telefoonnummer') })]);
    expect(errors(p, 9)).toEqual([expect.objectContaining({ row: 9, column: 'Website', text: expect.stringContaining('https://') })]);
    expect(errors(p, 10)).toEqual([
      expect.objectContaining({ row: 10, column: 'Postcode', text: expect.stringContaining('geen postcode in de gemeente Utrecht') }),
    ]);
    for (const row of [4, 5, 6, 7, 8, 9, 10]) expect(entry(p, row).status).toBe('error');
  });

  it('finds duplicates in the CMS by KvK number and by name + postcode, and in the file', () => {
    const kvk = entry(p, 11);
    expect(kvk.status).toBe('duplicate');
    expect(kvk.duplicates).toEqual([expect.objectContaining({ name: withKvk.name, reason: 'kvk', documentId: expect.any(String) })]);
    expect(kvk.messages).toContainEqual(expect.objectContaining({ text: `Staat al in het CMS: ‘${withKvk.name}’ heeft hetzelfde KvK-nummer.` }));
    const name = entry(p, 12);
    expect(name.status).toBe('duplicate');
    expect(name.duplicates).toEqual([expect.objectContaining({ name: withPostcode.name, reason: 'name-postcode' })]);
    const inFile = entry(p, 13);
    expect(inFile.status).toBe('duplicate');
    expect(inFile.duplicates).toEqual([expect.objectContaining({ entryKey: entry(p, 2).key })]);
    expect(inFile.messages.map((m) => m.text)).toContain('Komt ook voor in rij 2 van dit bestand (‘Stichting Zonnebloem Neude’).');
  });

  it('lists unknown taxonomy values and creates none of them', () => {
    const unknown = entry(p, 14);
    expect(unknown.status).toBe('ready');
    expect(unknown.messages.filter((m) => m.level === 'warning').map((m) => m.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('‘Atlantis’ staat niet in de lijst'), expect.stringContaining('‘Ruimtevaart’ staat niet in de lijst')]),
    );
    expect(p.unknownValues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'locatedIn', value: 'Atlantis', rows: [14] }),
        expect.objectContaining({ field: 'themes', value: 'Ruimtevaart', rows: [14] }),
      ]),
    );
  });

  it('keeps an address PDOK cannot be reached for, with a warning', async () => {
    pdok.state.down = true;
    try {
      const offline = await preview();
      expect(entry(offline, 2).status).toBe('ready');
      expect(entry(offline, 2).messages).toContainEqual(
        expect.objectContaining({
          level: 'warning',
          text: expect.stringContaining('de adresdienst was niet bereikbaar; het adres is opgeslagen zoals in het bestand'),
        }),
      );
    } finally {
      pdok.state.down = false;
    }
  });

  it('says why a file cannot be read', async () => {
    const { status, body } = await upload([{ name: 'lijst.pdf', text: 'x' }]);
    expect(status).toBe(400);
    expect(body.error!.message).toContain('Kies een CSV-bestand');
  });
});

describe('confirming', () => {
  it('imports only the good rows, as drafts with a source note; nothing is published and nothing in the CMS changes', async () => {
    const before = organisationRows();
    const p = await preview();
    const ready = p.entries.filter((e) => e.status === 'ready');
    expect(ready.map((e) => e.row)).toEqual([2, 3, 14]);
    const started = await api.call('POST', `/mzo/import/${p.id}/confirm`, { token: tokens.editor, body: { decisions: {} } });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const done = await finished(p.id);
    expect(done.job.state).toBe('done');
    expect(Object.values(done.job.results).map((r: any) => r.status)).toEqual(['created', 'created', 'created']);

    const after = organisationRows();
    // Everything that was there is as it was.
    expect(after.filter((row) => before.some((b) => b.id === row.id))).toEqual(before);
    const added = after.filter((row) => !before.some((b) => b.id === row.id));
    expect(added.map((row) => row.name).sort()).toEqual(['Stichting Onbekend Terrein', 'Stichting Zonnebloem Neude', 'Vereniging Kanaalzicht']);
    expect(added.every((row) => row.publishedAt === null)).toBe(true);
    for (const row of added) expect(row.notes).toMatch(/^Ingelezen op \d{4}-\d{2}-\d{2} uit ‘organisaties\.csv’ \(rij \d+\) door Ruud Test\./);

    const imported = await api.call(
      'GET',
      `${api.collection(ORG)}/${done.job.results[entry(p, 2).key].documentId}?locale=nl&populate[locatedIn][fields][0]=slug&populate[themes][fields][0]=slug`,
      {
        token: tokens.editor,
      },
    );
    expect(imported.status).toBe(200);
    expect(imported.body.data).toMatchObject({
      name: 'Stichting Zonnebloem Neude',
      kvkNumber: '12345670',
      legalForm: 'stichting',
      address: { street: 'Neude', postcode: '3512 AE', houseNumber: '11', addressCheck: 'found' },
      locatedIn: { slug: 'binnenstad' },
      themes: [{ slug: demo.themes[0].slug }],
    });
    const unknownAddress = after.find((row) => row.name === 'Vereniging Kanaalzicht');
    expect(unknownAddress).toBeDefined();
  });

  it('keeps imported contacts out of the public API: hidden, without consent', async () => {
    const contacts = await api.call('GET', `${api.collection(CONTACT)}?page=1&pageSize=100&filters[email][$eq]=amira.import@zonnebloem.example.org`, {
      token: tokens.editor,
    });
    expect(contacts.body.results).toEqual([expect.objectContaining({ name: 'Amira Test', visibility: 'hidden' })]);
    expect(contacts.body.results[0].consentDate ?? null).toBeNull();
    const pub = await (await fetch(`${cms.url}/api/contact-persons?pagination[pageSize]=100`)).text();
    expect(pub).not.toContain('amira.import@zonnebloem.example.org');
    const orgs = await (await fetch(`${cms.url}/api/organisations?pagination[pageSize]=100&filters[name][$eq]=Stichting%20Zonnebloem%20Neude`)).json();
    expect(orgs.data).toEqual([]);
  });

  it('merges a duplicate into the organisation in the CMS when the editor chooses so, filling only what was empty', async () => {
    const text = `\uFEFF${HEADER}\r\nHeel Andere Naam;;;;;${withKvk.kvkNumber};;;;;;Een andere beschrijving;;\r\n`;
    const p = await preview(text);
    const [duplicate] = p.entries;
    expect(duplicate.status).toBe('duplicate');
    const before = organisationRows().filter((row) => row.documentId === duplicate.duplicates[0].documentId);
    const started = await api.call('POST', `/mzo/import/${p.id}/confirm`, {
      token: tokens.editor,
      body: { decisions: { [duplicate.key]: { action: 'merge', documentId: duplicate.duplicates[0].documentId } } },
    });
    expect(started.status).toBe(202);
    const done = await finished(p.id);
    expect(done.job.results[duplicate.key]).toMatchObject({ status: 'merged', documentId: duplicate.duplicates[0].documentId });
    const after = organisationRows().filter((row) => row.documentId === duplicate.duplicates[0].documentId);
    const draft = after.find((row) => row.publishedAt === null);
    // The name and summary it had stay; the draft notes where the merge came from; the published version is untouched.
    expect(draft.name).toBe(withKvk.name);
    expect(draft.notes).toMatch(/^Ingelezen op .* uit ‘organisaties\.csv’ \(rij 2\) door Ruud Test\./);
    expect(after.find((row) => row.publishedAt !== null)).toEqual(before.find((row) => row.publishedAt !== null));
  });

  it('writes the other rows when one fails, and says why', async () => {
    const text = `\uFEFFNaam;Pagina;Korte beschrijving;Wijk;Thema's\r\nStichting Eerste Rij;eerste-rij-import;Een;West;${theme}\r\nStichting Tweede Rij;tweede-rij-import;Twee;West;${theme}\r\n`;
    const p = await preview(text);
    expect(p.entries.map((e) => e.status)).toEqual(['ready', 'ready']);
    // Between preview and confirm, someone takes the web address of the first row.
    const taken = await api.call('POST', api.collection(ORG), {
      token: tokens.super,
      body: { name: 'Iemand Anders', slug: 'eerste-rij-import', summary: 'x', legalForm: 'stichting' },
    });
    expect(taken.status, JSON.stringify(taken.body).slice(0, 300)).toBe(201);
    await api.call('POST', `/mzo/import/${p.id}/confirm`, { token: tokens.editor, body: {} });
    const done = await finished(p.id);
    const [first, second] = p.entries.map((e) => done.job.results[e.key]);
    expect(first).toMatchObject({ status: 'failed', message: expect.stringContaining('eerste-rij-import') });
    expect(second).toMatchObject({ status: 'created' });
    expect(organisationRows().filter((row) => row.name === 'Stichting Eerste Rij')).toEqual([]);
  });

  it('cleans or refuses a hostile HSDS file with messages, and stores only what was clean, whole', async () => {
    const hostile = {
      organizations: [
        { id: 'a', name: '<script>alert("xss")</script>Stichting <img src=x onerror=alert(1)>Schoon', description: 'Goed.' },
        { id: 'b', name: 'Stichting Tien Megabyte', description: 'x'.repeat(10 * 1024 * 1024) },
        { id: 'c', name: { toString: 'Stichting Object' }, description: 'Verkeerd type.' },
      ],
      services: [{ id: 's1', organization_id: 'bestaat-niet', name: 'Wees' }],
      contacts: [{ id: 'k1', organization_id: 'a', name: 'Onbekende <b>Persoon</b>', email: 'persoon@schoon.example.org' }],
    };
    const before = organisationRows();
    const { status, body: p } = await upload([{ name: 'andere-gids.json', text: JSON.stringify(hostile) }]);
    expect(status, JSON.stringify(p).slice(0, 300)).toBe(200);
    const [a, b, c] = p.entries;
    expect(a).toMatchObject({ label: 'Stichting Schoon', status: 'ready' });
    expect(a.messages.map((m) => m.text)).toContain('organizations.name: HTML-code is weggehaald; alleen de tekst is overgenomen.');
    expect(b.status).toBe('error');
    expect(b.messages).toContainEqual(expect.objectContaining({ column: 'organizations.description', text: expect.stringContaining('ten hoogste 20000') }));
    expect(c.status).toBe('error');
    expect(c.messages).toContainEqual(
      expect.objectContaining({ column: 'organizations.name', text: expect.stringContaining('verwacht tekst, maar het bestand heeft een object') }),
    );
    expect((p as any).messages).toContainEqual(
      expect.objectContaining({ level: 'error', text: expect.stringContaining('‘bestaat-niet’, die niet in het bestand staat') }),
    );
    // The answer repeats none of the 10 MB.
    expect(JSON.stringify(p).length).toBeLessThan(100_000);

    await api.call('POST', `/mzo/import/${p.id}/confirm`, { token: tokens.editor, body: {} });
    const done = await finished(p.id);
    expect(done.job.results[a.key]).toMatchObject({ status: 'created' });
    const added = organisationRows().filter((row) => !before.some((x) => x.id === row.id));
    expect(added.map((row) => row.name)).toEqual(['Stichting Schoon']);
    expect(added[0].notes).toContain('uit ‘andere-gids.json’ (record a)');
    const contact = await api.call('GET', `${api.collection(CONTACT)}?page=1&pageSize=10&filters[email][$eq]=persoon@schoon.example.org`, {
      token: tokens.editor,
    });
    expect(contact.body.results).toEqual([expect.objectContaining({ name: 'Onbekende Persoon', visibility: 'hidden' })]);
    expect(await (await fetch(`${cms.url}/api/contact-persons?pagination[pageSize]=100`)).text()).not.toContain('persoon@schoon.example.org');
  });

  it('leaves nothing behind when the editor cancels a large import', async () => {
    await cancelledImport().catch((error: Error) => {
      throw new Error(`${error.message}\nCMS log:\n${cms.output().slice(-6000)}`, { cause: error });
    });
  });
});

describe('the screen “Organisaties inlezen” in the admin (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  const BROWSER_CSV = [
    "Naam;Postcode;Huisnummer;Wijk;Thema's;KvK;Telefoon;Korte beschrijving;Rechtsvorm",
    `Stichting Scherm Een;3526 KV;5;Zuid;${theme};;;Een;Stichting`,
    `;;;West;${theme};;;Zonder naam;Stichting`,
    `Stichting Scherm Bel;;;West;${theme};;12;Telefoon;Stichting`,
    `Nog Een Andere Naam;;;West;${theme};${withKvk.kvkNumber};;Dubbel;Stichting`,
    `Stichting Scherm Onbekend;;;West;${theme}, Ruimtevaart;;;Onbekend;Stichting`,
  ].join('\n');
  const fileInput = () => page.getByLabel('Bestand', { exact: true });
  const rowOf = (row: number) => page.locator(`tr[data-row="${row}"]`);

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 }, timezoneId: 'Europe/Amsterdam' });
    // The admin only: nothing else may be asked for.
    await context.route('**/*', (route) => (route.request().url().startsWith(cms.url) ? route.continue() : route.abort('blockedbyclient')));
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.getByLabel('E-mail').fill('redactie@example.org');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/admin\/?$/);
    await page
      .getByRole('button', { name: /^(Sluiten|Close)/ })
      .click({ timeout: 3000 })
      .catch(() => {});
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('uploads a spreadsheet, recognises its Dutch headers and shows every row’s result', async () => {
    await page.getByRole('link', { name: 'Organisaties inlezen' }).click();
    await page.getByRole('heading', { name: 'Organisaties inlezen', level: 1 }).waitFor();
    await fileInput().setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(BROWSER_CSV) });
    await page.getByRole('button', { name: 'Bekijk wat er wordt ingelezen' }).click();
    await page.locator('#mzo-import-counts').waitFor();
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('name');
    expect(await page.getByLabel('Postcode', { exact: true }).inputValue()).toBe('address.postcode');
    expect(await page.getByLabel('Wijk', { exact: true }).inputValue()).toBe('locatedIn');
    expect(await page.getByLabel("Thema's", { exact: true }).inputValue()).toBe('themes');
    await expect
      .poll(() => page.locator('#mzo-import-counts').textContent())
      .toContain('5 rijen. 2 klaar om in te lezen, 1 staat misschien al in het CMS of dubbel in het bestand, 2 hebben een fout.');
    expect(await rowOf(2).textContent()).toContain('Adres gecontroleerd');
    expect(await rowOf(3).textContent()).toContain('Fout (kolom Naam): Naam: dit veld is leeg');
    expect(await rowOf(4).textContent()).toContain('kolom Telefoon');
    expect(await rowOf(5).textContent()).toContain(`Staat al in het CMS: ‘${withKvk.name}’ heeft hetzelfde KvK-nummer.`);
    expect(await page.getByText('Waarden die niet in de lijsten staan').isVisible()).toBe(true);
    expect(await page.locator('#mzo-import-preview').textContent()).toContain('‘Ruimtevaart’ (rij 6)');
  });

  it('checks again with a changed column link, and remembers it for the next file', async () => {
    await page.getByLabel('Telefoon', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Opnieuw bekijken met deze koppeling' }).click();
    await expect.poll(() => page.locator('#mzo-import-counts').textContent()).toContain('3 klaar om in te lezen');
    expect(await rowOf(4).getAttribute('data-status')).toBe('ready');
  });

  it('imports what the editor chose as drafts, merging the duplicate, with progress and a result', async () => {
    const before = organisationRows().length;
    await rowOf(5)
      .getByRole('combobox')
      .selectOption({ label: `Samenvoegen met ‘${withKvk.name}’ in het CMS` });
    await page.getByRole('button', { name: '4 rijen inlezen als concept' }).click();
    await page.locator('#mzo-import-done').waitFor({ timeout: 60_000 });
    expect(await page.locator('#mzo-import-done').textContent()).toBe('Klaar: 3 nieuw als concept, 1 samengevoegd, 0 mislukt.');
    const after = organisationRows();
    expect(after.length).toBe(before + 3);
    expect(after.filter((row) => row.name.startsWith('Stichting Scherm')).every((row) => row.publishedAt === null)).toBe(true);
    // The next upload of a file with these headers starts from the editor's links.
    await fileInput().setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(BROWSER_CSV) });
    await page.getByRole('button', { name: 'Bekijk wat er wordt ingelezen' }).click();
    await expect.poll(() => page.getByLabel('Telefoon', { exact: true }).inputValue()).toBe('');
  });

  it('shows the progress of 1,000 rows and cancels without leaving anything', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `Stichting Duizend ${i + 1};Rij ${i + 1};West;${theme};Stichting`);
    const before = organisationRows();
    await page.goto(`${cms.url}/admin/mzo-inlezen`);
    await fileInput().setInputFiles({
      name: 'duizend.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Naam;Korte beschrijving;Wijk;Thema's;Rechtsvorm\n${rows.join('\n')}\n`),
    });
    await page.getByRole('button', { name: 'Bekijk wat er wordt ingelezen' }).click();
    await expect.poll(() => page.locator('#mzo-import-counts').textContent(), { timeout: 60_000 }).toMatch(/1\.?000 rijen\. 1\.?000 klaar/);
    await page.getByRole('button', { name: /^1\.?000 rijen inlezen als concept$/ }).click();
    const progress = page.locator('#mzo-import-progress-label');
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toMatch(/^[1-9][\d.]* van 1\.?000 verwerkt/);
    expect(await page.getByRole('progressbar').count()).toBe(1);
    await page.getByRole('button', { name: 'Stoppen en niets inlezen' }).click();
    await page.locator('#mzo-import-cancelled').waitFor({ timeout: 120_000 });
    expect(await page.locator('#mzo-import-cancelled').textContent()).toBe('Gestopt. Er is niets ingelezen.');
    expect(organisationRows()).toEqual(before);
  }, 300_000);

  it('speaks English to a Redacteur whose interface language is English, one row and many in their plural', async () => {
    await api.createUser(tokens.super, {
      email: 'editor.en@example.org',
      password: PASSWORD,
      roleCode: 'redacteur',
      firstname: 'Eddie',
      preferedLanguage: 'en',
    });
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });
    await context.route('**/*', (route) => (route.request().url().startsWith(cms.url) ? route.continue() : route.abort('blockedbyclient')));
    const en = await context.newPage();
    en.setDefaultTimeout(30_000);
    // The login page speaks the browser's language; after it, the admin speaks the user's own.
    await en.goto(`${cms.url}/admin/auth/login`);
    await en.getByLabel('E-mail').fill('editor.en@example.org');
    await en.getByLabel('Wachtwoord').fill(PASSWORD);
    await en.getByRole('button', { name: 'Inloggen' }).click();
    await en.waitForURL(/\/admin\/?$/);
    await en
      .getByRole('button', { name: /^(Sluiten|Close)/ })
      .click({ timeout: 3000 })
      .catch(() => {});
    await en.getByRole('link', { name: 'Import organisations' }).click();
    await en.getByRole('heading', { name: 'Import organisations', level: 1 }).waitFor();
    const counts = en.locator('#mzo-import-counts');
    const check = async (csv: string) => {
      await en.getByLabel('File', { exact: true }).setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await en.getByRole('button', { name: 'See what will be imported' }).click();
      await counts.waitFor();
    };
    await check(`Naam;Korte beschrijving;Wijk;Thema's;Rechtsvorm\nStichting English One;Een;West;${theme};Stichting\n;Zonder naam;West;${theme};Stichting\n`);
    await expect
      .poll(() => counts.textContent())
      .toBe('list.csv: 2 rows. 1 ready to import, 0 may already be in the CMS or twice in the file, 1 has an error.');
    // The rows' messages come from the server in the user's language too.
    expect(await en.locator('tr[data-row="3"]').textContent()).toContain('Error (column Naam): Name: this field is empty');
    expect(await en.locator('#mzo-import-confirm').textContent()).toContain('1 row is imported as drafts.');
    await en.getByRole('button', { name: 'Import 1 row as drafts' }).click();
    await en.locator('#mzo-import-done').waitFor({ timeout: 60_000 });
    expect(await en.locator('#mzo-import-done').textContent()).toBe('Done: 1 new as a draft, 0 merged, 0 failed.');
    await check(
      `Naam;Korte beschrijving;Wijk;Thema's;Rechtsvorm;E-mail\nStichting English Two;Twee;West;${theme};Stichting;\nStichting English Three;Drie;West;${theme};Stichting;\n;Zonder naam;West;${theme};Stichting;\nStichting English Mail;Mail;West;${theme};Stichting;geen-mailadres\n`,
    );
    await expect
      .poll(() => counts.textContent())
      .toBe('list.csv: 4 rows. 2 ready to import, 0 may already be in the CMS or twice in the file, 2 have an error.');
    expect(await en.locator('tr[data-row="5"]').textContent()).toContain('column E-mail');
    expect(await en.locator('#mzo-import-confirm').textContent()).toContain('2 rows are imported as drafts.');
    await en.getByRole('button', { name: 'Import 2 rows as drafts' }).click();
    await expect.poll(() => en.locator('#mzo-import-done').textContent(), { timeout: 60_000 }).toBe('Done: 2 new as drafts, 0 merged, 0 failed.');
    await context.close();
  });

  it('is not in the menu of a volunteer', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const other = await context.newPage();
    await other.goto(`${cms.url}/admin/auth/login`);
    await other.getByLabel('E-mail').fill('vrijwilliger@example.org');
    await other.getByLabel('Wachtwoord').fill(PASSWORD);
    await other.getByRole('button', { name: 'Inloggen' }).click();
    await other.waitForURL(/\/admin\/?$/);
    await other.getByRole('link', { name: 'Overzicht redactie' }).waitFor();
    expect(await other.getByRole('link', { name: 'Organisaties inlezen' }).count()).toBe(0);
    await context.close();
  });
});

async function cancelledImport() {
  {
    const rows = Array.from({ length: 300 }, (_, i) => `Stichting Annuleren ${i + 1};Rij ${i + 1};West;${theme}`);
    const p = await preview(`Naam;Korte beschrijving;Wijk;Thema's\n${rows.join('\n')}\n`);
    expect(p.counts.ready).toBe(300);
    const before = organisationRows();
    await api.call('POST', `/mzo/import/${p.id}/confirm`, { token: tokens.editor, body: {} });
    for (let i = 0; i < 200; i++) {
      const { body } = await api.call('GET', `/mzo/import/${p.id}`, { token: tokens.editor });
      if (body.job.done >= 5) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const cancelled = await api.call('POST', `/mzo/import/${p.id}/cancel`, { token: tokens.editor });
    expect(cancelled.status).toBe(200);
    const done = await finished(p.id);
    expect(done.job.state).toBe('cancelled');
    expect(done.job.done).toBeLessThan(300);
    expect(organisationRows()).toEqual(before);
  }
}
