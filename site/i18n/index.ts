import type { Locale } from '@mzo/content-types';
import { en } from './en.ts';
import { nl } from './nl.ts';

export type MessageKey = keyof typeof nl;
const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** The interface text for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The path of the same page in `locale`: Dutch at the root, English under /en/. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return locale === 'nl' ? clean : `/en${clean === '/' ? '/' : clean}`;
}
