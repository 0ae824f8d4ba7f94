import { slugify } from '@mzo/content-types/slug';

/**
 * The path of an organisation's page when its slug is made from its name (most are; see writeMapPoints).
 * `lang` is the page's language: Dutch (the default, content-types/src/locales.ts) at the root, the others under /<lang>/.
 */
export function organisationPath(lang: string, name: string): string {
  return `${lang === 'nl' ? '' : `/${lang}`}/organisaties/${slugify(name)}/`;
}
