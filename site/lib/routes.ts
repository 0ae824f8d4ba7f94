// The pages of each route, per language: which pages exist is decided here once. Every route file lives under
// site/pages/[...locale]/ (thin, one per route, for all languages) and only names the template; its
// `locale` parameter is empty for the default language (Dutch, at the root) and the code for the others.
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@mzo/content-types';
import { agendaPages } from './agenda.ts';
import { siteContent, type SiteContent } from './content.ts';
import { publicThemeIds } from './open-data/visibility.ts';
import { wijkListPages } from './list-pages.ts';
import { agendaPageKey, allContentKey, organisationKey, themeKey, wijkKey, wijkListPageKey, wijkNetworkKey } from './page-keys.ts';

/** The `[...locale]` route parameter of `locale`: none for the default language. */
export const localeParam = (locale: Locale) => (locale === DEFAULT_LOCALE ? undefined : locale);

/** The pages of a route, for every language, from each language's content. */
// Each page's `cacheKey` (site/lib/page-keys.ts) lets an incremental build skip it while nothing it shows changed;
// a page that does not name its own key is keyed by all the content of its language.
async function perLocale<P extends Record<string, string | undefined>, Q extends object>(
  pages: (content: SiteContent, locale: Locale) => { params: P; props: Q; cacheKey?: string }[] | Promise<{ params: P; props: Q; cacheKey?: string }[]>,
) {
  const all = await Promise.all(
    LOCALES.map(async (locale) => {
      const content = await siteContent(locale);
      return (await pages(content, locale)).map(({ params, props, cacheKey }) => ({
        params: { ...params, locale: localeParam(locale) },
        props: { ...props, locale },
        cacheKey: cacheKey ?? allContentKey(content),
      }));
    }),
  );
  return all.flat();
}

/** A page without parameters of its own, in every language; `content` for the pages that list content. */
export function localePaths() {
  return perLocale((content) => [{ params: {}, props: { content } }]);
}

/** /organisaties/<slug>/: every published organisation. */
export function organisationPaths() {
  return perLocale((content) =>
    content.organisations.map((organisation) => ({
      params: { slug: organisation.slug },
      props: { organisation, content },
      cacheKey: organisationKey(content, organisation.documentId),
    })),
  );
}

/** /wijken/<slug>/ and its overview and network pages: every wijk. */
export function wijkPaths() {
  return perLocale((content) =>
    content.wijken.map((wijk) => ({ params: { slug: wijk.slug }, props: { wijk, content }, cacheKey: wijkKey(content, wijk.documentId) })),
  );
}

/** /wijken/<slug>/netwerk/: every wijk, keyed by its organisations and those they name (wijkNetworkKey). */
export function wijkNetworkPaths() {
  return perLocale((content) =>
    content.wijken.map((wijk) => ({ params: { slug: wijk.slug }, props: { wijk, content }, cacheKey: wijkNetworkKey(content, wijk.documentId) })),
  );
}

/** /wijken/<slug>/<n>/: page 2 and on of a wijk whose organisations do not fit on one page (site/lib/list-pages.ts). */
export function wijkListPaths() {
  return perLocale((content) =>
    content.wijken.flatMap((wijk) => {
      const pages = wijkListPages(content, wijk.documentId);
      return pages.slice(1).map((organisations, i) => ({
        params: { slug: wijk.slug, page: String(i + 2) },
        props: { wijk, content, page: i + 2 },
        cacheKey: wijkListPageKey(content, wijk.documentId, organisations, i + 2, pages.length, pages.flat().length),
      }));
    }),
  );
}

/** /themas/<slug>/: every public theme; a sensitive theme that no organisation shows publicly gets no page. */
export function themePaths() {
  return perLocale((content) => {
    const visible = publicThemeIds(content);
    return content.themes
      .filter((theme) => visible.has(theme.documentId))
      .map((theme) => ({ params: { slug: theme.slug }, props: { theme, content }, cacheKey: themeKey(content, theme.documentId) }));
  });
}

/** /agenda/: the first agenda page, keyed by what it shows (page-keys.ts) like the pages after it. */
export function agendaPaths() {
  return perLocale((content) => [{ params: {}, props: { content }, cacheKey: agendaPageKey(content, agendaPages(content), 0) }]);
}

/** /agenda/week/<monday>/: every agenda page after the first (which is /agenda/). */
export function agendaWeekPaths() {
  return perLocale((content) => {
    const pages = agendaPages(content);
    return pages.slice(1).map((page, i) => ({ params: { monday: page[0].monday }, props: { content }, cacheKey: agendaPageKey(content, pages, i + 1) }));
  });
}
