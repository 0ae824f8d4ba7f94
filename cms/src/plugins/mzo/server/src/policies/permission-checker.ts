import type { Core } from '@strapi/strapi';

/** Strapi's content-manager permission checker for the signed-in admin user and one content type. */
export function permissionChecker(strapi: Core.Strapi, userAbility: unknown, model: string) {
  return strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model });
}
