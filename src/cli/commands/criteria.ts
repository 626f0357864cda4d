/**
 * `cchc criteria import <annex.csv|.tsv|.xlsx> [-o set.json]` and
 * `cchc criteria show <set.json|preset-id> [--format text|csv|md]`: a
 * decision's annex table read into a criteria set (the reading report on
 * stderr), and a set printed back as the annex a scoring office signs.
 *
 * CSV and TSV are read with papaparse; .xlsx with exceljs, imported only
 * when an .xlsx file is read (it is not a runtime dependency of the
 * library: without it the command says how to get it).
 *
 * @module
 */
import { basename, extname } from 'node:path';
import { issue } from '../../core/result.js';
import type { IssueCode } from '../../core/issues.js';
import { foldKey } from '../../core/text.js';
import {
  type CriteriaColumns,
  type CriteriaFromRowsResult,
  type CriteriaReadingReport,
  type CriteriaSet,
  criteriaFromRows,
  criteriaSetToJSON,
  criteriaToRows,
  guessCriteriaColumns,
} from '../../scoring/index.js';
import { EXIT, InputError, langOf, parseCommand, positionals, UsageError } from '../args.js';
import { toCsv } from '../format/csv.js';
import { escapeControls } from '../format/safe.js';
import { textWidth, wrapText } from '../format/table.js';
import { emit, outputTarget } from '../output.js';
import { mdText } from '../report/markdown.js';
import type { Lang } from '../format/locale.js';
import { formatIssues } from '../format/issues.js';
import { sourceName } from '../input.js';
import { readTable } from '../tables.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';
import { loadCriteriaArg } from './load.js';

/** Help of `cchc criteria` (the command table's help entry points here). */
export const CRITERIA_HELP = `cchc criteria import <phu-luc.csv|.tsv|.xlsx> [-o bo-tieu-chi.json] [--id <mã>] [--title <tên>]
                     [--document <số QĐ>] [--sheet <tên|số>] [--unit <đơn vị>]
                     [--number <cột>] [--name <cột>] [--max <cột>] [--rule <cột>]
cchc criteria show <bo-tieu-chi.json | preset-id> [--format text|csv|md]

import: đọc bảng phụ lục của quyết định (STT, tiêu chí, điểm tối đa, cách chấm) thành bộ tiêu chí
JSON (ra stdout, hoặc tệp -o); báo cáo đọc (cách chấm chưa đọc được, theo dòng) ra stderr.
Cột được nhận theo tiêu đề (STT/TT, "Tiêu chí"/"Nội dung", "Điểm tối đa", "Cách chấm"/"Cách tính
điểm") hoặc chỉ định bằng --number/--name/--max/--rule (tiêu đề hoặc số thứ tự cột, từ 1).
Cách chấm có thể ở một cột riêng, hoặc in thành các dòng không số dưới tiêu chí (điểm ở cột điểm tối đa).
import: reads a decision's annex table into a criteria set (JSON on stdout or -o); the reading
report (rules not read, by row) goes to stderr. Columns are found by their headers or given.
Tệp .xlsx cần gói exceljs / .xlsx files need the exceljs package (npm install exceljs).

show: in lại bộ tiêu chí thành bảng phụ lục (cách chấm bằng lời) / prints a set as its annex table.

Ví dụ / example:
  cchc criteria show vn-ca-mau-2013-excerpt
  cchc criteria show vn-ca-mau-2013-excerpt --format csv > phu-luc.csv
  cchc criteria import phu-luc.csv -o bo-tieu-chi.json --id tinh-x-2025 --document 123/QĐ-UBND
  cchc criteria show bo-tieu-chi.json --format md
`;

function usage(vi: string, en: string): never {
  throw new UsageError(vi, en);
}

function fileIssue(path: string, code: IssueCode, vi: string, en: string): InputError {
  return new InputError(sourceName(path), [issue([], code, vi, en)]);
}

/** A column option: a header's text, or a 1-based column number. */
function columnRef(value: string | undefined): string | number | undefined {
  if (value === undefined) return undefined;
  return /^\d{1,3}$/u.test(value) ? Number(value) - 1 : value;
}

function slugOf(path: string): string {
  const s = foldKey(basename(path, extname(path)))
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return s === '' ? 'bo-tieu-chi' : s.slice(0, 60);
}

/** The reading report as lines for a terminal. */
export function reportLines(source: string, report: CriteriaReadingReport, lang: 'vi' | 'en'): string[] {
  const lines: string[] = [];
  lines.push(
    lang === 'en'
      ? `${source}: ${report.rows} rows, ${report.nodes} items, ${report.leaves} leaves; rules read ${report.read}/${report.leaves}`
      : `${source}: ${report.rows} dòng, ${report.nodes} tiêu chí, ${report.leaves} tiêu chí thành phần; đọc được cách chấm ${report.read}/${report.leaves}`,
  );
  for (const l of report.leafReadings) {
    const where = lang === 'en' ? `row ${l.row + 1}` : `dòng ${l.row + 1}`;
    const survey = l.survey ? (lang === 'en' ? ', survey' : ', điều tra XHH') : '';
    const reason = l.kind === 'manual' ? ` — ${lang === 'en' ? (l.reasonEn ?? '') : (l.reason ?? '')}` : '';
    lines.push(`  ${where}  ${l.id}  ${l.kind}${survey}${reason}`);
  }
  for (const o of report.outside) lines.push(`  ${lang === 'en' ? 'row' : 'dòng'} ${o.row + 1}  (${o.text})`);
  return lines;
}

async function importCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals: pos } = parseCommand(argv, {
    output: { type: 'string', short: 'o' },
    id: { type: 'string' },
    title: { type: 'string' },
    document: { type: 'string' },
    sheet: { type: 'string' },
    unit: { type: 'string' },
    number: { type: 'string' },
    name: { type: 'string' },
    max: { type: 'string' },
    rule: { type: 'string' },
  });
  const [path] = positionals(pos, ['phu-luc.csv|.tsv|.xlsx']) as [string];
  const lang = langOf(values.lang);
  const rows = await readTable(ctx, path, values.sheet);
  const source = sourceName(path);
  const guess = guessCriteriaColumns(rows);
  const given: Partial<Record<keyof CriteriaColumns, string | number>> = {};
  for (const [opt, field] of [
    ['number', 'number'],
    ['name', 'title'],
    ['max', 'max'],
    ['rule', 'rule'],
  ] as const) {
    const ref = columnRef(values[opt]);
    if (ref !== undefined) given[field] = ref;
  }
  const base = (guess?.columns ?? {}) as Partial<CriteriaColumns>;
  const columns = { ...base, ...given } as CriteriaColumns;
  if (columns.number === undefined || columns.title === undefined || columns.max === undefined) {
    throw fileIssue(
      path,
      'columns_not_found',
      'Không tìm thấy dòng tiêu đề có các cột STT, tên tiêu chí và điểm tối đa; chỉ định bằng --number, --name, --max',
      'No header row with the number, title and max columns; give them with --number, --name, --max',
    );
  }
  const title = values.title ?? basename(path, extname(path));
  const r: CriteriaFromRowsResult = criteriaFromRows(rows, {
    columns,
    ...(guess !== null && Object.keys(given).length === 0 ? { headerRow: guess.headerRow } : {}),
    set: {
      id: values.id ?? slugOf(path),
      title,
      ...(values.document === undefined ? {} : { document: { number: values.document } }),
    },
    ...(values.unit === undefined ? {} : { unitOf: values.unit }),
  });
  if (r.report !== undefined) ctx.io.stderr(`${reportLines(source, r.report, lang).join('\n')}\n`);
  if (!r.ok) throw new InputError(source, r.issues);
  if (r.warnings.length > 0) {
    const shown = r.warnings.filter(
      (w) => w.code !== 'rule_unread' && w.code !== 'rule_manual' && w.code !== 'rule_missing',
    );
    if (shown.length > 0)
      ctx.io.stderr(
        `${formatIssues(`${source} (${lang === 'en' ? 'warning' : 'cảnh báo'})`, shown, lang)}\n`,
      );
  }
  const json = toJsonText(r.value);
  if (values.output === undefined) ctx.io.stdout(json);
  else {
    try {
      await ctx.io.writeFile(values.output, json);
    } catch {
      throw fileIssue(values.output, 'file_unwritable', 'Không ghi được tệp', 'Cannot write the file');
    }
    ctx.io.stderr(lang === 'en' ? `written: ${values.output}\n` : `đã ghi: ${values.output}\n`);
  }
  return EXIT.ok;
}

/**
 * The annex as aligned text: STT, title and max on a line, the rule's lines
 * indented below. The rules are the annex's Vietnamese wording (the text
 * `criteria import` reads back); in English the marks around them are English.
 */
function annexText(set: CriteriaSet, lang: Lang, width: number): string {
  const rows = criteriaToRows(set);
  const body = rows.slice(1);
  let numWidth = 3;
  for (const r of body) numWidth = Math.max(numWidth, (r[0] ?? '').length);
  const out: string[] = [wrapText(set.title, width)];
  if (set.document !== undefined)
    out.push(
      wrapText(
        `(${set.document.number}${set.document.issuer === undefined ? '' : `, ${set.document.issuer}`})`,
        width,
      ),
    );
  out.push('');
  if (lang === 'en')
    out.push(
      wrapText('(Scoring rules as the annex words them, in Vietnamese; maximum points in brackets.)', width),
      '',
    );
  const hang = ' '.repeat(numWidth + 2);
  for (const r of body) {
    const [num = '', title = '', max = '', rule = ''] = r;
    const points =
      lang === 'en' ? `${max.replace(',', '.')} ${max === '1' ? 'point' : 'points'}` : `${max} điểm`;
    const lines = wrapText(title, width, `${num.padEnd(numWidth)}  `, hang).split('\n');
    const last = lines.pop() ?? '';
    const mark = `  [${points}]`;
    if (textWidth(last + mark) <= width) lines.push(last + mark);
    else lines.push(last, `${hang}[${points}]`);
    out.push(...lines);
    for (const line of rule.split('\n'))
      if (line !== '') out.push(wrapText(`- ${line}`, width, `${hang}  `, `${hang}    `));
  }
  return `${out.join('\n')}\n`;
}

/** The annex as a Markdown table; every cell escaped (HTML, Markdown marks, controls), a rule's lines joined by <br>. */
function annexMarkdown(set: CriteriaSet): string {
  const rows = criteriaToRows(set);
  const esc = (s: string) =>
    s
      .split('\n')
      .map((line) => mdText(line))
      .join('<br>');
  const [header = [], ...body] = rows;
  const lines = [`| ${header.map(esc).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of body) lines.push(`| ${r.map(esc).join(' | ')} |`);
  return `# ${mdText(set.title)}\n\n${lines.join('\n')}\n`;
}

async function showCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals: pos, lang } = parseCommand(argv, { format: { type: 'string' } });
  const [arg] = positionals(pos, ['bo-tieu-chi.json|preset-id']) as [string];
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'csv' && format !== 'md' && format !== 'json')
    usage(
      `--format phải là text, csv, md hoặc json (nhận được "${format}")`,
      `--format must be text, csv, md or json (got "${format}")`,
    );
  const set = await loadCriteriaArg(ctx, arg);
  const target = outputTarget(ctx.io, values.output);
  let text: string;
  if (format === 'json') text = toJsonText(criteriaSetToJSON(set));
  else if (format === 'csv') {
    const [header = [], ...body] = criteriaToRows(set);
    text = toCsv(header, body);
  } else if (format === 'md') text = annexMarkdown(set);
  else text = escapeControls(annexText(set, lang, target.width));
  await emit(ctx.io, target, text);
  return EXIT.ok;
}

/** Runs `cchc criteria import|show`. */
export async function criteriaCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'import') return importCommand(rest, ctx);
  if (sub === 'show') return showCommand(rest, ctx);
  return usage(
    `Cần lệnh con import hoặc show (nhận được "${sub ?? ''}")`,
    `Expected the subcommand import or show (got "${sub ?? ''}")`,
  );
}
