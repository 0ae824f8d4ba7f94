import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Dutch first for the volunteers; English for those who prefer it.
    locales: ['nl'],
    translations: {
      nl: {
        'Auth.form.welcome.title': 'Welkom bij de MZO-gids Utrecht',
        'Auth.form.welcome.subtitle': 'Log in om het profiel van je organisatie bij te werken',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
