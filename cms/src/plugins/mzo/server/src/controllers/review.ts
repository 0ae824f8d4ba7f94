/** GET /mzo/review, GET /mzo/review/:uid/:documentId/changes, POST /mzo/review/:uid/:documentId/send-back */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminContext } from './context';

/** The Redacteur may publish entries of `uid` (checked again here: the route's policy names no type). */
function mayPublish(strapi: Core.Strapi, ctx: AdminContext, uid: string) {
  if (!/^api::[a-z-]+\.[a-z-]+$/.test(uid) || !strapi.contentType(uid as never)) return false;
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model: uid });
  return !checker.cannot.publish();
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    ctx.body = await strapi.plugin('mzo').service('review').waiting(ctx.state.userAbility);
  },

  async changes(ctx: AdminContext) {
    const { uid, documentId } = ctx.params;
    if (!mayPublish(strapi, ctx, uid)) throw new errors.ForbiddenError();
    const changes = await strapi.plugin('mzo').service('review').changes(uid, documentId);
    if (!changes) return ctx.notFound();
    ctx.body = { data: changes };
  },

  async sendBack(ctx: AdminContext & { request: { body?: { reason?: unknown } } }) {
    const { uid, documentId } = ctx.params;
    if (!mayPublish(strapi, ctx, uid)) throw new errors.ForbiddenError();
    const reason = typeof ctx.request.body?.reason === 'string' ? ctx.request.body.reason.trim() : '';
    if (!reason) throw new errors.ValidationError('Schrijf waarom je het terugstuurt: dat leest de vrijwilliger op de startpagina.');
    if (reason.length > 1000) throw new errors.ValidationError('De reden is te lang: schrijf hem in ten hoogste 1000 tekens.');
    const user = ctx.state.user as { id: number; firstname?: string };
    const done = await strapi.plugin('mzo').service('review').sendBack(uid, documentId, reason, user);
    if (!done) return ctx.notFound();
    ctx.body = { data: { sentBack: true } };
  },
});
