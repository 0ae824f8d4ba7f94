/**
 * Route policy: the signed-in admin user may do `config.action` on every content type in `config.models`
 * (their content-manager permissions, as the edit view checks them). Otherwise Strapi answers 403.
 * Use: `{ name: 'plugin::mzo.has-permission', config: { action: 'read', models: ['api::room.room'] } }`.
 */
import type { Core } from '@strapi/strapi';
import { permissionChecker } from './permission-checker';

export interface HasPermissionConfig {
  action: 'read' | 'create' | 'update' | 'delete' | 'publish';
  models: string[];
}

export default (policyContext: { state: { userAbility?: unknown } }, config: HasPermissionConfig, { strapi }: { strapi: Core.Strapi }) => {
  const userAbility = policyContext.state.userAbility;
  if (!userAbility || !config?.models?.length) return false;
  return config.models.every((model) => !permissionChecker(strapi, userAbility, model).cannot[config.action]());
};
