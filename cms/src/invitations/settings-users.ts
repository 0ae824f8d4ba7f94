/**
 * Settings → Users → "Invite new user": besides the link Strapi shows (whole, see
 * cms/src/admin/invitation-link.tsx), the invitation is e-mailed when SMTP is configured. Wraps Strapi's
 * own controller (admin::user.create), so its checks and answer stay as they are; call in `register`.
 */
import type { Core } from '@strapi/strapi';
import { sendInvitation } from './send';

interface CreatedUser {
  email: string;
  firstname?: string | null;
  preferedLanguage?: string | null;
  registrationToken?: string | null;
  roles?: { name: string }[];
}
type Controller = Record<string, (ctx: { status?: number; body?: { data?: CreatedUser } }) => Promise<unknown>>;

export function emailInvitationsFromSettings(strapi: Core.Strapi) {
  (strapi.get('controllers') as { extend: (uid: string, fn: (controller: Controller) => Controller) => void }).extend('admin::user', (controller) => ({
    ...controller,
    async create(ctx) {
      const result = await controller.create(ctx);
      const user = ctx.body?.data;
      if (ctx.status === 201 && user?.registrationToken) {
        await sendInvitation(strapi, user.registrationToken, {
          email: user.email,
          firstname: user.firstname,
          roleName: user.roles?.map((role) => role.name).join(', '),
          english: user.preferedLanguage?.startsWith('en'),
        });
      }
      return result;
    },
  }));
}
