/** GET /mzo/my-organisations: the start page "Mijn organisatie" (policies in ../routes). */
import type { Core } from '@strapi/strapi';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    ctx.body = { data: await strapi.plugin('mzo').service('my-organisations').list(ctx.state.user.id) };
  },
});
