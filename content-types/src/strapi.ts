/**
 * Turns the content model into Strapi 5 schema files. Used by `npm run generate` and by the test
 * that checks the CMS loads exactly this model.
 * @see https://docs.strapi.io/cms/backend-customization/models
 */
import type { Attributes, ComponentDefinition, TypeDefinition } from './define.ts';
import { COMPONENTS, TYPES } from './model.ts';

/** The Strapi uid of one of our types, or a Strapi-owned target such as `admin::user`. */
export function strapiUid(name: string): string {
  return name.includes('::') ? name : `api::${name}.${name}`;
}

function attributesFor(attributes: Attributes, localizedType: boolean) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, field] of Object.entries(attributes)) {
    const a: Record<string, unknown> = { ...field.attribute };
    if (a.type === 'relation') a.target = strapiUid(String(a.target));
    // i18n: relations follow their entry's locale; every other field says whether it differs per language.
    if (localizedType && a.type !== 'relation') a.pluginOptions = { i18n: { localized: field.localized } };
    if (field.customField) {
      a.type = 'customField';
      a.customField = field.customField;
    }
    out[name] = a;
  }
  return out;
}

/** The `schema.json` of a content type. */
export function contentTypeSchema(type: TypeDefinition) {
  return {
    kind: 'collectionType',
    collectionName: type.pluralName.replaceAll('-', '_'),
    info: {
      singularName: type.name,
      pluralName: type.pluralName,
      displayName: type.displayName,
      description: type.description,
    },
    options: { draftAndPublish: type.draftAndPublish },
    pluginOptions: type.localized ? { i18n: { localized: true } } : {},
    attributes: attributesFor(type.attributes, type.localized),
  };
}

/** The JSON file of a component. */
export function componentSchema(component: ComponentDefinition) {
  const [group, name] = component.key.split('.');
  return {
    collectionName: `components_${group}_${name.replaceAll('-', '_')}s`,
    info: { displayName: component.displayName, icon: component.icon, ...(component.description ? { description: component.description } : {}) },
    options: {},
    attributes: attributesFor(component.attributes, false),
  };
}

/** Every schema file of the CMS, keyed by its path relative to `cms/src`. */
export function strapiSchemaFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const type of TYPES) files[`api/${type.name}/content-types/${type.name}/schema.json`] = contentTypeSchema(type);
  for (const component of COMPONENTS) {
    const [group, name] = component.key.split('.');
    files[`components/${group}/${name}.json`] = componentSchema(component);
  }
  return files;
}
