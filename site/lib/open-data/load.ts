import type { Locale } from '@mzo/content-types';
import { siteContent } from '../content.ts';
import { openDataBundle, type OpenDataBundle } from './bundle.ts';
import { buildNow } from '../agenda.ts';

/** When this build made its open-data files: the build's "now" (BUILD_NOW when set, as every page uses), so two
 * builds of the same content at a fixed BUILD_NOW write the same open-data page (incremental builds, issue 18). */
export const BUILT_AT = buildNow();

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
