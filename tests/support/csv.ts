import { parse } from 'csv-parse/sync';

/**
 * Reads CSV the strict way other people's tools do (Python's csv module, sqlite3 `.import`), with a
 * parser that is not the product's writer: any CR or LF outside quotes ends a record, every record must
 * have as many fields as the header, and a quote may only open or close a field. Returns the records as
 * arrays of strings, header first; throws, saying where, on anything else.
 */
export function parseCsvStrictly(text: string): string[][] {
  return parse(text, {
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: false,
    relax_quotes: false,
    skip_empty_lines: false,
  }) as string[][];
}

/** The records of a strictly parsed CSV as objects keyed by the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsvStrictly(text);
  return records.map((record) => Object.fromEntries(header.map((name, i) => [name, record[i]])));
}
