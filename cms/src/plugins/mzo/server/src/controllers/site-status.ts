/** GET /mzo/site-status */
import type { Core } from '@strapi/strapi';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: AdminContext) {
    ctx.body = await strapi.plugin('mzo').service('site-status').read();
  },
});
