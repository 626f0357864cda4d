/**
 * Reading a table a user saved from a spreadsheet: CSV (papaparse guesses
 * "," or ";"), TSV, or one sheet of an .xlsx workbook (exceljs, an optional
 * peer dependency loaded only when an .xlsx file is read: without it the
 * command says how to get it). Every cell is text as the sheet shows it.
 * Missing, binary and non-UTF-8 files are refused with one clear line.
 *
 * @module
 */
import { extname } from 'node:path';
import { issue } from '../core/result.js';
import type { IssueCode } from '../core/issues.js';
import { foldKey } from '../core/text.js';
import { InputError, UsageError } from './args.js';
import type { CommandContext } from './commands/context.js';
import { readText, sourceName } from './input.js';

/** The file name endings read as tables. */
export const TABLE_EXTENSIONS: readonly string[] = ['.csv', '.tsv', '.tab', '.xlsx', '.xls'];

/** Whether a path names a table by its ending (.csv, .tsv, .tab, .xlsx, .xls). */
export function isTablePath(path: string): boolean {
  return TABLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** A table's rows of cell texts. */
export type Rows = string[][];

function usage(vi: string, en: string): never {
  throw new UsageError(vi, en);
}

function fileIssue(path: string, code: IssueCode, vi: string, en: string): InputError {
  return new InputError(sourceName(path), [issue([], code, vi, en)]);
}

/** Reads CSV or TSV text into rows (papaparse, loaded when needed). */
async function parseDelimited(text: string, delimiter: ',' | '\t' | undefined, path: string): Promise<Rows> {
  const mod = (await import('papaparse')) as unknown as {
    default?: { parse: (t: string, o: object) => { data: unknown[]; errors: { message: string }[] } };
    parse?: (t: string, o: object) => { data: unknown[]; errors: { message: string }[] };
  };
  const parse = mod.default?.parse ?? mod.parse;
  if (parse === undefined) throw fileIssue(path, 'file_unreadable', 'Không đọc được CSV', 'Cannot read CSV');
  const out = parse(text.replace(/^\uFEFF/u, ''), {
    skipEmptyLines: false,
    ...(delimiter === undefined ? {} : { delimiter }),
  });
  return (out.data as unknown[]).map((r) =>
    Array.isArray(r) ? r.map((c) => (c === null || c === undefined ? '' : String(c))) : [],
  );
}

interface ExcelCell {
  readonly text?: string;
  readonly value?: unknown;
}
interface ExcelRow {
  readonly cellCount: number;
  getCell(i: number): ExcelCell;
}
interface ExcelSheet {
  readonly name: string;
  readonly rowCount: number;
  getRow(i: number): ExcelRow;
}
interface ExcelBook {
  readonly worksheets: readonly ExcelSheet[];
  readonly xlsx: { load(data: Uint8Array): Promise<unknown> };
}

/** Reads one sheet of an .xlsx file into rows (exceljs, loaded only here). */
async function readXlsx(ctx: CommandContext, path: string, sheet: string | undefined): Promise<Rows> {
  let mod: { default?: { Workbook: new () => ExcelBook }; Workbook?: new () => ExcelBook };
  try {
    mod = (await import('exceljs')) as unknown as typeof mod;
  } catch {
    throw fileIssue(
      path,
      'xlsx_unavailable',
      'Đọc tệp .xlsx cần gói exceljs, chưa được cài: chạy "npm install exceljs" (hoặc lưu bảng thành CSV rồi đọc tệp CSV)',
      'Reading .xlsx needs the exceljs package, which is not installed: run "npm install exceljs" (or save the table as CSV)',
    );
  }
  const Workbook = mod.default?.Workbook ?? mod.Workbook;
  if (Workbook === undefined)
    throw fileIssue(
      path,
      'xlsx_unavailable',
      'Gói exceljs không dùng được',
      'The exceljs package is unusable',
    );
  const book = new Workbook();
  try {
    await book.xlsx.load(await ctx.io.readFile(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw fileIssue(path, 'file_not_found', 'Không tìm thấy tệp', 'File not found');
    throw fileIssue(path, 'file_unreadable', 'Không đọc được tệp .xlsx', 'Cannot read the .xlsx file');
  }
  const sheets = book.worksheets;
  let ws: ExcelSheet | undefined = sheets[0];
  if (sheet !== undefined) {
    const n = /^\d{1,3}$/u.test(sheet) ? Number(sheet) : Number.NaN;
    ws = Number.isInteger(n) ? sheets[n - 1] : sheets.find((s) => foldKey(s.name) === foldKey(sheet));
    if (ws === undefined)
      throw fileIssue(
        path,
        'unknown_sheet',
        `Không có trang tính "${sheet}"; các trang: ${sheets.map((s) => s.name).join(', ')}`,
        `No sheet "${sheet}"; sheets: ${sheets.map((s) => s.name).join(', ')}`,
      );
  }
  if (ws === undefined) return [];
  const rows: Rows = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // The text as the sheet shows it ("1.10", "0,5"), not the number behind it.
      cells.push(
        typeof cell.text === 'string'
          ? cell.text
          : cell.value === null || cell.value === undefined
            ? ''
            : String(cell.value),
      );
    }
    rows.push(cells);
  }
  return rows;
}

/** Reads a table file (or stdin for "-", as CSV): rows of cell texts. `sheet` picks an .xlsx sheet by name or number. */
export async function readTable(ctx: CommandContext, path: string, sheet: string | undefined): Promise<Rows> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(ctx, path, sheet);
  if (ext === '.xls')
    usage(
      'Tệp .xls (Excel cũ) chưa đọc được: lưu thành .xlsx hoặc CSV',
      'Old .xls files are not read: save as .xlsx or CSV',
    );
  // Missing, unreadable, binary or non-UTF-8 files are refused with one clear line.
  const text = await readText(ctx.io, path);
  // TSV by its extension; anything else is CSV (papaparse guesses "," or ";").
  return parseDelimited(text, ext === '.tsv' || ext === '.tab' ? '\t' : undefined, path);
}
