import type { Core } from '@strapi/strapi';

/**
 * List views set at every start, like the edit views: the columns a type's list shows and, for a
 * relation column, the related entry's field it shows (and filters on). Contact people are listed with
 * their organisation and who sees them, so an official or editor finds "the officials-only contacts of
 * organisation X" without opening each one (the visibility is shown by its label: plugin mzo's list-view hook).
 */
const LIST_COLUMNS: Record<string, { columns: string[]; relations: Record<string, string> }> = {
  'api::contact-person.contact-person': { columns: ['name', 'organisation', 'visibility', 'role', 'email'], relations: { organisation: 'name' } },
};

export async function configureListViews(strapi: Core.Strapi) {
  const cm = strapi.plugin('content-manager').service('content-types');
  for (const [uid, { columns, relations }] of Object.entries(LIST_COLUMNS)) {
    const model = strapi.contentTypes[uid as never];
    if (!model) continue;
    const configuration = await cm.findConfiguration(model);
    const metadatas = configuration.metadatas ?? {};
    for (const [name, mainField] of Object.entries(relations)) {
      if (!metadatas[name]) continue;
      metadatas[name] = { ...metadatas[name], edit: { ...metadatas[name].edit, mainField }, list: { ...metadatas[name].list, mainField } };
    }
    await cm.updateConfiguration(model, { settings: configuration.settings, layouts: { ...configuration.layouts, list: columns }, metadatas });
  }
}
