import { factories, type Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, mayBeNamedIn } from '@mzo/content-types';

/** The relations of a consultation that name organisations. */
const NAMING = ['invited', 'participants'];

type Ref = { documentId?: string };
type Entry = Record<string, unknown> & { documentId?: string };
interface OrganisationRow {
  documentId: string;
  namedInConsultations: boolean | null;
  themes?: { documentId: string }[];
}
interface ConsultationRow {
  documentId: string;
  themes?: { documentId: string; sensitive: boolean | null }[];
}

/** Whether a filter tree names one of the naming relations at any depth (a filter there would tell who took part). */
const filtersName = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(filtersName)
    : value !== null && typeof value === 'object' && Object.entries(value).some(([key, inner]) => NAMING.includes(key) || filtersName(inner));

/** Whether a sort (string, list or object) orders by one of the naming relations. */
const sortNames = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.split(',').some((part) => NAMING.includes(part.trim().split(/[.:]/)[0]))
    : Array.isArray(value)
      ? value.some(sortNames)
      : value !== null &&
        typeof value === 'object' &&
        Object.keys(value).some((key) => NAMING.includes(key) || sortNames((value as Record<string, unknown>)[key]));

/**
 * Leaves out of each consultation's `invited` and `participants` every organisation the public record may not
 * name (the model's rule, `mayBeNamedIn`: agreed to be named; the sensitive-theme rule). Reads consent and themes
 * from the database, whatever fields the caller asked for.
 */
async function keepOnlyNameable(strapi: Core.Strapi, entries: Entry[]) {
  const refs = entries.flatMap((entry) => NAMING.flatMap((name) => (Array.isArray(entry[name]) ? (entry[name] as Ref[]) : [])));
  if (!refs.length) return;
  const organisationIds = [...new Set(refs.map((ref) => ref.documentId).filter((id): id is string => typeof id === 'string'))];
  const organisations = (await strapi.db.query('api::organisation.organisation').findMany({
    // The Dutch published version is the organisation as the site shows it (other languages only translate its texts).
    where: { documentId: { $in: organisationIds }, locale: DEFAULT_LOCALE, publishedAt: { $notNull: true } },
    select: ['documentId', 'namedInConsultations'],
    populate: { themes: { select: ['documentId'] } },
  })) as OrganisationRow[];
  const consultations = (await strapi.db.query('api::consultation.consultation').findMany({
    where: { documentId: { $in: entries.map((entry) => entry.documentId).filter(Boolean) } },
    select: ['documentId'],
    populate: { themes: { select: ['documentId', 'sensitive'] } },
  })) as ConsultationRow[];
  const sensitive = new Set(consultations.flatMap((c) => (c.themes ?? []).filter((t) => t.sensitive).map((t) => t.documentId)));
  const byId = new Map(organisations.map((row) => [row.documentId, row]));
  for (const entry of entries) {
    // Every theme any version of this consultation has, so no language version names more than another.
    const themes = consultations.filter((c) => c.documentId === entry.documentId).flatMap((c) => c.themes ?? []);
    for (const name of NAMING) {
      if (!Array.isArray(entry[name])) continue;
      entry[name] = (entry[name] as Ref[]).filter((ref) => {
        const row = byId.get(ref.documentId ?? '');
        return row !== undefined && mayBeNamedIn({ themes }, row, sensitive);
      });
    }
  }
}

/**
 * Consultations through the content API: the public record names only the organisations that agreed to be
 * named. A filter or sort through `invited` or `participants` is refused, so no query can find out whether an
 * organisation that did not agree took part; the admin panel (officials, editors) sees the whole list.
 */
export default factories.createCoreController('api::consultation.consultation', ({ strapi }) => ({
  async find(ctx) {
    const { filters, sort } = ctx.query as Record<string, unknown>;
    if (filtersName(filters) || sortNames(sort)) return ctx.badRequest('Consultations cannot be filtered or sorted by the organisations they name.');
    const result = await super.find(ctx);
    await keepOnlyNameable(strapi, (result?.data ?? []) as Entry[]);
    return result;
  },
  async findOne(ctx) {
    const { filters, sort } = ctx.query as Record<string, unknown>;
    if (filtersName(filters) || sortNames(sort)) return ctx.badRequest('Consultations cannot be filtered or sorted by the organisations they name.');
    const result = await super.findOne(ctx);
    if (result?.data) await keepOnlyNameable(strapi, [result.data as Entry]);
    return result;
  },
}));
