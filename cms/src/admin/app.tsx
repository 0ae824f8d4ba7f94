import * as React from 'react';
import { useAuth, type StrapiApp } from '@strapi/strapi/admin';
import cmsPackage from '../../package.json';
import { EDITORS_ONLY, isVolunteer } from '../plugins/mzo/admin/src/permissions';
import { PLUGIN_ID } from '../plugins/mzo/admin/src/plugin-id';
import { translations } from './translations';

const LANGUAGE_KEY = 'strapi-admin-language';
type Route = Parameters<Extract<Parameters<StrapiApp['router']['addRoute']>[0], (...args: never[]) => unknown>>[0][number];
type Widget = Parameters<Extract<Parameters<StrapiApp['widgets']['register']>[0], (...args: never[]) => unknown>>[0][number];

/**
 * The start page (the admin's index route): a volunteer's is "Mijn organisatie", their organisation and
 * everything they keep current; the others keep Strapi's homepage with its widgets. Strapi's homepage would
 * show a volunteer "Hallo", "Widget toevoegen" and whatever widgets plugins add (counts of all entries, the
 * last edits of everyone), none of it theirs.
 */
function startRoute(stock: Route): Route {
  return {
    index: true,
    lazy: async () => {
      const [{ Component: HomePage }, { default: MyOrganisation }] = await Promise.all([
        (stock.lazy as () => Promise<{ Component: React.ComponentType }>)(),
        import('../plugins/mzo/admin/src/pages/MyOrganisation'),
      ]);
      function Start() {
        const permissions = useAuth('MzoStart', (state) => state.permissions);
        return isVolunteer(permissions) ? <MyOrganisation /> : <HomePage />;
      }
      return { Component: Start };
    },
  };
}

/** The admin panel as a whole. The MZO-gids's own screens and panels are the plugin's: cms/src/plugins/mzo/admin. */
/** RTK Query's patch of a cached entry (`updateQueryData('getDocument', …)` and its undo): the only writes of that cache other than reading it. */
function isOptimisticEntryPatch(action: unknown): boolean {
  const { type, payload } = (action ?? {}) as { type?: unknown; payload?: { queryCacheKey?: unknown } };
  return typeof type === 'string' && type.endsWith('/queries/queryResultPatched') && String(payload?.queryCacheKey).startsWith('getDocument(');
}

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
    // Strapi's English banner about its new Media Library (a link to Strapi's blog) is marketing, not news for
    // the people who keep the directory: it counts as already closed (its key: flag state and project uuid).
    for (const legacy of [true, false]) window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${cmsPackage.strapi.uuid}`, 'true');
    app.router.addRoute((routes: Route[]) => routes.map((route) => (route.index && route.lazy ? startRoute(route) : route)));
    // Strapi's own homepage widgets (counts, last edits, project statistics) are for the redactie: they need a
    // permission a volunteer does not have (reading consultations). This runs after every plugin registered its
    // widgets; the MZO-gids's widgets come first. (Strapi's guided tour shows only to the first super admin, and only
    // in development.)
    // What was typed survives a refused save (issue 15). On "Bewaar" the content manager writes the typed values into
    // its cached copy of the entry and, when the server refuses, undoes that write (content-manager
    // admin/src/services/documents.ts, updateDocument.onQueryStarted); the edit form takes every change of that copy as
    // new starting values (admin/src/components/Form.tsx) and so put the stored values back over what was typed, beside
    // the message about it. Without the optimistic write and its undo the copy changes only when the entry is read
    // again, after a save that worked.
    app.addMiddlewares([() => () => (next) => (action) => (isOptimisticEntryPatch(action) ? action : next(action))]);
    app.widgets.register((widgets: Widget[]) => [
      ...widgets.filter((widget) => widget.pluginId === PLUGIN_ID),
      ...widgets.filter((widget) => widget.pluginId !== PLUGIN_ID).map((widget) => ({ ...widget, permissions: [...(widget.permissions ?? []), EDITORS_ONLY] })),
    ]);
  },
};
