// The pages of each dynamic route, per language: which pages exist is decided here once, and the
// per-language route files under site/pages/ (thin, one per route) only name the template.
import type { Locale } from '@mzo/content-types';
import { agendaPages } from './agenda.ts';
import { siteContent } from './content.ts';
import { publicThemeIds } from './open-data/visibility.ts';

/** /organisaties/<slug>/: every published organisation. */
export async function organisationPaths(locale: Locale) {
  const content = await siteContent(locale);
  return content.organisations.map((organisation) => ({ params: { slug: organisation.slug }, props: { organisation, content } }));
}

/** /wijken/<slug>/ and its overview and network pages: every wijk. */
export async function wijkPaths(locale: Locale) {
  const content = await siteContent(locale);
  return content.wijken.map((wijk) => ({ params: { slug: wijk.slug }, props: { wijk, content } }));
}

/** /themas/<slug>/: every public theme; a sensitive theme that no organisation shows publicly gets no page. */
export async function themePaths(locale: Locale) {
  const content = await siteContent(locale);
  const visible = publicThemeIds(content);
  return content.themes.filter((theme) => visible.has(theme.documentId)).map((theme) => ({ params: { slug: theme.slug }, props: { theme, content } }));
}

/** /agenda/week/<monday>/: every agenda page after the first (which is /agenda/). */
export async function agendaWeekPaths(locale: Locale) {
  const content = await siteContent(locale);
  return agendaPages(content)
    .slice(1)
    .map((page) => ({ params: { monday: page[0].monday }, props: { content } }));
}
