import { DEFAULT_LOCALE, localeInfo, LOCALES, type Locale } from '@mzo/content-types';
import type { Dictionary, DictionaryMeta, MessageKey } from './types.ts';
import * as nl from './messages/nl.ts';
import * as en from './messages/en.ts';
import * as ar from './messages/ar.ts';
import * as tr from './messages/tr.ts';
import * as pl from './messages/pl.ts';
import * as uk from './messages/uk.ts';
import * as ti from './messages/ti.ts';

export type { Dictionary, DictionaryMeta, MessageKey } from './types.ts';

/**
 * The interface text of every language of content-types/src/locales.ts: one file per language,
 * `messages/<code>.ts`, exporting `messages` (every key of the Dutch file) and `meta` (how far it is reviewed).
 * TypeScript fails when a language of the list has no file here; tests/unit/i18n.test.ts when a key is missing.
 */
export const DICTIONARIES = { nl, en, ar, tr, pl, uk, ti } satisfies Record<Locale, { messages: Dictionary; meta: DictionaryMeta }>;

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/** A number as people read it in `locale` (Intl: 1.000 in Dutch, 1,000 in English). */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(localeInfo(locale).intl)));
  return format.format(value);
}

const listFormats = new Map<Locale, Intl.ListFormat>();
/** How `locale` joins a list of names ("a, b en c"); made once per language, not at every list of every page. */
export function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(localeInfo(locale).intl, { style: 'long', type: 'conjunction' })));
  return format;
}

/** The interface text for `key` in `locale`, with `{name}` placeholders filled in (numbers formatted for the locale). */
export function t(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = (DICTIONARIES[locale].messages as Dictionary)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    return value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

const PREFIX = new RegExp(`^/(${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')})(?=/|$)`);

/** The path of the same page in `locale`: the default language (Dutch) at the root, the others under /<code>/. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.replace(PREFIX, '') || '/';
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** `lang` and `dir` of an element in `locale`. */
export function langAttrs(locale: Locale): { lang: Locale; dir: 'ltr' | 'rtl' } {
  return { lang: locale, dir: localeInfo(locale).dir };
}
