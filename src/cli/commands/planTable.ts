/**
 * `cchc validate table.csv|.tsv|.xlsx`: a plan's appendix table (Phụ lục
 * nhiệm vụ) read by the library's `planFromRows`, and its reading report —
 * how many rows, groups and tasks were read, and every deadline, target and
 * agency name that was not, with its row and the reason. The columns are
 * found by their headers ("Nội dung", "Cơ quan chủ trì", "Thời gian hoàn
 * thành"…); the plan's year from the title above the header or the file name,
 * unless `--year` gives it.
 *
 * @module
 */
import { basename, extname } from 'node:path';
import type { Issue } from '../../core/result.js';
import { foldKey } from '../../core/text.js';
import { loadPlan, parseDeadline, planFromRows } from '../../index.js';
import type { PlanReadingReport, UnreadDeadline } from '../../plan/rows/report.js';
import type { PlanColumns } from '../../plan/rows/options.js';
import type { AgencyJson, ClassJson } from '../../plan/schema.js';
import type { Plan } from '../../plan/types.js';
import { UNKNOWN_REASONS } from '../format/labels.js';
import { type Lang, pick } from '../format/locale.js';
import { oneLine } from '../format/safe.js';
import { renderTable, wrapText } from '../format/table.js';

type Field = keyof PlanColumns;

/** How a header names a column: folded words it contains (or equals, for short ones). */
interface HeaderRule {
  readonly field: Field;
  readonly words: readonly string[];
  readonly exact?: readonly string[];
  /** Headers that contain one of these are not this column ("Nguồn thời hạn" is no deadline). */
  readonly not?: readonly string[];
}

/** In the order columns are claimed: a column taken by one field is not another's. */
const HEADER_RULES: readonly HeaderRule[] = [
  { field: 'group', words: ['nhom nhiem vu', 'nhiem vu chung', 'linh vuc'], exact: ['nhom'] },
  {
    field: 'content',
    words: ['nhiem vu cu the', 'noi dung', 'ten nhiem vu', 'nhiem vu', 'cong viec', 'de an'],
  },
  { field: 'number', words: ['so thu tu'], exact: ['tt', 'stt', 'so tt', 'so', 'muc', 'ma'] },
  { field: 'lead', words: ['chu tri'] },
  { field: 'support', words: ['phoi hop'] },
  {
    field: 'deadline',
    words: ['thoi gian hoan thanh', 'thoi han hoan thanh', 'thoi gian', 'lo trinh', 'thoi han', 'tien do'],
    not: ['nguon', 'can cu'],
  },
  { field: 'source', words: ['nguon kinh phi', 'nguon von'] },
  { field: 'budget', words: ['kinh phi', 'du toan'], not: ['nguon'] },
  { field: 'product', words: ['san pham', 'ket qua dau ra', 'ket qua'] },
  { field: 'note', words: ['ghi chu'] },
];

/** Where a plan's columns are: the header row, each field's column index, and its header as written. */
export interface PlanTableColumns {
  readonly headerRow: number;
  readonly columns: PlanColumns;
  readonly headers: ReadonlyMap<Field, string>;
}

const headerKey = (text: string): string =>
  foldKey(text)
    .replace(/[().:*]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

function claim(keys: readonly string[]): Map<Field, number> {
  const found = new Map<Field, number>();
  const taken = new Set<number>();
  for (const rule of HEADER_RULES) {
    const fits = (k: string, c: number): boolean =>
      k !== '' && !taken.has(c) && !(rule.not ?? []).some((w) => k.includes(w));
    let at = -1;
    for (const w of rule.exact ?? []) {
      at = keys.findIndex((k, c) => fits(k, c) && k === w);
      if (at >= 0) break;
    }
    if (at < 0)
      for (const w of rule.words) {
        at = keys.findIndex((k, c) => fits(k, c) && (k === w || ` ${k} `.includes(` ${w} `)));
        if (at >= 0) break;
      }
    if (at >= 0) {
      found.set(rule.field, at);
      taken.add(at);
    }
  }
  return found;
}

/**
 * Finds a plan table's header row among its first 20 rows (a header split
 * over two rows — "Cơ quan thực hiện" above "Chủ trì", "Phối hợp" — is read
 * as one), and the column of each field. Null when no row names a content
 * column and at least one of the number, group, lead or deadline columns.
 */
export function guessPlanColumns(rows: readonly (readonly string[])[]): PlanTableColumns | null {
  let best: { row: number; found: Map<Field, number>; header: readonly string[] } | null = null;
  const n = Math.min(rows.length, 20);
  const single = Array.from({ length: Math.min(rows.length, n + 1) }, (_, r) =>
    claim((rows[r] ?? []).map(headerKey)),
  );
  const consider = (row: number, found: Map<Field, number>, header: readonly string[]): void => {
    if (!found.has('content')) return;
    if (!(['number', 'group', 'lead', 'deadline'] as const).some((f) => found.has(f))) return;
    if (best === null || found.size > best.found.size) best = { row, found, header };
  };
  for (let r = 0; r < n; r++) {
    const here = rows[r] ?? [];
    consider(r, single[r] ?? new Map(), here);
    if (r + 1 >= rows.length) continue;
    // A header over two rows counts only when it names more columns than either row alone.
    const next = rows[r + 1] ?? [];
    const width = Math.max(here.length, next.length);
    const header = Array.from({ length: width }, (_, c) => `${here[c] ?? ''} ${next[c] ?? ''}`.trim());
    const found = claim(header.map(headerKey));
    if (found.size > (single[r]?.size ?? 0) && found.size > (single[r + 1]?.size ?? 0))
      consider(r + 1, found, header);
  }
  best = best as { row: number; found: Map<Field, number>; header: readonly string[] } | null;
  if (best === null) return null;
  const columns: Partial<Record<Field, number>> = {};
  const headers = new Map<Field, string>();
  for (const [field, c] of best.found) {
    columns[field] = c;
    headers.set(field, oneLine(best.header[c] ?? ''));
  }
  return { headerRow: best.row, columns: columns as PlanColumns, headers };
}

/** The plan's year or period, and where it was read. */
export interface TableYear {
  readonly year?: number;
  readonly period?: { readonly from: number; readonly to: number };
  /** `option` (--year), `title` (a row above the header), `file` (the file name), or `none`. */
  readonly from: 'option' | 'title' | 'file' | 'none';
}

/** The year or period a text names: "2016-2020", "giai đoạn 2016 – 2020", "năm 2018", "2018". */
export function yearOfText(text: string): Omit<TableYear, 'from'> | null {
  const range = /(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)/u.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to >= from && to - from <= 10) return { period: { from, to } };
  }
  const year = /(?<!\d)((?:19|20)\d\d)(?!\d)/u.exec(text);
  return year ? { year: Number(year[1]) } : null;
}

/** The year of the plan: `--year`, else the title rows above the header, else the file name. */
export function tableYear(
  rows: readonly (readonly string[])[],
  headerRow: number,
  path: string,
  option: number | undefined,
): TableYear {
  if (option !== undefined) return { year: option, from: 'option' };
  for (let r = 0; r < headerRow; r++) {
    const y = yearOfText((rows[r] ?? []).join(' '));
    if (y) return { ...y, from: 'title' };
  }
  const y = yearOfText(basename(path, extname(path)));
  return y ? { ...y, from: 'file' } : { from: 'none' };
}

/** A plan table checked: what `planFromRows` read and reports, and whether the plan loads. */
export interface TableValidation {
  readonly kind: 'table';
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly summary: string;
  readonly summaryEn: string;
  readonly columns: PlanTableColumns | null;
  readonly year: TableYear | null;
  readonly report: PlanReadingReport | null;
}

/** The plan's title: the longest text above the header (the appendix's heading), else the file name. */
function titleOf(rows: readonly (readonly string[])[], headerRow: number, path: string): string {
  let title = '';
  for (let r = 0; r < headerRow; r++)
    for (const c of rows[r] ?? []) if (c.trim().length > title.length) title = c.trim();
  return title === '' ? basename(path, extname(path)) : oneLine(title).slice(0, 300);
}

function slugOf(path: string): string {
  const s = foldKey(basename(path, extname(path)))
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return s === '' ? 'ke-hoach' : s.slice(0, 60);
}

/** Agencies and classes of a loaded plan, as `planFromRows` takes a registry. */
export function registryOf(plan: Plan): { agencies: AgencyJson[]; classes: ClassJson[] } {
  return {
    agencies: plan.agencies.map((a) => ({
      id: a.id,
      name: a.name,
      aliases: [...a.aliases],
      classes: [...a.classes],
    })),
    classes: plan.classes.map((c) => ({ id: c.id, name: c.name, aliases: [...c.aliases] })),
  };
}

const invalidTable = (issues: readonly Issue[], columns: PlanTableColumns | null): TableValidation => ({
  kind: 'table',
  valid: false,
  issues,
  warnings: [],
  summary: '',
  summaryEn: '',
  columns,
  year: null,
  report: null,
});

/** Reads a plan's appendix table with `planFromRows` and checks that the plan it gives loads. */
export function validateTable(
  rows: readonly (readonly string[])[],
  path: string,
  opts: { readonly year?: number; readonly registry?: Plan } = {},
): TableValidation {
  const columns = guessPlanColumns(rows);
  if (columns === null)
    return invalidTable(
      [
        {
          path: [],
          code: 'columns_not_found',
          message:
            'Không tìm thấy dòng tiêu đề của bảng nhiệm vụ: cần một cột nội dung ("Nội dung", "Nhiệm vụ") và một trong các cột STT, nhóm nhiệm vụ, cơ quan chủ trì, thời gian hoàn thành',
          messageEn:
            'No header row of a task table: it needs a content column ("Nội dung", "Nhiệm vụ") and one of the number, group, lead agency or deadline columns',
        },
      ],
      null,
    );
  const year = tableYear(rows, columns.headerRow, path, opts.year);
  const registry = opts.registry === undefined ? undefined : registryOf(opts.registry);
  const r = planFromRows(rows, {
    columns: columns.columns,
    headerRow: columns.headerRow,
    plan: {
      id: slugOf(path),
      title: titleOf(rows, columns.headerRow, path),
      ...(year.year === undefined ? {} : { year: year.year }),
      ...(year.period === undefined ? {} : { period: year.period }),
    },
    ...(registry === undefined ? {} : registry),
  });
  if (!r.ok) return { ...invalidTable(r.issues, columns), year };
  const loaded = loadPlan(r.value);
  if (!loaded.ok) return { ...invalidTable(loaded.issues, columns), year, report: r.report };
  const rep = r.report;
  const unread = rep.unreadDeadlines.length + rep.unreadTargets.length + rep.unknownAgencies.length;
  return {
    kind: 'table',
    valid: true,
    issues: [],
    warnings: r.warnings.filter((w) => w.code !== 'agency_created'),
    summary: `bảng kế hoạch đọc được: ${rep.groups} nhóm, ${rep.tasks} nhiệm vụ từ ${rep.rows} dòng; ${unread === 0 ? 'không có gì chưa đọc được' : `${unread} mục chưa đọc được (xem dưới)`}`,
    summaryEn: `plan table read: ${rep.groups} ${rep.groups === 1 ? 'group' : 'groups'}, ${rep.tasks} ${rep.tasks === 1 ? 'task' : 'tasks'} from ${rep.rows} ${rep.rows === 1 ? 'row' : 'rows'}; ${unread === 0 ? 'nothing left unread' : `${unread} ${unread === 1 ? 'item' : 'items'} not read (see below)`}`,
    columns,
    year,
    report: rep,
  };
}

const FIELD_WORDS: ReadonlyMap<Field, { readonly vi: string; readonly en: string }> = new Map([
  ['number', { vi: 'số thứ tự', en: 'number' }],
  ['group', { vi: 'nhóm nhiệm vụ', en: 'group' }],
  ['content', { vi: 'nội dung', en: 'content' }],
  ['product', { vi: 'sản phẩm', en: 'product' }],
  ['lead', { vi: 'chủ trì', en: 'lead' }],
  ['support', { vi: 'phối hợp', en: 'support' }],
  ['deadline', { vi: 'thời hạn', en: 'deadline' }],
  ['budget', { vi: 'kinh phí', en: 'budget' }],
  ['source', { vi: 'nguồn kinh phí', en: 'funding source' }],
  ['note', { vi: 'ghi chú', en: 'note' }],
]);

/**
 * Why a deadline was not read: the library's reason for the task, made
 * precise by the reading's own reason code when the text was there ("không
 * ghi năm", "ngày không có thật"…).
 */
function deadlineReason(d: UnreadDeadline, year: TableYear | null, lang: Lang): string {
  const general = pick(lang, d.reason, d.reasonEn);
  if (d.code !== 'unread_deadline') return general;
  const context: { year?: number; period?: { from: number; to: number } } = {};
  if (year?.year !== undefined) context.year = year.year;
  if (year?.period !== undefined) context.period = { from: year.period.from, to: year.period.to };
  const read = parseDeadline(d.text, context);
  const why = read.kind === 'unknown' ? UNKNOWN_REASONS.get(read.reason) : undefined;
  if (why === undefined || read.kind !== 'unknown' || read.reason === 'unrecognised') return general;
  const hint =
    read.reason === 'no-year' && year?.from === 'none'
      ? pick(lang, '; thêm --year <năm>', '; add --year <year>')
      : '';
  return `${pick(lang, 'Không đọc được thời hạn', 'Deadline not read')}: ${why[lang]}${hint}`;
}

/** Row numbers as a spreadsheet shows them (from 1), at most `max` then "…". */
function rowList(rows: readonly number[], max = 8): string {
  const shown = rows.slice(0, max).map((r) => String(r + 1));
  return rows.length > max ? `${shown.join(', ')}, … (+${rows.length - max})` : shown.join(', ');
}

/**
 * The reading report as text: the columns and year used, then every
 * deadline, target and agency name not read, with its row (as the
 * spreadsheet numbers it, from 1) and the reason.
 */
export function tableReportText(v: TableValidation, lang: Lang, width: number): string {
  const out: string[] = [];
  const para = (text: string, indent = '  ') => out.push(wrapText(text, width, indent));
  if (v.columns !== null) {
    const cols = [...v.columns.headers]
      .map(([field, header]) => `${(FIELD_WORDS.get(field) ?? { vi: field, en: field })[lang]} = "${header}"`)
      .join('; ');
    para(
      pick(
        lang,
        `Dòng tiêu đề ${v.columns.headerRow + 1}; cột: ${cols}.`,
        `Header row ${v.columns.headerRow + 1}; columns: ${cols}.`,
      ),
    );
  }
  if (v.year !== null) {
    const y = v.year;
    const which =
      y.period !== undefined
        ? `${y.period.from}–${y.period.to}`
        : y.year !== undefined
          ? String(y.year)
          : pick(lang, 'không rõ', 'unknown');
    const whence = {
      option: pick(lang, 'theo --year', 'from --year'),
      title: pick(lang, 'đọc từ tiêu đề trên bảng', 'read from the title above the table'),
      file: pick(lang, 'đọc từ tên tệp', 'read from the file name'),
      none: pick(
        lang,
        'thời hạn không ghi năm sẽ không đọc được; thêm --year <năm>',
        'deadlines without a year cannot be read; add --year <year>',
      ),
    }[y.from];
    para(pick(lang, `Năm của kế hoạch: ${which} (${whence}).`, `The plan's year: ${which} (${whence}).`));
  }
  const rep = v.report;
  if (rep === null) return out.length > 0 ? `${out.join('\n')}\n` : '';
  const rowWord = pick(lang, 'Dòng', 'Row');
  const idWord = pick(lang, 'Mã', 'Id');
  const whyWord = pick(lang, 'Lý do', 'Why');
  out.push('');
  para(
    pick(
      lang,
      `Thời hạn chưa đọc được: ${rep.unreadDeadlines.length} nhiệm vụ`,
      `Deadlines not read: ${rep.unreadDeadlines.length} ${rep.unreadDeadlines.length === 1 ? 'task' : 'tasks'}`,
    ),
    '',
  );
  if (rep.unreadDeadlines.length > 0)
    out.push(
      renderTable(
        [rowWord, idWord, pick(lang, 'Thời hạn ghi', 'Deadline as written'), whyWord],
        rep.unreadDeadlines.map((d) => [
          String(d.row + 1),
          d.taskId,
          d.text === '' ? '—' : d.text,
          deadlineReason(d, v.year, lang),
        ]),
        ['right', 'left', 'left', 'left'],
        '  ',
        { width, flex: [2, 3] },
      ),
    );
  para(
    pick(
      lang,
      `Chỉ tiêu chưa đọc được: ${rep.unreadTargets.length}`,
      `Targets not read: ${rep.unreadTargets.length}`,
    ),
    '',
  );
  if (rep.unreadTargets.length > 0)
    out.push(
      renderTable(
        [rowWord, idWord, pick(lang, 'Văn bản', 'Text'), whyWord],
        rep.unreadTargets.map((t) => [
          t.row === null ? '—' : String(t.row + 1),
          t.taskId ?? t.targetId ?? '',
          t.text,
          pick(lang, t.reason, t.reasonEn),
        ]),
        ['right', 'left', 'left', 'left'],
        '  ',
        { width, flex: [2, 3] },
      ),
    );
  // Rows kept out of the plan (a totals row): said, so nothing is lost without a word.
  if (rep.skippedRows.length > 0) {
    para(
      pick(
        lang,
        `Dòng không đưa vào kế hoạch: ${rep.skippedRows.length}`,
        `Rows left out of the plan: ${rep.skippedRows.length}`,
      ),
      '',
    );
    out.push(
      renderTable(
        [rowWord, pick(lang, 'Nội dung', 'Text'), whyWord],
        rep.skippedRows.map((r) => [String(r.row + 1), r.text, pick(lang, r.reason, r.reasonEn)]),
        ['right', 'left', 'left'],
        '  ',
        { width, flex: [2, 3] },
      ),
    );
  }
  // Agency names: one line per name, with the rows that name it.
  const byName = new Map<string, { text: string; rows: number[]; field: Set<string> }>();
  for (const a of rep.unknownAgencies) {
    const key = foldKey(a.text);
    const entry = byName.get(key) ?? { text: a.text, rows: [], field: new Set<string>() };
    if (entry.rows[entry.rows.length - 1] !== a.row) entry.rows.push(a.row);
    entry.field.add((FIELD_WORDS.get(a.field) ?? { vi: a.field, en: a.field })[lang]);
    byName.set(key, entry);
  }
  const names = [...byName.values()];
  para(
    pick(
      lang,
      `Tên cơ quan không có trong danh mục: ${names.length} tên, ${rep.unknownAgencies.length} lần`,
      `Agency names not in the registry: ${names.length} ${names.length === 1 ? 'name' : 'names'}, ${rep.unknownAgencies.length} ${rep.unknownAgencies.length === 1 ? 'time' : 'times'}`,
    ),
    '',
  );
  if (names.length > 0) {
    const created = rep.unknownAgencies.some((a) => a.code === 'agency_created');
    para(
      created
        ? pick(
            lang,
            `${whyWord}: tên không có trong danh mục cơ quan; mỗi tên được thêm thành một cơ quan mới của kế hoạch.`,
            `${whyWord}: the name is not in the agency registry; each is added to the plan as a new agency.`,
          )
        : pick(
            lang,
            `${whyWord}: tên không có trong danh mục cơ quan.`,
            `${whyWord}: the name is not in the agency registry.`,
          ),
    );
    out.push(
      renderTable(
        [pick(lang, 'Tên', 'Name'), pick(lang, 'Cột', 'Column'), pick(lang, 'Dòng', 'Rows')],
        names.map((e) => [e.text, [...e.field].join(', '), rowList(e.rows)]),
        ['left', 'left', 'left'],
        '  ',
        { width, flex: [0, 2] },
      ),
    );
    para(
      pick(
        lang,
        'Để đối chiếu với danh mục cơ quan của một kế hoạch đã có: --agencies <ke-hoach.json>.',
        'To match names against the agencies of an existing plan: --agencies <plan.json>.',
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
