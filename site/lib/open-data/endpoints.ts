import { LOCALES, type Locale } from '@mzo/content-types';
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeParam } from '../routes.ts';
import type { Feed, FeedKind } from './feeds.ts';
import { feedCalendar } from './ical.ts';
import { CSV_TABLES } from './bundle.ts';
import { loadOpenData } from './load.ts';
import type { TableName } from './table-schemas.ts';
import { siteContent, type SiteContent } from '../content.ts';
import { activityKey, allContentKey, organisationIdBySlug, organisationKey, themeFeedKey, wijkFeedKey } from '../page-keys.ts';

/** Astro glue for the open-data files: each route file under pages/[...locale]/open-data is one call here. */
const respond = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': type } });
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

type Props = { locale: Locale };

/** Every language's version of a file without parameters of its own (keyed by all content of the language, see page-keys.ts). */
export const filePaths: GetStaticPaths = async () =>
  Promise.all(
    LOCALES.map(async (locale) => ({ params: { locale: localeParam(locale) }, props: { locale }, cacheKey: allContentKey(await siteContent(locale)) })),
  );

/** One file per language and value of `each`; `key` names what the file shows (default: all content of the language). */
const pathsEach =
  (
    each: (locale: Locale) => Promise<Record<string, string | undefined>[]>,
    key: (content: SiteContent, params: Record<string, string | undefined>) => string = (content) => allContentKey(content),
  ): GetStaticPaths =>
  async () =>
    (
      await Promise.all(
        LOCALES.map(async (locale) => {
          const content = await siteContent(locale);
          return (await each(locale)).map((params) => ({
            params: { ...params, locale: localeParam(locale) },
            props: { locale },
            cacheKey: key(content, params),
          }));
        }),
      )
    ).flat();

export const hsdsJsonRoute: APIRoute<Props> = async ({ props }) => respond((await loadOpenData(props.locale)).hsdsJson, 'application/json; charset=utf-8');

export const dataPackageRoute: APIRoute<Props> = async ({ props }) =>
  respond(json((await loadOpenData(props.locale)).dataPackage), 'application/json; charset=utf-8');

// The table names only: asking the bundle for its tables (csvTables) would make every table's CSV text for the path list.
export const csvPaths = pathsEach(async () => CSV_TABLES.map((name) => ({ table: name })));

export const csvRoute: APIRoute<Props> = async ({ params, props }) => {
  const table = (await loadOpenData(props.locale)).csvTable(params.table as TableName);
  return respond(table.csv, 'text/csv; charset=utf-8');
};

export const geoJsonRoute =
  (layer: 'organisations' | 'rooms'): APIRoute<Props> =>
  async ({ props }) =>
    respond(`${JSON.stringify((await loadOpenData(props.locale))[layer])}\n`, 'application/geo+json; charset=utf-8');

export const feedPaths = (kind: Exclude<FeedKind, 'all'>) =>
  pathsEach(
    async (locale) => (await loadOpenData(locale)).feeds.filter((f) => f.kind === kind).map((f) => ({ slug: f.slug ?? undefined })),
    // Each feed is keyed by what it lists (page-keys.ts): an organisation's feed its own activities, a wijk's or a
    // theme's the activities in it.
    (content, params) => {
      const id = (list: readonly { slug?: string | null; documentId: string }[]) => list.find((x) => x.slug === params.slug)?.documentId;
      if (kind === 'organisation') {
        const documentId = organisationIdBySlug(content).get(params.slug!);
        return documentId ? organisationKey(content, documentId) : allContentKey(content);
      }
      const documentId = id(kind === 'wijk' ? content.wijken : content.themes);
      if (!documentId) return allContentKey(content);
      return kind === 'wijk' ? wijkFeedKey(content, documentId) : themeFeedKey(content, documentId);
    },
  );

// Looked up by kind and slug: searching the list at every file made the feeds' build grow with the square of the
// directory (one feed per organisation).
const feedIndexes = new WeakMap<Feed[], Map<string, Feed>>();
function feedOf(feeds: Feed[], kind: FeedKind, slug: string | undefined): Feed | undefined {
  let index = feedIndexes.get(feeds);
  if (!index) feedIndexes.set(feeds, (index = new Map(feeds.map((f) => [`${f.kind}/${f.slug ?? ''}`, f]))));
  return index.get(`${kind}/${kind === 'all' ? '' : (slug ?? '')}`);
}

export const feedRoute =
  (kind: FeedKind): APIRoute<Props> =>
  async ({ params, props }) => {
    const bundle = await loadOpenData(props.locale);
    const feed = feedOf(bundle.feeds, kind, params.slug)!;
    return respond(feedCalendar(feed, bundle.publishable), 'text/calendar; charset=utf-8');
  };

/** "Zet in je agenda": one published activity as a calendar file of its own (its RRULE when it repeats). */
export const activityEventPaths = pathsEach(
  async (locale) => (await loadOpenData(locale)).publishable.activities.filter((a) => a.organisation).map((a) => ({ id: a.documentId })),
  (content, params) => activityKey(content, params.id!),
);

export const activityEventRoute: APIRoute<Props> = async ({ params, props }) => {
  const { publishable } = await loadOpenData(props.locale);
  const activity = publishable.byId.activity.get(params.id!)!;
  const feed = { kind: 'all' as const, slug: null, name: activity.title, calendarName: activity.title, file: '', activities: [activity] };
  return respond(feedCalendar(feed, publishable), 'text/calendar; charset=utf-8');
};
