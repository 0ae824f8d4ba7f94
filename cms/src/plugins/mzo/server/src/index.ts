/**
 * Server side of the local plugin `mzo` (enabled in cms/config/plugins.ts). Strapi mounts its admin routes
 * under /mzo, runs their policies before the controller, and compiles this folder with the rest of the CMS
 * (`strapi build`), so the compiled plugin is loaded from cms/dist/src/plugins/mzo.
 */
import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import { registerPermissions } from './permissions';
import policies from './policies';
import routes from './routes';
import services from './services';

export default {
  register: ({ strapi }: { strapi: Core.Strapi }) => registerPermissions(strapi),
  routes,
  controllers,
  services,
  policies,
};
