/**
 * Reading an uploaded file: a spreadsheet (CSV or XLSX) into a header and rows of cells, an HSDS dataset
 * (the JSON bundle, or the CSV data package as separate files or one .zip) into its tables. Formulas in
 * an XLSX are never run: a cell holds the value the spreadsheet last saved.
 */
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { HSDS_TABLES, MZO_TABLES } from '../hsds.ts';
import type { Language } from '../validation.ts';
import { importText } from './messages.ts';
import { readCsvCell } from '../csv.ts';
import { cleanText } from './text.ts';
import type { ImportMessage } from './types.ts';
import { isEmpty, type Cell } from './values.ts';

/** At most this many data rows or organisations per import. */
export const MAX_ROWS = 5000;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface Sheet {
  headers: string[];
  /** Data rows with their number in the file (the header row is 1). */
  rows: { row: number; cells: Cell[] }[];
  messages: ImportMessage[];
}

/** A file that cannot be imported at all, with the reason in the editor's language. */
export class UnreadableFile extends Error {}

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** UTF-8 (with or without BOM), else Windows-1252 as older Excel versions save CSV. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter of a CSV: whichever of `,` `;` and tab occurs most in its first line (Dutch Excel writes `;`). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

function readCsv(bytes: Uint8Array, language: Language): Cell[][] {
  const text = decode(bytes);
  try {
    const records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    return records.map((record) => record.map(readCsvCell));
  } catch (error) {
    throw new UnreadableFile(importText(language, 'unreadable', { reason: (error as Error).message }));
  }
}

async function readXlsx(bytes: Uint8Array, language: Language, messages: ImportMessage[]): Promise<Cell[][]> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes))) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw new UnreadableFile(importText(language, 'unreadable', { reason: (error as Error).message }));
  }
  const withData = sheets.filter((s) => s.data.filter((row) => row.some((cell) => !isEmpty(cell))).length > 1);
  const chosen = withData[0] ?? sheets[0];
  if (sheets.length > 1 && chosen) messages.push({ level: 'info', text: importText(language, 'sheetChosen', { count: sheets.length, sheet: chosen.sheet }) });
  return chosen?.data ?? [];
}

/** Header and rows of a spreadsheet (.csv, .txt, .xlsx). Empty rows are left out but keep their numbers. */
export async function readSpreadsheet(file: UploadedFile, language: Language = 'nl'): Promise<Sheet> {
  const messages: ImportMessage[] = [];
  const type = extension(file.name);
  let table: Cell[][];
  if (type === 'xlsx') table = await readXlsx(file.bytes, language, messages);
  else if (type === 'csv' || type === 'txt' || type === 'tsv') table = readCsv(file.bytes, language);
  else throw new UnreadableFile(importText(language, 'unknownFormat'));
  const headerIndex = table.findIndex((row) => row.some((cell) => !isEmpty(cell)));
  if (headerIndex < 0) throw new UnreadableFile(importText(language, 'empty'));
  const width = Math.max(...table.map((row) => row.length));
  const headers = Array.from({ length: width }, (_, i) => {
    const cell = table[headerIndex][i];
    return isEmpty(cell) ? `Kolom ${i + 1}` : cleanText(String(cell)).text;
  });
  const rows = table
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => cells.some((cell) => !isEmpty(cell)));
  if (!rows.length) throw new UnreadableFile(importText(language, 'empty'));
  if (rows.length > MAX_ROWS) throw new UnreadableFile(importText(language, 'tooManyRows', { count: rows.length, max: MAX_ROWS }));
  return { headers, rows, messages };
}

// ---------------------------------------------------------------------------------------------------
// HSDS

/** HSDS tables by name: arrays of records as the file holds them (not yet checked). */
export type HsdsTables = Record<string, unknown[]>;

export interface HsdsInput {
  tables: HsdsTables;
  /** The dataset's language (`language` of our bundle, or of the data package), when it says one. */
  language?: string;
  messages: ImportMessage[];
}

function parseJson(file: UploadedFile, language: Language): unknown {
  try {
    return JSON.parse(decode(file.bytes));
  } catch (error) {
    throw new UnreadableFile(importText(language, 'notJson', { reason: (error as Error).message }));
  }
}

// How HSDS 3.0 nests records in its API (and some exports): field of the parent → table of the child, and
// the field of the child that points back to the parent.
const NESTED: Record<string, Record<string, { table: string; parentKey?: string }>> = {
  organizations: {
    services: { table: 'services', parentKey: 'organization_id' },
    locations: { table: 'locations', parentKey: 'organization_id' },
    contacts: { table: 'contacts', parentKey: 'organization_id' },
    phones: { table: 'phones', parentKey: 'organization_id' },
    organization_identifiers: { table: 'organization_identifiers', parentKey: 'organization_id' },
  },
  services: {
    schedules: { table: 'schedules', parentKey: 'service_id' },
    service_at_locations: { table: 'service_at_locations', parentKey: 'service_id' },
    contacts: { table: 'contacts', parentKey: 'service_id' },
    phones: { table: 'phones', parentKey: 'service_id' },
    languages: { table: 'languages', parentKey: 'service_id' },
  },
  service_at_locations: { location: { table: 'locations' }, schedules: { table: 'schedules', parentKey: 'service_at_location_id' } },
  locations: {
    addresses: { table: 'addresses', parentKey: 'location_id' },
    phones: { table: 'phones', parentKey: 'location_id' },
    schedules: { table: 'schedules', parentKey: 'location_id' },
  },
  contacts: { phones: { table: 'phones', parentKey: 'contact_id' } },
};
const MAX_DEPTH = 6;
const KNOWN_TABLES = new Set<string>([...HSDS_TABLES, ...MZO_TABLES, 'organization_identifiers']);

/**
 * HSDS records nested as the HSDS API returns them (an organization with its services, a service with
 * its schedules…) as flat tables with the parent's id filled in. Attributes anywhere go to `attributes`
 * with `link_id`/`link_entity` of their record. Records already flat pass through.
 */
function flatten(tables: HsdsTables, table: string, record: Record<string, unknown>, depth = 0) {
  (tables[table] ??= []).push(record);
  if (depth > MAX_DEPTH) return;
  for (const [field, child] of Object.entries(NESTED[table] ?? {})) {
    const value = record[field];
    if (value === undefined || value === null || typeof value !== 'object') continue;
    delete record[field];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const childRecord = item as Record<string, unknown>;
      if (child.parentKey && childRecord[child.parentKey] === undefined) childRecord[child.parentKey] = record.id;
      if (table === 'service_at_locations' && field === 'location') record.location_id ??= childRecord.id;
      flatten(tables, child.table, childRecord, depth + 1);
    }
  }
  if (Array.isArray(record.attributes)) {
    for (const attribute of record.attributes) {
      if (attribute && typeof attribute === 'object')
        (tables.attributes ??= []).push({ link_id: record.id, link_entity: table.replace(/s$/, ''), ...(attribute as object) });
    }
    delete record.attributes;
  }
}

/** Tables from a parsed HSDS JSON: our bundle (one array per table), or HSDS API-style nested organizations. */
function tablesFromJson(json: unknown, language: Language, messages: ImportMessage[]): { tables: HsdsTables; language?: string } {
  const root = Array.isArray(json) ? { organizations: json } : json;
  if (!root || typeof root !== 'object') throw new UnreadableFile(importText(language, 'notHsds'));
  const source = root as Record<string, unknown>;
  const list = Array.isArray(source.contents) && !source.organizations ? { organizations: source.contents } : source;
  if (!Array.isArray((list as Record<string, unknown>).organizations)) throw new UnreadableFile(importText(language, 'notHsds'));
  const tables: HsdsTables = {};
  for (const [name, value] of Object.entries(list)) {
    if (!Array.isArray(value)) {
      if (KNOWN_TABLES.has(name)) messages.push({ level: 'warning', text: importText(language, 'tableNotList', { table: name }) });
      continue;
    }
    value.forEach((record, i) => {
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        messages.push({ level: 'warning', row: i + 1, column: name, text: importText(language, 'recordNotObject', { row: i + 1, table: name }) });
        return;
      }
      flatten(tables, name, { ...(record as Record<string, unknown>) });
    });
  }
  return { tables, language: typeof source.language === 'string' ? source.language : undefined };
}

/** The files of a zip archive (folders flattened), for a data package sent as one file. */
function unzip(file: UploadedFile, language: Language): UploadedFile[] {
  try {
    const entries = unzipSync(file.bytes);
    return Object.entries(entries)
      .filter(([name]) => !name.endsWith('/') && !name.startsWith('__MACOSX/'))
      .map(([name, bytes]) => ({ name: name.split('/').pop()!, bytes }));
  } catch (error) {
    throw new UnreadableFile(importText(language, 'unreadable', { reason: (error as Error).message }));
  }
}

/** A CSV data package: datapackage.json names each table's file; CSV cells are text (empty = absent). */
function tablesFromPackage(files: UploadedFile[], language: Language, messages: ImportMessage[]): HsdsInput {
  const descriptor = files.find((f) => f.name.toLowerCase() === 'datapackage.json');
  const csvFiles = new Map(files.filter((f) => extension(f.name) === 'csv').map((f) => [f.name, f]));
  const resources: { name: string; path: string }[] = [];
  let datasetLanguage: string | undefined;
  if (descriptor) {
    const json = parseJson(descriptor, language) as { resources?: unknown; language?: unknown };
    datasetLanguage = typeof json.language === 'string' ? json.language : undefined;
    for (const resource of Array.isArray(json.resources) ? json.resources : []) {
      const { name, path } = (resource ?? {}) as { name?: unknown; path?: unknown };
      if (typeof name === 'string' && typeof path === 'string') resources.push({ name, path: path.split('/').pop()! });
    }
  } else {
    for (const name of csvFiles.keys()) resources.push({ name: name.replace(/\.csv$/i, ''), path: name });
  }
  const tables: HsdsTables = {};
  for (const { name, path } of resources) {
    const file = csvFiles.get(path);
    if (!file) {
      messages.push({ level: 'warning', text: importText(language, 'missingTableFile', { path, table: name }) });
      continue;
    }
    const text = decode(file.bytes);
    if (!text.trim()) {
      tables[name] = [];
      continue;
    }
    try {
      const records = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
      tables[name] = records.map((record) =>
        Object.fromEntries(Object.entries(record).flatMap(([key, value]) => (value === '' ? [] : [[key, readCsvCell(value)]]))),
      );
    } catch (error) {
      throw new UnreadableFile(importText(language, 'unreadable', { reason: `${path}: ${(error as Error).message}` }));
    }
  }
  if (!tables.organizations) throw new UnreadableFile(importText(language, 'notHsds'));
  return { tables, language: datasetLanguage, messages };
}

/** Is this upload an HSDS dataset (rather than a spreadsheet)? */
export function isHsdsUpload(files: UploadedFile[]): boolean {
  return files.some((f) => ['json', 'zip'].includes(extension(f.name))) || files.length > 1;
}

/** The tables of an HSDS dataset: one .json bundle, or a data package as its files or as a .zip. */
export function readHsds(files: UploadedFile[], language: Language = 'nl'): HsdsInput {
  const messages: ImportMessage[] = [];
  const all = files.flatMap((file) => (extension(file.name) === 'zip' ? unzip(file, language) : [file]));
  const bundle = all.length === 1 && extension(all[0].name) === 'json' && all[0].name.toLowerCase() !== 'datapackage.json' ? all[0] : undefined;
  if (bundle) return { ...tablesFromJson(parseJson(bundle, language), language, messages), messages };
  if (!all.some((f) => extension(f.name) === 'csv')) throw new UnreadableFile(importText(language, 'unknownFormat'));
  return tablesFromPackage(all, language, messages);
}
