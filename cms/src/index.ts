import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { syncPublicPermissions } from './bootstrap/public-permissions';

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await syncPublicPermissions(strapi);
  },
};
