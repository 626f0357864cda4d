/**
 * CSV output (RFC 4180: comma separator, CRLF line ends, quotes doubled),
 * machine-readable: ISO dates and dot decimals are the caller's job.
 *
 * A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * would be read by Excel, LibreOffice or Google Sheets as a formula (CSV
 * injection, OWASP): such cells get a leading apostrophe (`'=SUM(A1)`), which
 * spreadsheets show as text. Numbers the report computes are written as they
 * are.
 *
 * @module
 */

/** The UTF-8 byte-order mark that makes Excel read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: text is guarded against formulas and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows → CSV text ending with a line break. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  const lines: string[] = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
