// The site in every language in a real browser: right to left for Arabic (the layout mirrors), every template in
// Arabic and Tigrinya at phone size (lang/dir, no horizontal overflow, axe), search in Turkish and Arabic by the words
// organisations wrote themselves, facet values in the visitor's language. Each page is loaded once; a second size is
// a resize, not a reload.
import { DEFAULT_LOCALE, localeInfo, type Locale } from '@mzo/content-types';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_SUMMARY_WORDS, THEME_NAMES } from '../../scripts/seed/demo-translations.mjs';
import { axeViolations } from '../support/axe.ts';
import { builtSite, openSite, pageTemplates, scrollThrough, type SiteUnderTest } from '../support/browser.ts';
import { demo } from '../support/demo.ts';

const templates = pageTemplates(builtSite());
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const organisation = demo.organisations.find((o: { published: boolean }) => o.published) as { slug: string };

let site: SiteUnderTest;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage({ viewport: PHONE });
}, 300_000);

afterAll(async () => {
  await site?.close();
});

/** Loads `path`, with lazy parts (maps) drawn. */
async function open(path: string) {
  await page.setViewportSize(PHONE);
  await page.goto(`${site.url}${path}`);
  await scrollThrough(page);
  // On a phone the home page's map waits behind the list/map switch; a map in view is drawn.
  if (await page.locator('#kaart').isVisible()) await page.waitForSelector('#kaart[data-markers]', { timeout: 10_000 });
}

/** How far the page is wider than the window (0: no horizontal scrolling). */
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('right to left (Arabic) at phone size', () => {
  it('puts the search button at the inline end of the search box: to its left', async () => {
    await open('/ar/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const input = await box('#q');
    const button = await box('#zoeken button[type="submit"]');
    expect(button.x + button.width).toBeLessThanOrEqual(input.x + 1);
    // The site's name starts at the right.
    const name = await box('.site-name');
    expect(name.x + name.width).toBeGreaterThan(PHONE.width - 40);
  });

  it('starts the back link at the right, its arrow pointing right (back, in reading order)', async () => {
    await open(`/ar/organisaties/${organisation.slug}/`);
    const arrow = await page.locator('.back-link').evaluate((a) => getComputedStyle(a, '::before').content);
    expect(arrow).toContain('→');
    const link = await box('.back-link');
    expect(link.x + link.width).toBeGreaterThan(PHONE.width - 40);
    // Phone numbers and e-mail addresses stay left to right.
    for (const dir of await page.locator('a[href^="tel:"], a[href^="mailto:"]').evaluateAll((links) => links.map((a) => getComputedStyle(a).direction)))
      expect(dir).toBe('ltr');
  });

  it('points the back link left in Dutch', async () => {
    await open(`/organisaties/${organisation.slug}/`);
    expect(await page.locator('.back-link').evaluate((a) => getComputedStyle(a, '::before').content)).toContain('←');
    expect((await box('.back-link')).x).toBeLessThan(40);
  });
});

// Arabic (right to left) and Tigrinya (Ge'ez script, the longest words) on every template; the other languages on
// the home page and an organisation page.
const everyTemplate: Locale[] = ['ar', 'ti'];
const cases = [
  ...everyTemplate.flatMap((locale) => templates.map((t) => ({ locale, template: t.template, path: t.locales[locale] ?? t.nl }))),
  ...(['en', 'tr', 'pl', 'uk'] as Locale[]).flatMap((locale) =>
    templates.filter((t) => t.template === '' || t.template === 'organisaties/[slug]').map((t) => ({ locale, template: t.template, path: t.locales[locale]! })),
  ),
];

describe('every page in its language at phone size', () => {
  for (const { locale, template, path } of cases) {
    it(`/${template} in ${locale} (${path})`, async () => {
      await open(path);
      const expected = template === '404' ? DEFAULT_LOCALE : locale;
      expect([await page.getAttribute('html', 'lang'), await page.getAttribute('html', 'dir')]).toEqual([expected, localeInfo(expected).dir]);
      expect(await overflow(), 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
      expect(await axeViolations(page), 'axe at 360 px').toEqual([]);
      if (locale === 'ar') {
        await page.setViewportSize(DESKTOP);
        expect(await overflow(), 'horizontal overflow at 1280 px').toBeLessThanOrEqual(0);
        expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);
      }
    });
  }
});

describe('search in the visitor’s language', () => {
  /** The slugs the search on the page lists once it has finished: the status is announced first, then the list drawn. */
  async function results(): Promise<string[]> {
    await page.waitForFunction(() => {
      const status = document.getElementById('zoekstatus')?.textContent ?? '';
      const messages = JSON.parse(document.getElementById('zoeken')!.dataset.messages!);
      if (status === '' || status === messages.loading) return false;
      const count = Number(/\d+/.exec(document.getElementById('resultaten-kop')?.textContent ?? '')?.[0] ?? (status === messages.resultsOne ? 1 : 0));
      return document.querySelectorAll('#resultaten > li').length === Math.min(count, 20);
    });
    return page.locator('#resultaten > li h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)!));
  }

  for (const [locale, [word, slug]] of Object.entries(OWN_SUMMARY_WORDS) as [Locale, [string, string]][]) {
    it(`finds an organisation by a word of its own ${locale} summary (${word})`, async () => {
      await open(`/${locale}/`);
      await page.fill('#q', word);
      await page.press('#q', 'Enter');
      expect(await results()).toContain(slug);
      // Its page shows that text as its own, in the page's language, with no note before it that it is in Dutch.
      await open(`/${locale}/organisaties/${slug}/`);
      const summary = page.locator(`main p:has-text("${word}")`);
      expect(await summary.getAttribute('lang')).toBeNull();
      expect(await summary.evaluate((p) => p.previousElementSibling?.classList.contains('lang-note') ?? false)).toBe(false);
    });
  }

  it('offers the theme filter in the visitor’s language', async () => {
    await open('/tr/');
    const options = await page.locator('#filter-thema option').allTextContents();
    expect(options).toContain(THEME_NAMES['taal-en-inburgering'].tr);
  });

  it('keeps one Pagefind index per language', async () => {
    const entry = await (await fetch(`${site.url}/pagefind/pagefind-entry.json`)).json();
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en', 'nl', 'pl', 'ti', 'tr', 'uk']);
  });
});
