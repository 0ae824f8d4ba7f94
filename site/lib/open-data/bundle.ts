import { t } from '../../i18n/index.ts';
import { tableToCsv, dataPackage, type CsvTable } from './csv.ts';
import { calendarFeeds, type Feed } from './feeds.ts';
import { organisationsGeoJson, roomsGeoJson } from './geojson.ts';
import { HSDS_TABLES, hsdsDataset, hsdsJson, type HsdsDataset } from './hsds.ts';
import { MZO_TABLES } from './hsds-extension.ts';
import { absoluteUrl, openDataPath } from './paths.ts';
import { publishable, type OpenDataSource } from './source.ts';
import type { TableName } from './table-schemas.ts';

/** The CSV tables of the data package, in the order it lists them. */
export const CSV_TABLES: readonly TableName[] = [...HSDS_TABLES, ...MZO_TABLES];

/**
 * Every open-data file of one language, made from one source: the HSDS JSON, the CSV tables with their
 * datapackage.json, the GeoJSON files and the calendar feeds (calendars are written on request).
 *
 * The files themselves are made when asked for and not kept: a build asks for each once, and the bundles of all
 * seven languages live until the end of the build (load.ts). Kept, they held most of a full build's memory (about
 * 80 MB per language at 1,000 organisations: the HSDS JSON, the CSV text, the GeoJSON); only the HSDS tables they
 * are made from are kept, made on first use.
 */
export function openDataBundle(source: OpenDataSource) {
  const p = publishable(source);
  let dataset: HsdsDataset | undefined;
  const datasetOf = () => (dataset ??= hsdsDataset(p));
  const csvTable = (name: TableName): CsvTable => tableToCsv(name, datasetOf().tables[name] ?? []);
  const feeds: Feed[] = calendarFeeds(p);
  return {
    publishable: p,
    get dataset() {
      return datasetOf();
    },
    get hsdsJson() {
      return hsdsJson(datasetOf());
    },
    /** One CSV table of the data package (`CSV_TABLES`). */
    csvTable,
    get csvTables() {
      return CSV_TABLES.map(csvTable);
    },
    get dataPackage() {
      return dataPackage(this.csvTables, {
        title: t(source.locale, 'site.name'),
        description: t(source.locale, 'openData.hsdsCsv'),
        homepage: absoluteUrl(source.siteUrl, openDataPath(source.locale)),
        created: source.builtAt.toISOString(),
        profileUrl: datasetOf().profile,
      });
    },
    get organisations() {
      return organisationsGeoJson(p);
    },
    get rooms() {
      return roomsGeoJson(p);
    },
    feeds,
  };
}

export type OpenDataBundle = ReturnType<typeof openDataBundle>;
