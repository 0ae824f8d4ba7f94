/** The plugin's permission actions as the admin panel checks them (server: server/src/permissions.ts). */
export const CONSULTATION_LIST_PERMISSION = { action: 'plugin::mzo.consultation-list.read', subject: null };
