import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES, localeOfPath, parseSuggestion, SUGGESTION_PAGE_TEXT } from '@mzo/content-types';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, localizedPath, t, type MessageKey } from '../../site/i18n/index.ts';

const root = join(import.meta.dirname, '..', '..');
const source = DICTIONARIES[DEFAULT_LOCALE].messages as Record<string, string>;
const keys = Object.keys(source);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the languages of the site (content-types/src/locales.ts)', () => {
  it('are one list with unique codes, each named in itself, Dutch first', () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    expect(new Set(LOCALES).size).toBe(LOCALES.length);
    expect(LOCALES).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti']);
    expect(Object.fromEntries(LOCALE_LIST.map((l) => [l.code, l.name]))).toMatchObject({
      ar: 'العربية',
      tr: 'Türkçe',
      pl: 'Polski',
      uk: 'Українська',
      ti: 'ትግርኛ',
    });
    expect(LOCALE_LIST.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it('each have exactly one dictionary file, and no file is for a language outside the list', () => {
    const files = readdirSync(join(root, 'site', 'i18n', 'messages')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LOCALES].sort());
  });

  it('put the default language at the root and the others under /<code>/', () => {
    for (const locale of LOCALES) {
      const path = localizedPath(locale, '/organisaties/x/');
      expect(path).toBe(locale === DEFAULT_LOCALE ? '/organisaties/x/' : `/${locale}/organisaties/x/`);
      expect(localeOfPath(path)).toBe(locale);
      // From any language to any other.
      for (const other of LOCALES) expect(localizedPath(other, path)).toBe(localizedPath(other, '/organisaties/x/'));
    }
    expect(localizedPath('ar', '/')).toBe('/ar/');
    expect(localeOfPath('/')).toBe('nl');
    // A Dutch path that merely starts with two letters is not a language.
    expect(localizedPath('nl', '/tip/')).toBe('/tip/');
  });
});

describe.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))('the %s dictionary', (locale) => {
  const { messages, meta } = DICTIONARIES[locale];
  const dictionary = messages as Record<string, string>;

  it('has every key of the Dutch dictionary, and no other', () => {
    const missing = keys.filter((k) => typeof dictionary[k] !== 'string' || dictionary[k].trim() === '');
    const extra = Object.keys(dictionary).filter((k) => !(k in source));
    expect(missing, `keys missing in ${locale}`).toEqual([]);
    expect(extra, `keys in ${locale} that Dutch does not have`).toEqual([]);
  });

  it('keeps the placeholders of every text', () => {
    const wrong = keys.filter((k) => JSON.stringify(placeholders(dictionary[k] ?? '')) !== JSON.stringify(placeholders(source[k])));
    expect(wrong).toEqual([]);
  });

  it('says how far it is reviewed, and when', () => {
    expect(['reviewed', 'machine-assisted']).toContain(meta.status);
    expect(meta.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.by).not.toMatch(/@/);
  });

  // English shares many words with Dutch (Agenda, Filters, Open data), so it is left out here.
  it.skipIf(locale === 'en')('is not the Dutch text copied (a key left untranslated shows up here)', () => {
    // Texts that are the same in every language: names, codes, sizes.
    const same = keys.filter(
      (k) => dictionary[k] === source[k] && !/^(size\.|map\.attribution|channel\.whatsapp|openData\.(calendarOrganisation|format)|org\.website)/.test(k),
    );
    expect(same.length, `untranslated in ${locale}: ${same.join(', ')}`).toBeLessThan(8);
  });
});

describe('every key the site uses', () => {
  it('is in the dictionaries', () => {
    // Keys written as literals in t(…, 'key') calls anywhere in site/.
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(astro|ts|tsx)$/.test(entry.name) && !path.includes(join('i18n', 'messages'))) {
          for (const m of readFileSync(path, 'utf8').matchAll(/\bt\(\s*[\w.[\]'"]+,\s*'([\w.-]+)'/g)) used.add(m[1]);
        }
      }
    };
    walk(join(root, 'site'));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in source))).toEqual([]);
    for (const locale of LOCALES) expect(t(locale, 'site.name' as MessageKey)).not.toBe('site.name');
  });
});

describe('the suggestion form’s messages (content-types/src/suggestion-form.ts)', () => {
  it('answer in the language of the page the form was sent from, for every language of the site', () => {
    for (const locale of LOCALES) {
      const result = parseSuggestion({ kind: 'new-network', message: 'kort', submitterEmail: 'geen-adres', locale });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.locale).toBe(locale);
      expect(Object.keys(result.errors).sort()).toEqual(['consent', 'message', 'organisationName', 'submitterEmail']);
      for (const message of Object.values(result.errors)) expect(message, `${locale}: ${message}`).toMatch(/\S/);
      expect(SUGGESTION_PAGE_TEXT.title[locale]).toMatch(/\S/);
    }
    const arabic = parseSuggestion({ kind: 'correction', message: 'x', locale: 'ar' });
    expect(arabic.ok === false && arabic.errors.message).toBe('اكتب رسالتك بين 10 و2000 حرف.');
    // A language the site does not have: Dutch.
    const unknown = parseSuggestion({ kind: 'correction', message: 'x', locale: 'xx' });
    expect(unknown.ok === false && unknown.locale).toBe('nl');
  });
});
