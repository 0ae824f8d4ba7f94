// What other people's tools check on the built site, in every language: valid HTML by the standard
// (html-validate, an independent validator from npm that needs no Java), nothing after </body> or </html> (the W3C
// checker's "stray start tag script", which html-validate's lenient parser lets through), every internal link and
// resource resolving to a file of the build (what a link crawler finds), and the sitemap's hreflang the same as the
// pages' own <link rel="alternate">.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { allFiles } from '../support/files.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // Astro writes `<meta ... />` and `<link ... />`: void elements with a trailing slash are valid HTML.
    'void-style': 'off',
    // Every form has a submit button (WCAG technique H32, what HTML_CodeSniffer reports as H32.2).
    'wcag/h32': 'error',
  },
});

let dir: string;
let pages: { path: string; html: string }[];
let site: string;

beforeAll(() => {
  dir = realpathSync(inject('siteDir'));
  pages = allFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((path) => ({ path, html: readFileSync(path, 'utf8') }));
  const home = pages.find((p) => relative(dir, p.path) === 'index.html')!;
  site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home.html)![1]).origin;
});

const attribute = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1].replaceAll('&amp;', '&'));

describe('the built site for other people’s tools', () => {
  it('is valid HTML on every page, in every language', async () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.some((p) => relative(dir, p.path).startsWith('en/'))).toBe(true);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.path);
      const messages: Message[] = report.results.flatMap((r) => r.messages);
      for (const m of messages) errors.push(`${relative(dir, page.path)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors.slice(0, 40), `${errors.length} errors on ${pages.length} pages`).toEqual([]);
    // Seven languages make about 700 pages: some 20 s on a quiet machine, over a minute on a loaded one.
  }, 600_000);

  it('has nothing after </body> and </html> on any page (page scripts inside the document)', () => {
    const stray = pages.filter((p) => !/<\/body>\s*<\/html>\s*$/.test(p.html)).map((p) => relative(dir, p.path));
    expect(stray).toEqual([]);
  });

  it('links only to pages and files the build has', () => {
    const broken = new Map<string, string>();
    for (const page of pages) {
      for (let url of [...attribute(page.html, 'href'), ...attribute(page.html, 'src')]) {
        if (url.startsWith(site)) url = url.slice(site.length) || '/';
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        const path = decodeURIComponent(url.split(/[?#]/)[0]);
        const target = join(dir, path);
        const found = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
        if (!found && !broken.has(path)) broken.set(path, relative(dir, page.path));
      }
    }
    expect(Object.fromEntries(broken)).toEqual({});
  });

  it('gives the sitemap the same hreflang alternates as each page, x-default included', () => {
    const sitemap = allFiles(dir)
      .filter((f) => /sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    const inSitemap = new Map<string, string[]>();
    for (const entry of sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)) {
      inSitemap.set(entry[1], [...entry[2].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`).sort());
    }
    let compared = 0;
    for (const page of pages) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
      if (!canonical || !inSitemap.has(canonical)) continue;
      const own = [...page.html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`).sort();
      expect(inSitemap.get(canonical), canonical).toEqual(own);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
