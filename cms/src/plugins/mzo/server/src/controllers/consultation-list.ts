/** GET /mzo/consultation-list?themes=<slug,…>&wijken=<slug,…>[&format=csv] (policies in ../routes). */
import type { Core } from '@strapi/strapi';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    const service = strapi.plugin('mzo').service('consultation-list');
    const list = await service.list(ctx.state.userAbility, ctx.query);
    ctx.set('cache-control', 'no-store');
    if (ctx.query.format === 'csv') {
      ctx.set('content-disposition', 'attachment; filename="raadplegen-gemeente.csv"');
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = service.csv(list.data);
      return;
    }
    ctx.body = list;
  },
});
