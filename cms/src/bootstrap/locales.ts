import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '@mzo/content-types';

const NAMES: Record<string, string> = { nl: 'Nederlands (nl)', en: 'English (en)' };

/** Dutch is the default locale, English the second; created idempotently. */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name: NAMES[code] ?? code });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
