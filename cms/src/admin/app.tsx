import cmsPackage from '../../package.json';
import { translations } from './translations';

const LANGUAGE_KEY = 'strapi-admin-language';

/** The admin panel as a whole. The MZO-gids's own screens and panels are the plugin's: cms/src/plugins/mzo/admin. */
export default {
  config: {
    // Dutch first for the volunteers; English for those who prefer it.
    locales: ['nl'],
    translations,
    tutorials: false,
    notifications: { releases: false },
  },
  register() {
    // Strapi starts in English unless a language was chosen before; ours starts in Dutch.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'nl');
    // Strapi's English banner about its new Media Library (a link to Strapi's blog) is marketing, not news for
    // the people who keep the directory: it counts as already closed (its key: flag state and project uuid).
    for (const legacy of [true, false]) window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${cmsPackage.strapi.uuid}`, 'true');
  },
};
