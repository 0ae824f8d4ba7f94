import type { Field, Locale, SiteUse } from '@mzo/content-types';
import { t, type MessageKey } from '../i18n/index.ts';

/** A field the model marks for the public site (its `site` use), with its type's name and its own. */
export interface SiteField {
  type: string;
  name: string;
  /** The Strapi attribute type (`boolean`, `string`, …). */
  kind: string;
  use: SiteUse;
}

/** The fields of a type the public site uses, in the model's order. */
export function siteFields(type: { name: string; attributes: Record<string, Field> }): SiteField[] {
  return Object.entries(type.attributes).flatMap(([name, field]) =>
    field.site && !field.private ? [{ type: type.name, name, kind: String(field.attribute.type), use: field.site }] : [],
  );
}

/** The site's text for a field: its dictionary entry `field.<type>.<name>`. */
export function fieldLabel(field: SiteField, locale: Locale): string {
  return t(locale, `field.${field.type}.${field.name}` as MessageKey);
}

/**
 * A field's value as text for people, or undefined when there is nothing to say: no value, or `false` for a
 * yes/no field (an unticked box may only mean nobody said).
 */
export function fieldText(value: unknown, locale: Locale): string | undefined {
  if (value === null || value === undefined || value === '' || value === false) return undefined;
  if (value === true) return t(locale, 'field.yes');
  return String(value);
}

/** The open-data type of a field's column (Frictionless Table Schema). */
export function columnType(field: SiteField): 'boolean' | 'integer' | 'number' | 'string' {
  if (field.kind === 'boolean') return 'boolean';
  if (field.kind === 'integer' || field.kind === 'biginteger') return 'integer';
  if (field.kind === 'decimal' || field.kind === 'float') return 'number';
  return 'string';
}

/** The open-data columns of an entry: every field with a `column`, under that name, as stored. */
export function fieldColumns(fields: SiteField[], entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f.use.column).map((f) => [f.use.column!, entry[f.name] ?? undefined]));
}
