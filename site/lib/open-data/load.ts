import type { Locale } from '@mzo/content-types';
import { getCollection } from 'astro:content';
import { siteContent } from '../content.ts';
import { openDataBundle, type OpenDataBundle } from './bundle.ts';
import type { Consultation } from './source.ts';

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
        const consultations = (await getCollection('consultation' as never))
          .map((e: { data: unknown }) => e.data as Consultation & { locale?: string })
          .filter((c) => c.locale === locale);
        return openDataBundle({ ...content, consultations, siteUrl: import.meta.env.SITE ?? 'http://localhost:4321', builtAt: BUILT_AT });
      })(),
    );
  }
  return bundles.get(locale)!;
}
