/**
 * Admin side of the local plugin `mzo`: the editors' overview (menu "Overzicht redactie"), importing
 * organisations (menu "Organisaties inlezen"), the officials' consultation list (menu "Raadplegen"), the
 * start-page widget of overdue outcomes, the panel in the edit view ("Klopt alles nog?"), the volunteer's
 * start ("Mijn organisatie"), the inputs of the model's custom fields and the edit form's groups. Strapi's
 * admin build finds this entry through the plugin's package.json (exports["./strapi-admin"]).
 */
import { Clock, Discuss, House, Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { EditorPanel } from './components/EditorPanel';
import { InvitePanel } from './components/InvitePanel';
import { OrganisationPrefill } from './components/OrganisationPrefill';
import { groupPanels } from './form-panels';
import { labelledChoiceFilters, visibilityColumn } from './list-view/visibility-column';
import { CONSULTATION_LIST_PERMISSION, ORGANISATION_EDIT } from './permissions';
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
    app.customFields.register({
      name: 'year',
      type: 'integer',
      intlLabel: t('mzo.year.label'),
      intlDescription: t('mzo.year.description'),
      components: { Input: async () => import('./fields/YearInput') as never },
    });
    // "Mijn organisatie": a page (a volunteer's start page, src/admin/app.tsx) and a homepage widget for the others.
    app.addMenuLink({
      to: 'mijn-organisatie',
      icon: House,
      intlLabel: t('mzo.my.menu'),
      Component: () => import('./pages/MyOrganisation'),
      permissions: [ORGANISATION_EDIT],
      position: 1,
    });
    app.widgets.register({
      id: 'my-organisation',
      pluginId: PLUGIN_ID,
      icon: House,
      title: t('mzo.my.title'),
      component: async () => (await import('./components/MyOrganisationWidget')).default,
      permissions: [ORGANISATION_EDIT],
    });
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
    contentManager.apis.addEditViewSidePanel([EditorPanel, InvitePanel, OrganisationPrefill]);
    // Each group of fields (src/editing/form-layout.ts) in its own box.
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', groupPanels);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', visibilityColumn);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', labelledChoiceFilters);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: translations[locale as keyof typeof translations] ?? {} }));
  },
};
