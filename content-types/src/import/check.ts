/**
 * Checking a planned document with the CMS's own input rules (../validation.ts, the rules the document
 * service applies to every write, so the admin forms and an import refuse the same values with the
 * same words), and telling what an entry still needs before it can be published.
 */
import type { Field } from '../fields.ts';
import { activity, contactPerson, organisation, room } from '../model.ts';
import { normaliseInput, validateEntry, type FieldError, type Language } from '../validation.ts';
import { importText } from './messages.ts';
import type { ImportType } from './types.ts';

export const TYPE_DEFINITIONS = { organisation, activity, room, 'contact-person': contactPerson } as const;

/** Relations to other planned documents count as set for the rules (e.g. an activity's organisation). */
function withLinks(data: Record<string, unknown>, links: Record<string, string[]>): Record<string, unknown> {
  const entry = { ...data };
  for (const [name, refs] of Object.entries(links))
    entry[name] = [...((Array.isArray(entry[name]) ? entry[name] : entry[name] ? [entry[name]] : []) as string[]), ...refs];
  return entry;
}

/** The data as the CMS will store it (postcode `3511 AB`, KvK without spaces…): the document service does the same before it checks. */
export function normalised(type: ImportType, data: Record<string, unknown>): Record<string, unknown> {
  return normaliseInput(TYPE_DEFINITIONS[type] as never, data);
}

/** What the rules refuse in a document as the import would write it: only the fields it sets are checked. */
export function inputProblems(type: ImportType, data: Record<string, unknown>, links: Record<string, string[]>, language: Language, now: Date): FieldError[] {
  return validateEntry(TYPE_DEFINITIONS[type] as never, withLinks(data, links), { language, now, changed: Object.keys(data) });
}

const present = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * What stands between the document and publishing: required fields left empty, and the rules across
 * fields (a theme, a wijk) that publishing checks on the whole entry. Messages, not refusals: a draft
 * may be incomplete.
 */
export function publishProblems(type: ImportType, data: Record<string, unknown>, links: Record<string, string[]>, language: Language, now: Date): string[] {
  const definition = TYPE_DEFINITIONS[type];
  const entry = withLinks(data, links);
  const missing = Object.entries(definition.attributes as Record<string, Field>)
    .filter(([name, field]) => field.required && (field.attribute as { type: string }).type !== 'uid' && !present(entry[name]))
    .map(([, field]) => importText(language, 'requiredFor', { label: field.label?.[language] }));
  const rules = validateEntry(definition as never, entry, { language, now, changed: Object.keys(definition.attributes) }).map((e) =>
    importText(language, 'beforePublishing', { message: e.message }),
  );
  return [...missing, ...rules];
}

/** The label of a field of a type, in `language`. */
export function fieldLabel(type: ImportType, name: string, language: Language): string {
  return (TYPE_DEFINITIONS[type].attributes as Record<string, Field>)[name]?.label?.[language] ?? name;
}
