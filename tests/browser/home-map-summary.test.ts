// The home map above MAP_SUMMARY_ABOVE organisations (issue 18): one marker per wijk with its count until a search,
// a wijk chosen or a zoom in, instead of loading and drawing every organisation. The real build with a small
// threshold (PUBLIC_MAP_SUMMARY_ABOVE=5, so the demo data's 40 organisations count as many), in Chromium; the
// suite's own build (default threshold) still shows every point.
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Snapshot } from '@mzo/content-types/rest';
import { buildSite } from '../../tooling/site-build.ts';
import { mapMarkers, openSite, type SiteUnderTest } from '../support/browser.ts';

type Entry = Record<string, unknown> & { documentId: string; locale?: string; name?: string };
const ref = (value: unknown) => (value && typeof value === 'object' && 'documentId' in value ? String(value.documentId) : undefined);

let workDir: string;
let summarised: SiteUnderTest;
let plain: SiteUnderTest;
/** Per wijk name: the organisations the wijk filter finds (located there or active there), and those with a place. */
const expected = new Map<string, { count: number; located: number }>();
let withPlace = 0;

beforeAll(async () => {
  const snapshot: Snapshot = JSON.parse(readFileSync(inject('snapshotFile'), 'utf8'));
  const nl = (type: string) => (snapshot.collections[type] as Entry[]).filter((e) => (e.locale ?? 'nl') === 'nl');
  const wijkName = new Map(nl('wijk').map((w) => [w.documentId, w.name!]));
  for (const o of nl('organisation')) {
    const located = ref(o.locatedIn);
    const hasPlace = typeof (o.address as { latitude?: unknown } | null)?.latitude === 'number';
    if (hasPlace) withPlace++;
    const wijken = new Set([located, ...((o.serves as unknown[]) ?? []).map(ref)].filter((id): id is string => Boolean(id)));
    for (const id of wijken) {
      const entry = expected.get(wijkName.get(id)!) ?? { count: 0, located: 0 };
      entry.count++;
      if (id === located && hasPlace) entry.located++;
      expected.set(wijkName.get(id)!, entry);
    }
  }
  workDir = mkdtempSync(join(tmpdir(), 'mzo-map-summary-'));
  const link = join(workDir, 'site');
  await buildSite({
    env: {
      ...process.env,
      CMS_SNAPSHOT: inject('snapshotFile'),
      CMS_URL: '',
      BUILD_NOW: '2026-11-30T09:00:00+01:00',
      SITE_LOCALES: 'nl',
      PUBLIC_TILE_URL: inject('tileUrl'),
      PUBLIC_MAP_SUMMARY_ABOVE: '5',
    },
    link,
    quiet: true,
    full: true,
    log: () => {},
  });
  summarised = await openSite(realpathSync(link));
  plain = await openSite();
}, 900_000);

afterAll(async () => {
  await summarised?.close();
  await plain?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function homeMap(site: SiteUnderTest): Promise<{ page: Page; requests: string[] }> {
  const page = await site.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.url}/`);
  await page.locator('#kaart').scrollIntoViewIfNeeded();
  await page.waitForSelector('#kaart:not([data-loading])');
  return { page, requests };
}

describe('the home map above the summary threshold', () => {
  it('shows one marker per wijk with its count in the marker and its label, and loads no points', async () => {
    const { page, requests } = await homeMap(summarised);
    await page.waitForSelector('#kaart[data-summary="true"] .map-wijk');
    const markers = await page
      .locator('#kaart .leaflet-marker-icon.map-wijk')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent?.trim(), label: el.getAttribute('aria-label'), role: el.getAttribute('role') })));
    const wijken = [...expected].filter(([, w]) => w.located > 0);
    expect(markers).toHaveLength(wijken.length);
    for (const [name, { count }] of wijken) {
      const marker = markers.find((m) => m.label?.startsWith(`${name}:`));
      expect(marker, name).toBeDefined();
      expect(marker!.text).toBe(String(count));
      expect(marker!.label).toBe(`${name}: ${count} organisaties. Kies om ze te zien.`);
      expect(marker!.role).toBe('button');
    }
    expect(await page.locator('#kaart .map-marker, #kaart .map-cluster').count()).toBe(0);
    expect(requests).toContain('/pagefind/map-wijken-nl.json');
    expect(requests).not.toContain('/pagefind/points-nl.json');
    await page.close();
  });

  it('choosing a wijk on the map filters on it: the list and the map show that wijk’s organisations', async () => {
    const { page } = await homeMap(summarised);
    const [name, { count }] = [...expected].filter(([, w]) => w.located > 0).sort((a, b) => b[1].count - a[1].count)[0];
    // By keyboard, as a button: Tab to the marker (focus) and Enter.
    const marker = page.locator(`#kaart .map-wijk[aria-label^="${name}:"]`);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('select[data-facet="wijk"]').inputValue()).toBe(name);
    await expect.poll(() => page.locator('#resultaten-kop').textContent()).toContain(String(count));
    await page.waitForSelector('#kaart[data-summary="false"]');
    // The chosen marker is gone with the summary: keyboard focus is on the results, not lost to the page's start.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('resultaten-kop');
    const shown = await mapMarkers(page, Number(await page.locator('#kaart').getAttribute('data-markers')));
    expect(shown.drawn).toBe(shown.reported);
    expect(shown.reported).toBeGreaterThan(0);
    expect(shown.reported).toBeLessThanOrEqual(count);
    expect(await page.locator('#kaart .map-wijk').count()).toBe(0);
    await page.close();
  });

  it('shows the points once the visitor zooms in to a wijk, and the summary again when zoomed out', async () => {
    const { page } = await homeMap(summarised);
    await page.waitForSelector('#kaart[data-summary="true"] .map-wijk');
    // Zoom in step by step until a wijk fills the map (zoom 14); the summary's own zoom depends on the wijken's spread.
    const zoomIn = page.locator('#kaart .leaflet-control-zoom-in');
    let steps = 0;
    while ((await page.locator('#kaart').getAttribute('data-summary')) === 'true' && steps < 8) {
      await zoomIn.click();
      steps++;
      await page.waitForTimeout(300);
    }
    expect(steps).toBeGreaterThan(0);
    await page.waitForSelector('#kaart[data-summary="false"]');
    // Every organisation with a place is on the map (the clusters draw those in view).
    expect(Number(await page.locator('#kaart').getAttribute('data-markers'))).toBe(withPlace);
    expect(await page.locator('#kaart .map-wijk').count()).toBe(0);
    // Out again the same way, a step at a time: Leaflet drops a zoom asked for while the last one still animates.
    const zoomOut = page.locator('#kaart .leaflet-control-zoom-out');
    for (let out = 0; (await page.locator('#kaart').getAttribute('data-summary')) !== 'true' && out < steps + 4; out++) {
      await zoomOut.click();
      await page.waitForTimeout(300);
    }
    await page.waitForSelector('#kaart .map-wijk');
    await page.close();
  });
});

describe('the home map below the threshold', () => {
  it('shows every organisation with a place, as before, and no summary', async () => {
    const { page, requests } = await homeMap(plain);
    const shown = await mapMarkers(page, withPlace);
    expect(shown).toEqual({ reported: withPlace, drawn: withPlace });
    expect(await page.locator('#kaart .map-wijk').count()).toBe(0);
    expect(requests).not.toContain('/pagefind/map-wijken-nl.json');
    await page.close();
  });
});
