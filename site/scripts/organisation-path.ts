import { slugify } from '@mzo/content-types/slug';

/** The path of an organisation's page when its slug is made from its name (most are; see writeMapPoints). */
export function organisationPath(lang: string, name: string): string {
  return `${lang === 'en' ? '/en' : ''}/organisaties/${slugify(name)}/`;
}
