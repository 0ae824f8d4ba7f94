import { t } from '../../i18n/index.ts';
import { tableToCsv, dataPackage, type CsvTable } from './csv.ts';
import { calendarFeeds, type Feed } from './feeds.ts';
import { organisationsGeoJson, roomsGeoJson } from './geojson.ts';
import { HSDS_TABLES, hsdsDataset, hsdsJson } from './hsds.ts';
import { MZO_TABLES } from './hsds-extension.ts';
import { absoluteUrl, openDataPath } from './paths.ts';
import { publishable, type OpenDataSource } from './source.ts';

/**
 * Every open-data file of one language, made from one source: the HSDS JSON, the CSV tables with their
 * datapackage.json, the GeoJSON files and the calendar feeds (calendars are written on request).
 */
export function openDataBundle(source: OpenDataSource) {
  const p = publishable(source);
  const dataset = hsdsDataset(p);
  const csvTables: CsvTable[] = [...HSDS_TABLES, ...MZO_TABLES].map((name) => tableToCsv(name, dataset.tables[name] ?? []));
  const feeds: Feed[] = calendarFeeds(p);
  return {
    publishable: p,
    dataset,
    hsdsJson: hsdsJson(dataset),
    csvTables,
    dataPackage: dataPackage(csvTables, {
      title: t(source.locale, 'site.name'),
      description: t(source.locale, 'openData.hsdsCsv'),
      homepage: absoluteUrl(source.siteUrl, openDataPath(source.locale)),
      created: source.builtAt.toISOString(),
      profileUrl: dataset.profile,
    }),
    organisations: organisationsGeoJson(p),
    rooms: roomsGeoJson(p),
    feeds,
  };
}

export type OpenDataBundle = ReturnType<typeof openDataBundle>;
