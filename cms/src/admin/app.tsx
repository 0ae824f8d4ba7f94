import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock } from '@strapi/icons';
import { EditorPanel } from './components/EditorPanel';
import { t, translations } from './translations';
import { groupPanels } from './form-panels';

const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Dutch first for the volunteers; English for those who prefer it.
    locales: ['nl'],
    translations,
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // Strapi starts in English unless a language was chosen before; ours starts in Dutch.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'nl');
    // Custom fields of the content model (the server registers the same names in src/custom-fields.ts).
    app.customFields.register({
      name: 'moment',
      type: 'datetime',
      intlLabel: t('mzo.moment.label'),
      intlDescription: t('mzo.moment.description'),
      components: { Input: async () => import('./fields/MomentInput') as never },
    });
    app.addMenuLink({
      to: 'mzo-overzicht',
      icon: Clock,
      intlLabel: t('mzo.overview.menu'),
      Component: () => import('./pages/Overview'),
      permissions: [],
      position: 2,
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: { addEditViewSidePanel: (panels: unknown[]) => void } };
    contentManager.apis.addEditViewSidePanel([EditorPanel]);
    // Each group of fields (src/editing/form-layout.ts) in its own box.
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', groupPanels);
  },
};
