// axe-core on one page of every page template, in Dutch and in English, in a real browser with the
// lazily loaded parts (maps) drawn. WCAG 2.1 A and AA, as the Dutch public sector must meet.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, openSite, pageTemplates, scrollThrough, type SiteUnderTest } from '../support/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The templates come from the build itself, so a new kind of page is checked without editing this list.
const templates = pageTemplates(builtSite());

let site: SiteUnderTest;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
}, 300_000);

afterAll(async () => {
  await site?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe's violations on `path`, after scrolling so that maps and other lazy parts are drawn. */
async function violations(path: string): Promise<string[]> {
  await page.goto(`${site.url}${path}`);
  await scrollThrough(page);
  if (await page.locator('#kaart').count()) await page.waitForSelector('#kaart[data-markers]', { timeout: 10_000 });
  await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    TAGS,
  )) as AxeViolation[];
  return found.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}`,
  );
}

describe('every page template passes axe-core (WCAG 2.1 A and AA)', () => {
  it('covers the templates the issue names', () => {
    const names = templates.map((t) => t.template);
    for (const expected of [
      '',
      'organisaties/[slug]',
      'wijken',
      'wijken/[slug]',
      'wijken/[slug]/overzicht',
      'themas',
      'themas/[slug]',
      'agenda',
      'ruimtes',
      'ondersteuning',
      'over',
      'open-data',
      '404',
    ]) {
      expect(names, `template "${expected}"`).toContain(expected);
    }
  });

  for (const { template, nl, en } of templates) {
    it(`/${template} in Dutch (${nl})`, async () => {
      expect(await violations(nl)).toEqual([]);
    });
    if (en) {
      it(`/${template} in English (${en})`, async () => {
        expect(await violations(en)).toEqual([]);
      });
    }
  }
});
