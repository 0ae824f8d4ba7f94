import { DEFAULT_LOCALE, localeInfo, typeByName, type Locale } from '@mzo/content-types';
import { t } from '../i18n/index.ts';

/**
 * Organisations write in the languages they write in. A page in a language the CMS has no text for shows the
 * Dutch text, marked as Dutch (`lang`, `dir`) with a note in the visitor's language; the site never passes a
 * machine translation off as the organisation's own words. An entry of a language version is the Dutch entry
 * (its relations, facts and publication), with every localized text field taken from that language's entry
 * when it has one. Which language each field ended up in is kept here, per entry object.
 */
const languages = new WeakMap<object, Record<string, Locale>>();

/** The localized text fields of a type, from the content model (relations are by documentId, not text). */
const textFields = new Map<string, string[]>();
function localizedTextFields(typeName: string): string[] {
  let fields = textFields.get(typeName);
  if (!fields) {
    const type = typeByName(typeName);
    fields = Object.entries(type.attributes)
      .filter(([, f]) => f.localized && f.attribute.type !== 'relation')
      .map(([name]) => name);
    textFields.set(typeName, fields);
  }
  return fields;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The entry of `base` (Dutch) in `locale`: the text of `own` (that language's entry) where it has some. */
export function inLanguage<T extends Record<string, unknown>>(typeName: string, base: T, own: T | undefined, locale: Locale): T {
  const entry: Record<string, unknown> = { ...base, locale };
  const langs: Record<string, Locale> = {};
  for (const name of localizedTextFields(typeName)) {
    if (own && !isEmpty(own[name])) entry[name] = own[name];
    else if (!isEmpty(base[name])) langs[name] = DEFAULT_LOCALE;
  }
  if (Object.keys(langs).length) languages.set(entry, langs);
  return entry as T;
}

/** The language `field` of `entry` is written in, on a page in `locale`. */
export function textLanguage(entry: object, field: string, locale: Locale): Locale {
  return languages.get(entry)?.[field] ?? locale;
}

/** `lang` and `dir` of an element holding `field` of `entry`, when its text is in another language than the page. */
export function textAttrs(entry: object, field: string, locale: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  const lang = textLanguage(entry, field, locale);
  return lang === locale ? {} : { lang, dir: localeInfo(lang).dir };
}

/**
 * The note, in the visitor's language, for text of `entry` that is in another language than the page
 * ("This text is in Dutch."), or undefined when all of `fields` that have text are in the page's language.
 */
export function fallbackNote(entry: object, fields: string[], locale: Locale): string | undefined {
  const other = fields.map((f) => textLanguage(entry, f, locale)).find((lang) => lang !== locale);
  return other ? t(locale, other === 'en' ? 'fallback.en' : 'fallback.nl') : undefined;
}
