import { DEFAULT_LOCALE, TYPES } from '@mzo/content-types';

/** The content types with language versions (Strapi i18n): their edit views need a locale in the address. */
const LOCALIZED = new Set<string>(TYPES.filter((type) => type.localized).map((type) => `api::${type.name}.${type.name}`));

/**
 * The address of a content-manager screen, with the language already in it for a type with language
 * versions. Without it the admin opens the form first and then rewrites the address to add
 * `plugins[i18n][locale]`, which loads the form again: what a person typed in between was lost, and a
 * click made then did nothing. Every edit and "new" link the plugin renders is made here.
 */
function withLocale(uid: string, path: string, params: Record<string, string> = {}) {
  const query = Object.entries(params).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  if (LOCALIZED.has(uid)) query.push(`plugins[i18n][locale]=${DEFAULT_LOCALE}`);
  return query.length ? `${path}?${query.join('&')}` : path;
}

/** The edit view of one entry. */
export const editPath = (uid: string, documentId: string) => withLocale(uid, `/content-manager/collection-types/${uid}/${documentId}`);

/** A new entry of `uid`; with `organisation`, the edit view starts with that organisation chosen (see OrganisationPrefill). */
export const createPath = (uid: string, organisation?: string) =>
  withLocale(uid, `/content-manager/collection-types/${uid}/create`, organisation ? { mzoOrganisation: organisation } : {});

/** The list of entries of `uid`. */
export const listPath = (uid: string) => withLocale(uid, `/content-manager/collection-types/${uid}`);
