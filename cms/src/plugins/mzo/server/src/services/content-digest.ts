/**
 * One digest of everything the public content API would answer the build (content-types/src/rest/sync.ts): when it
 * is the same as at the last sync, nothing the site is built from changed, and the build asks nothing more.
 *
 * Per public type, the published rows in every language (`documentId`, `locale`, `updatedAt`, `publishedAt`), read
 * with one database query per table, not as documents. A change the public API shows writes one of these rows:
 * publishing, unpublishing, deleting and a new language version make, remove or replace a published row; editing a
 * type without drafts sets its `updatedAt` (Strapi's timestamps on every update). A relation's public value changes
 * only with a published row: links between published versions are written when one of them is published or
 * unpublished (an activity linked from the organisation's side changes when the organisation is published: the
 * organisation's row is new, not the activity's, and both are in the digest), and a renamed theme changes the
 * theme's row, not the organisations'. What the public API shows without such a row changing is added here:
 * - contact people only as their controller gives them (cms/src/api/contact-person): published, public, of a
 *   published organisation; one moved to officials only leaves the digest, officials-only edits never enter it;
 * - "Klopt nog" sets `lastConfirmed` on the published organisation without touching `updatedAt` (it changes no
 *   content; freshness service), so `lastConfirmed` is part of an organisation's row here;
 * - the logo of a published organisation: its file's id and `updatedAt` (the media library changes the alternative
 *   text, or replaces the file, on the file only);
 * - a consultation names organisations by the sensitive themes of every version of it, drafts included
 *   (cms/src/api/consultation/controllers), so per published consultation the sensitive themes of all its rows.
 * Memberships and partnerships depend on the published rows of both organisations (cms/src/security/relations.ts),
 * which are here. The answer is the hash alone: no counts, no ids, nothing of drafts, suggestions or private people.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { contactVisibilitiesFor, PUBLIC_TYPES, WRITTEN_QUIETLY } from '@mzo/content-types';

/** Bumped when what goes into the digest changes, so a build's stored digest no longer matches. */
const DIGEST_VERSION = 1;
const CONTACT = 'api::contact-person.contact-person';
const CONSULTATION = 'api::consultation.consultation';

type Row = Record<string, unknown> & { documentId: string };

/** A value as the same text whichever database gave it (dates as ISO, numbers for dates on SQLite too). */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The documentIds of a relation's value (one, many or none), sorted. */
const refs = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map((item) => text((item as Row).documentId)).sort();

/** Uploaded files as `id@updatedAt`. */
const files = (value: unknown): string =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((file) => `${text((file as { id?: unknown }).id)}@${text((file as { updatedAt?: unknown }).updatedAt)}`)
    .sort()
    .join(',');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async compute(): Promise<{ digest: string; computedAt: string }> {
    const hash = createHash('sha256').update(`mzo-content-digest ${DIGEST_VERSION}\n`);
    for (const type of PUBLIC_TYPES) {
      const uid = type.uid;
      if (!strapi.contentTypes[uid as never]) continue;
      const media = Object.entries(type.attributes)
        .filter(([, field]) => (field.attribute as { type: string }).type === 'media' && !field.private)
        .map(([name]) => name);
      const where: Record<string, unknown> = type.draftAndPublish ? { publishedAt: { $notNull: true } } : {};
      const populate: Record<string, unknown> = Object.fromEntries(media.map((name) => [name, { select: ['id', 'updatedAt'] }]));
      if (uid === CONTACT) {
        where.visibility = { $in: contactVisibilitiesFor('public') };
        populate.organisation = { select: ['documentId'], where: { publishedAt: { $notNull: true } } };
      }
      const select = [
        'documentId',
        'updatedAt',
        ...(type.draftAndPublish ? ['publishedAt'] : []),
        ...(type.localized ? ['locale'] : []),
        ...(WRITTEN_QUIETLY[type.name] ?? []),
      ];
      let rows = (await strapi.db.query(uid as never).findMany({ where, select, ...(Object.keys(populate).length ? { populate } : {}) })) as Row[];
      // As the contact people's controller: none of an organisation that is not published.
      if (uid === CONTACT) rows = rows.filter((row) => refs(row.organisation).length);
      let naming = new Map<string, string>();
      if (uid === CONSULTATION) {
        const all = (await strapi.db.query(uid as never).findMany({
          select: ['documentId'],
          populate: { themes: { select: ['documentId'], where: { sensitive: true } } },
        })) as Row[];
        const sensitive = new Map<string, Set<string>>();
        for (const row of all) {
          if (!sensitive.has(row.documentId)) sensitive.set(row.documentId, new Set());
          for (const id of refs(row.themes)) sensitive.get(row.documentId)!.add(id);
        }
        naming = new Map([...sensitive].map(([id, themes]) => [id, [...themes].sort().join(',')]));
      }
      const lines = rows.map((row) =>
        [
          row.documentId,
          text(row.locale),
          text(row.updatedAt),
          text(row.publishedAt),
          ...(WRITTEN_QUIETLY[type.name] ?? []).map((field) => text(row[field])),
          ...media.map((name) => files(row[name])),
          ...(uid === CONTACT ? [refs(row.organisation).join(',')] : []),
          ...(uid === CONSULTATION ? [naming.get(row.documentId) ?? ''] : []),
        ].join('|'),
      );
      lines.sort();
      hash.update(`${type.name}\n${lines.join('\n')}\n`);
    }
    return { digest: hash.digest('hex'), computedAt: new Date().toISOString() };
  },
});
