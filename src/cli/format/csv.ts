/**
 * CSV output (RFC 4180: comma separator, CRLF line ends, quotes doubled),
 * machine-readable: ISO dates and dot decimals are the caller's job.
 *
 * @module
 */

/** One cell: strings are quoted when they hold a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** A header row and data rows → CSV text ending with a line break. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  const lines: string[] = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
