import { organisation as organisationType, type Locale } from '@mzo/content-types';
import { t } from '../i18n/index.ts';
import type { SiteContent } from './content.ts';
import { fieldLabel, fieldText, siteFields } from './model-fields.ts';
import { resolve } from './resolve.ts';
import type { Organisation } from './types.ts';

/** The filters on relations and the legal form, by their Pagefind filter name (Dutch, as in the URL). */
const OWN_FACETS = ['wijk', 'thema', 'gemeenschap', 'taal', 'soort', 'doelgroep'] as const;
/** The organisation fields the model marks as a filter (`site.facet`). */
const FIELD_FACETS = siteFields(organisationType).filter((f) => f.use.facet);

/** The search filters, by their Pagefind filter name. */
export const FACETS: readonly string[] = [...OWN_FACETS, ...FIELD_FACETS.map((f) => f.use.facet!)];
export type Facet = string;

/** A filter's label in `locale`. */
export function facetLabel(facet: Facet, locale: Locale): string {
  const field = FIELD_FACETS.find((f) => f.use.facet === facet);
  return field ? fieldLabel(field, locale) : t(locale, `facet.${facet as (typeof OWN_FACETS)[number]}`);
}

/**
 * The values an organisation has for each filter. An organisation counts for a wijk when it is
 * located there or serves it. Only public themes are used (hidden ones never reach the site).
 */
export function facetValues(o: Organisation, content: SiteContent, locale: Locale): Record<Facet, string[]> {
  const names = (list: { name: string }[]) => [...new Set(list.map((x) => x.name))];
  const located = o.locatedIn ? resolve(content.byId.wijk, [o.locatedIn]) : [];
  return {
    wijk: names([...located, ...resolve(content.byId.wijk, o.serves)]),
    thema: names(resolve(content.byId.theme, o.themes)),
    gemeenschap: names(resolve(content.byId.community, o.communities)),
    taal: names(resolve(content.byId.language, o.languages)),
    soort: [t(locale, `legalForm.${o.legalForm}`)],
    doelgroep: names(resolve(content.byId.targetGroup, o.targetGroups)),
    ...Object.fromEntries(
      FIELD_FACETS.map((f) => {
        const text = fieldText((o as Record<string, unknown>)[f.name], locale);
        return [f.use.facet!, text ? [text] : []];
      }),
    ),
  };
}

/** Does an organisation with `values` match every chosen filter (empty choices match all)? */
export function matchesFilters(values: Record<Facet, string[]>, chosen: Partial<Record<Facet, string[]>>): boolean {
  return FACETS.every((facet) => {
    const wanted = chosen[facet] ?? [];
    return wanted.length === 0 || wanted.some((value) => values[facet].includes(value));
  });
}

/** Every value a filter can take across `organisations`, sorted for people (Dutch collation). */
export function facetOptions(organisations: Organisation[], content: SiteContent, locale: Locale): Record<Facet, string[]> {
  const options = Object.fromEntries(FACETS.map((f) => [f, new Set<string>()])) as Record<Facet, Set<string>>;
  for (const o of organisations) {
    const values = facetValues(o, content, locale);
    for (const facet of FACETS) for (const v of values[facet]) options[facet].add(v);
  }
  const collator = new Intl.Collator(locale);
  return Object.fromEntries(FACETS.map((f) => [f, [...options[f]].sort(collator.compare)])) as Record<Facet, string[]>;
}
