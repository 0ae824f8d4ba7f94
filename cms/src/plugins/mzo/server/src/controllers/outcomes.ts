/** GET /mzo/consultations/overdue (policies in ../routes): consultations whose outcome is overdue, for the start page. */
import type { Core } from '@strapi/strapi';
import { permissionChecker } from '../policies/permission-checker';
import { CONSULTATION_UID } from '../services/outcomes';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overdue(ctx: AdminContext) {
    const mayPublish = !permissionChecker(strapi, ctx.state.userAbility, CONSULTATION_UID).cannot.publish();
    ctx.set('cache-control', 'no-store');
    ctx.body = { data: await strapi.plugin('mzo').service('outcomes').overdueFor(ctx.state.user.id, mayPublish) };
  },
});
