/** GET /mzo/my-organisations: the start page "Mijn organisatie"; POST …/notices/dismiss closes one notice (policies in ../routes). */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    ctx.body = { data: await strapi.plugin('mzo').service('my-organisations').list(ctx.state.user.id) };
  },

  async dismiss(ctx: AdminContext & { request: { body?: { uid?: unknown; documentId?: unknown } } }) {
    const { uid, documentId } = ctx.request.body ?? {};
    if (typeof uid !== 'string' || typeof documentId !== 'string') throw new errors.ValidationError('Welke melding? (uid en documentId ontbreken)');
    await strapi.plugin('mzo').service('my-organisations').dismiss(ctx.state.user.id, uid, documentId);
    ctx.body = { data: { dismissed: true } };
  },
});
