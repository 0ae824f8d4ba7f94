import type { Core } from '@strapi/strapi';

/**
 * List views set at every start, like the edit views: the columns a type's list shows, in order, and which of
 * them can be sorted on. Contact people are listed with their organisation and who sees them, so an official or
 * editor finds "the officials-only contacts of organisation X" without opening each one: sort or filter on the
 * organisation (by its name) and on the visibility (shown and offered by its label: plugin mzo's list-view hooks).
 */
const LIST_VIEWS: Record<string, { columns: string[]; sortable: string[] }> = {
  'api::contact-person.contact-person': {
    columns: ['name', 'organisation', 'visibility', 'role', 'email'],
    sortable: ['name', 'organisation', 'visibility', 'role', 'email'],
  },
};

export async function configureListViews(strapi: Core.Strapi) {
  const cm = strapi.plugin('content-manager').service('content-types');
  for (const [uid, { columns, sortable }] of Object.entries(LIST_VIEWS)) {
    const model = strapi.contentTypes[uid as never];
    if (!model) continue;
    const configuration = await cm.findConfiguration(model);
    const metadatas = { ...configuration.metadatas };
    for (const name of sortable) if (metadatas[name]) metadatas[name] = { ...metadatas[name], list: { ...metadatas[name].list, sortable: true } };
    await cm.updateConfiguration(model, { settings: configuration.settings, layouts: { ...configuration.layouts, list: columns }, metadatas });
  }
}
