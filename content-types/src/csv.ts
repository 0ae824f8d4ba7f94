/**
 * The one CSV writer of the product: the open-data tables, the /raadplegen/ export in the browser and the
 * CMS's consultation list all write through it. Plain TypeScript without Node APIs, so it runs in both.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */

export type CsvValue = string | number | boolean | null | undefined;

/** What a spreadsheet may read as the start of a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Numbers and phone numbers: `-12.5`, `+31 30 123 4567`, `-(2)`. With no letter and none of `| ! : $ "`
 * they can call no function, reference no cell and start no command, so they are left as they are.
 */
const NUMBER_OR_PHONE = /^[+-][\d ().,/+-]*\d[\d ().,/+-]*$/;

/**
 * The text of one cell. A text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`,
 * `-2+3+cmd|…`, a leading tab or CR) gets a `'` in front, as OWASP advises: spreadsheets then show it as
 * the text it is, and a program reading the file removes one leading `'` before `= + - @`, tab or CR.
 * Numbers (also negative ones) and phone numbers such as `+31 30 123 4567` stay exactly as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) && !NUMBER_OR_PHONE.test(value) ? `'${value}` : value;
}

/** One field as RFC 4180 writes it: in double quotes (doubled inside) when it holds a comma, quote, CR or LF. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows (the first one usually the header) as RFC 4180 CSV: every cell through `csvCell`, fields quoted
 * where needed, CRLF after every record. `bom` puts a UTF-8 byte order mark in front, which Excel needs
 * to read UTF-8.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], { bom = false } = {}): string {
  const body = rows.map((row) => `${row.map((value) => field(csvCell(value))).join(',')}\r\n`).join('');
  return bom ? `\ufeff${body}` : body;
}

/**
 * A cell as `csvCell` wrote it, read back (the import does this): the one `'` put before `= + - @`, tab
 * or CR is removed, so `'=SUM(A1)` is the text `=SUM(A1)` again. What is read is text; no formula is run.
 */
export function readCsvCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
