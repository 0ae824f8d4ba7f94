/** POST /mzo/organisations/:documentId/confirm and GET /mzo/organisations/stale (policies in ../routes). */
import type { Core } from '@strapi/strapi';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async confirm(ctx: AdminContext) {
    const confirmed = await strapi.plugin('mzo').service('freshness').confirm(ctx.params.documentId);
    if (!confirmed) return ctx.notFound();
    ctx.body = { data: confirmed };
  },

  async stale(ctx: AdminContext) {
    ctx.body = await strapi.plugin('mzo').service('freshness').stale(ctx.state.userAbility);
  },
});
