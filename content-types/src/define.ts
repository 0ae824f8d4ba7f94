import { z } from 'zod';
import type { Field } from './fields.ts';

export type Attributes = Record<string, Field>;

export interface ComponentDefinition<A extends Attributes = Attributes> {
  /** `group.name`, as Strapi names components. */
  key: string;
  displayName: string;
  description?: string;
  icon: string;
  attributes: A;
}

export interface TypeDefinition<A extends Attributes = Attributes> {
  /** Singular kebab-case name; the Strapi uid is `api::<name>.<name>`. */
  name: string;
  pluralName: string;
  displayName: string;
  description: string;
  draftAndPublish: boolean;
  /** Has language versions (Strapi i18n, `nl` default, `en`). */
  localized: boolean;
  attributes: A;
}

/** The zod shape of the public fields of a set of attributes (private ones left out). */
export type PublicShape<A extends Attributes> = {
  [K in keyof A as A[K]['private'] extends true ? never : K]: A[K]['schema'];
};

/** Every private field says who reads it in the CMS (`cmsReaders`), so no private field is left unclassified. */
function checkPrivateFields(owner: string, attributes: Attributes) {
  for (const [name, field] of Object.entries(attributes)) {
    if (field.private && field.cmsReaders !== 'editors' && field.cmsReaders !== 'roles')
      throw new Error(`${owner}.${name} is private: say who reads it in the CMS (cmsReaders: 'editors' or 'roles')`);
    if (!field.private && field.cmsReaders) throw new Error(`${owner}.${name} has cmsReaders but is not private`);
  }
}

function publicShape<A extends Attributes>(attributes: A): PublicShape<A> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(attributes)) if (!field.private) shape[name] = field.schema;
  return shape as PublicShape<A>;
}

export function defineComponent<A extends Attributes>(def: ComponentDefinition<A>) {
  checkPrivateFields(def.key, def.attributes);
  return { ...def, schema: z.object({ id: z.number().optional(), ...publicShape(def.attributes) }) };
}

/** Fields every entry in a REST response has. */
export const entryBase = {
  id: z.number(),
  documentId: z.string(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
};

export function defineType<A extends Attributes>(def: TypeDefinition<A>) {
  checkPrivateFields(def.name, def.attributes);
  const extra = {
    ...(def.localized ? { locale: z.string() } : {}),
    ...(def.draftAndPublish ? { publishedAt: z.string() } : {}),
  };
  return {
    ...def,
    uid: `api::${def.name}.${def.name}`,
    /** The entry as the public REST API returns it, with relations populated to their documentId. */
    schema: z.object({ ...entryBase, ...extra, ...publicShape(def.attributes) }),
  };
}
