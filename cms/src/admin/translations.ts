/**
 * Text of the admin panel's own screens (the login page) in the MZO-gids. The plugin's screens have theirs in
 * cms/src/plugins/mzo/admin/src/translations.ts.
 */
export const translations = {
  nl: {
    'Auth.form.welcome.title': 'Welkom bij de MZO-gids Utrecht',
    'Auth.form.welcome.subtitle': 'Log in om het profiel van je organisatie bij te werken',
    'app.components.MediaLibraryBanner.close': 'Sluiten',
  },
};
