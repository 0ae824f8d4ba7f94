import type { Locale } from '@mzo/content-types';
import * as common from './messages/common.ts';
import * as pages from './messages/pages.ts';
import * as participation from './messages/participation.ts';
import * as search from './messages/search.ts';
import * as openData from './messages/open-data.ts';

/**
 * Interface text lives in `messages/<area>.ts`, each exporting `nl` and `en` with the same keys.
 * Add an area here; keys must be unique across areas (prefix them with the area name).
 */
const areas = [common, pages, participation, search, openData] as const;

type Area = (typeof areas)[number];
// Distributes over the areas, so the union of all their keys.
type KeysOf<A> = A extends { nl: infer N } ? keyof N : never;
export type MessageKey = KeysOf<Area> & string;

const dictionaries = {
  nl: Object.assign({}, ...areas.map((a) => a.nl)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
} satisfies Record<Locale, Record<MessageKey, string>>;

/** The interface text for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The path of the same page in `locale`: Dutch at the root, English under /en/. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return locale === 'nl' ? clean : `/en${clean === '/' ? '/' : clean}`;
}
