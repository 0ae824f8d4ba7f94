import { toCsv } from '@mzo/content-types/csv';
import { LICENCE } from './licence.ts';
import type { Row } from './records.ts';
import { TABLE_SCHEMAS, type TableName, type TableSchema } from './table-schemas.ts';

export interface CsvTable {
  name: TableName;
  /** File name inside the data package folder, e.g. `organizations.csv`. */
  path: string;
  schema: TableSchema;
  csv: string;
}

/**
 * One table as CSV (RFC 4180, UTF-8, CRLF, through the product's one CSV writer): a header row with the
 * table's declared columns (TABLE_SCHEMAS), booleans as true/false, empty cells for absent values. A row
 * with a column the schema does not declare is a programming error, and fails the build naming it.
 */
export function tableToCsv(name: TableName, rows: Row[]): CsvTable {
  const schema = TABLE_SCHEMAS[name];
  const columns = schema.fields.map((f) => f.name);
  for (const row of rows) {
    const unknown = Object.keys(row).filter((key) => !columns.includes(key));
    if (unknown.length) throw new Error(`Open data: table ${name} has no column ${unknown.join(', ')} in TABLE_SCHEMAS (site/lib/open-data/table-schemas.ts).`);
  }
  return { name, path: `${name}.csv`, schema, csv: toCsv([columns, ...rows.map((row) => columns.map((c) => row[c]))]) };
}

/**
 * A Frictionless Tabular Data Package (datapackage.json) describing the CSV tables: one resource per
 * table with its Table Schema (types, required columns, primary and foreign keys), the licence and the
 * HSDS profile the tables follow.
 */
export function dataPackage(tables: CsvTable[], meta: { title: string; description: string; homepage: string; created: string; profileUrl: string }) {
  return {
    profile: 'tabular-data-package',
    name: 'mzo-gids-utrecht-hsds',
    title: meta.title,
    description: meta.description,
    homepage: meta.homepage,
    created: meta.created,
    version: '3.0',
    licenses: [LICENCE],
    hsds_profile: meta.profileUrl,
    resources: tables.map((table) => ({
      name: table.name,
      path: table.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: table.schema,
    })),
  };
}
