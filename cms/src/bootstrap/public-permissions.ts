import type { Core } from '@strapi/strapi';
import { PUBLIC_TYPES } from '@mzo/content-types';

/**
 * What the public (unauthenticated) role may do, as code. Anything else found on the public role is
 * revoked at every start, so a permission ticked by hand in the admin cannot quietly expose data.
 * Contact people are readable through their own controller only, which returns public ones.
 */
export const CONTENT_DIGEST_ACTION = 'plugin::mzo.content-digest.find';

export function publicActions(): string[] {
  const actions: string[] = [];
  for (const type of PUBLIC_TYPES) {
    const uid = `api::${type.name}.${type.name}`;
    actions.push(`${uid}.find`);
    if (type.name !== 'contact-person') actions.push(`${uid}.findOne`);
  }
  // One hash of all published public content, for the build's sync (plugin mzo, services/content-digest.ts).
  actions.push(CONTENT_DIGEST_ACTION);
  return actions;
}

export async function syncPublicPermissions(strapi: Core.Strapi) {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const publicRole = await roles.findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('users-permissions public role is missing');

  const wanted = new Set(publicActions());
  const current = await permissions.findMany({ where: { role: publicRole.id } });
  for (const permission of current) {
    if ((permission.action.startsWith('api::') || permission.action.startsWith('plugin::mzo.')) && !wanted.has(permission.action)) {
      await permissions.delete({ where: { id: permission.id } });
      strapi.log.warn(`Revoked public permission ${permission.action}: it is not in the public API.`);
    }
  }
  const have = new Set(current.map((p) => p.action));
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: publicRole.id } });
  }
}
