/**
 * Admin side of the local plugin `mzo`: the editors' overview (menu "Overzicht redactie"), importing
 * organisations (menu "Organisaties inlezen"), the officials' consultation list (menu "Raadplegen"), the
 * start-page widget of overdue outcomes and the panel in the edit view ("Klopt alles nog?"). Strapi's admin
 * build finds this entry through the plugin's package.json (exports["./strapi-admin"]).
 */
import { Clock, Discuss, Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { EditorPanel } from './components/EditorPanel';
import { visibilityColumn } from './list-view/visibility-column';
import { CONSULTATION_LIST_PERMISSION } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { t, translations } from './translations';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'MZO-gids' });
    app.addMenuLink({
      to: 'mzo-overzicht',
      icon: Clock,
      intlLabel: t('mzo.overview.menu'),
      Component: () => import('./pages/Overview'),
      permissions: [],
      position: 2,
    });
    // For those who publish organisations (the Redacteur); the routes behind it check the role again.
    app.addMenuLink({
      to: 'mzo-inlezen',
      icon: Upload,
      intlLabel: t('mzo.import.menu'),
      Component: () => import('./pages/Import'),
      permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::organisation.organisation' }],
      position: 3,
    });
    // The officials' consultation list: only for the roles with the plugin's own action (Gemeente, Redacteur).
    app.addMenuLink({
      to: 'mzo-raadplegen',
      icon: Discuss,
      intlLabel: t('mzo.consult.menu'),
      Component: () => import('./pages/ConsultationList'),
      permissions: [CONSULTATION_LIST_PERMISSION],
      position: 4,
    });
    // On the start page: consultations whose outcome is overdue, for those who record consultations.
    app.widgets.register({
      id: 'overdue-outcomes',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: t('mzo.outcomes.widget'),
      component: async () => (await import('./widgets/OverdueOutcomes')).default,
      permissions: [{ action: 'plugin::content-manager.explorer.update', subject: 'api::consultation.consultation' }],
    });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: { addEditViewSidePanel: (panels: unknown[]) => void } };
    contentManager.apis.addEditViewSidePanel([EditorPanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', visibilityColumn);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: translations[locale as keyof typeof translations] ?? {} }));
  },
};
