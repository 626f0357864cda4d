/**
 * `criteriaFromRows`: a decision's annex table (STT, criterion, maximum,
 * scoring rule) read into a criteria set, with a reading report.
 *
 * @module
 */
import { copyInput, inputIssues, shownValue } from '../../core/copyInput.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Issue, IssuePath } from '../../core/result.js';
import { foldKey } from '../../core/text.js';
import type { ColumnRef } from '../../plan/rows/options.js';
import { formatThousandths, toPoints } from '../decimal.js';
import { loadCriteriaSet } from '../loadCriteriaSet.js';
import { mk, msg } from '../messages.js';
import type { CriteriaSetJson, CriterionNode, Rule, RuleKind } from '../types.js';
import { readRule } from './parseRule.js';
import {
  cellsOf,
  findColumn,
  headerKey,
  isCapitals,
  leadingNumber,
  pointsCell,
  readItemNumber,
  roman,
} from './table.js';

/**
 * The columns of an annex table: a 0-based index or the header's text
 * (matched without regard to case, diacritics or punctuation; a header that
 * contains the text also matches). `number`, `title` and `max` are
 * required; without `rule`, the scoring lines are the rows printed under
 * each leaf.
 *
 * @example
 * ```ts
 * import type { CriteriaColumns } from 'cchc';
 * const columns: CriteriaColumns = { number: 'STT', title: 'Tiêu chí', max: 'Điểm tối đa', rule: 'Cách chấm' };
 * ```
 */
export interface CriteriaColumns {
  /** STT: "1", "1.1", "1.1.1", or "I", "1", "a". */
  readonly number: ColumnRef;
  /** Lĩnh vực / tiêu chí / tiêu chí thành phần. */
  readonly title: ColumnRef;
  /** Điểm tối đa. */
  readonly max: ColumnRef;
  /** Cách chấm, hướng dẫn chấm điểm. */
  readonly rule?: ColumnRef;
  /** Node ids, when they are not the numbers (a table written by `criteriaToRows` has "Mã"). */
  readonly id?: ColumnRef;
  /** A column (such as "Điều tra XHH") whose non-empty cell marks points that come from the survey. */
  readonly survey?: ColumnRef;
  /** Tài liệu kiểm chứng: one required item per line. */
  readonly evidence?: ColumnRef;
  /** Ghi chú. */
  readonly note?: ColumnRef;
}

/**
 * Options of {@link criteriaFromRows}: the columns, the header row (found
 * from the column names when left out), the set's own fields, and the unit
 * of ranges written without "%".
 *
 * @example
 * ```ts
 * import type { CriteriaFromRowsOptions } from 'cchc';
 * const o: CriteriaFromRowsOptions = {
 *   columns: { number: 'STT', title: 'Tiêu chí', max: 'Điểm tối đa', rule: 'Cách chấm' },
 *   set: { id: 'tinh-x-so-2025', title: 'Bộ chỉ số CCHC các sở năm 2025', document: { number: '123/QĐ-UBND' } },
 * };
 * ```
 */
export interface CriteriaFromRowsOptions {
  /** Which column holds what. */
  readonly columns: CriteriaColumns;
  /** Index of the header row (0-based); found from the title column's name when left out. Rows before it are skipped. */
  readonly headerRow?: number;
  /** The set's own fields (`id`, `title`, `document`, `source`, `year`, `classes`, …), kept as they are. */
  readonly set: Omit<CriteriaSetJson, 'schemaVersion' | 'nodes'>;
  /** The unit of ranges written without "%" ("từ 5 sáng kiến trở lên" → `'sáng kiến'`). */
  readonly unitOf?: string;
}

/**
 * How one leaf's scoring text was read: its id, the row (0-based, as in
 * issue paths), the kind it became, the text as written, whether its
 * points come from the survey, and — when it was left `manual` — why.
 *
 * @example
 * ```ts
 * import type { LeafReading } from 'cchc';
 * declare const l: LeafReading;
 * if (l.kind === 'manual') console.log(`dòng ${l.row + 1}: ${l.reason}`);
 * ```
 */
export interface LeafReading {
  /** The leaf's id. */
  readonly id: string;
  /** Its row in the table (0-based, as in issue paths: `row + 1` is the line a spreadsheet shows). */
  readonly row: number;
  /** The rule kind its text was read into. */
  readonly kind: RuleKind;
  /** Its scoring text as written (the rule cell and the scoring lines under it, one per line). */
  readonly text: string;
  /** Its points come from the sociological survey. */
  readonly survey: boolean;
  /** Why it was left `manual`, in Vietnamese. */
  readonly reason?: string;
  /** Why it was left `manual`, in English. */
  readonly reasonEn?: string;
}

/**
 * The reading report of {@link criteriaFromRows}: how many rows, nodes and
 * leaves it read, each leaf's reading, and the leaves left `manual` (rules
 * it could not read, or whose text says the points are entered by hand).
 *
 * @example
 * ```ts
 * import type { CriteriaReadingReport } from 'cchc';
 * declare const report: CriteriaReadingReport;
 * console.log(`${report.read}/${report.leaves} rules read`);
 * for (const u of report.unread) console.log(u.id, u.reason);
 * ```
 */
export interface CriteriaReadingReport {
  /** Non-empty rows read after the header. */
  readonly rows: number;
  /** Areas, criteria and components found. */
  readonly nodes: number;
  /** Components (nodes without children). */
  readonly leaves: number;
  /** Leaves whose rule was read into a kind other than `manual`. */
  readonly read: number;
  /** Every leaf's reading, in document order. */
  readonly leafReadings: readonly LeafReading[];
  /** The leaves left `manual`, with their reasons. */
  readonly unread: readonly LeafReading[];
  /** Rows before the first item, which belong to none (0-based, with their text). */
  readonly outside: readonly { readonly row: number; readonly text: string }[];
}

/**
 * What {@link criteriaFromRows} returns: a `Result<CriteriaSetJson>` whose
 * success also carries `warnings` and the reading `report` (the report
 * comes with the issues too, when it could be made).
 *
 * @example
 * ```ts
 * import { criteriaFromRows, type CriteriaFromRowsResult } from 'cchc';
 * declare const r: CriteriaFromRowsResult;
 * if (r.ok) console.log(r.value.nodes.length, r.report.unread.length);
 * ```
 */
export type CriteriaFromRowsResult =
  | {
      readonly ok: true;
      readonly value: CriteriaSetJson;
      readonly warnings: readonly Issue[];
      readonly report: CriteriaReadingReport;
    }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly report?: CriteriaReadingReport };

type Field = keyof CriteriaColumns;
const FIELDS: readonly Field[] = ['number', 'title', 'max', 'rule', 'id', 'survey', 'evidence', 'note'];

interface Draft {
  readonly row: number;
  readonly id: string;
  readonly number: string;
  readonly depth: number;
  readonly title: string;
  readonly max: number | undefined;
  readonly parent: Draft | null;
  readonly children: Draft[];
  /** Scoring lines: [row, text]. */
  readonly lines: [number, string][];
  survey: boolean;
  readonly evidence: string[];
  readonly notes: string[];
}

const OPTION_KEYS: readonly string[] = ['columns', 'headerRow', 'set', 'unitOf'];

function unknownKeys(o: object, known: readonly string[], path: IssuePath, issues: Issue[]): void {
  for (const key of Object.keys(o))
    if (!known.includes(key))
      issues.push(
        mk([...path, key], 'unknown_field', `Tùy chọn "${key}" không được hỗ trợ`, `Unknown option "${key}"`),
      );
}

/**
 * Reads an annex table — the rows a CSV or spreadsheet reader gives —
 * into a criteria set that `loadCriteriaSet` accepts as it is:
 *
 * - **Numbering** "1 / 1.1 / 1.1.1" to any depth, or "I / 1 / a" (Roman,
 *   Arabic, letters; each style one level, in the order they first
 *   appear). Dotted numbers are the ids ("1.1.2"); others join their
 *   parent's ("I.1.a"). An area heading in capitals without a number is a
 *   top-level node ("I", "II", … by position).
 * - **Rules** from the `rule` column, or printed as rows under the leaf:
 *   a row without a number is a scoring line, its points in the max
 *   column ("- Ban hành kịp thời | 1" reads "Ban hành kịp thời: 1").
 *   Each leaf's text goes through {@link parseRule}; what it cannot read
 *   is left `manual` and listed in the report with its row and reason.
 * - **Survey**: a non-empty cell in the `survey` column, or a title or rule
 *   that says "điều tra xã hội học", makes the leaf `source: "survey"`.
 * - **Maxima**: a parent's max is checked against its children's sum
 *   (`max_not_sum`); a parent without one takes the sum; a "Tổng cộng"
 *   row is checked against the whole.
 * - **Nothing is dropped**: evidence and notes go to their fields, other
 *   columns to the note as "Header: text", rule text on a parent to its
 *   note (with a warning), rows before the first item to the warnings.
 *
 * Never throws; rows before `headerRow` are skipped (title lines).
 *
 * @example
 * ```ts
 * import { criteriaFromRows, loadCriteriaSet } from 'cchc';
 * const rows = [
 *   ['STT', 'Tiêu chí', 'Điểm tối đa'],
 *   ['1', 'Kế hoạch CCHC năm', '3'],
 *   ['1.1', 'Ban hành kế hoạch CCHC năm', '1'],
 *   ['', 'Ban hành kịp thời', '1'],
 *   ['', 'Ban hành không kịp thời', '0,5'],
 *   ['', 'Không ban hành', '0'],
 *   ['1.2', 'Mức độ thực hiện kế hoạch CCHC', '2'],
 *   ['', 'Thực hiện trên 90% kế hoạch', '2'],
 *   ['', 'Thực hiện từ 70% - 90% kế hoạch', '1'],
 *   ['', 'Dưới 70% kế hoạch', '0'],
 * ];
 * const r = criteriaFromRows(rows, {
 *   columns: { number: 'STT', title: 'Tiêu chí', max: 'Điểm tối đa' },
 *   set: { id: 'vi-du', title: 'Ví dụ' },
 * });
 * if (r.ok) {
 *   r.value.nodes[0]?.children?.[1]?.rule; // { kind: 'tiers', tiers: [{ above: 90, points: 2 }, { min: 70, points: 1 }] }
 *   loadCriteriaSet(r.value).ok; // true
 * }
 * ```
 */
export function criteriaFromRows(
  rows: readonly (readonly unknown[])[],
  options: CriteriaFromRowsOptions,
): CriteriaFromRowsResult {
  const warnings: Issue[] = [];
  // A plain copy of the options: nothing below reads the caller's objects again.
  const copy = copyInput(options);
  const issues: Issue[] = [...copy.issues];
  let table: string[][];
  try {
    table = Array.isArray(rows) ? rows.map(cellsOf) : [];
  } catch {
    // Only hostile rows get here (a Proxy or a getter that throws).
    table = [];
    issues.push(inputIssues.unreadable(['rows']));
  }
  const opts = (
    copy.value !== null && typeof copy.value === 'object' ? copy.value : {}
  ) as Partial<CriteriaFromRowsOptions>;
  const columns = (opts.columns ?? {}) as Partial<CriteriaColumns>;
  // A misspelt option or column ("rul", "headerrow") was ignored: the rule column was read as none.
  unknownKeys(opts, OPTION_KEYS, [], issues);
  if (typeof columns === 'object' && columns !== null) unknownKeys(columns, FIELDS, ['columns'], issues);
  if (opts.headerRow !== undefined && !(Number.isInteger(opts.headerRow) && opts.headerRow >= 0))
    issues.push(
      mk(
        ['headerRow'],
        'invalid_value',
        'headerRow phải là số nguyên ≥ 0',
        'headerRow must be an integer ≥ 0',
      ),
    );
  const width = table.reduce((w, r) => Math.max(w, r.length), 0);
  let headerRow =
    typeof opts.headerRow === 'number' && Number.isInteger(opts.headerRow) ? opts.headerRow : undefined;
  const titleRef = columns.title;
  if (headerRow === undefined && typeof titleRef === 'string') {
    const found = table.findIndex((r) => findColumn(titleRef, r, width) !== null);
    if (found >= 0) headerRow = found;
  }
  const header = headerRow === undefined ? undefined : table[headerRow];
  const col: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    const ref = columns[field];
    if (ref === undefined) {
      if (field === 'number' || field === 'title' || field === 'max')
        issues.push(msg.unknownColumn(['columns', field], `(${field})`));
      continue;
    }
    const index = findColumn(ref, header, width);
    if (index === null) issues.push(msg.unknownColumn(['columns', field], shownValue(ref)));
    else col[field] = index;
  }
  if (issues.length > 0) return deepFreeze({ ok: false as const, issues });
  const mapped = new Set(Object.values(col));
  const labelOf = (c: number): string => {
    const h = header?.[c]?.replace(/\s+/gu, ' ').trim();
    return h === undefined || h === '' ? `Cột ${c + 1}` : h;
  };
  const get = (cells: readonly string[], f: Field): string => {
    const c = col[f];
    return c === undefined ? '' : (cells[c] ?? '');
  };
  const unitOf =
    typeof opts.unitOf === 'string' && opts.unitOf.trim() !== '' ? opts.unitOf.trim() : undefined;

  const drafts: Draft[] = [];
  const roots: Draft[] = [];
  const stack: Draft[] = [];
  const styles = new Map<string, number>();
  const ids = new Map<string, number>();
  let headings = 0;
  let current: Draft | null = null;
  let totalRow: { row: number; max: number } | null = null;
  const first = headerRow === undefined ? 0 : headerRow + 1;
  let rowsRead = 0;
  const outside: { row: number; text: string }[] = [];

  const extrasOf = (cells: readonly string[]): string[] => {
    const out: string[] = [];
    cells.forEach((c, k) => {
      if (c !== '' && !mapped.has(k)) out.push(`${labelOf(k)}: ${c}`);
    });
    return out;
  };
  const addNode = (
    r: number,
    cells: readonly string[],
    number: string,
    style: string,
    dotted: boolean,
    title: string,
  ): void => {
    let depth = styles.get(style);
    if (depth === undefined) {
      depth = styles.size;
      styles.set(style, depth);
    }
    stack.length = Math.min(stack.length, depth);
    let parent: Draft | null = null;
    for (let d = Math.min(depth, stack.length) - 1; d >= 0; d--) {
      if (stack[d] !== undefined) {
        parent = stack[d] as Draft;
        break;
      }
    }
    const own = get(cells, 'id');
    const id = own !== '' ? own : dotted || parent === null ? number : `${parent.id}.${number}`;
    const maxText = get(cells, 'max');
    let max: number | undefined;
    if (maxText !== '') {
      const p = pointsCell(maxText);
      if (p === null) issues.push(msg.invalidMax(['rows', r, col.max as number], maxText));
      else max = p;
    }
    if (title === '') issues.push(msg.missingTitle(['rows', r, col.title as number], id));
    const d: Draft = {
      row: r,
      id,
      number,
      depth,
      title,
      max,
      parent,
      children: [],
      lines: [],
      survey: get(cells, 'survey') !== '',
      evidence: splitLines(get(cells, 'evidence')),
      notes: [],
    };
    const note = get(cells, 'note');
    if (note !== '') d.notes.push(note);
    for (const x of extrasOf(cells)) d.notes.push(x);
    const rule = get(cells, 'rule');
    if (rule !== '') d.lines.push([r, rule]);
    const before = ids.get(id);
    if (before !== undefined) issues.push(msg.duplicateId(['rows', r, col.number as number], id));
    else ids.set(id, r);
    if (parent === null) roots.push(d);
    else parent.children.push(d);
    stack[depth] = d;
    drafts.push(d);
    current = d;
  };

  for (let r = first; r < table.length; r++) {
    const cells = table[r] ?? [];
    if (cells.every((c) => c === '')) continue;
    rowsRead++;
    const numCell = get(cells, 'number');
    let title = get(cells, 'title');
    let number = numCell === '' ? null : readItemNumber(numCell);
    if (numCell === '' && title !== '') {
      const lead = leadingNumber(title);
      if (lead !== null) {
        number = lead.number;
        title = lead.rest;
      }
    }
    const key = headerKey(numCell === '' ? title : numCell);
    if (key === 'tong' || key === 'tong cong' || key === 'tong so' || key === 'cong' || key === 'tong diem') {
      const p = pointsCell(get(cells, 'max'));
      if (p !== null) totalRow = { row: r, max: p };
      continue;
    }
    if (number !== null) {
      addNode(r, cells, number.core, number.style, number.dotted, title);
      continue;
    }
    if (numCell !== '') warnings.push(msg.numberNotRead(['rows', r, col.number as number], numCell));
    // An area heading in capitals, without a number.
    const ruleCell = get(cells, 'rule');
    if (numCell === '' && isCapitals(title) && ruleCell === '') {
      headings++;
      // Headings sit above every numbered style: the styles seen so far move one level down.
      if (!styles.has('heading')) {
        const shifted = [...styles];
        styles.clear();
        styles.set('heading', 0);
        for (const [s, dd] of shifted) styles.set(s, dd + 1);
      }
      addNode(r, cells, roman(headings), 'heading', false, title);
      continue;
    }
    // A scoring line under the item above: its text, its points in the max column.
    const text = [title, ruleCell].filter((x) => x !== '').join(' ');
    const points = get(cells, 'max');
    const line = points === '' ? text : text === '' ? points : `${text}: ${points}`;
    const node = current as Draft | null;
    if (node === null) {
      const all = cells.filter((c) => c !== '').join(' | ');
      outside.push({ row: r, text: all });
      warnings.push(msg.rowOutsideNode(['rows', r], all));
      continue;
    }
    if (line !== '') node.lines.push([r, line]);
    if (get(cells, 'survey') !== '') node.survey = true;
    for (const x of splitLines(get(cells, 'evidence'))) node.evidence.push(x);
    const note = get(cells, 'note');
    if (note !== '') node.notes.push(note);
    for (const x of extrasOf(cells)) node.notes.push(x);
  }
  if (drafts.length === 0) issues.push(msg.noNodes(['rows']));

  // Leaves: read their rules; parents: check their maxima.
  const readings: LeafReading[] = [];
  const jsonOf = new Map<Draft, CriterionNode>();
  const maxOf = new Map<Draft, number>();
  // Post-order without recursion: children before their parent.
  const order: Draft[] = [];
  // Pre-order taking the last child first, reversed: children before parents, siblings in order.
  const todo: Draft[] = [...roots];
  const visit: Draft[] = [];
  while (todo.length > 0) {
    const d = todo.pop() as Draft;
    visit.push(d);
    for (const c of d.children) todo.push(c);
  }
  for (let i = visit.length - 1; i >= 0; i--) order.push(visit[i] as Draft);
  for (const d of order) {
    const node: Record<string, unknown> = { id: d.id, title: d.title };
    const maxPath: IssuePath = ['rows', d.row, col.max as number];
    if (d.children.length > 0) {
      let sum = 0;
      let known = true;
      for (const c of d.children) {
        const m = maxOf.get(c);
        if (m === undefined) known = false;
        else sum += m;
      }
      if (d.max !== undefined && known && d.max !== sum)
        issues.push(msg.maxNotSum(maxPath, d.id, formatThousandths(d.max), formatThousandths(sum)));
      const max = d.max ?? (known ? sum : undefined);
      if (max !== undefined) maxOf.set(d, max);
      node['max'] = toPoints(max ?? 0);
      if (d.survey) node['source'] = 'survey';
      node['children'] = d.children.map((c) => jsonOf.get(c));
      if (d.lines.length > 0) {
        warnings.push(msg.ruleTextOnParent(['rows', (d.lines[0] as [number, string])[0]], d.id));
        for (const x of d.lines.map(([, t]) => t)) d.notes.push(x);
      }
    } else {
      if (d.max === undefined) {
        issues.push(msg.missingMax(maxPath, d.id));
        node['max'] = 0;
      } else {
        maxOf.set(d, d.max);
        node['max'] = toPoints(d.max);
      }
      const text = d.lines.map(([, t]) => t).join('\n');
      const firstLine = d.lines[0];
      const rulePath: IssuePath =
        firstLine === undefined
          ? ['rows', d.row]
          : [
              'rows',
              firstLine[0],
              firstLine[0] === d.row && col.rule !== undefined ? col.rule : (col.title as number),
            ];
      const parsed = readRule(d.max === undefined ? '' : text, d.max ?? 0, unitOf, rulePath);
      let rule: Rule = { kind: 'manual' };
      let survey = d.survey || saysSurvey(d.title);
      if (parsed.ok) {
        rule = parsed.value;
        survey = survey || parsed.survey;
        for (const x of parsed.warnings) warnings.push(x);
      } else if (d.max !== undefined) for (const x of parsed.issues) issues.push(x);
      const why = parsed.ok
        ? parsed.warnings.find(
            (w) => w.code === 'rule_unread' || w.code === 'rule_manual' || w.code === 'rule_missing',
          )
        : undefined;
      const reading: LeafReading =
        rule.kind === 'manual' && why !== undefined
          ? {
              id: d.id,
              row: d.row,
              kind: rule.kind,
              text,
              survey,
              reason: why.message,
              reasonEn: why.messageEn,
            }
          : { id: d.id, row: d.row, kind: rule.kind, text, survey };
      readings.push(reading);
      if (survey) node['source'] = 'survey';
      node['rule'] = rule;
    }
    if (d.evidence.length > 0) node['evidence'] = { required: true, items: d.evidence };
    if (d.notes.length > 0) node['note'] = d.notes.join('\n');
    jsonOf.set(d, node as unknown as CriterionNode);
  }
  if (totalRow !== null) {
    let sum = 0;
    for (const root of roots) sum += maxOf.get(root) ?? 0;
    if (sum !== totalRow.max)
      issues.push(
        msg.maxNotSum(
          ['rows', totalRow.row, col.max as number],
          'Tổng cộng',
          formatThousandths(totalRow.max),
          formatThousandths(sum),
        ),
      );
  }
  // Leaves in document order for the report.
  const byId = new Map(readings.map((x) => [x.id, x]));
  const leafReadings = drafts
    .filter((d) => d.children.length === 0)
    .map((d) => byId.get(d.id) as LeafReading);
  const report: CriteriaReadingReport = {
    rows: rowsRead,
    nodes: drafts.length,
    leaves: leafReadings.length,
    read: leafReadings.filter((x) => x.kind !== 'manual').length,
    leafReadings,
    unread: leafReadings.filter((x) => x.kind === 'manual'),
    outside,
  };
  if (issues.length > 0) return deepFreeze({ ok: false as const, issues, report });

  const meta = (opts.set ?? {}) as Record<string, unknown>; // NFC already: a copy
  const set: Record<string, unknown> = { schemaVersion: 1 };
  for (const [k, v] of Object.entries(meta)) if (k !== 'schemaVersion' && k !== 'nodes') set[k] = v;
  set['nodes'] = roots.map((d) => jsonOf.get(d));
  const json = set as unknown as CriteriaSetJson;
  // The set must load as it is: whatever the loader still finds (the set's own fields) is an issue here.
  const loaded = loadCriteriaSet(json);
  if (!loaded.ok) return deepFreeze({ ok: false as const, issues: loaded.issues, report });
  return deepFreeze({ ok: true as const, value: json, warnings, report });
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text
    .split(/\r?\n|;/u)
    .map((s) => s.replace(/^[-+•*]\s*/u, '').trim())
    .filter((s) => s !== '');
}

function saysSurvey(title: string): boolean {
  const k = ` ${foldKey(title)} `;
  return k.includes(' dieu tra xa hoi hoc ') || k.includes(' dtxhh ') || k.includes(' dieu tra xhh ');
}
