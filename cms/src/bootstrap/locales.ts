import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_LIST } from '@mzo/content-types';

/**
 * The CMS's locales are the guide's languages (content-types/src/locales.ts), each named in itself with its
 * code; Dutch is the default. Created idempotently, so a language added to the list appears at the next start.
 */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of LOCALE_LIST) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name: `${name} (${code})` });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
