import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES, localeInfo, localeOfPath } from '@mzo/content-types';
import { describe, expect, inject, it } from 'vitest';
import { DICTIONARIES, localizedPath } from '../../site/i18n/index.ts';
import { allFiles } from '../support/files.ts';

// Every page of the suite's build, read once: its path, lang, dir, hreflang alternates and dictionary-like tokens.
const siteDir = inject('siteDir');
const keys = new Set(Object.keys(DICTIONARIES[DEFAULT_LOCALE].messages));
const pages = allFiles(siteDir)
  .filter((f) => f.endsWith(`${sep}index.html`))
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const path = `/${relative(siteDir, file).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/');
    const root = /<html\b([^>]*)>/.exec(html)![1];
    const alternates = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]),
    );
    // A key t() did not find comes out as the key itself, as text or as an attribute value.
    const tokens = [...html.matchAll(/(?:>|="|: )([a-z0-9]+(?:\.[A-Za-z0-9-]+)+)(?=<|")/g)].map((m) => m[1]).filter((t) => keys.has(t));
    return { path, html, lang: /\blang="([^"]+)"/.exec(root)?.[1], dir: /\bdir="([^"]+)"/.exec(root)?.[1], alternates, tokens };
  });
const byPath = new Map(pages.map((p) => [p.path, p]));

describe('the site in every language', () => {
  it('has every page in all seven languages', () => {
    const dutch = pages.filter((p) => localeOfPath(p.path) === DEFAULT_LOCALE);
    expect(dutch.length).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      const missing = dutch.map((p) => localizedPath(locale, p.path)).filter((path) => !byPath.has(path));
      expect(missing, `pages missing in ${locale}`).toEqual([]);
    }
    expect(pages.length).toBe(dutch.length * LOCALES.length);
  });

  it('gives every page the lang and dir of its language', () => {
    const wrong = pages.filter((p) => p.lang !== localeOfPath(p.path) || p.dir !== localeInfo(localeOfPath(p.path)).dir);
    expect(wrong.map((p) => `${p.path} lang=${p.lang} dir=${p.dir}`)).toEqual([]);
    expect(byPath.get('/ar/')!.html).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
  });

  it('shows no dictionary key where a text should be', () => {
    const leaks = pages.filter((p) => p.tokens.length).map((p) => `${p.path}: ${[...new Set(p.tokens)].join(', ')}`);
    expect(leaks).toEqual([]);
  });

  it('names every language in itself in a language switch on every page, the current one marked', () => {
    for (const p of pages) {
      const nav = /<nav class="lang-switch"[^>]*>(.*?)<\/nav>/s.exec(p.html)?.[1];
      expect(nav, p.path).toBeDefined();
      for (const l of LOCALE_LIST)
        expect(nav, `${p.path} → ${l.code}`).toContain(`href="${localizedPath(l.code, p.path)}" hreflang="${l.code}" lang="${l.code}" dir="${l.dir}"`);
      expect(nav!.match(/aria-current/g)).toHaveLength(1);
      expect(nav).toContain(`lang="${localeOfPath(p.path)}" dir="${localeInfo(localeOfPath(p.path)).dir}" aria-current="true"`);
    }
  });

  it('lists all seven languages in hreflang, reciprocally, with x-default the Dutch page', () => {
    for (const p of pages) {
      expect(Object.keys(p.alternates).sort(), p.path).toEqual([...LOCALES, 'x-default'].sort());
      expect(p.alternates['x-default']).toBe(localizedPath(DEFAULT_LOCALE, p.path));
      expect(Object.values(p.alternates), p.path).toContain(p.path);
      for (const href of Object.values(p.alternates)) expect(byPath.get(href)?.alternates, `${p.path} → ${href}`).toEqual(p.alternates);
    }
  });

  it('has a sitemap with every page that search engines may index, and the same alternates as the page says', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => ({
      path: new URL(m[1]).pathname,
      alternates: Object.fromEntries([...m[2].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], new URL(a[2]).pathname])),
    }));
    // A page that says noindex (the offline page, for the service worker) is not in the sitemap.
    const indexed = pages.filter((p) => !/<meta name="robots" content="noindex"/.test(p.html));
    expect(indexed.length).toBeLessThan(pages.length);
    expect(urls.map((u) => u.path).sort()).toEqual(indexed.map((p) => p.path).sort());
    for (const url of urls) expect(url.alternates, url.path).toEqual(byPath.get(url.path)!.alternates);
  });

  it('says in a single 404 page, in every language, where to go', () => {
    const html = readFileSync(join(siteDir, '404.html'), 'utf8');
    for (const l of LOCALE_LIST.slice(1)) expect(html).toContain(`<div lang="${l.code}" dir="${l.dir}"><h2>${DICTIONARIES[l.code].messages['404.title']}</h2>`);
  });
});
