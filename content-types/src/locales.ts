/**
 * The languages of the guide: the one list the CMS's locales (cms/src/bootstrap/locales.ts), Astro's i18n and
 * sitemap (astro.config.mjs), the site's dictionaries (site/i18n/), the language switch, hreflang, Pagefind and
 * the tests read. Adding a language is one entry here plus one dictionary file site/i18n/messages/<code>.ts
 * (and its line in site/i18n/index.ts); how far that dictionary is reviewed is recorded in the file itself.
 * The first entry is the default language: its pages are at the root, the others under /<code>/.
 */
const ALL_LOCALES = [
  // Dutch: the language of the municipality, of the CMS's editors and of most organisations' own text.
  { code: 'nl', name: 'Nederlands', englishName: 'Dutch', dir: 'ltr', intl: 'nl-NL', og: 'nl_NL' },
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', intl: 'en-GB', og: 'en_GB' },
  // Arabic, right to left. Utrecht's Arabic readers are mostly Moroccan and Syrian; Moroccan Arabic writing
  // uses Western digits, so numbers and dates use the Latin numbering system (`-u-nu-latn`).
  { code: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl', intl: 'ar-u-nu-latn', og: 'ar_AR' },
  { code: 'tr', name: 'Türkçe', englishName: 'Turkish', dir: 'ltr', intl: 'tr-TR', og: 'tr_TR' },
  { code: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr', intl: 'pl-PL', og: 'pl_PL' },
  { code: 'uk', name: 'Українська', englishName: 'Ukrainian', dir: 'ltr', intl: 'uk-UA', og: 'uk_UA' },
  // Tigrinya (Eritrean newcomers), Ge'ez script. Pagefind has no stemmer for it; it indexes whole words.
  { code: 'ti', name: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', intl: 'ti-ER', og: 'ti_ER' },
] as const satisfies readonly LocaleInfo[];

/**
 * `SITE_LOCALES=nl,en` builds the site in those languages only (the benchmark's two-language comparison,
 * quicker local builds); the default language always stays. Unset: every language.
 */
const only = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.SITE_LOCALES?.split(',').map((s) => s.trim());
export const LOCALE_LIST = only?.length ? ALL_LOCALES.filter((l) => l.code === ALL_LOCALES[0].code || only.includes(l.code)) : ALL_LOCALES;

export interface LocaleInfo {
  /** BCP 47 language code: the CMS locale, the URL prefix, `<html lang>`, hreflang, the sitemap and Pagefind's index language. */
  code: string;
  /** The language's name in itself, as the language switch shows it. */
  name: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** The locale Intl formats numbers, dates and times with. */
  intl: string;
  /** Open Graph's og:locale. */
  og: string;
}

export type Locale = (typeof ALL_LOCALES)[number]['code'];
export const LOCALES = LOCALE_LIST.map((l) => l.code) as Locale[];
export const DEFAULT_LOCALE = 'nl' satisfies Locale;

const BY_CODE = new Map<string, LocaleInfo>(ALL_LOCALES.map((l) => [l.code, l]));

/** What the list says about `locale`. */
export function localeInfo(locale: Locale): LocaleInfo {
  return BY_CODE.get(locale)!;
}

/** Whether `code` is one of the guide's languages. */
export function isLocale(code: unknown): code is Locale {
  return typeof code === 'string' && BY_CODE.has(code);
}

/** The language of a site path: the first segment when it is a language code, else the default. */
export function localeOfPath(path: string): Locale {
  const first = /^\/([a-z]{2,3})(?=\/|$)/.exec(path)?.[1];
  return first && first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}
