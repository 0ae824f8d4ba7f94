/** GET /api/mzo/content-digest: one hash of all published public content (services/content-digest.ts). */
import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { body: unknown }) {
    ctx.body = { data: await strapi.plugin('mzo').service('content-digest').compute() };
  },
});
