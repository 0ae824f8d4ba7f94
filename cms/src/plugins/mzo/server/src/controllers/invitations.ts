/** POST /mzo/organisations/:documentId/invite: invites a volunteer of the organisation (policies in ../routes). */
import type { Core } from '@strapi/strapi';
import type { AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async invite(ctx: AdminContext & { request: { body?: Record<string, unknown> }; created: (body: unknown) => void }) {
    const result = await strapi
      .plugin('mzo')
      .service('invitations')
      .inviteVolunteer(ctx.params.documentId, ctx.request.body ?? {});
    if (!result) return ctx.notFound();
    ctx.created({ data: result });
  },
});
