// The home page in a real browser: Pagefind search, facet filters and the map of the results.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapMarkers, openSite, watchProblems, type PageProblems, type SiteUnderTest } from '../support/browser.ts';
import { demo } from '../support/demo.ts';

interface DemoOrganisation {
  slug: string;
  name: string;
  summary: { nl: string; en: string };
  locatedIn: string;
  serves: string[];
  themes: string[];
  address: { latitude: number; longitude: number } | null;
  published: boolean;
}
const published = (demo.organisations as DemoOrganisation[]).filter((o) => o.published);
const wijkName = (slug: string) => demo.wijken.find((w: { slug: string }) => w.slug === slug)!.name as string;
const themeName = (slug: string, locale: 'nl' | 'en') => demo.themes.find((t: { slug: string }) => t.slug === slug)!.name[locale] as string;
const inWijk = (o: DemoOrganisation, wijk: string) => o.locatedIn === wijk || o.serves.includes(wijk);
const slugOf = (href: string) => /\/organisaties\/([^/]+)\/$/.exec(new URL(href).pathname)?.[1] ?? href;

/** A word from one organisation's name that no other published organisation uses anywhere. */
function distinctiveWord(): { word: string; organisation: DemoOrganisation } {
  for (const organisation of published) {
    const others = JSON.stringify(published.filter((o) => o !== organisation)).toLowerCase();
    const word = organisation.name.split(/\s+/).find((w) => /^[A-Za-zÀ-ÿ]{6,}$/.test(w) && !others.includes(w.toLowerCase()));
    if (word) return { word, organisation };
  }
  throw new Error('The demo data has no organisation with a distinctive word in its name.');
}

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

/** Waits until the search that the last action started has finished, and returns the result slugs (all pages). */
async function results(): Promise<string[]> {
  // The status is announced first, then the first page of results (20) is drawn.
  await page.waitForFunction(() => {
    const status = document.getElementById('zoekstatus')?.textContent ?? '';
    const messages = JSON.parse(document.getElementById('zoeken')!.dataset.messages!);
    if (status === '' || status === messages.loading) return false;
    const count = Number(/\d+/.exec(document.getElementById('resultaten-kop')?.textContent ?? '')?.[0] ?? 0);
    return document.querySelectorAll('#resultaten > li').length === Math.min(count, 20);
  });
  const more = page.locator('#meer');
  while (await more.isVisible()) {
    const before = await page.locator('#resultaten > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#resultaten > li').length > n, before);
  }
  const hrefs = await page.locator('#resultaten > li h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map(slugOf);
}

/** Markers on the home page's map, once it has scrolled into view. */
async function markersOnMap(expected: number) {
  await page.locator('#kaart').scrollIntoViewIfNeeded();
  return mapMarkers(page, expected);
}

async function chooseFilter(facet: string, label: string) {
  await page.selectOption(`#filter-${facet}`, { label });
}

describe('search on the home page', () => {
  it('finds an organisation by a word from its name, as the first result', async () => {
    const { word, organisation } = distinctiveWord();
    await page.goto(`${site.url}/`);
    await page.fill('#q', word);
    await page.press('#q', 'Enter');
    const found = await results();
    expect(found[0], `searching "${word}"`).toBe(organisation.slug);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
  });

  it('with a wijk filter lists exactly the organisations located in or serving that wijk, on the map too', async () => {
    const wijk = 'overvecht';
    await page.goto(`${site.url}/`);
    const all = await markersOnMap(published.length);
    expect(all).toEqual({ reported: published.length, drawn: published.length });

    await chooseFilter('wijk', wijkName(wijk));
    const found = await results();
    for (const slug of found) {
      const organisation = published.find((o) => o.slug === slug);
      expect(organisation, `${slug} is a published organisation`).toBeDefined();
      expect(inWijk(organisation!, wijk), `${slug} is located in or serves ${wijk}`).toBe(true);
    }
    const expected = published.filter((o) => inWijk(o, wijk)).map((o) => o.slug);
    expect(found.toSorted()).toEqual(expected.toSorted());
    expect(await page.locator('#resultaten-kop').textContent()).toContain(String(expected.length));
    // Every organisation in the demo data has coordinates: one marker per result.
    expect(await markersOnMap(expected.length)).toEqual({ reported: expected.length, drawn: expected.length });
  });

  it('combines filters (wijk and theme) and the map follows them, in English too', async () => {
    // The wijk–theme pair with the most organisations, so the combination really narrows both.
    const pairs = demo.wijken.flatMap((w: { slug: string }) => demo.themes.map((t: { slug: string }) => [w.slug, t.slug] as const));
    const size = ([w, t]: readonly [string, string]) => published.filter((o) => inWijk(o, w) && o.themes.includes(t)).length;
    const [wijk, theme] = pairs.toSorted((a: readonly [string, string], b: readonly [string, string]) => size(b) - size(a))[0];
    const expected = published.filter((o) => inWijk(o, wijk) && o.themes.includes(theme)).map((o) => o.slug);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(published.filter((o) => inWijk(o, wijk)).length);

    for (const locale of ['nl', 'en'] as const) {
      await page.goto(`${site.url}${locale === 'en' ? '/en' : ''}/`);
      await chooseFilter('wijk', wijkName(wijk));
      await results();
      await chooseFilter('thema', themeName(theme, locale));
      const found = await results();
      expect(found.toSorted(), `${locale}: ${wijk} + ${theme}`).toEqual(expected.toSorted());
      expect(await markersOnMap(expected.length)).toEqual({ reported: expected.length, drawn: expected.length });
      // The filters are in the address, so the result can be shared and survives going back.
      const params = new URL(page.url()).searchParams;
      expect(params.get('wijk')).toBe(wijkName(wijk));
      expect(params.get('thema')).toBe(themeName(theme, locale));
    }
  });

  it('opens a shared search address with its filters applied', async () => {
    const wijk = 'zuid';
    await page.goto(`${site.url}/?wijk=${encodeURIComponent(wijkName(wijk))}`);
    const found = await results();
    expect(found.toSorted()).toEqual(
      published
        .filter((o) => inWijk(o, wijk))
        .map((o) => o.slug)
        .toSorted(),
    );
    expect(await page.locator('#filter-wijk').inputValue()).toBe(wijkName(wijk));
  });

  it('shows every organisation again after "clear search and filters"', async () => {
    await page.goto(`${site.url}/?wijk=${encodeURIComponent(wijkName('west'))}`);
    await results();
    await page.click('#zoeken button[type="reset"]');
    await page.waitForFunction((n) => document.querySelectorAll('#resultaten > li').length === n, published.length);
    expect(await markersOnMap(published.length)).toEqual({ reported: published.length, drawn: published.length });
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('the search with the keyboard only', () => {
  it('goes from the search box to an organisation page and back, without a mouse', async () => {
    const { word, organisation } = distinctiveWord();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    expect((await results())[0]).toBe(organisation.slug);

    // Tab on to the first result; every stop on the way must show where the focus is.
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('#resultaten a') ?? false))) {
      expect(++steps, 'Tab presses from the search box to the first result').toBeLessThan(15);
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          what: el.outerHTML.slice(0, 80),
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
          visible: box.width > 0 && box.height > 0,
        };
      });
      expect(focus.visible && focus.outline, `focus is visible on ${focus.what}`).toBe(true);
    }
    await Promise.all([page.waitForURL(`**/organisaties/${organisation.slug}/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(organisation.name);

    // Back with the page's own link: the skip link, then the first link in the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Terug naar alle organisaties');
    await Promise.all([page.waitForURL(`${site.url}/`), page.keyboard.press('Enter')]);
    expect(await page.locator('#resultaten > li').count()).toBe(published.length);
  });

  it("keeps the search when the visitor comes back with the browser's Back button", async () => {
    const { word, organisation } = distinctiveWord();
    await page.goto(`${site.url}/`);
    await page.fill('#q', word);
    await page.press('#q', 'Enter');
    await results();
    await Promise.all([page.waitForURL(`**/organisaties/${organisation.slug}/`), page.click(`#resultaten a[href$="/${organisation.slug}/"]`)]);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    expect(await page.locator('#q').inputValue()).toBe(word);
    expect((await results())[0]).toBe(organisation.slug);
  });

  it('can Tab through the whole home page, past the map and its markers, to the footer (no keyboard trap)', async () => {
    await page.goto(`${site.url}/`);
    await page.locator('#kaart').scrollIntoViewIfNeeded();
    await markersOnMap(published.length);
    await page.evaluate(() => window.scrollTo(0, 0));
    const stops: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.closest('footer') ? 'footer' : el?.closest('#kaart') ? 'map' : el?.id || el?.tagName || '';
      });
      stops.push(where);
      if (where === 'footer') break;
    }
    expect(stops.at(-1), `Tab stops: ${stops.join(' ')}`).toBe('footer');
    expect(stops).toContain('map');
  });
});

describe('the home page while searching', () => {
  it('logged no console errors and no uncaught exceptions', () => {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('asked nothing from other sites apart from map tiles', () => {
    expect(site.blocked).toEqual([]);
    expect(site.tileRequests.length).toBeGreaterThan(0);
  });
});
