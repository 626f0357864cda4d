/**
 * Building plan JSON from the rows of an appendix table (Phụ lục nhiệm vụ).
 *
 * @module
 */
import { copyInput, withInputIssues } from '../../core/copyInput.js';
import { deepFreeze } from '../../core/freeze.js';
import { issue, type Issue, type IssuePath } from '../../core/result.js';
import type { AgencyJson, ClassJson, PlanJson, ReportingJson, TargetJson } from '../schema.js';
import { parseTargets } from '../targets/index.js';
import { agencyCells } from './agencyCells.js';
import { cellText } from './cells.js';
import { groupsToJson, type Collected } from './draftToJson.js';
import { readDrafts, tableLayout } from './drafts.js';
import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS, reasons, rowsMsg } from './messages.js';
import { FIELDS, type PlanFromRowsOptions, type PlanFromRowsResult } from './options.js';
import type { PlanReadingReport, SkippedRow } from './report.js';

type Failure = { readonly ok: false; readonly issues: readonly Issue[] };

const failed = (issues: readonly Issue[]): Failure => deepFreeze({ ok: false as const, issues: [...issues] });

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const isStringList = (v: unknown): boolean =>
  v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** The options' shape, checked before anything is read from them (issues, never a throw). */
function optionIssues(o: unknown): Issue[] {
  if (!isObject(o)) return [rowsMsg.invalidOptions([], 'options')];
  const issues: Issue[] = [];
  const columns = o.columns;
  if (!isObject(columns)) issues.push(rowsMsg.invalidOptions(['columns'], 'columns'));
  else {
    for (const f of FIELDS) {
      const ref = columns[f];
      if (ref === undefined && f !== 'content') continue;
      if (typeof ref !== 'string' && typeof ref !== 'number')
        issues.push(rowsMsg.invalidOptions(['columns', f], `columns.${f}`));
    }
  }
  const plan = o.plan;
  if (!isObject(plan) || typeof plan.id !== 'string' || typeof plan.title !== 'string')
    issues.push(rowsMsg.invalidOptions(['plan'], 'plan.id, plan.title'));
  else {
    if (plan.year !== undefined && typeof plan.year !== 'number')
      issues.push(rowsMsg.invalidOptions(['plan', 'year'], 'plan.year'));
    const period = plan.period;
    if (
      period !== undefined &&
      (!isObject(period) || typeof period.from !== 'number' || typeof period.to !== 'number')
    )
      issues.push(rowsMsg.invalidOptions(['plan', 'period'], 'plan.period'));
  }
  if (o.headerRow !== undefined && typeof o.headerRow !== 'number')
    issues.push(rowsMsg.invalidOptions(['headerRow'], 'headerRow'));
  if (o.year !== undefined && typeof o.year !== 'number')
    issues.push(rowsMsg.invalidOptions(['year'], 'year'));
  if (o.unknownAgencies !== undefined && o.unknownAgencies !== 'create' && o.unknownAgencies !== 'issue')
    issues.push(rowsMsg.invalidOptions(['unknownAgencies'], 'unknownAgencies'));
  const named = (key: 'agencies' | 'classes', extra: (x: Record<string, unknown>) => boolean): void => {
    const list = o[key];
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      issues.push(rowsMsg.invalidOptions([key], key));
      return;
    }
    list.forEach((x: unknown, i) => {
      if (
        !isObject(x) ||
        typeof x.id !== 'string' ||
        typeof x.name !== 'string' ||
        !isStringList(x.aliases) ||
        !extra(x)
      )
        issues.push(rowsMsg.invalidOptions([key, i], `${key}[${i}]`));
    });
  };
  named('agencies', (x) => isStringList(x.classes));
  named('classes', () => true);
  const targets = o.targets;
  if (
    targets !== undefined &&
    !(
      Array.isArray(targets) &&
      targets.every((t) => isObject(t) && typeof t.id === 'string' && typeof t.text === 'string')
    )
  )
    issues.push(rowsMsg.invalidOptions(['targets'], 'targets'));
  if (o.reporting !== undefined && !Array.isArray(o.reporting))
    issues.push(rowsMsg.invalidOptions(['reporting'], 'reporting'));
  // A misspelt option or column ("dealine", "headerrow") was ignored: its cells were read as nothing.
  unknownKeys(o, OPTION_KEYS, [], issues);
  if (isObject(columns)) unknownKeys(columns, FIELDS, ['columns'], issues);
  if (isObject(plan)) unknownKeys(plan, PLAN_KEYS, ['plan'], issues);
  return issues;
}

const OPTION_KEYS: readonly string[] = [
  'columns',
  'headerRow',
  'plan',
  'agencies',
  'classes',
  'unknownAgencies',
  'year',
  'targets',
  'reporting',
];
const PLAN_KEYS: readonly string[] = ['id', 'title', 'issuer', 'document', 'year', 'period'];

function unknownKeys(o: object, known: readonly string[], path: IssuePath, issues: Issue[]): void {
  for (const key of Object.keys(o))
    if (!known.includes(key))
      issues.push(
        issue(
          [...path, key],
          'unknown_field',
          `Tùy chọn "${key}" không được hỗ trợ`,
          `Unknown option "${key}"`,
        ),
      );
}

/** The rows as cell texts; values that are not text become empty cells, with a warning each. */
function readTable(
  rows: unknown,
  warnings: Issue[],
): { readonly table: string[][] } | { readonly issues: Issue[] } {
  if (!Array.isArray(rows)) return { issues: [rowsMsg.invalidRows()] };
  if (rows.length > MAX_ROWS) return { issues: [rowsMsg.tableTooLarge(['rows'], 'rows', rows.length)] };
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) continue;
    if (row.length > MAX_COLUMNS)
      return { issues: [rowsMsg.tableTooLarge(['rows', r], 'columns', row.length)] };
    cells += row.length;
  }
  if (cells > MAX_CELLS) return { issues: [rowsMsg.tableTooLarge(['rows'], 'cells', cells)] };
  const table: string[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) {
      if (row !== undefined && row !== null) warnings.push(rowsMsg.cellNotText(['rows', r]));
      table.push([]);
      continue;
    }
    const out = new Array<string>(row.length);
    for (let k = 0; k < row.length; k++) {
      const text = cellText(row[k]);
      if (text === null) warnings.push(rowsMsg.cellNotText(['rows', r, k]));
      out[k] = text ?? '';
    }
    table.push(out);
  }
  return { table };
}

/**
 * Builds plan JSON from the rows of an appendix table, as a CSV or
 * spreadsheet reader gives them (arrays of cells), with a reading report.
 *
 * **The outline is read from the numbering of the whole table**, with or
 * without bold marks, Roman ("I.", "II") or Arabic ("1.", "2.") numbers at
 * the top, headings in capitals or not:
 * - a row with no lead, support, deadline, product, budget or source cell is
 *   a **heading** (a group) when its number marks one — Roman, a capital
 *   letter ("A."), bold ("&lt;b&gt;2.&lt;/b&gt;"), a title in capitals or a
 *   year ("NĂM 2016"), text written whole in the number column ("5. Xây
 *   dựng và nâng cao chất lượng đội ngũ…") — or when the next row that starts
 *   something is below it: a deeper style ("1." then "a)", "1." then "1.1",
 *   a task without a number) or numbering that starts again ("2. Cải cách
 *   thủ tục hành chính" then "1."); or when it names a reform area and rows
 *   sit under it or a heading of its style is open. Unnumbered rows in
 *   capitals, years, and bold or reform-area titles above a list starting at
 *   "1." are headings too; a marked heading row with cells (an area's lead)
 *   stays a heading, its cells joining the title. A `group` column starts a
 *   group on the row of its first task (a column filled down is one group).
 *   Without `headerRow`, the header is the row among the first 100 where the
 *   most named columns are found; a row numbering the columns ("(1)",
 *   "(2)"…) under it belongs to it.
 * - A heading is the next sibling of the open heading of its style with a
 *   smaller number ("8." after "7." and its lettered items is a new area,
 *   not "7.8"), else a child of the innermost open heading (an Arabic
 *   heading under "I." is "I.1"). A numbered task that is the next number
 *   of a heading returns to that heading's parent; at the top level it gets
 *   a group of its own (group and task are that row).
 * - **Sub-tasks**: a lettered or bulleted row with cells of its own under a
 *   task with cells is a sub-task (id "I.2.a", "I.2.1"); one without cells
 *   of its own is an item of the task above, kept in its title on a line of
 *   its own. A content cell whose lines each have a deadline in the
 *   deadline cell (as many lines, each a deadline) becomes one sub-task per
 *   line (`<id>.1`, `<id>.2`); a list that shares the row's deadline stays
 *   one task whose title is the list.
 * - **Continuation rows**: an unnumbered row whose text starts in lower
 *   case, has no text, or (under a numbered task or one with cells) has no
 *   cells of its own or only cells that start in lower case, continues the
 *   task above — each cell is appended to the same cell, as when a PDF
 *   splits a task over rows.
 * - **Year groups** ("I. NĂM 2016") set the group's `year`, the context year
 *   of its deadlines; the **area** comes from the title
 *   ({@link reformAreaOf}), or else from the parent group.
 * - **Numbers** ("1.", "a)", "đ)", Vietnamese letter order) are kept in
 *   `number`; task ids are `<group id>.<number>`, or the position in the
 *   group when a number is missing or repeated.
 * - **Agencies** are read with {@link resolveAgencies} against `agencies` and
 *   `classes`; names not found become new agencies (with a warning) or
 *   errors (`unknownAgencies: 'issue'`); generic phrases ("các cơ quan có
 *   liên quan") are kept in the task's note.
 * - **Nothing is lost**: products are split on line breaks and bullets ("-
 *   Báo cáo; - Quyết định"); inline bullets of the content are put on lines
 *   of their own; lines of the content that state a target (a bullet line
 *   with a target, or any line with a percentage target) go to `targets`
 *   too (the title keeps them); a deadline cell that holds a deadline and a
 *   target ("Trong năm 2018 ít nhất một lĩnh vực có 01 đơn vị…") gives both;
 *   unmapped columns go to the note as "Header: text"; text on a group row
 *   beyond its title is appended to the title with a warning.
 *
 * The **reading report** (`report`, see {@link PlanReadingReport}) counts
 * rows, groups and tasks and lists, with their rows, every deadline not
 * read (empty or unknown), every line that looks like a target but could
 * not be read, and every agency name not in the registry.
 *
 * Rows before `headerRow` are skipped (title lines). Cells are trimmed and
 * normalised to NFC; numbers and dates (as spreadsheet readers give them)
 * are kept as text; any other value is read as an empty cell with a
 * `cell_not_text` warning. Never throws: a table that is not an array of
 * rows, larger than a worksheet (1,048,576 rows, 16,384 columns), or
 * options of the wrong shape give issues. Linear in the size of the table.
 *
 * @example
 * ```ts
 * import { planFromRows, loadPlan } from 'cchc';
 * const rows = [
 *   ['Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
 *   ['I. Công tác chỉ đạo, điều hành', '', '', ''],
 *   ['1. Ban hành Kế hoạch CCHC năm 2018', 'Sở Nội vụ', 'VP UBND tỉnh', 'Tháng 12/2017'],
 * ];
 * const r = planFromRows(rows, {
 *   columns: { content: 'Nhiệm vụ', lead: 'chủ trì', support: 'phối hợp', deadline: 'Thời gian' },
 *   headerRow: 0,
 *   plan: { id: 'vd-2018', title: 'Kế hoạch CCHC năm 2018', year: 2018 },
 *   agencies: [{ id: 'snv', name: 'Sở Nội vụ' }, { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' }],
 * });
 * // r.ok === true; r.value.groups[0].tasks[0] is
 * // { id: 'I.1', number: '1.', title: 'Ban hành Kế hoạch CCHC năm 2018', lead: ['snv'], support: ['vp-ubnd'], deadline: 'Tháng 12/2017' }
 * // r.report: { headerRow: 0, rows: 2, groups: 1, tasks: 1, unreadDeadlines: [], unreadTargets: [], unknownAgencies: [], skippedRows: [], emptyLeads: [] }
 * if (r.ok) loadPlan(r.value);
 * ```
 */
export function planFromRows(
  rows: readonly (readonly unknown[])[],
  options: PlanFromRowsOptions,
): PlanFromRowsResult {
  const warnings: Issue[] = [];
  let read: ReturnType<typeof readTable>;
  // A plain NFC copy first: nothing below reads the caller's objects again.
  const copy = copyInput(options);
  const bad = withInputIssues(copy.issues, optionIssues(copy.value));
  if (bad.length > 0) return failed(bad);
  const opts = copy.value as PlanFromRowsOptions;
  try {
    read = readTable(rows, warnings);
  } catch {
    // Only a hostile input (a Proxy whose traps throw, a getter that throws) gets here.
    return failed([rowsMsg.invalidRows()]);
  }
  if ('issues' in read) return failed(read.issues);
  const cells = read.table;
  const layout = tableLayout(cells, opts);
  if (Array.isArray(layout)) return failed(layout);
  const p = opts.plan;
  const skippedRows: SkippedRow[] = [];
  const drafts = readDrafts(cells, layout, p.title, warnings, skippedRows);
  const issues: Issue[] = [];
  const agencies = agencyCells(
    (opts.agencies ?? []) as AgencyJson[],
    (opts.classes ?? []) as ClassJson[],
    opts.unknownAgencies ?? 'create',
    issues,
    warnings,
    afterReorganisation(p, opts.year),
  );
  const year = p.year ?? (p.period === undefined ? opts.year : undefined);
  const context: { year?: number; period?: { from: number; to: number } } = {};
  if (year !== undefined) context.year = year;
  if (p.period !== undefined) context.period = { from: p.period.from, to: p.period.to };
  const collected: Collected = {
    tasks: 0,
    unreadDeadlines: [],
    unreadTargets: [],
    unknownAgencies: [],
    emptyLeads: [],
    lastLead: null,
  };
  const groups = groupsToJson(drafts, layout, agencies, context, collected);
  if (!groups.some((g) => g.tasks.length > 0)) issues.push(rowsMsg.noTasks(['rows']));
  if (issues.length > 0) return failed(issues);

  const plan: { -readonly [K in keyof PlanJson]: PlanJson[K] } = {
    schemaVersion: 1,
    id: p.id,
    title: p.title,
    agencies: [...agencies.agencies],
    classes: (opts.classes ?? []) as ClassJson[],
    groups,
  };
  if (p.issuer !== undefined) plan.issuer = p.issuer;
  if (p.document !== undefined) {
    plan.document =
      p.document.date === undefined
        ? { number: p.document.number }
        : { number: p.document.number, date: p.document.date };
  }
  if (year !== undefined) plan.year = year;
  if (p.period !== undefined) plan.period = { from: p.period.from, to: p.period.to };
  const targets = (opts.targets ?? []) as TargetJson[];
  if (targets.length > 0) plan.targets = targets;
  if (opts.reporting !== undefined && opts.reporting.length > 0)
    plan.reporting = opts.reporting as ReportingJson[];

  for (const t of targets)
    if (parseTargets(t.text).length === 0)
      collected.unreadTargets.push({
        row: null,
        taskId: null,
        targetId: t.id,
        text: t.text,
        code: 'unread_target',
        ...reasons.unreadTargetStatement,
      });
  let rowsRead = 0;
  for (let r = layout.first; r < cells.length; r++) if ((cells[r] ?? []).some((c) => c !== '')) rowsRead++;
  const report: PlanReadingReport = {
    headerRow: layout.headerRow,
    rows: rowsRead,
    groups: groups.length,
    tasks: collected.tasks,
    unreadDeadlines: collected.unreadDeadlines,
    unreadTargets: collected.unreadTargets,
    unknownAgencies: collected.unknownAgencies,
    skippedRows,
    emptyLeads: collected.emptyLeads,
  };
  return deepFreeze({ ok: true as const, value: plan, warnings, report });
}

/**
 * Whether the plan comes after the 2025 reorganisation: for 2026 or later, or
 * issued from 1/7/2025 (the day the district level ended).
 */
function afterReorganisation(p: PlanFromRowsOptions['plan'], year: number | undefined): boolean {
  const first = p.year ?? p.period?.from ?? year;
  if (first !== undefined && first >= 2026) return true;
  const date = p.document?.date;
  return typeof date === 'string' && date >= '2025-07-01';
}
