/** What an import needs to know about the CMS: its taxonomies (names in both languages) and the organisations it holds. */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import type { ExistingOrganisation, ImportContext, TaxonomyTerm, TaxonomyType } from '@mzo/content-types/import';
import type { Language } from '@mzo/content-types/validation';

const TAXONOMIES: Record<TaxonomyType, { uid: string; code?: boolean }> = {
  theme: { uid: 'api::theme.theme' },
  wijk: { uid: 'api::wijk.wijk', code: true },
  community: { uid: 'api::community.community' },
  language: { uid: 'api::language.language', code: true },
  'target-group': { uid: 'api::target-group.target-group' },
};

export const ORGANISATION_UID = 'api::organisation.organisation';

type Row = Record<string, unknown>;

async function terms(strapi: Core.Strapi, uid: string, withCode: boolean): Promise<TaxonomyTerm[]> {
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId', 'locale', 'name', 'slug', ...(withCode ? ['code'] : [])] })) as Row[];
  const byDocument = new Map<string, TaxonomyTerm>();
  // Dutch first: the term's name; other languages' names are recognised too.
  rows.sort((a, b) => Number(b.locale === DEFAULT_LOCALE) - Number(a.locale === DEFAULT_LOCALE));
  for (const row of rows) {
    const documentId = String(row.documentId);
    const known = byDocument.get(documentId);
    if (known) (known.otherNames ??= []).push(String(row.name));
    else byDocument.set(documentId, { documentId, name: String(row.name), slug: (row.slug as string) ?? null, code: (row.code as string) ?? null });
  }
  return [...byDocument.values()];
}

/** The organisations in the CMS (their draft versions: every document has one), for duplicate detection. */
export async function existingOrganisations(strapi: Core.Strapi): Promise<ExistingOrganisation[]> {
  const rows = (await strapi.db.query(ORGANISATION_UID as never).findMany({
    where: { publishedAt: null, locale: DEFAULT_LOCALE },
    select: ['documentId', 'name', 'slug', 'kvkNumber'],
    populate: { address: { select: ['postcode'] } },
  })) as Row[];
  return rows.map((row) => ({
    documentId: String(row.documentId),
    name: String(row.name ?? ''),
    slug: (row.slug as string) ?? null,
    kvkNumber: (row.kvkNumber as string) ?? null,
    postcode: ((row.address as Row | null)?.postcode as string) ?? null,
  }));
}

export async function importContext(strapi: Core.Strapi, language: Language, now = new Date()): Promise<ImportContext> {
  const entries = await Promise.all(Object.entries(TAXONOMIES).map(async ([type, { uid, code }]) => [type, await terms(strapi, uid, Boolean(code))] as const));
  return {
    language,
    now,
    taxonomies: Object.fromEntries(entries) as ImportContext['taxonomies'],
    existing: await existingOrganisations(strapi),
    contactVisibility: 'hidden',
  };
}
