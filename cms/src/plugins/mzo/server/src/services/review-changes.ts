/**
 * What a Redacteur reviews before publishing: field by field, what the draft says against what the public
 * sees now (the published version), each value as a person reads it (option labels, related entries by
 * name, an address on one line). And "send back": the draft is not published, and the volunteers who keep
 * the organisation read why on their start page (services/my-organisations.ts).
 */
import type { Core, UID } from '@strapi/strapi';
import { COMPONENTS, DEFAULT_LOCALE, optionLabel, TYPES, type Field } from '@mzo/content-types';

type Doc = Record<string, unknown>;

/** Fields the system keeps (not a change a person made). */
const SYSTEM = new Set(['slug', 'editors', 'localizations', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale']);
const SYSTEM_IN_COMPONENTS = new Set(['latitude', 'longitude', 'buurtCode', 'addressCheck']);

export interface FieldChange {
  name: string;
  label: string;
  /** What the public sees now ('' when the entry was never published or the field is empty). */
  published: string;
  /** What the draft says. */
  draft: string;
}

import type { SentBack } from '../../../shared/my-organisation';

export type { SentBack };

const typeOf = (uid: string) => TYPES.find((type) => `api::${type.name}.${type.name}` === uid);
const titleField = (target: string) => ((typeOf(`api::${target}.${target}`)?.attributes as Record<string, Field> | undefined)?.title ? 'title' : 'name');

function blocksText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  return nodes
    .map((node: { text?: string; children?: unknown }) => (typeof node?.text === 'string' ? node.text : blocksText(node?.children)))
    .filter(Boolean)
    .join(' ');
}

function componentText(value: unknown, key: string): string {
  const definition = COMPONENTS.find((c) => c.key === key);
  if (!value || !definition) return '';
  const parts: string[] = [];
  for (const [name, field] of Object.entries(definition.attributes as Record<string, Field>)) {
    if (SYSTEM_IN_COMPONENTS.has(name)) continue;
    const text = valueText((value as Doc)[name], field);
    if (text) parts.push(text);
  }
  return parts.join(', ');
}

/** A stored value as text a person reads. */
export function valueText(value: unknown, field: Field): string {
  if (value === null || value === undefined || value === '') return '';
  const type = field.attribute.type;
  if (type === 'relation') {
    const list = (Array.isArray(value) ? value : [value]) as Doc[];
    const key = field.target ? titleField(field.target) : 'name';
    return list
      .map((entry) => String(entry?.[key] ?? entry?.name ?? entry?.title ?? ''))
      .filter(Boolean)
      .sort((a, b) => a.localeCompare(b, 'nl'))
      .join(', ');
  }
  if (type === 'component') {
    const list = Array.isArray(value) ? value : [value];
    return list
      .map((item) => componentText(item, String(field.component)))
      .filter(Boolean)
      .join('; ');
  }
  if (type === 'enumeration') return optionLabel(String(value));
  if (type === 'boolean') return value ? 'ja' : 'nee';
  if (type === 'blocks') return blocksText(value);
  if (type === 'media') return String((value as Doc).name ?? '');
  if (type === 'json') return JSON.stringify(value);
  return String(value);
}

/** Populate every relation with its name, every component and media whole. */
function populateOf(attributes: Record<string, Field>) {
  const populate: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(attributes)) {
    if (SYSTEM.has(name)) continue;
    const type = field.attribute.type;
    if (type === 'relation' && field.target && field.target !== 'admin::user') populate[name] = { fields: [titleField(field.target)] };
    else if (type === 'component' || type === 'media') populate[name] = true;
  }
  return populate;
}

/** The fields of the draft of `documentId` that differ from its published version. */
export async function changesOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<FieldChange[] | null> {
  const type = typeOf(uid);
  if (!type) return null;
  const attributes = type.attributes as Record<string, Field>;
  const query = { documentId, populate: populateOf(attributes), ...(type.localized ? { locale: DEFAULT_LOCALE } : {}) };
  const documents = strapi.documents(uid as UID.ContentType);
  const [draft, published] = (await Promise.all([
    documents.findOne({ ...query, status: 'draft' } as never),
    documents.findOne({ ...query, status: 'published' } as never),
  ])) as (Doc | null)[];
  if (!draft) return null;
  const changes: FieldChange[] = [];
  for (const [name, field] of Object.entries(attributes)) {
    if (SYSTEM.has(name) || field.target === 'admin::user') continue;
    const before = published ? valueText(published[name], field) : '';
    const after = valueText(draft[name], field);
    if (before !== after) changes.push({ name, label: field.label?.nl ?? name, published: before, draft: after });
  }
  return changes;
}

const store = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'mzo', key: 'sent-back' });

/** Every "sent back" by `${uid}:${documentId}`. */
export async function sentBackAll(strapi: Core.Strapi): Promise<Record<string, SentBack>> {
  return ((await store(strapi).get({})) as Record<string, SentBack> | null) ?? {};
}

export async function sendBack(strapi: Core.Strapi, uid: string, documentId: string, sent: SentBack) {
  const all = await sentBackAll(strapi);
  all[`${uid}:${documentId}`] = sent;
  await store(strapi).set({ value: all });
}
