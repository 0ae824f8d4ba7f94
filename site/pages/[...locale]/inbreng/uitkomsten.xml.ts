import type { APIContext } from 'astro';
import type { Locale } from '@mzo/content-types';
import { t } from '../../../i18n/index.ts';
import type { SiteContent } from '../../../lib/content.ts';
import { outcomesFeed, outcomesFeedPath } from '../../../lib/outcomes-feed.ts';
import { pagePath } from '../../../lib/paths.ts';
import { localePaths } from '../../../lib/routes.ts';

export const getStaticPaths = localePaths;

/** /inbreng/uitkomsten.xml: RSS of new consultation outcomes, per language. */
export function GET({ props, site }: APIContext<{ content: SiteContent; locale: Locale }>) {
  const { content, locale } = props;
  const body = outcomesFeed(content.consultations, {
    title: t(locale, 'outcomes.feedTitle'),
    description: t(locale, 'outcomes.intro'),
    pageUrl: new URL(pagePath.outcomes(locale), site).href,
    feedUrl: new URL(outcomesFeedPath(locale), site).href,
    language: locale,
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
