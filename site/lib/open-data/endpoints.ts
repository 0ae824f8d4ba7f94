import type { Locale } from '@mzo/content-types';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FeedKind } from './feeds.ts';
import { feedCalendar } from './ical.ts';
import { loadOpenData } from './load.ts';

/** Astro glue for the open-data files: each route file under pages/open-data is one call here. */
const respond = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': type } });
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

export const hsdsJsonRoute =
  (locale: Locale): APIRoute =>
  async () =>
    respond((await loadOpenData(locale)).hsdsJson, 'application/json; charset=utf-8');

export const dataPackageRoute =
  (locale: Locale): APIRoute =>
  async () =>
    respond(json((await loadOpenData(locale)).dataPackage), 'application/json; charset=utf-8');

export const csvPaths =
  (locale: Locale): GetStaticPaths =>
  async () =>
    (await loadOpenData(locale)).csvTables.map((table) => ({ params: { table: table.name } }));

export const csvRoute =
  (locale: Locale): APIRoute =>
  async ({ params }) => {
    const table = (await loadOpenData(locale)).csvTables.find((x) => x.name === params.table)!;
    return respond(table.csv, 'text/csv; charset=utf-8');
  };

export const geoJsonRoute =
  (locale: Locale, layer: 'organisations' | 'rooms'): APIRoute =>
  async () =>
    respond(`${JSON.stringify((await loadOpenData(locale))[layer])}\n`, 'application/geo+json; charset=utf-8');

export const feedPaths =
  (locale: Locale, kind: FeedKind): GetStaticPaths =>
  async () =>
    (await loadOpenData(locale)).feeds.filter((f) => f.kind === kind).map((f) => ({ params: { slug: f.slug ?? undefined } }));

export const feedRoute =
  (locale: Locale, kind: FeedKind): APIRoute =>
  async ({ params }) => {
    const bundle = await loadOpenData(locale);
    const feed = bundle.feeds.find((f) => f.kind === kind && (kind === 'all' || f.slug === params.slug))!;
    return respond(feedCalendar(feed, bundle.publishable), 'text/calendar; charset=utf-8');
  };
