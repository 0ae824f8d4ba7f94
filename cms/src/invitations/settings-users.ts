/**
 * Settings → Users → "Invite new user": besides the link Strapi shows (whole, see
 * cms/src/admin/invitation-link.tsx), the invitation is e-mailed when SMTP is configured. A Redacteur
 * may invite too (admin::users.create, cms/src/bootstrap/admin-roles.ts), but only officials and
 * volunteers: Strapi itself would let anyone who may create users hand out any role, Super Admin
 * included. Wraps Strapi's own controller (admin::user.create), so its checks and answer stay as they
 * are; call in `register`.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ROLE_CODES, type AdminUserLike } from '../roles';
import { sendInvitation } from './send';

/** The roles a Redacteur may give in an invitation. */
export const ROLES_A_REDACTEUR_INVITES: readonly string[] = [ROLE_CODES.municipality, ROLE_CODES.volunteer];

interface CreatedUser {
  email: string;
  firstname?: string | null;
  preferedLanguage?: string | null;
  registrationToken?: string | null;
  roles?: { name: string }[];
}
interface Ctx {
  status?: number;
  body?: { data?: CreatedUser };
  request: { body?: { roles?: unknown } };
  state: { user?: AdminUserLike };
}
type Controller = Record<string, (ctx: Ctx) => Promise<unknown>>;

/** Refuses roles other than Gemeente and MZO-vrijwilliger to anyone but a super admin, in words the Redacteur reads. */
async function checkRoles(strapi: Core.Strapi, ctx: Ctx) {
  const caller = new Set((ctx.state.user?.roles ?? []).map((role) => role.code));
  if (caller.has(ROLE_CODES.superAdmin)) return;
  const asked = Array.isArray(ctx.request.body?.roles) ? (ctx.request.body.roles as unknown[]) : [];
  const ids = asked.map(Number).filter((id) => Number.isInteger(id));
  const roles = ids.length ? ((await strapi.db.query('admin::role').findMany({ where: { id: { $in: ids } }, select: ['code'] })) as { code: string }[]) : [];
  // A PolicyError, not a ForbiddenError: Strapi's authorisation step turns the latter into a bare "Forbidden".
  if (!roles.length || roles.length !== new Set(ids).size || roles.some((role) => !ROLES_A_REDACTEUR_INVITES.includes(role.code)))
    throw new errors.PolicyError('Rollen: als redacteur nodig je alleen mensen uit met de rol Gemeente of MZO-vrijwilliger.');
}

export function emailInvitationsFromSettings(strapi: Core.Strapi) {
  (strapi.get('controllers') as { extend: (uid: string, fn: (controller: Controller) => Controller) => void }).extend('admin::user', (controller) => ({
    ...controller,
    async create(ctx) {
      await checkRoles(strapi, ctx);
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
