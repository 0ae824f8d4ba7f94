/**
 * Admin side of the local plugin `mzo`: the editors' overview (menu "Overzicht redactie"), the panel in the
 * edit view ("Klopt alles nog?"), the inputs of the model's custom fields and the edit form's groups. Strapi's admin build finds this entry through the plugin's package.json
 * (exports["./strapi-admin"]).
 */
import { Clock } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { EditorPanel } from './components/EditorPanel';
import { groupPanels } from './form-panels';
import { PLUGIN_ID } from './plugin-id';
import { t, translations } from './translations';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'MZO-gids' });
    // The content model's custom fields (global: the server registers the same names in src/custom-fields.ts).
    app.customFields.register({
      name: 'moment',
      type: 'datetime',
      intlLabel: t('mzo.moment.label'),
      intlDescription: t('mzo.moment.description'),
      components: { Input: async () => import('./fields/MomentInput') as never },
    });
    app.customFields.register({
      name: 'recurrence',
      type: 'string',
      intlLabel: t('mzo.recurrence.label'),
      intlDescription: t('mzo.recurrence.description'),
      components: { Input: async () => import('./fields/RecurrenceInput') as never },
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

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: translations[locale as keyof typeof translations] ?? {} }));
  },
};
