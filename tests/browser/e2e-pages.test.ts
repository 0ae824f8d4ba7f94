// Every page template in a real browser: no console errors, maps that survive a tile outage, the
// language switch, and the printable wijk overview on A4 paper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, mapMarkers, openSite, pageTemplates, scrollThrough, watchProblems, type PageProblems, type SiteUnderTest } from '../support/browser.ts';
import { demo } from '../support/demo.ts';
import { found } from '../support/found.ts';
import { pdfPlainText, readPdf } from '../support/pdf.ts';

const templates = pageTemplates(builtSite());
const pagesToVisit = templates.flatMap((t) => [t.nl, t.en].filter((p): p is string => Boolean(p)));

interface DemoOrganisation {
  slug: string;
  name: string;
  locatedIn: string;
  serves: string[];
  published: boolean;
}
const published = (demo.organisations as DemoOrganisation[]).filter((o) => o.published);
const inWijk = (wijk: string) => published.filter((o) => o.locatedIn === wijk || o.serves.includes(wijk));
/** The wijk with the most organisations: the longest printed overview. */
const busiestWijk = demo.wijken.map((w: { slug: string }) => w.slug).toSorted((a: string, b: string) => inWijk(b).length - inWijk(a).length)[0] as string;

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

/** Loads `path`, scrolls through it and waits until its map (if any) has its markers. */
async function visit(target: Page, path: string) {
  const response = await target.goto(`${site.url}${path}`);
  await scrollThrough(target);
  if (await target.locator('#kaart').count()) await target.waitForSelector('#kaart[data-markers]', { timeout: 10_000 });
  return response;
}

describe('with map tiles served by a local stand-in', () => {
  it('no page template logs a console error or throws, in Dutch or in English', async () => {
    for (const path of pagesToVisit) {
      const response = await visit(page, path);
      // The 404 page is meant to arrive with status 404, which Chromium logs for the document itself.
      if (response?.status() === 404) {
        const own = `${site.url}${path}: Failed to load resource: the server responded with a status of 404 (Not Found) (${site.url}${path})`;
        problems.consoleErrors = problems.consoleErrors.filter((e) => e !== own);
      }
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(site.tileRequests.length, 'the maps asked the stand-in for tiles').toBeGreaterThan(0);
    expect(site.blocked, 'requests to other sites').toEqual([]);
  });
});

describe('with map tiles unreachable', () => {
  it('maps still show their markers, say the map is unavailable, and nothing throws', async () => {
    const offline = await site.newPage({ tiles: 'unreachable' });
    const offlineProblems = watchProblems(offline);
    const wijk = busiestWijk;
    const located = published.filter((o) => o.locatedIn === wijk).length;
    const organisation = inWijk(wijk)[0];
    for (const [path, markers] of [
      ['/', published.length],
      [`/wijken/${wijk}/`, located],
      [`/en/organisaties/${organisation.slug}/`, 1],
    ] as const) {
      await visit(offline, path);
      expect(await mapMarkers(offline, markers), `markers on ${path}`).toEqual({ reported: markers, drawn: markers });
      await offline.waitForSelector('.map-note', { timeout: 10_000 });
      expect(await offline.locator('.map-note').count(), `one note on ${path}`).toBe(1);
    }
    // The map still follows the filters.
    await visit(
      offline,
      `/?wijk=${encodeURIComponent(
        found(
          demo.wijken.find((w: { slug: string }) => w.slug === wijk),
          `wijk ${wijk}`,
        ).name,
      )}`,
    );
    expect(await mapMarkers(offline, inWijk(wijk).length)).toEqual({ reported: inWijk(wijk).length, drawn: inWijk(wijk).length });
    expect(offlineProblems.pageErrors).toEqual([]);
  });
});

describe('the language switch', () => {
  it('lands on the same page in the language chosen by its own name, and back', async () => {
    for (const { nl, en } of templates) {
      if (!en) continue;
      await page.goto(`${site.url}${nl}`, { waitUntil: 'domcontentloaded' });
      await Promise.all([page.waitForURL(`${site.url}${en}`, { waitUntil: 'domcontentloaded' }), page.click('.lang-switch a[lang="en"]')]);
      expect(await page.getAttribute('html', 'lang'), en).toBe('en');
      // Arabic, by its own name, and from there back to Dutch.
      await Promise.all([
        page.waitForURL(`${site.url}${en.replace(/^\/en\//, '/ar/')}`, { waitUntil: 'domcontentloaded' }),
        page.click('.lang-switch >> text=العربية'),
      ]);
      expect([await page.getAttribute('html', 'lang'), await page.getAttribute('html', 'dir')], nl).toEqual(['ar', 'rtl']);
      await Promise.all([page.waitForURL(`${site.url}${nl}`, { waitUntil: 'domcontentloaded' }), page.click('.lang-switch a[lang="nl"]')]);
      expect(await page.getAttribute('html', 'lang'), nl).toBe('nl');
    }
  });
});

describe('for search engines', () => {
  it('robots.txt names the sitemap by an absolute URL that the build contains', async () => {
    const outDir = builtSite();
    const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toMatch(/^https?:\/\//);
    expect(existsSync(join(outDir, new URL(sitemap!).pathname))).toBe(true);
  });
});

describe('the printable wijk overview', () => {
  const MM = 72 / 25.4;
  // @page { size: A4; margin: 15mm 14mm } in site/styles/global.css
  const A4 = { width: 210 * MM, height: 297 * MM, marginX: 14 * MM, marginY: 15 * MM };

  for (const locale of ['nl', 'en'] as const) {
    const path = `${locale === 'en' ? '/en' : ''}/wijken/${busiestWijk}/overzicht/`;

    it(`fits on a few A4 pages with nothing cut off (${path})`, async () => {
      await page.goto(`${site.url}${path}`);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(0);
      expect(pages, 'a handout, not a book').toBeLessThanOrEqual(4);

      // In print layout at the width of the printable area, nothing sticks out or scrolls.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor((210 - 28) * (96 / 25.4)), height: 1000 });
      const overflowing = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)
          .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
      });
      await page.emulateMedia({ media: null });
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(overflowing).toEqual([]);

      // Every piece of text lies inside the printable area of its page.
      const printed = await readPdf(pdf);
      expect(printed).toHaveLength(pages);
      const texts = printed.flatMap((p) => p.texts);
      expect(texts.flatMap((t) => t.text.split(/\s+/)).length).toBeGreaterThan(50);
      const outside = texts
        .filter((t) => t.x0 < A4.marginX - 1 || t.x1 > A4.width - A4.marginX + 1 || t.y0 < A4.marginY - 1 || t.y1 > A4.height - A4.marginY + 1)
        .map((t) => t.text);
      expect(outside).toEqual([]);
    });

    it(`names every organisation of the wijk on paper (${path})`, async () => {
      await page.goto(`${site.url}${path}`);
      const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');
      const text = normalise(pdfPlainText(await readPdf(await page.pdf({ format: 'A4' }))));
      const names = inWijk(busiestWijk).map((o) => o.name);
      expect(names.length).toBeGreaterThan(5);
      for (const name of names) expect(text, name).toContain(normalise(name));
    });
  }
});
