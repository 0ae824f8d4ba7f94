/**
 * The plugin's own permission actions (Settings → Roles shows them under "Plugins → MZO-gids"); the roles
 * get them in cms/src/bootstrap/admin-roles.ts. Registered in the plugin's `register`, before the roles
 * are synchronised at bootstrap.
 */
import type { Core } from '@strapi/strapi';

/** May open the officials' consultation list (the screen "Raadplegen" and GET /mzo/consultation-list). */
export const CONSULTATION_LIST_ACTION = 'plugin::mzo.consultation-list.read';

export async function registerPermissions(strapi: Core.Strapi) {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany([
      { section: 'plugins', displayName: 'Lijst voor raadplegen (met contactpersonen voor de gemeente)', uid: 'consultation-list.read', pluginName: 'mzo' },
    ]);
}
