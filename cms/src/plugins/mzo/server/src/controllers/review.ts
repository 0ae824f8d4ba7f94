/** GET /mzo/review */
import type { Core } from '@strapi/strapi';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    ctx.body = await strapi.plugin('mzo').service('review').waiting(ctx.state.userAbility);
  },
});
