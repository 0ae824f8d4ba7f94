/**
 * Field builders. Each field carries, in one place:
 * - `attribute`: the Strapi 5 attribute it becomes in the CMS schema,
 * - `schema`: the zod schema of its value in a public REST response (what the site's loaders validate),
 * - `format`: the input rule the CMS checks with a Dutch/English message (see ./validation.ts),
 * - `localized` and `private` flags.
 * @see https://docs.strapi.io/cms/backend-customization/models#model-attributes
 */
import { z } from 'zod';

export type Format = 'postcode' | 'kvk' | 'email' | 'url' | 'phone' | 'rrule' | 'year' | 'latitude' | 'longitude';

/**
 * Who reads a private field in the CMS; every private field says it (defineType/defineComponent refuse
 * one that does not, and tests/unit/privacy-model.test.ts checks it):
 * - `editors`: the Redacteur (and the super admin) alone. Left out of the other roles' permissions
 *   (cms/src/bootstrap/admin-roles.ts) and removed from every admin answer to them, at any depth
 *   (cms/src/security/guard.ts);
 * - `roles`: every CMS role whose permissions let it read the entry (an organisation's own volunteers;
 *   the Gemeente where its role reads the type; suggestions are read by the Redacteur alone).
 */
export type CmsReaders = 'editors' | 'roles';

export interface FieldOptions {
  required?: boolean;
  /** The value differs per language (Strapi i18n). */
  localized?: boolean;
  /** Never in any public API response, whoever asks (Strapi `private`). Needs `cmsReaders`. */
  private?: boolean;
  /** For a private field: who reads it in the CMS (see CmsReaders). */
  cmsReaders?: CmsReaders;
  /** Label for the admin panel and messages, Dutch and English. */
  label?: { nl: string; en: string };
  /** What the public site does with the field; see SiteUse. */
  site?: SiteUse;
  /**
   * A Strapi custom field (`global::<name>`) the admin panel edits this field with; the stored type and
   * value stay the attribute's own (the schema file says `type: customField`, Strapi swaps it back).
   * @see https://docs.strapi.io/cms/features/custom-fields
   */
  customField?: string;
}

/**
 * How the public site uses a field, so that pages, search and open data follow the model instead of
 * naming the field by hand. The site's text for it is the dictionary entry `field.<type>.<name>`.
 */
export interface SiteUse {
  /** Shown among the facts on the entry's page. */
  shown?: boolean;
  /** A search filter, under this Pagefind filter name (Dutch, as in the URL: `?rolstoel=Ja`). */
  facet?: string;
  /** A column of the open data (the entry's HSDS profile table and its CSV), under this name. */
  column?: string;
}

export interface Field<S extends z.ZodType = z.ZodType, P extends boolean = boolean> {
  attribute: Record<string, unknown>;
  schema: S;
  localized: boolean;
  private: P;
  cmsReaders?: CmsReaders;
  required: boolean;
  format?: Format;
  /** For relations: the content type (our name, or `admin::user`) it points to. */
  target?: string;
  /** For components: the component's key in COMPONENTS. */
  component?: string;
  label?: { nl: string; en: string };
  site?: SiteUse;
  customField?: string;
}

type Opts = FieldOptions & { private?: boolean };

function nullable<S extends z.ZodType>(schema: S, required: boolean | undefined) {
  return (required ? schema : schema.nullable().optional()) as S;
}

function base(opts: Opts) {
  return {
    localized: opts.localized ?? false,
    private: (opts.private ?? false) as boolean,
    ...(opts.cmsReaders ? { cmsReaders: opts.cmsReaders } : {}),
    required: opts.required ?? false,
    label: opts.label,
    site: opts.site,
    ...(opts.customField ? { customField: opts.customField } : {}),
  };
}

function attr(type: string, opts: Opts, extra: Record<string, unknown> = {}) {
  const a: Record<string, unknown> = { type, ...extra };
  if (opts.required) a.required = true;
  if (opts.private) a.private = true;
  return a;
}

/** Short text on one line. */
export function string(opts: Opts & { maxLength?: number; minLength?: number; format?: Format } = {}) {
  const { maxLength, minLength, format } = opts;
  let s = z.string();
  if (maxLength) s = s.max(maxLength);
  return {
    ...base(opts),
    format,
    attribute: attr('string', opts, {
      ...(maxLength ? { maxLength } : {}),
      ...(minLength ? { minLength } : {}),
    }),
    schema: nullable(s, opts.required),
  } satisfies Field;
}

/** An e-mail address. */
export function email(opts: Opts = {}) {
  return { ...base(opts), format: 'email' as const, attribute: attr('email', opts), schema: nullable(z.string(), opts.required) } satisfies Field;
}

/** Longer plain text. */
export function text(opts: Opts & { maxLength?: number } = {}) {
  const { maxLength } = opts;
  return {
    ...base(opts),
    attribute: attr('text', opts, maxLength ? { maxLength } : {}),
    schema: nullable(maxLength ? z.string().max(maxLength) : z.string(), opts.required),
  } satisfies Field;
}

/** A node of Strapi's blocks editor; the site renders only the node types it knows. */
export const blockNode: z.ZodType<{ type: string; [k: string]: unknown }> = z.looseObject({ type: z.string() });

/** Rich text in Strapi's blocks format. */
export function blocks(opts: Opts = {}) {
  return { ...base(opts), attribute: attr('blocks', opts), schema: nullable(z.array(blockNode), opts.required) } satisfies Field;
}

/** A URL-safe identifier generated from another field. */
export function uid(targetField: string, opts: Opts = {}) {
  return {
    ...base({ required: true, ...opts }),
    attribute: attr('uid', { required: true, ...opts }, { targetField }),
    schema: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  } satisfies Field;
}

/** One value out of a fixed list. */
export function enumeration<const T extends readonly [string, ...string[]]>(values: T, opts: Opts & { default?: T[number] } = {}) {
  return {
    ...base(opts),
    attribute: attr('enumeration', opts, { enum: [...values], ...(opts.default ? { default: opts.default } : {}) }),
    schema: nullable(z.enum(values), opts.required || opts.default !== undefined),
  } satisfies Field;
}

/** A whole number. */
export function integer(opts: Opts & { min?: number; max?: number; format?: Format } = {}) {
  const { min, max } = opts;
  let s = z.number().int();
  if (min !== undefined) s = s.min(min);
  if (max !== undefined) s = s.max(max);
  return {
    ...base(opts),
    format: opts.format,
    attribute: attr('integer', opts, { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }),
    schema: nullable(s, opts.required),
  } satisfies Field;
}

/** A decimal number (coordinates, m²). */
export function decimal(opts: Opts & { min?: number; max?: number; format?: Format } = {}) {
  const { min, max } = opts;
  return {
    ...base(opts),
    format: opts.format,
    attribute: attr('decimal', opts, { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }),
    schema: nullable(z.number(), opts.required),
  } satisfies Field;
}

export function boolean(opts: Opts & { default?: boolean } = {}) {
  return {
    ...base(opts),
    attribute: attr('boolean', opts, opts.default !== undefined ? { default: opts.default } : {}),
    schema: nullable(z.boolean(), opts.required || opts.default !== undefined),
  } satisfies Field;
}

/** A calendar date (YYYY-MM-DD). */
export function date(opts: Opts = {}) {
  return { ...base(opts), attribute: attr('date', opts), schema: nullable(z.iso.date(), opts.required) } satisfies Field;
}

/** A moment in time (stored UTC, shown in Europe/Amsterdam). */
export function datetime(opts: Opts = {}) {
  return { ...base(opts), attribute: attr('datetime', opts), schema: nullable(z.iso.datetime({ offset: true }), opts.required) } satisfies Field;
}

/** Free-form JSON (used for GeoJSON boundaries). */
export function json(opts: Opts = {}) {
  return { ...base(opts), attribute: attr('json', opts), schema: nullable(z.unknown(), false) } satisfies Field;
}

export const mediaSchema = z.object({
  url: z.string(),
  alternativeText: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime: z.string().optional(),
});

/** An uploaded image. */
export function image(opts: Opts = {}) {
  return {
    ...base(opts),
    attribute: attr('media', opts, { multiple: false, allowedTypes: ['images'] }),
    schema: nullable(mediaSchema, opts.required),
  } satisfies Field;
}

/** A reference to another entry, as the site receives it: only its documentId. */
export const refSchema = z.object({ documentId: z.string() });

type Cardinality = 'oneToOne' | 'manyToOne' | 'oneToMany' | 'manyToMany';

/**
 * A relation. `target` is one of our type names or `admin::user`. `inversedBy`/`mappedBy` make it
 * bidirectional. Many-sided relations come back as arrays, one-sided as an object or null.
 */
export function relation<const C extends Cardinality>(relation: C, target: string, opts: Opts & { inversedBy?: string; mappedBy?: string } = {}) {
  const many = relation === 'oneToMany' || relation === 'manyToMany';
  const schema = (many ? z.array(refSchema) : refSchema.nullable()).optional();
  return {
    ...base(opts),
    target,
    attribute: attr('relation', opts, {
      relation,
      target,
      ...(opts.inversedBy ? { inversedBy: opts.inversedBy } : {}),
      ...(opts.mappedBy ? { mappedBy: opts.mappedBy } : {}),
    }),
    schema: schema as C extends 'oneToMany' | 'manyToMany' ? z.ZodOptional<z.ZodArray<typeof refSchema>> : z.ZodOptional<z.ZodNullable<typeof refSchema>>,
  } satisfies Field;
}

/** A group of fields (Strapi component); `repeatable` makes it a list. */
export function component<S extends z.ZodType, const R extends boolean = false>(name: string, schema: S, opts: Opts & { repeatable?: R } = {}) {
  const repeatable = (opts.repeatable ?? false) as R;
  return {
    ...base(opts),
    component: name,
    attribute: attr('component', opts, { repeatable, component: name }),
    schema: (repeatable ? z.array(schema).optional() : schema.nullable().optional()) as R extends true
      ? z.ZodOptional<z.ZodArray<S>>
      : z.ZodOptional<z.ZodNullable<S>>,
  } satisfies Field;
}
