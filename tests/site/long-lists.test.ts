/**
 * Listing pages that would list everything are cut into pages (issue 18: output size at scale; site/lib/list-pages.ts).
 * A copy of the suite's snapshot gets more organisations in one wijk than a page holds, and the real build
 * (tooling/site-build.ts, Dutch and English) must give that wijk page 1 at its own address and page 2 and on at
 * /wijken/<slug>/<n>/, together listing every organisation of the wijk once, with a valid "Vorige / Volgende pagina"
 * navigation whose links all lead to pages of the build, each page in the sitemap with its language alternates; a
 * small wijk keeps one page, and the printable overview stays complete.
 */
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Snapshot } from '@mzo/content-types/rest';
import { ROOMS_ON_WIJK_PAGE } from '../../site/lib/list-pages.ts';
import { buildSite } from '../../tooling/site-build.ts';
import { allFiles } from '../support/files.ts';

type Entry = Record<string, unknown> & { documentId: string; locale?: string; slug?: string; name?: string };
const ref = (value: unknown) => (value && typeof value === 'object' && 'documentId' in value ? String(value.documentId) : undefined);

/** More than the 50 a page holds, and more than two pages' worth, so page 3 exists as well. */
const ADDED = 110;
const ROOMS_ADDED = 15;
let roomsInWijk = 0;

let workDir: string;
let dir: string;
let big: { slug: string; slugs: string[]; names: string[] };
let small: { slug: string; slugs: string[] };

/** The organisations a wijk lists (located there or also active there), by slug. */
function listedEntries(snapshot: Snapshot, wijkId: string): Entry[] {
  return (snapshot.collections.organisation as Entry[])
    .filter((o) => (o.locale ?? 'nl') === 'nl')
    .filter((o) => ref(o.locatedIn) === wijkId || ((o.serves as unknown[]) ?? []).some((w) => ref(w) === wijkId));
}
const listed = (snapshot: Snapshot, wijkId: string) => listedEntries(snapshot, wijkId).map((o) => o.slug!);

const html = (file: string) => readFileSync(join(dir, file), 'utf8');
/** The organisations a page's cards show (OrganisationCard: the first link of each card), by slug. */
const cards = (page: string) =>
  html(page)
    .split('<li class="card org-card"')
    .slice(1)
    .map((card) => /href="(?:\/en)?\/organisaties\/([^/"]+)\/"/.exec(card)![1]);

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mzo-long-lists-'));
  const snapshot: Snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));
  const organisations = snapshot.collections.organisation as Entry[];
  const wijken = (snapshot.collections.wijk as Entry[]).filter((w) => (w.locale ?? 'nl') === 'nl');
  const counts = wijken.map((w) => ({ w, n: listed(snapshot, w.documentId).length })).sort((a, b) => a.n - b.n);
  const target = counts[counts.length - 1].w;
  const model = organisations.find((o) => ref(o.locatedIn) === target.documentId)!;
  // Copies of one organisation of the wijk, in every language it has, each its own entry (id, slug, name), located
  // in the wijk and active nowhere else.
  for (let i = 1; i <= ADDED; i++) {
    const documentId = `longlist${String(i).padStart(17, '0')}`;
    for (const version of organisations.filter((o) => o.documentId === model.documentId)) {
      organisations.push({
        ...structuredClone(version),
        serves: [],
        documentId,
        slug: `${model.slug}-${i}`,
        name: `${model.name} ${String(i).padStart(3, '0')}`,
      });
    }
  }
  // And more rooms in the wijk than its page shows (ROOMS_ON_WIJK_PAGE).
  const rooms = snapshot.collections.room as Entry[];
  const room = rooms.find((r) => (r.locale ?? 'nl') === 'nl')!;
  for (let i = 1; i <= ROOMS_ADDED; i++) {
    const documentId = `longroom${String(i).padStart(17, '0')}`;
    for (const version of rooms.filter((r) => r.documentId === room.documentId)) {
      rooms.push({ ...structuredClone(version), documentId, slug: `${room.slug}-${i}`, name: `${room.name} ${i}`, wijk: { documentId: target.documentId } });
    }
  }
  roomsInWijk = rooms.filter((r) => (r.locale ?? 'nl') === 'nl' && ref(r.wijk) === target.documentId).length;
  big = { slug: target.slug!, slugs: listed(snapshot, target.documentId), names: listedEntries(snapshot, target.documentId).map((o) => o.name!) };
  const smallest = counts[0].w;
  small = { slug: smallest.slug!, slugs: listed(snapshot, smallest.documentId) };
  const snapshotFile = join(workDir, 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(snapshot));
  const link = join(workDir, 'site');
  await buildSite({
    env: {
      ...process.env,
      CMS_SNAPSHOT: snapshotFile,
      CMS_URL: '',
      BUILD_NOW: '2026-11-30T09:00:00+01:00',
      SITE_LOCALES: 'nl,en',
      PUBLIC_TILE_URL: inject('tileUrl'),
    },
    link,
    quiet: true,
    full: true,
    log: () => {},
  });
  dir = realpathSync(link);
}, 900_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a wijk with more organisations than a page holds', () => {
  it('has page 1 at its own address and page 2 and 3 after it, no more', () => {
    expect(big.slugs.length).toBeGreaterThan(100);
    expect(big.slugs.length).toBeLessThanOrEqual(150);
    for (const prefix of ['', 'en/']) {
      expect(existsSync(join(dir, `${prefix}wijken/${big.slug}/index.html`))).toBe(true);
      expect(existsSync(join(dir, `${prefix}wijken/${big.slug}/2/index.html`))).toBe(true);
      expect(existsSync(join(dir, `${prefix}wijken/${big.slug}/3/index.html`))).toBe(true);
      expect(existsSync(join(dir, `${prefix}wijken/${big.slug}/4`))).toBe(false);
    }
  });

  it('lists every organisation of the wijk once over its pages, 50 a page, in both languages', () => {
    for (const prefix of ['', 'en/']) {
      const pages = [`${prefix}wijken/${big.slug}/index.html`, `${prefix}wijken/${big.slug}/2/index.html`, `${prefix}wijken/${big.slug}/3/index.html`];
      const shown = pages.map(cards);
      expect(shown.map((s) => s.length)).toEqual([50, 50, big.slugs.length - 100]);
      const all = shown.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(new Set(all)).toEqual(new Set(big.slugs));
    }
  });

  it('shows the map, agenda and the rest on page 1 only; page 2 says which page it is and leads back', () => {
    const first = html(`wijken/${big.slug}/index.html`);
    const second = html(`wijken/${big.slug}/2/index.html`);
    expect(first).toContain('id="kaart"');
    expect(second).not.toContain('id="kaart"');
    expect(second).not.toContain('id="support"');
    expect(second).toMatch(/<h1>[^<]+, pagina 2 van 3<\/h1>/);
    expect(second).toMatch(/<title>[^<]+, pagina 2 van 3 · /);
    expect(second).toContain(`href="/wijken/${big.slug}/">Naar de eerste pagina van`);
    expect(html(`en/wijken/${big.slug}/2/index.html`)).toMatch(/<h1>[^<]+, page 2 of 3<\/h1>/);
  });

  it('shows the first rooms of the wijk on page 1 and links to all of them on the rooms page, filtered on the wijk', () => {
    const first = html(`wijken/${big.slug}/index.html`);
    const section = first.slice(first.indexOf('aria-labelledby="rooms"'), first.indexOf('aria-labelledby="consultations"'));
    expect(section.split('<li class="card room').length - 1).toBe(ROOMS_ON_WIJK_PAGE);
    expect(roomsInWijk).toBeGreaterThan(ROOMS_ON_WIJK_PAGE);
    expect(section).toContain(`<a href="/ruimtes/?wijk=${big.slug}">Alle ${roomsInWijk} ruimtes in `);
  });

  it('has a "Vorige / Volgende pagina" navigation with the current page marked, every link to a page of the build', () => {
    const navs = [1, 2, 3].map((n) => {
      const page = html(n === 1 ? `wijken/${big.slug}/index.html` : `wijken/${big.slug}/${n}/index.html`);
      const nav = /<nav class="pagination" aria-label="([^"]+)">([\s\S]*?)<\/nav>/.exec(page);
      expect(nav, `page ${n}`).not.toBeNull();
      expect(nav![1]).toMatch(/^Pagina’s van /);
      return nav![2];
    });
    const link = (nav: string, text: string) => new RegExp(`<a href="([^"]+)" rel="[a-z]+">[^<]*(?:<span[^>]*>[^<]*</span>)?\\s*${text}`).exec(nav)?.[1];
    expect(link(navs[0], 'Vorige pagina')).toBeUndefined();
    expect(link(navs[0], 'Volgende pagina')).toBe(`/wijken/${big.slug}/2/`);
    expect(link(navs[1], 'Vorige pagina')).toBe(`/wijken/${big.slug}/`);
    expect(link(navs[1], 'Volgende pagina')).toBe(`/wijken/${big.slug}/3/`);
    expect(link(navs[2], 'Vorige pagina')).toBe(`/wijken/${big.slug}/2/`);
    expect(link(navs[2], 'Volgende pagina')).toBeUndefined();
    navs.forEach((nav, i) => {
      const current = [...nav.matchAll(/<a href="([^"]+)" aria-current="page"/g)].map((m) => m[1]);
      expect(current).toEqual([i === 0 ? `/wijken/${big.slug}/` : `/wijken/${big.slug}/${i + 1}/`]);
      for (const href of [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])) {
        expect(existsSync(join(dir, href, 'index.html')), href).toBe(true);
      }
    });
  });

  it('is valid HTML on every page, and every page’s links lead to files of the build', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'], rules: { 'void-style': 'off', 'wcag/h32': 'error' } });
    const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html('index.html'))![1]).origin;
    const pages = allFiles(dir).filter((f) => /wijken\/[^/]+\/(\d+\/)?index\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(4);
    const errors: string[] = [];
    const broken = new Set<string>();
    for (const path of pages) {
      const text = readFileSync(path, 'utf8');
      const report = await validator.validateString(text, path);
      for (const m of report.results.flatMap((r) => r.messages)) errors.push(`${relative(dir, path)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      for (let url of [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'))) {
        if (url.startsWith(site)) url = url.slice(site.length) || '/';
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        const file = join(dir, decodeURIComponent(url.split(/[?#]/)[0]));
        if (!existsSync(file) || (!file.includes('.') && !existsSync(join(file, 'index.html')))) broken.add(`${relative(dir, path)} → ${url}`);
      }
    }
    expect(errors).toEqual([]);
    expect([...broken]).toEqual([]);
  });

  it('puts every page in the sitemap with its own canonical and the other language as alternate', () => {
    const sitemap = allFiles(dir)
      .filter((f) => /sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html('index.html'))![1]).origin;
    for (const n of [2, 3]) {
      for (const prefix of ['', '/en']) {
        const url = `${site}${prefix}/wijken/${big.slug}/${n}/`;
        const entry = new RegExp(`<url><loc>${url}</loc>(.*?)</url>`).exec(sitemap);
        expect(entry, url).not.toBeNull();
        expect(entry![1]).toContain(`hreflang="en" href="${site}/en/wijken/${big.slug}/${n}/"`);
        expect(entry![1]).toContain(`hreflang="nl" href="${site}/wijken/${big.slug}/${n}/"`);
        const page = html(`${prefix.slice(1)}${prefix ? '/' : ''}wijken/${big.slug}/${n}/index.html`);
        expect(page).toContain(`<link rel="canonical" href="${url}"`);
      }
    }
  });

  it('keeps the printable overview of the wijk complete: every organisation on one page', () => {
    const overview = html(`wijken/${big.slug}/overzicht/index.html`);
    const table = overview.slice(overview.indexOf('<table class="print-table">'), overview.indexOf('</table>'));
    const rows = [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th>/g)].map((m) => m[1].replaceAll('&amp;', '&'));
    expect(rows.sort()).toEqual([...big.names].sort());
  });
});

describe('a wijk whose organisations fit on one page', () => {
  it('keeps one page without a page navigation', () => {
    expect(small.slugs.length).toBeLessThanOrEqual(50);
    expect(existsSync(join(dir, `wijken/${small.slug}/2`))).toBe(false);
    const page = html(`wijken/${small.slug}/index.html`);
    expect(page).not.toContain('class="pagination"');
    expect(new Set(cards(`wijken/${small.slug}/index.html`))).toEqual(new Set(small.slugs));
  });
});
