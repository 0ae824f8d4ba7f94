import type { Core } from '@strapi/strapi';
import { syncAdminRoles } from './bootstrap/admin-roles';
import { registerCustomFields } from './custom-fields';
import { registerConditions } from './bootstrap/conditions';
import { fillSafeDefaults } from './bootstrap/data-defaults';
import { configureEditViews } from './bootstrap/edit-view';
import { configureListViews } from './bootstrap/list-views';
import { ensureLocales } from './bootstrap/locales';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { registerEditingMiddleware } from './editing/document-middleware';
import { emailInvitationsFromSettings } from './invitations/settings-users';
import { registerPublishNotices } from './notifications/editors';
import { attachRouteGuard } from './security/guard';
import { startRebuildNotifier } from './site-rebuild';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    registerCustomFields(strapi);
    await registerConditions(strapi);
    registerEditingMiddleware(strapi);
    registerPublishNotices(strapi);
    attachRouteGuard(strapi);
    emailInvitationsFromSettings(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await fillSafeDefaults(strapi);
    await syncPublicPermissions(strapi);
    await syncAdminRoles(strapi);
    await configureEditViews(strapi);
    await configureListViews(strapi);
    startRebuildNotifier(strapi);
  },
};
