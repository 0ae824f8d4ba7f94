/**
 * Admin-only routes under /mzo (the admin panel's own login; every check goes through the user's
 * content-manager permissions, so a route shows or changes no more than the edit view would):
 * - POST /mzo/organisations/:documentId/confirm  "still correct": lastConfirmed = today, also live
 * - GET  /mzo/organisations/stale                 profiles not confirmed for 12 months (readable ones)
 * - GET  /mzo/review                              drafts waiting to be published (for those who publish)
 * - GET  /mzo/site-status                         the public site's last build, from the rebuild server
 * - GET  /mzo/consultation-list                   opted-in organisations with officials-only contacts (JSON or CSV)
 * - /mzo/import/…                                  importing organisations, Redacteur only (../import/routes.ts)
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, TIME_ZONE } from '@mzo/content-types';
import { ORGANISATION_UID } from '../editing/ownership';
import { notifySiteChange, rebuildConfig } from '../site-rebuild';
import { importRoutes } from '../import/routes';
import { consultationListHandler } from './consultation-list';

type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  state: { userAbility: unknown; user: { id: number } };
  body?: unknown;
  status?: number;
  forbidden: () => void;
  notFound: () => void;
};

/** Today's date in Utrecht, YYYY-MM-DD. */
export function todayInUtrecht(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date `months` months before `today` (YYYY-MM-DD). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 - months, d));
  return date.toISOString().slice(0, 10);
}

export const STALE_AFTER_MONTHS = 12;

function permissionChecker(strapi: Core.Strapi, ctx: Ctx, model: string) {
  return strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model });
}

const REVIEWED_TYPES = [
  { uid: 'api::organisation.organisation', title: 'name' },
  { uid: 'api::activity.activity', title: 'title' },
  { uid: 'api::room.room', title: 'name' },
  { uid: 'api::consultation.consultation', title: 'title' },
];

export function registerAdminApi(strapi: Core.Strapi) {
  const confirm = async (ctx: Ctx) => {
    const { documentId } = ctx.params;
    const checker = permissionChecker(strapi, ctx, ORGANISATION_UID);
    const rows = await strapi.db.query(ORGANISATION_UID).findMany({ where: { documentId }, select: ['id', 'documentId', 'locale', 'publishedAt'] });
    if (!rows.length) return ctx.notFound();
    const drafts = rows.filter((row: { publishedAt: string | null }) => !row.publishedAt);
    if (checker.cannot.update() || drafts.every((draft: unknown) => checker.cannot.update(draft))) return ctx.forbidden();
    const lastConfirmed = todayInUtrecht();
    // Straight to the stored versions, draft and published: confirming changes no content, so it
    // needs no review and leaves the draft's "modified" state as it was.
    await strapi.db.query(ORGANISATION_UID).updateMany({ where: { documentId }, data: { lastConfirmed } });
    if (rows.some((row: { publishedAt: string | null }) => row.publishedAt)) {
      notifySiteChange({ event: 'organisation.confirm', model: ORGANISATION_UID, documentId });
    }
    ctx.body = { data: { documentId, lastConfirmed } };
  };

  const stale = async (ctx: Ctx) => {
    const checker = permissionChecker(strapi, ctx, ORGANISATION_UID);
    if (checker.cannot.read()) return ctx.forbidden();
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
    } as never);
    ctx.body = {
      data: organisations.map((o: Record<string, unknown>) => ({
        documentId: o.documentId,
        name: o.name,
        slug: o.slug,
        lastConfirmed: o.lastConfirmed ?? null,
      })),
      meta: { cutoff, months: STALE_AFTER_MONTHS },
    };
  };

  const review = async (ctx: Ctx) => {
    const data: Record<string, unknown>[] = [];
    for (const { uid, title } of REVIEWED_TYPES) {
      const checker = permissionChecker(strapi, ctx, uid);
      if (checker.cannot.publish()) continue;
      const base = { fields: [title, 'updatedAt'], locale: DEFAULT_LOCALE } as const;
      const [drafts, published] = await Promise.all([
        strapi.documents(uid as never).findMany({ ...base, status: 'draft' } as never),
        strapi.documents(uid as never).findMany({ ...base, status: 'published' } as never),
      ]);
      const live = new Map(published.map((p: Record<string, unknown>) => [p.documentId, Date.parse(String(p.updatedAt))]));
      for (const draft of drafts as Record<string, unknown>[]) {
        const publishedAt = live.get(draft.documentId);
        if (publishedAt !== undefined && Date.parse(String(draft.updatedAt)) <= publishedAt) continue;
        data.push({ model: uid, documentId: draft.documentId, title: draft[title], updatedAt: draft.updatedAt, neverPublished: publishedAt === undefined });
      }
    }
    data.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
    ctx.body = { data };
  };

  const siteStatus = async (ctx: Ctx) => {
    const { statusUrl } = rebuildConfig();
    if (!statusUrl) {
      ctx.body = { configured: false };
      return;
    }
    try {
      const response = await fetch(statusUrl, { signal: AbortSignal.timeout(2000) });
      ctx.body = { configured: true, reachable: response.ok, ...(response.ok ? { status: await response.json() } : { error: `HTTP ${response.status}` }) };
    } catch (error) {
      ctx.body = { configured: true, reachable: false, error: `${statusUrl}: ${(error as Error).message}` };
    }
  };

  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: '/mzo',
    routes: [
      { method: 'POST', path: '/organisations/:documentId/confirm', handler: confirm, config },
      { method: 'GET', path: '/organisations/stale', handler: stale, config },
      { method: 'GET', path: '/review', handler: review, config },
      { method: 'GET', path: '/site-status', handler: siteStatus, config },
      { method: 'GET', path: '/consultation-list', handler: consultationListHandler(strapi), config },
      ...importRoutes(strapi),
    ],
  } as never);
}
