/**
 * Freshness: "Klopt nog" sets lastConfirmed to today; profiles not confirmed for 12 months are stale.
 * The same rule drives the reminder e-mails (cms/src/freshness/reminders.ts).
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@mzo/content-types';
import { monthsBefore, todayInUtrecht } from '@mzo/content-types/dates';
import { ORGANISATION_UID } from '../../../../../editing/ownership';
import { STALE_AFTER_MONTHS } from '../../../../../freshness/rule';
import { notifySiteChange } from '../../../../../site-rebuild';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Sets lastConfirmed to today; null when there is no such organisation. The policy has checked the user. */
  async confirm(documentId: string) {
    const rows = await strapi.db.query(ORGANISATION_UID).findMany({ where: { documentId }, select: ['id', 'documentId', 'locale', 'publishedAt'] });
    if (!rows.length) return null;
    const lastConfirmed = todayInUtrecht();
    // Straight to the stored versions, draft and published: confirming changes no content, so it
    // needs no review and leaves the draft's "modified" state as it was.
    await strapi.db.query(ORGANISATION_UID).updateMany({ where: { documentId }, data: { lastConfirmed } });
    if (rows.some((row: { publishedAt: string | null }) => row.publishedAt)) {
      notifySiteChange({ event: 'organisation.confirm', model: ORGANISATION_UID, documentId });
    }
    return { documentId, lastConfirmed };
  },

  /** The organisations the user may read that were not confirmed for STALE_AFTER_MONTHS, oldest first. */
  async stale(userAbility: unknown) {
    const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: ORGANISATION_UID });
    const cutoff = monthsBefore(todayInUtrecht(), STALE_AFTER_MONTHS);
    const query = await checker.sanitizedQuery.read({
      filters: { $or: [{ lastConfirmed: { $null: true } }, { lastConfirmed: { $lt: cutoff } }] },
    });
    const organisations = await strapi.documents(ORGANISATION_UID).findMany({
      ...query,
      fields: ['name', 'lastConfirmed', 'slug', 'organisationStatus'],
      sort: [{ lastConfirmed: 'asc' }, { name: 'asc' }],
      locale: DEFAULT_LOCALE,
      status: 'draft',
    });
    return {
      data: organisations.map((o: Record<string, unknown>) => ({
        documentId: o.documentId,
        name: o.name,
        slug: o.slug,
        lastConfirmed: o.lastConfirmed ?? null,
      })),
      meta: { cutoff, months: STALE_AFTER_MONTHS },
    };
  },
});
