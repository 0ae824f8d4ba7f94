import { OPTION_LABELS } from '@mzo/content-types';

/**
 * Strapi's option lists show `formatMessage({ id: value })` for each stored value of an enumeration,
 * so a message per value turns codes ("tarief-35", "S") into what they mean (content-types/src/option-labels.ts).
 */
const optionMessages = (language: 'nl' | 'en') => Object.fromEntries(Object.entries(OPTION_LABELS).map(([value, label]) => [value, label[language]]));

/**
 * Text of the admin panel's own screens (the login page) in the MZO-gids. The plugin's screens have theirs in
 * cms/src/plugins/mzo/admin/src/translations.ts.
 */
export const translations = {
  nl: {
    ...optionMessages('nl'),
    'Auth.form.welcome.title': 'Welkom bij de MZO-gids Utrecht',
    'Auth.form.welcome.subtitle': 'Log in om het profiel van je organisatie bij te werken',
    'app.components.MediaLibraryBanner.close': 'Sluiten',
  },
  en: {
    ...optionMessages('en'),
  },
};
