/**
 * Server side of the local plugin `mzo` (enabled in cms/config/plugins.ts). Strapi mounts its admin routes
 * under /mzo, runs their policies before the controller, and compiles this folder with the rest of the CMS
 * (`strapi build`), so the compiled plugin is loaded from cms/dist/src/plugins/mzo.
 */
import controllers from './controllers';
import policies from './policies';
import routes from './routes';
import services from './services';

export default { routes, controllers, services, policies };
