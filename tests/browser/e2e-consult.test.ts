// The consultation list builder (/raadplegen/) in a real browser: filters on whom an organisation
// reaches, counts per choice, and the CSV an official downloads, read back with a strict parser.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSULT_CSV_COLUMNS } from '../../site/lib/consult-list.ts';
import { openSite, watchProblems, type PageProblems, type SiteUnderTest } from '../support/browser.ts';
import { csvRecords, parseCsvStrictly } from '../support/csv.ts';
import { demo } from '../support/demo.ts';

interface DemoOrganisation {
  slug: string;
  name: string;
  email: string | null;
  phone: string | null;
  locatedIn: string;
  serves: string[];
  targetGroups: string[];
  published: boolean;
  consultationOptIn: boolean;
  consultationChannel: string | null;
  consultationLeadTimeWeeks: number | null;
  socialLinks: { platform: string; url: string }[];
  memberOf: string[];
}
const organisations = demo.organisations as DemoOrganisation[];
const published = organisations.filter((o) => o.published);
const activeIn = (o: DemoOrganisation, wijk: string) => o.locatedIn === wijk || o.serves.includes(wijk);
const olderPeopleInZuidwest = published.filter((o) => o.targetGroups.includes('ouderen') && activeIn(o, 'zuidwest'));
/** What the builder must answer to "whom do I consult about older people in Zuidwest?", from the seed. */
const expected = olderPeopleInZuidwest.filter((o) => o.consultationOptIn).sort((a, b) => a.name.localeCompare(b.name, 'nl'));

let site: SiteUnderTest;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
  problems = watchProblems(page);
}, 300_000);

afterAll(async () => {
  await site?.close();
});

const visibleNames = () => page.locator('tr.consult-row:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.name ?? ''));

describe('the consultation list builder', () => {
  it('answers "older people in Zuidwest" with exactly the opted-in organisations for older people active there', async () => {
    expect(expected.length, 'the seed has an opted-in organisation for older people in Zuidwest').toBeGreaterThan(0);
    expect(olderPeopleInZuidwest.length, 'and one that did not opt in, which must stay out').toBeGreaterThan(expected.length);
    await page.goto(`${site.url}/raadplegen/`);
    await page.check('#consult-doelgroep-ouderen');
    await page.check('#consult-wijk-zuidwest');
    expect((await visibleNames()).sort()).toEqual(expected.map((o) => o.name).sort());
    await expect
      .poll(() => page.locator('#consult-status').textContent())
      .toBe(expected.length === 1 ? '1 organisatie wil meedenken' : `${expected.length} organisaties willen meedenken`);
    // The count next to a choice is what the list would hold with it: Zuidwest given "ouderen".
    expect(await page.locator('[data-count="wijk:zuidwest"]').textContent()).toBe(`(${expected.length})`);
    // The form's own button (H32) applies the choice and takes the focus to the count.
    await page.getByRole('button', { name: 'Toon organisaties' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consult-status');
    expect((await visibleNames()).sort()).toEqual(expected.map((o) => o.name).sort());
    expect(problems.pageErrors).toEqual([]);
  });

  it('downloads the chosen list as a CSV with themes, wijken, target groups, communities, languages, channel and its address, lead time and page', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(parseCsvStrictly(text)[0]).toEqual([...CONSULT_CSV_COLUMNS]);
    const records = csvRecords(text);
    expect(records.map((r) => r.naam)).toEqual(expected.map((o) => o.name));
    for (const [i, o] of expected.entries()) {
      const r = records[i];
      expect(r.pagina).toMatch(new RegExp(`^https?://[^/]+/organisaties/${o.slug}/$`));
      expect(r.wijken.split('; ')).toContain('Zuidwest');
      expect(r.doelgroepen.split('; ')).toContain('Ouderen');
      expect(r.themas).not.toBe('');
      expect(r.gemeenschappen).not.toBe('');
      expect(r.talen).not.toBe('');
      expect(r.weken_vooraf).toBe(String(o.consultationLeadTimeWeeks ?? ''));
      const koepel = organisations.find((k) => k.slug === o.memberOf[0]);
      const address = {
        email: o.email,
        bijeenkomst: o.email,
        telefoon: o.phone,
        whatsapp: o.socialLinks.find((s) => s.platform === 'whatsapp')?.url ?? o.phone,
        'via-koepel': koepel?.email,
      }[o.consultationChannel ?? ''];
      expect(r.kanaal_adres).toBe(address ?? '');
      expect(r.voorkeur_kanaal).toMatch(/^Liefst /);
      expect(r.voorkeur_kanaal).not.toMatch(/via via/);
    }
  });

  it('exports a WhatsApp link or number for an organisation that prefers WhatsApp', async () => {
    const whatsapp = published.find((o) => o.consultationOptIn && o.consultationChannel === 'whatsapp');
    expect(whatsapp, 'an opted-in organisation preferring WhatsApp').toBeDefined();
    await page.goto(`${site.url}/raadplegen/`);
    const row = page.locator('tr.consult-row', { has: page.locator(`a[href="/organisaties/${whatsapp!.slug}/"]`) });
    await expect.poll(() => row.textContent()).toContain('Liefst via WhatsApp: ');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    const record = csvRecords(readFileSync(await download.path(), 'utf8')).find((r) => r.naam === whatsapp!.name);
    expect(record?.kanaal_adres).toBe(whatsapp!.socialLinks.find((s) => s.platform === 'whatsapp')?.url ?? whatsapp!.phone);
    expect(record?.kanaal_adres).not.toBe('');
  });

  it('names the list builder "Voor de gemeente" in the main navigation', async () => {
    await page.goto(`${site.url}/`);
    await page.locator('.site-nav').getByRole('link', { name: 'Voor de gemeente' }).click();
    expect(new URL(page.url()).pathname).toBe('/raadplegen/');
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('Voor de gemeente');
  });
});
