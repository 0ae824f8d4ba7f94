/**
 * The import's proof for spreadsheets (issue 19, item 3): the CSV an official downloads from /raadplegen/
 * ("Download als CSV", in Chromium) of the seeded demo data, imported into an empty CMS (the same taxonomies, no
 * organisations) through the real import routes as a Redacteur, completed and published the way the redactie
 * does it, and downloaded again from the site built on that CMS, is the same file, byte for byte. (The list has no
 * ids or timestamps: its organisations are named by name and page address.)
 *
 * The list holds what an official needs to consult, not a whole profile, so the redactie fills in what publishing
 * needs and the list does not have (a summary and the legal form); the preview says so at every row. What the
 * list's columns mean is our own export's (content-types/src/import/columns.ts): `themas` and `talen` are the
 * themes and languages to consult on (also taken as the organisation's own), `wijken` where it is active, the
 * channel in words, the koepel found by its address in the same file, and everyone in the list opted in.
 *
 * Then the officials' list of the seeded CMS (the screen Raadplegen's "Download als CSV": `organisatie` instead of
 * `naam`, and one line per contact person, officials-only ones too) is imported into that CMS: each organisation is
 * found by its page (merged, as the editor chooses), its lines become one organisation with its contact people,
 * hidden without consent, whatever `zichtbaarheid` said. Once the redactie has set each person's visibility as the
 * list said and published them, the officials' list of the new CMS is the same file too.
 *
 * Both sites are the real build from a snapshot of their CMS over REST (Dutch).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium.ts';
import { serveSite } from '../../tooling/serve-site.ts';
import { buildSite } from '../../tooling/site-build.ts';
import { CONSULT_CSV_COLUMNS } from '../../site/lib/consult-list.ts';
import { csvRecords, parseCsvStrictly } from '../support/csv.ts';
import { CONTACT, startEmptyCms, startSeededCms, type AdminCms } from '../support/import-round-trip.ts';
import { freePort } from '../support/net.ts';
import { startPdokStandIn } from '../support/pdok-stand-in.ts';
import { TEST_BUILD_NOW } from '../support/suite.ts';

const ORG = 'api::organisation.organisation';

let workDir: string;
let pdok: Awaited<ReturnType<typeof startPdokStandIn>>;
let empty: AdminCms;
let before: string;
let after: string;
let preview: any;
let finished: any;
let publicBeforePublishing: number;
let officialsBefore: string;
let officialsAfter: string;
let officialsPreview: any;
let officialsFinished: any;
let importedContacts: any[];
let publicContactsBeforePublishing: string;

/** Who sees a contact person, by the officials' list's words (cms/src/plugins/mzo/server/src/services/consultation-list.ts). */
const VISIBILITY_BY_LABEL: Record<string, string> = {
  'Iedereen: staat op de website': 'public',
  'Alleen de gemeente (niet op de website)': 'officials',
};

/** The CSV that /raadplegen/ of a site built from `snapshotFile` downloads, with nothing chosen. */
async function downloadedList(snapshotFile: string, name: string): Promise<string> {
  const site = await buildSite({
    env: { ...process.env, CMS_SNAPSHOT: snapshotFile, CMS_URL: 'http://127.0.0.1:9', BUILD_NOW: TEST_BUILD_NOW },
    link: join(workDir, name),
    quiet: true,
  });
  const { server, url } = (await serveSite({ dir: site.outDir, port: await freePort() })) as { server: Server; url: string };
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === new URL(url).origin ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    await page.goto(`${url}/raadplegen/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    return readFileSync(await download.path(), 'utf8');
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-round-trip-list-'));
  pdok = await startPdokStandIn();
  const seeded = await startSeededCms(workDir, pdok.url);
  try {
    officialsBefore = await seeded.officialsList();
    before = await downloadedList(await seeded.snapshot(join(workDir, 'seeded-snapshot.json')), 'site-before');
  } finally {
    await seeded.cms.stop();
  }

  empty = await startEmptyCms(workDir, pdok.url);
  expect(await empty.list(ORG, '&locale=nl')).toEqual([]);
  preview = await empty.preview({ name: 'raadplegen.csv', type: 'text/csv', text: before });
  // Organisations alike in name are shown as possible duplicates; in this list they are different ones.
  const decisions = Object.fromEntries(preview.entries.filter((e: any) => e.status === 'duplicate').map((e: any) => [e.key, { action: 'import' }]));
  finished = await empty.confirm(preview.id, decisions);
  publicBeforePublishing = (await (await fetch(`${empty.cms.url}/api/organisations?pagination[pageSize]=100`)).json()).data.length;

  // The redactie completes what the list does not hold and publishing needs, as the preview said, and publishes.
  for (const organisation of await empty.list(ORG, '&locale=nl')) {
    const changed = await empty.api.call('PUT', `${empty.api.collection(ORG)}/${organisation.documentId}?locale=nl`, {
      token: empty.editor,
      body: { summary: 'Aangevuld door de redactie na het inlezen.', legalForm: 'stichting' },
    });
    expect(changed.status, JSON.stringify(changed.body).slice(0, 300)).toBe(200);
  }
  await empty.publishWaiting();

  after = await downloadedList(await empty.snapshot(join(workDir, 'after-snapshot.json')), 'site-after');
}, 1_800_000);

afterAll(async () => {
  await empty?.cms.stop();
  await pdok?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('spreadsheet round trip: /raadplegen/ CSV → import into an empty CMS → publish → /raadplegen/ CSV', () => {
  it('downloads a list of the demo’s opted-in organisations with every column filled somewhere', () => {
    expect(parseCsvStrictly(before)[0]).toEqual([...CONSULT_CSV_COLUMNS]);
    const records = csvRecords(before);
    expect(records.length).toBeGreaterThan(10);
    for (const column of CONSULT_CSV_COLUMNS)
      expect(
        records.some((r) => r[column] !== ''),
        column,
      ).toBe(true);
    // Every channel, WhatsApp links and a koepel's address among them.
    expect(new Set(records.map((r) => r.voorkeur_kanaal)).size).toBeGreaterThanOrEqual(4);
    expect(records.some((r) => r.voorkeur_kanaal === 'Liefst via de koepelorganisatie')).toBe(true);
    expect(records.some((r) => r.kanaal_adres.startsWith('https://'))).toBe(true);
  });

  it('links every column of our own list to the field it means', () => {
    expect(preview.headers).toEqual([...CONSULT_CSV_COLUMNS]);
    expect(preview.mapping.columns).toEqual([
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
  });

  it('reads every row with nothing refused or left out, and says what the list does not hold', () => {
    expect(preview.counts.error).toBe(0);
    expect(preview.unknownValues).toEqual([]);
    expect(preview.messages.map((m: any) => m.text)).toEqual([expect.stringMatching(/^Dit is een lijst ‘Wie kun je raadplegen\?’ uit de MZO-gids\. /)]);
    const notInfo = preview.entries.flatMap((e: any) => e.messages.filter((m: any) => m.level !== 'info').map((m: any) => `${e.label}: ${m.text}`));
    expect(notInfo).toEqual([]);
    for (const entry of preview.entries) {
      const texts = entry.messages.map((m: any) => m.text);
      expect(texts, entry.label).toContain('Korte beschrijving ontbreekt. Vul dit aan voordat je publiceert.');
      expect(texts, entry.label).toContain('Rechtsvorm ontbreekt. Vul dit aan voordat je publiceert.');
    }
    expect(finished.job.state).toBe('done');
    expect(Object.values(finished.job.results).filter((r: any) => r.status !== 'created')).toEqual([]);
    expect(finished.job.messages).toEqual([]);
  });

  it('finds the koepel of an organisation that prefers to be asked through it by its address in the list', () => {
    const member = csvRecords(before).find((r) => r.voorkeur_kanaal === 'Liefst via de koepelorganisatie')!;
    const koepel = csvRecords(before).find((r) => r.email === member.kanaal_adres)!;
    expect(koepel, 'the koepel is in the list too').toBeDefined();
    const entry = preview.entries.find((e: any) => e.label === member.naam);
    expect(entry.messages.map((m: any) => m.text)).toContain(
      `Lid van ‘${koepel.naam}’: ‘${member.kanaal_adres}’ is het adres van die koepelorganisatie in dit bestand.`,
    );
    const koepelEntry = preview.entries.find((e: any) => e.label === koepel.naam);
    expect(koepelEntry.messages.map((m: any) => m.text).join('\n')).toContain(`Bevestigde leden: ‘${member.naam}’`);
  });

  it('publishes nothing itself', () => {
    expect(publicBeforePublishing).toBe(0);
  });

  it('downloads the same list again, byte for byte', () => {
    const byName = (text: string) => Object.fromEntries(csvRecords(text).map((r) => [r.naam, r]));
    expect(byName(after)).toEqual(byName(before));
    expect(after).toBe(before);
  });
});

describe('spreadsheet round trip: the CMS’s officials’ list → import (merging) → publish → the officials’ list', () => {
  beforeAll(async () => {
    // The officials' list into the same CMS: every organisation is there, so the editor merges each into its own.
    officialsPreview = await empty.preview({ name: 'raadplegen-gemeente.csv', type: 'text/csv', text: officialsBefore });
    const merges = Object.fromEntries(
      officialsPreview.entries
        .filter((e: any) => e.status === 'duplicate')
        .map((e: any) => [e.key, { action: 'merge', documentId: e.duplicates.find((d: any) => d.reason === 'slug')?.documentId }]),
    );
    officialsFinished = await empty.confirm(officialsPreview.id, merges);
    importedContacts = await empty.list(CONTACT);
    publicContactsBeforePublishing = await (await fetch(`${empty.cms.url}/api/contact-persons?pagination[pageSize]=100`)).text();
    // The redactie sets who may see each person, as the list said (with their consent), and publishes.
    const shown = new Map(
      csvRecords(officialsBefore)
        .filter((r) => r.contactpersoon)
        .map((r) => [`${r.contactpersoon}\u0000${r.contact_email}`, VISIBILITY_BY_LABEL[r.zichtbaarheid]]),
    );
    for (const contact of importedContacts) {
      const changed = await empty.api.call('PUT', `${empty.api.collection(CONTACT)}/${contact.documentId}`, {
        token: empty.editor,
        body: {
          visibility: shown.get(`${contact.name}\u0000${contact.email ?? ''}`),
          consentDate: '2026-11-30',
          consentNote: 'Toestemming gevraagd na het inlezen.',
        },
      });
      expect(changed.status, JSON.stringify(changed.body).slice(0, 300)).toBe(200);
    }
    await empty.publishWaiting();
    officialsAfter = await empty.officialsList();
  }, 1_800_000);

  it('downloads a list with contact people of both visibilities, several for some organisations', () => {
    const records = csvRecords(officialsBefore);
    for (const label of Object.keys(VISIBILITY_BY_LABEL)) expect(records.map((r) => r.zichtbaarheid)).toContain(label);
    expect(new Set(records.map((r) => `${r.contactpersoon}\u0000${r.contact_email}`)).size, 'contact people told apart by name and e-mail').toBe(
      records.length,
    );
    expect(records.length).toBeGreaterThan(new Set(records.map((r) => r.organisatie)).size);
  });

  it('links its columns, reads each organisation’s lines as one with its contact people, and takes over no visibility', () => {
    expect(officialsPreview.mapping.columns).toEqual([
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
      'contact.name',
      'contact.role',
      'contact.email',
      'contact.phone',
      null,
    ]);
    const records = csvRecords(officialsBefore);
    expect(officialsPreview.entries.map((e: any) => e.label)).toEqual([...new Set(records.map((r) => r.organisatie))]);
    expect(officialsPreview.entries.flatMap((e: any) => e.documents.filter((d: any) => d.type === 'contact-person').map((d: any) => d.label))).toEqual(
      records.filter((r) => r.contactpersoon).map((r) => r.contactpersoon),
    );
    expect(officialsPreview.messages.map((m: any) => m.text)).toContain(
      'Rijen van dezelfde organisatie worden één organisatie met meer contactpersonen. De kolom ‘zichtbaarheid’ wordt niet ingelezen: elke contactpersoon is eerst alleen zichtbaar voor de redactie.',
    );
    expect(officialsPreview.counts.error).toBe(0);
    expect(officialsPreview.counts.duplicate).toBe(officialsPreview.entries.length);
    expect(officialsFinished.job.state).toBe('done');
    expect(Object.values(officialsFinished.job.results).filter((r: any) => r.status !== 'merged')).toEqual([]);
    expect(officialsFinished.job.messages).toEqual([]);
  });

  it('keeps every imported contact person hidden and out of the public API until the redactie sets who may see them', () => {
    expect(importedContacts.length).toBe(csvRecords(officialsBefore).filter((r) => r.contactpersoon).length);
    expect(importedContacts.map((c) => c.visibility)).toEqual(importedContacts.map(() => 'hidden'));
    for (const contact of importedContacts) expect(publicContactsBeforePublishing).not.toContain(contact.name);
  });

  it('downloads the same officials’ list again, byte for byte', () => {
    expect(csvRecords(officialsAfter)).toEqual(csvRecords(officialsBefore));
    expect(officialsAfter).toBe(officialsBefore);
  });
});
