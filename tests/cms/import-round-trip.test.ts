/**
 * The import's proof (issue 19): our own HSDS export of the seeded demo data, imported into an empty CMS
 * (the same taxonomies, no organisations) through the real import routes as a Redacteur, published the way
 * the redactie does it (the drafts under review, bulk-published per type; the imported contact people first
 * made public with a consent date, as only an editor may), and exported again: every HSDS table and every
 * extension table of the profile is the same, apart from the ids, which are new because the documents are.
 *
 * Both exports are the open-data file the real site build writes (`/open-data/hsds.json`, Dutch), each built
 * from a snapshot of its CMS over REST. Relations between organisations come back too: the export lists only
 * confirmed memberships and partnerships, the import takes a membership in the file as confirmed by the koepel
 * (`confirmedMembers`) and a partnership both sides name as confirmed by both, so after publishing they are
 * public again (content-types/src/privacy.ts). To show that a partnership only one side names stays
 * unconfirmed, the file uploaded leaves out one side of one partnership: that one is the only difference.
 *
 * Not compared: the consultation log (mzo_consultations, mzo_consultation_participants), which an import does
 * not carry; the empty CMS has the demo's consultations without organisations.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../tooling/site-build.ts';
import { CONTACT, seededSnapshot, startEmptyCms, type AdminCms } from '../support/import-round-trip.ts';
import { startPdokStandIn } from '../support/pdok-stand-in.ts';
import { TEST_BUILD_NOW, TEST_REFERENCE_DATE } from '../support/suite.ts';

/** What an import does not carry. */
const NOT_IMPORTED = ['mzo_consultations', 'mzo_consultation_participants'];

type Row = Record<string, unknown>;
type Dataset = Record<string, unknown> & { organizations: Row[] };

let workDir: string;
let pdok: Awaited<ReturnType<typeof startPdokStandIn>>;
let empty: AdminCms;
let before: Dataset;
let after: Dataset;
let preview: any;
let job: any;
/** The partnership the uploaded file has on one side only: [the side that names it, the other side]. */
let oneSided: [Row, Row];

const relationsOf = (d: Dataset) => (d.mzo_organisation_relations as Row[] | undefined) ?? [];
const organisationName = (d: Dataset, id: unknown) => d.organizations.find((o) => o.id === id)?.name;

/** The Dutch HSDS file of a site built from `snapshotFile`, as the build writes it. */
async function exportOf(snapshotFile: string, name: string): Promise<Dataset> {
  const site = await buildSite({
    env: { ...process.env, CMS_SNAPSHOT: snapshotFile, CMS_URL: 'http://127.0.0.1:9', BUILD_NOW: TEST_BUILD_NOW },
    link: join(workDir, name),
    quiet: true,
  });
  return JSON.parse(readFileSync(join(site.outDir, 'open-data', 'hsds.json'), 'utf8'));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The dataset with every id replaced by what it stands for: records others point at get a name made of their
 * content (an organisation by its name, a term by taxonomy and code, a service by name and organisation …),
 * references become those names, and the ids of records nobody points at are left out. Each table is sorted,
 * so two exports of the same content compare equal whatever their documentIds and order.
 */
function withoutIds(dataset: Dataset): Record<string, unknown> {
  const names = new Map<string, string>();
  const rows = (table: string) => (dataset[table] as Row[] | undefined) ?? [];
  const named = (id: unknown) => (typeof id === 'string' && UUID.test(id) ? (names.get(id) ?? `unknown ${id}`) : id);
  const nameOf: Record<string, (r: Row) => string> = {
    taxonomies: (r) => `taxonomy ${r.name}`,
    taxonomy_terms: (r) => `term ${named(r.taxonomy_id)}/${r.code}`,
    organizations: (r) => `organization ${r.name}`,
    locations: (r) => `location ${r.name} of ${named(r.organization_id) ?? '—'}`,
    services: (r) => `service ${r.name} of ${named(r.organization_id)}`,
    contacts: (r) => `contact ${r.name} of ${named(r.organization_id)}`,
    service_at_locations: (r) => `${named(r.service_id)} at ${named(r.location_id)}`,
  };
  for (const [table, name] of Object.entries(nameOf)) for (const r of rows(table)) names.set(String(r.id), name(r));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) {
    if (key === 'generated_at') continue;
    if (!Array.isArray(value)) {
      out[key] = value;
      continue;
    }
    out[key] = value
      .map((r: Row) => {
        const { id, ...rest } = r;
        const copy: Row = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, named(v)]));
        return key in nameOf ? { id: named(id), ...copy } : copy;
      })
      .map((r) => JSON.stringify(r))
      .sort()
      .map((json) => JSON.parse(json));
  }
  return out;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-round-trip-'));
  pdok = await startPdokStandIn();
  before = await exportOf(await seededSnapshot(workDir, pdok.url), 'site-before');

  // An empty CMS: the demo's taxonomies (an import never makes those), no organisations.
  empty = await startEmptyCms(workDir, pdok.url);
  expect(await empty.list('api::organisation.organisation', '&locale=nl')).toEqual([]);

  // The import, over HTTP, as the Redacteur's screen does it.
  const relations = relationsOf(before);
  const back = (r: Row) =>
    relations.find((x) => x.relation === 'partner' && x.organization_id === r.related_organization_id && x.related_organization_id === r.organization_id);
  const named = relations.find((r) => r.relation === 'partner' && back(r));
  if (!named) throw new Error('the demo data has no partnership both sides name');
  oneSided = [named, back(named)!];
  const uploaded = { ...before, mzo_organisation_relations: relations.filter((r) => r !== oneSided[1]) };
  preview = await empty.preview({ name: 'hsds.json', type: 'application/json', text: JSON.stringify(uploaded) });
  // Organisations alike in name at one postcode are shown as possible duplicates; these are different ones.
  const decisions = Object.fromEntries(preview.entries.filter((e: any) => e.status === 'duplicate').map((e: any) => [e.key, { action: 'import' }]));
  job = (await empty.confirm(preview.id, decisions)).job;

  // The redactie: imported contacts are hidden without consent; those the source showed are made public again.
  const contacts: { documentId: string }[] = await empty.list(CONTACT);
  expect(contacts.length).toBe(((before.contacts as Row[] | undefined) ?? []).length);
  for (const contact of contacts) {
    const changed = await empty.api.call('PUT', `${empty.api.collection(CONTACT)}/${contact.documentId}`, {
      token: empty.editor,
      body: { visibility: 'public', consentDate: TEST_REFERENCE_DATE, consentNote: 'Toestemming gevraagd na het inlezen.' },
    });
    expect(changed.status, JSON.stringify(changed.body).slice(0, 300)).toBe(200);
  }
  await empty.publishWaiting();

  after = await exportOf(await empty.snapshot(join(workDir, 'after-snapshot.json')), 'site-after');
}, 1_800_000);

afterAll(async () => {
  await empty?.cms.stop();
  await pdok?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('HSDS round trip: export → import into an empty CMS → publish → export', () => {
  it('imports every organisation and room of the export, with nothing refused', () => {
    const counts = preview.counts;
    expect(counts.error).toBe(0);
    expect(preview.messages.filter((m: { level: string }) => m.level !== 'info')).toEqual([]);
    expect(job.state).toBe('done');
    const results = Object.values(job.results) as { status: string; message?: string }[];
    expect(results.filter((r) => r.status !== 'created')).toEqual([]);
    expect(job.messages).toEqual([]);
    const organisations = preview.entries.filter((e: any) => e.kind === 'organisation');
    expect(organisations.length).toBe(before.organizations.length);
    // Every entry's own warnings would be something lost on the way, but that the demo's invented addresses are
    // not in the (stand-in) national address list: kept as in the file, as the preview says.
    const warnings = preview.entries.flatMap((e: any) => e.messages.filter((m: any) => m.level !== 'info').map((m: any) => `${e.label}: ${m.text}`));
    const notInPdok = /: Adres: \d{4} [A-Z]{2} \d+\S* staat niet in de landelijke adreslijst\. Het adres is opgeslagen zoals in het bestand\.$/;
    expect(warnings.filter((w: string) => !notInPdok.test(w))).toEqual([]);
  });

  it('exports the same metadata', () => {
    const meta = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(withoutIds(d as Dataset)).filter(([, v]) => !Array.isArray(v)));
    expect(meta(after)).toEqual(meta(before));
  });

  it('has the same tables', () => {
    const tables = (d: Dataset) => Object.keys(d).filter((k) => Array.isArray(d[k]));
    expect(tables(after)).toEqual(tables(before));
  });

  const TABLES = [
    'organizations',
    'locations',
    'addresses',
    'phones',
    'contacts',
    'services',
    'service_at_locations',
    'schedules',
    'languages',
    'taxonomies',
    'taxonomy_terms',
    'attributes',
    'mzo_organisation_profiles',
    'mzo_organisation_relations',
    'mzo_channels',
    'mzo_support_needs',
    'mzo_rooms',
  ];
  it('compares every table of the export but those an import does not carry', () => {
    const all = Object.keys(before).filter((k) => Array.isArray(before[k]));
    expect(all.filter((k) => !TABLES.includes(k)).sort()).toEqual([...NOT_IMPORTED].sort());
  });

  for (const table of TABLES.filter((t) => t !== 'mzo_organisation_relations')) {
    it(`gives the same ${table}`, () => {
      const a = withoutIds(before)[table] as Row[];
      const b = withoutIds(after)[table] as Row[];
      expect(a.length, `${table} is empty in the export of the demo data`).toBeGreaterThan(table === 'mzo_support_needs' ? -1 : 0);
      expect(b).toEqual(a);
    });
  }

  it('makes the memberships public again: the import of the koepel confirms its members in the file', () => {
    const memberships = (d: Dataset) => (withoutIds(d).mzo_organisation_relations as Row[]).filter((r) => r.relation === 'member_of');
    expect(memberships(before).length).toBeGreaterThan(0);
    expect(memberships(after)).toEqual(memberships(before));
    // The preview told the editor so, at the koepel.
    const [membership] = relationsOf(before).filter((r) => r.relation === 'member_of');
    const koepel = preview.entries.find((e: any) => e.label === organisationName(before, membership.related_organization_id));
    expect(koepel.messages.map((m: any) => m.text).join('\n')).toContain(`Bevestigde leden: ‘${organisationName(before, membership.organization_id)}’`);
  });

  it('makes the partnerships both sides name public again, and not the one only one side names', () => {
    const partnerships = (d: Dataset) => (withoutIds(d).mzo_organisation_relations as Row[]).filter((r) => r.relation === 'partner');
    const [named, other] = oneSided.map((r) => organisationName(before, r.organization_id));
    const unconfirmed = (r: Row) =>
      [r.organization_id, r.related_organization_id].sort().join() === [`organization ${named}`, `organization ${other}`].sort().join();
    expect(partnerships(before).filter(unconfirmed)).toHaveLength(2);
    expect(partnerships(before).length).toBeGreaterThan(2);
    expect(partnerships(after)).toEqual(partnerships(before).filter((r) => !unconfirmed(r)));
    const entry = preview.entries.find((e: any) => e.label === named);
    expect(entry.messages.map((m: any) => m.text)).toContain(
      `Partner ‘${other}’: alleen deze organisatie noemt die partner in het bestand. Op de website pas als ‘${other}’ ook ‘${named}’ als partner noemt.`,
    );
  });
});
