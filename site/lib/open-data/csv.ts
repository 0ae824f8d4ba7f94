import { stringify } from 'csv-stringify/sync';
import { LICENCE } from './licence.ts';
import type { Row } from './records.ts';

export interface CsvTable {
  name: string;
  /** File name inside the data package folder, e.g. `organizations.csv`. */
  path: string;
  fields: { name: string; type: 'string' | 'number' | 'integer' | 'boolean' }[];
  csv: string;
}

/** The columns of a table: every key used by any row, in order of first use; typed from the values. */
function fieldsOf(rows: Row[]): CsvTable['fields'] {
  const types = new Map<string, Set<string>>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) {
      if (!types.has(key)) types.set(key, new Set());
      types.get(key)!.add(typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value);
    }
  return [...types].map(([name, seen]) => ({
    name,
    type: seen.size === 1 ? ([...seen][0] as CsvTable['fields'][number]['type']) : seen.has('string') ? 'string' : 'number',
  }));
}

/**
 * One table as RFC 4180 CSV: UTF-8, a header row, every field quoted where needed (commas, quotes,
 * line breaks stay intact), CRLF line ends, booleans as true/false, empty cells for absent values.
 */
export function tableToCsv(name: string, rows: Row[]): CsvTable {
  const fields = fieldsOf(rows);
  const csv = stringify(rows, {
    header: true,
    columns: fields.map((f) => f.name),
    record_delimiter: 'windows',
    cast: { boolean: (value) => String(value) },
  });
  return { name, path: `${name}.csv`, fields, csv: fields.length ? csv : '' };
}

/**
 * A Frictionless Data Package (datapackage.json) describing the CSV tables: one tabular resource per
 * table with its fields, the licence and the HSDS profile the tables follow.
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
      schema: { fields: table.fields },
    })),
  };
}
