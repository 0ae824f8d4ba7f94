import type { Locale } from '@mzo/content-types';
import { siteContent } from '../content.ts';
import { openDataBundle, type OpenDataBundle } from './bundle.ts';

/** When this build made its open-data files. */
export const BUILT_AT = new Date();

const bundles = new Map<Locale, Promise<OpenDataBundle>>();

/** The open-data bundle of `locale` for this build, made once and shared by every endpoint and page. */
export function loadOpenData(locale: Locale): Promise<OpenDataBundle> {
  if (!bundles.has(locale)) {
    bundles.set(
      locale,
      (async () => {
        const content = await siteContent(locale);
        return openDataBundle({ ...content, siteUrl: import.meta.env.SITE, builtAt: BUILT_AT });
      })(),
    );
  }
  return bundles.get(locale)!;
}
