/**
 * Building plan JSON from the rows of an appendix table (Phụ lục nhiệm vụ).
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { Issue } from '../../core/result.js';
import { agencyNameKey, foldVietnamese } from '../agencies/nameKey.js';
import { createAgencyRegistry, findAgency } from '../agencies/registry.js';
import { resolveAgencies } from '../agencies/resolve.js';
import { msg } from '../messages.js';
import type { AgencyJson, BudgetJson, ClassJson, GroupJson, PlanJson, ReportingJson, TargetJson, TaskJson } from '../schema.js';
import { parseTargets } from '../targets/index.js';
import { readItemNumber, type ItemNumber } from './itemNumber.js';
import { reformAreaOf } from './reformArea.js';

/**
 * A column: its 0-based index, or its header text (matched without regard to
 * case, diacritics or spacing; a header that contains the text also matches).
 *
 * @example
 * ```ts
 * import type { ColumnRef } from 'cchc';
 * const lead: ColumnRef = 'Cơ quan chủ trì';
 * const deadline: ColumnRef = 4;
 * ```
 */
export type ColumnRef = number | string;

/**
 * The columns of an appendix table. Only `content` is required.
 *
 * @example
 * ```ts
 * import type { PlanColumns } from 'cchc';
 * const columns: PlanColumns = { number: 'TT', content: 'Nội dung', lead: 'Chủ trì', support: 'Phối hợp', deadline: 'Thời gian' };
 * ```
 */
export interface PlanColumns {
  /** Item number ("1.", "a)", "I"); without it, a number at the start of the content is used. */
  readonly number?: ColumnRef;
  /** A column holding group titles beside the first task of each group ("Nhiệm vụ chung"). */
  readonly group?: ColumnRef;
  /** The task text (nội dung, nhiệm vụ cụ thể). */
  readonly content: ColumnRef;
  /** Products (sản phẩm, kết quả đầu ra). */
  readonly product?: ColumnRef;
  /** Lead agencies (cơ quan chủ trì). */
  readonly lead?: ColumnRef;
  /** Supporting agencies (cơ quan phối hợp). */
  readonly support?: ColumnRef;
  /** Deadline (thời gian hoàn thành, lộ trình). */
  readonly deadline?: ColumnRef;
  /** Estimated budget (kinh phí dự kiến). */
  readonly budget?: ColumnRef;
  /** Funding source (nguồn kinh phí): "NS tỉnh". */
  readonly source?: ColumnRef;
  /** Notes (ghi chú); a note that names a budget source ("NS tỉnh") goes to the budget. */
  readonly note?: ColumnRef;
}

/**
 * Options of {@link planFromRows}.
 *
 * @example
 * ```ts
 * import type { PlanFromRowsOptions } from 'cchc';
 * const options: PlanFromRowsOptions = {
 *   columns: { content: 'Nhiệm vụ cụ thể', group: 'Nhiệm vụ chung', lead: 'Cơ quan chủ trì', support: 'Cơ quan phối hợp', deadline: 'Thời gian hoàn thành' },
 *   headerRow: 0,
 *   plan: { id: 'vinh-long-2018', title: 'Kế hoạch CCHC năm 2018', year: 2018 },
 *   agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
 * };
 * ```
 */
export interface PlanFromRowsOptions {
  readonly columns: PlanColumns;
  /** Index of the header row; rows before it are skipped. Found from the column names when left out. */
  readonly headerRow?: number;
  /** The plan's own fields. */
  readonly plan: {
    readonly id: string;
    readonly title: string;
    readonly issuer?: string;
    readonly document?: { readonly number: string; readonly date?: string };
    readonly year?: number;
    readonly period?: { readonly from: number; readonly to: number };
  };
  /** The registry agencies are matched against (kept in the result). */
  readonly agencies?: readonly AgencyJson[];
  readonly classes?: readonly ClassJson[];
  /** Names not in the registry: `'create'` (default) adds an agency with a warning; `'issue'` makes them errors. */
  readonly unknownAgencies?: 'create' | 'issue';
  /** The plan's year when `plan` gives neither `year` nor `period`. */
  readonly year?: number;
  /** Target statements and reporting duties to carry into the plan as they are. */
  readonly targets?: readonly TargetJson[];
  readonly reporting?: readonly ReportingJson[];
}

/**
 * What {@link planFromRows} returns: a `Result<PlanJson>` whose success also
 * carries `warnings` (agencies created, group-row text kept in a title).
 *
 * @example
 * ```ts
 * import { planFromRows, type PlanFromRowsResult } from 'cchc';
 * declare const r: PlanFromRowsResult;
 * if (r.ok) console.log(r.value.groups.length, r.warnings.length);
 * ```
 */
export type PlanFromRowsResult =
  | { readonly ok: true; readonly value: PlanJson; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Field = keyof PlanColumns;
const FIELDS: readonly Field[] = ['number', 'group', 'content', 'product', 'lead', 'support', 'deadline', 'budget', 'source', 'note'];

interface DraftTask {
  readonly row: number;
  readonly number: ItemNumber | null;
  content: string;
  product: string;
  lead: string;
  support: string;
  deadline: string;
  budget: string;
  source: string;
  note: string;
  /** Unmapped columns: header (or "Cột n") → text. */
  readonly extra: Map<number, string>;
}

interface DraftGroup {
  readonly row: number;
  readonly number: ItemNumber | null;
  title: string;
  readonly parent: DraftGroup | null;
  readonly tasks: DraftTask[];
}

function fold(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Removes the inline markup an HTML export leaves ("<b>2.</b>"); the text is kept. */
function stripMarkup(cell: string): string {
  return cell.includes('<') ? cell.replace(/<\/?(?:b|strong|i|em|u|br\s*\/?)>/giu, '').trim() : cell;
}

function cellsOf(row: readonly string[]): string[] {
  return row.map((c: unknown) =>
    typeof c === 'string' ? c.normalize('NFC').trim() : typeof c === 'number' || typeof c === 'boolean' || typeof c === 'bigint' ? String(c) : '',
  );
}

function findColumn(ref: ColumnRef, header: readonly string[] | undefined, width: number): number | null {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < Math.max(width, 1) ? ref : null;
  if (header === undefined) return null;
  const want = fold(ref);
  if (want === '') return null;
  const exact = header.findIndex((h) => fold(h) === want);
  if (exact >= 0) return exact;
  const partial = header.findIndex((h) => fold(h).includes(want));
  return partial >= 0 ? partial : null;
}

function joinText(a: string, b: string, sep: string): string {
  if (b === '') return a;
  if (a === '') return b;
  return a + sep + b;
}

/** Content lines join with a line break before a bullet or after a colon, else a space (a word split over rows). */
function joinContent(a: string, b: string): string {
  return joinText(a, b, /^[-+•*]/u.test(b) || /[:;.]$/u.test(a) ? '\n' : ' ');
}

function slug(name: string): string {
  const s = foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'co-quan' : s.slice(0, 60).replace(/-+$/, '');
}

function yearOfTitle(title: string): number | undefined {
  const m = /^(?:nhiem vu )?nam (\d{4})$/.exec(fold(title));
  return m === null ? undefined : Number(m[1]);
}

function isUpperTitle(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * Builds plan JSON from the rows of an appendix table, as a CSV or
 * spreadsheet reader gives them (arrays of cell strings).
 *
 * - **Group rows**: a row with no lead, support, deadline, product or budget
 *   whose number is Roman ("I.", "II") or a capital letter ("A."), or is in
 *   bold ("<b>2.</b> Cải cách thể chế"), or whose text is a year ("NĂM 2016")
 *   or all capitals. A `group` column starts a group on the row of its first
 *   task. An Arabic-numbered row without those cells followed by lettered
 *   items ("1. …" then "a) …") is a sub-group (id "I.1").
 * - **Year groups** ("I. NĂM 2016") set the group's `year`, the context year
 *   of its deadlines; the **area** comes from the title ({@link reformAreaOf}).
 * - **Continuation rows**: a row with no number and no deadline (or whose
 *   text starts in lower case, as when a PDF splits a cell) continues the
 *   previous task: each cell is appended to the same cell of that task.
 * - **Numbers** ("1.", "a)", "đ)", Vietnamese letter order) are kept in
 *   `number`; task ids are `<group id>.<number>` ("I.1", "I.1.a"), or the
 *   position in the group when a number is missing or repeated.
 * - **Agencies** are read with {@link resolveAgencies} against `agencies` and
 *   `classes`; names not found become new agencies (with a warning) or
 *   errors (`unknownAgencies: 'issue'`); generic phrases ("các cơ quan có
 *   liên quan") are kept in the task's note.
 * - Nothing is dropped: unmapped columns go to the note as "Header: text",
 *   products are split on line breaks and bullets, lines of the content that
 *   state a target (a bullet line with a target, or any line with a
 *   percentage target) go to `targets` too (the title keeps them), and text
 *   on a group row beyond its title is appended to the title with a warning.
 *
 * Rows before `headerRow` are skipped (title lines). Cells are trimmed and
 * normalised to NFC; numbers (as spreadsheet readers give them) are kept as
 * text. Never throws.
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
 * if (r.ok) loadPlan(r.value);
 * ```
 */
export function planFromRows(rows: readonly (readonly string[])[], options: PlanFromRowsOptions): PlanFromRowsResult {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const table = rows.map((r) => cellsOf(Array.isArray(r) ? r : []));
  const width = table.reduce((w, r) => Math.max(w, r.length), 0);

  // 1. The header row and the columns.
  let headerRow = options.headerRow;
  if (headerRow === undefined && typeof options.columns.content === 'string') {
    const want = options.columns.content;
    const found = table.findIndex((r) => findColumn(want, r, width) !== null);
    if (found >= 0) headerRow = found;
  }
  const header = headerRow === undefined ? undefined : table[headerRow];
  const col: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    const ref = options.columns[field];
    if (ref === undefined) continue;
    const index = findColumn(ref, header, width);
    if (index === null) issues.push(msg.unknownColumn(['columns', field], ref));
    else col[field] = index;
  }
  if (issues.length > 0) return deepFreeze({ ok: false as const, issues });
  const mapped = new Set(Object.values(col));
  const labelOf = (c: number): string => {
    const h = header?.[c]?.replace(/\s+/g, ' ').trim();
    return h === undefined || h === '' ? `Cột ${c + 1}` : h;
  };
  const get = (cells: readonly string[], field: Field): string => {
    const c = col[field];
    return c === undefined ? '' : stripMarkup(cells[c] ?? '');
  };

  // 2. Rows into draft groups and tasks.
  const groups: DraftGroup[] = [];
  let group: DraftGroup | null = null;
  let task: DraftTask | null = null;
  const first = headerRow === undefined ? 0 : headerRow + 1;
  const numberOf = (cells: readonly string[]): { num: ItemNumber | null; fromContent: boolean } => {
    const own = col.number === undefined ? '' : (cells[col.number] ?? '');
    if (own !== '') return { num: readItemNumber(own, true) ?? readItemNumber(own), fromContent: false };
    return { num: col.content === undefined ? null : readItemNumber(cells[col.content] ?? ''), fromContent: true };
  };
  const nextNumbered = (from: number): ItemNumber | null => {
    for (let k = from; k < table.length; k++) {
      const cells = table[k] ?? [];
      if (cells.every((c) => c === '')) continue;
      const { num } = numberOf(cells);
      if (num !== null) return num;
    }
    return null;
  };
  const startGroup = (row: number, num: ItemNumber | null, title: string, parent: DraftGroup | null): DraftGroup => {
    const g: DraftGroup = { row, number: num, title, parent, tasks: [] };
    groups.push(g);
    task = null;
    return g;
  };

  for (let r = first; r < table.length; r++) {
    const cells = table[r] ?? [];
    if (cells.every((c) => c === '')) continue;
    const assignCells = ['lead', 'support', 'deadline', 'product', 'budget'].some((f) => get(cells, f as Field) !== '');
    const groupCell = get(cells, 'group');
    if (groupCell !== '') {
      const gnum = readItemNumber(groupCell);
      group = startGroup(r, gnum, gnum === null ? groupCell : gnum.rest, null);
    }
    const { num, fromContent } = numberOf(cells);
    const content = fromContent && num !== null ? num.rest : get(cells, 'content');
    if (groupCell !== '' && content === '' && num === null && !assignCells) continue;

    // A group header row?
    if (groupCell === '' && !assignCells) {
      const isYear = yearOfTitle(content) !== undefined;
      const headerLike =
        (num !== null && (num.kind === 'roman' || num.kind === 'upper' || num.bold)) ||
        (num === null && (isYear || isUpperTitle(content)) && task === null) ||
        (num === null && isYear);
      const subHeader = num !== null && num.kind === 'arabic' && nextNumbered(r + 1)?.kind === 'letter';
      if (headerLike || subHeader) {
        const parent = subHeader && !headerLike ? (group?.parent ?? group) : null;
        const g = startGroup(r, num, content, parent);
        group = g;
        cells.forEach((c, k) => {
          if (c !== '' && k !== col.content && k !== col.number) {
            g.title = joinText(g.title, stripMarkup(c), ' ');
            warnings.push(msg.groupCellKept(['rows', r, k], c));
          }
        });
        continue;
      }
    }
    if (content === '' && !assignCells && num === null && task === null) {
      // Text only in unmapped or note columns before any task: keep it on the group title.
      if (group !== null) {
        const g: DraftGroup = group;
        cells.forEach((c, k) => {
          if (c !== '') {
            g.title = joinText(g.title, stripMarkup(c), ' ');
            warnings.push(msg.groupCellKept(['rows', r, k], c));
          }
        });
        continue;
      }
    }

    // A continuation row?
    const deadlineCell = get(cells, 'deadline');
    const current: DraftTask | null = task;
    const continues =
      current !== null && num === null && groupCell === '' && (deadlineCell === '' || content === '' || /^\p{Ll}/u.test(content));
    if (current !== null && continues) {
      current.content = joinContent(current.content, content);
      current.product = joinText(current.product, get(cells, 'product'), '\n');
      current.lead = joinText(current.lead, get(cells, 'lead'), '\n');
      current.support = joinText(current.support, get(cells, 'support'), '\n');
      current.deadline = joinText(current.deadline, deadlineCell, ' ');
      current.budget = joinText(current.budget, get(cells, 'budget'), ' ');
      current.source = joinText(current.source, get(cells, 'source'), ' ');
      current.note = joinText(current.note, get(cells, 'note'), '\n');
      cells.forEach((c, k) => {
        if (c !== '' && !mapped.has(k)) current.extra.set(k, joinText(current.extra.get(k) ?? '', stripMarkup(c), ' '));
      });
      continue;
    }

    // A task row. A numbered Arabic task after a sub-group's lettered items returns to the parent group.
    if (group === null) group = startGroup(r, null, options.plan.title, null);
    if (num !== null && num.kind === 'arabic' && group.parent !== null && group.number?.kind === 'arabic') group = group.parent;
    const t: DraftTask = {
      row: r,
      number: num,
      content,
      product: get(cells, 'product'),
      lead: get(cells, 'lead'),
      support: get(cells, 'support'),
      deadline: deadlineCell,
      budget: get(cells, 'budget'),
      source: get(cells, 'source'),
      note: get(cells, 'note'),
      extra: new Map(),
    };
    cells.forEach((c, k) => {
      if (c !== '' && !mapped.has(k)) t.extra.set(k, stripMarkup(c));
    });
    group.tasks.push(t);
    task = t;
  }

  // 3. Agencies.
  const agencies: AgencyJson[] = [...(options.agencies ?? [])];
  const classes: ClassJson[] = [...(options.classes ?? [])];
  const registry = createAgencyRegistry(agencies, classes);
  const usedIds = new Set<string>([...agencies.map((a) => a.id), ...classes.map((c) => c.id)]);
  const created = new Map<string, string>();
  const mode = options.unknownAgencies ?? 'create';
  const resolve = (text: string, path: (string | number)[]): { ids: string[]; generic: string[] } => {
    if (text === '') return { ids: [], generic: [] };
    const res = resolveAgencies(text, registry);
    const ids = [...res.ids];
    for (const name of res.unmatched) {
      const clean = name.replace(/[.;,:]+$/u, '').trim();
      const key = agencyNameKey(clean);
      const known = created.get(key) ?? findAgency(clean, registry);
      if (known !== undefined) {
        if (!ids.includes(known)) ids.push(known);
      } else if (mode === 'issue') {
        issues.push(msg.unknownAgencyName(path, clean));
      } else {
        let id = slug(clean);
        for (let n = 2; usedIds.has(id); n++) id = `${slug(clean)}-${n}`;
        usedIds.add(id);
        created.set(key, id);
        agencies.push({ id, name: clean });
        warnings.push(msg.agencyCreated(path, clean, id));
        ids.push(id);
      }
    }
    return { ids, generic: [...res.generic] };
  };

  // 4. Draft groups and tasks into JSON.
  const groupIds = new Set<string>();
  const outGroups: GroupJson[] = [];
  const taskIds = new Set<string>();
  let tasksSeen = 0;
  groups.forEach((g, gi) => {
    let gid = g.parent !== null && g.number !== null ? `${idOf(g.parent, outGroups, groups)}.${g.number.core}` : (g.number?.core ?? `G${gi + 1}`);
    for (let n = 2; groupIds.has(gid); n++) gid = `${g.number?.core ?? 'G'}-${n}`;
    groupIds.add(gid);
    const title = g.title.trim() === '' ? (g.number?.written ?? gid) : g.title.trim();
    const json: { -readonly [K in keyof GroupJson]: GroupJson[K] } = { id: gid, title, tasks: [] };
    const area = reformAreaOf(title) ?? (g.parent === null ? undefined : reformAreaOf(g.parent.title));
    if (area !== undefined) json.area = area;
    const year = yearOfTitle(title) ?? (g.parent === null ? undefined : yearOfTitle(g.parent.title));
    if (year !== undefined) json.year = year;
    g.tasks.forEach((t, ti) => {
      tasksSeen++;
      let tid = t.number === null ? `${gid}.${ti + 1}` : `${gid}.${t.number.core}`;
      if (taskIds.has(tid)) tid = `${gid}.${ti + 1}`;
      for (let n = 2; taskIds.has(tid); n++) tid = `${gid}.${ti + 1}-${n}`;
      taskIds.add(tid);
      const lead = resolve(t.lead, ['rows', t.row, col.lead ?? 0]);
      const support = resolve(t.support, ['rows', t.row, col.support ?? 0]);
      const noteLines: string[] = [];
      let source = t.source;
      if (t.note !== '') {
        if (source === '' && /^(?:ns|ngan sach)\b/.test(fold(t.note))) source = t.note;
        else noteLines.push(t.note);
      }
      if (lead.generic.length > 0) noteLines.push(`Chủ trì: ${lead.generic.join('; ')}`);
      if (support.generic.length > 0) noteLines.push(`Phối hợp: ${support.generic.join('; ')}`);
      for (const [k, text] of t.extra) noteLines.push(`${labelOf(k)}: ${text}`);
      const title = t.content.trim() === '' ? (t.number?.written ?? tid) : t.content.trim();
      const task: { -readonly [K in keyof TaskJson]: TaskJson[K] } = { id: tid, title, lead: lead.ids, deadline: t.deadline };
      if (t.number !== null) task.number = t.number.written;
      if (support.ids.length > 0) task.support = support.ids;
      const products = t.product
        .split(/\n|;\s*(?=[-+•])/u)
        .map((p) => p.replace(/^[-+•*]\s*/u, '').trim())
        .filter((p) => p !== '');
      if (products.length > 0) task.products = products;
      if (t.budget !== '' || source !== '') {
        const budget: BudgetJson = source === '' ? t.budget : { text: t.budget, source };
        task.budget = budget;
      }
      if (noteLines.length > 0) task.note = noteLines.join('\n');
      const targets = title
        .split('\n')
        .map((line) => ({ bullet: /^\s*[-+•*]/u.test(line), line: line.replace(/^\s*[-+•*]\s*/u, '').trim() }))
        .filter(({ bullet, line }) => {
          const found = line === '' ? [] : parseTargets(line);
          return found.length > 0 && (bullet || found.some((x) => x.unit === '%'));
        })
        .map(({ line }) => line);
      if (targets.length > 0) task.targets = targets;
      json.tasks.push(task);
    });
    outGroups.push(json);
  });
  if (tasksSeen === 0) issues.push(msg.noTasks(['rows']));
  if (issues.length > 0) return deepFreeze({ ok: false as const, issues });

  // 5. The plan.
  const p = options.plan;
  const plan: { -readonly [K in keyof PlanJson]: PlanJson[K] } = { schemaVersion: 1, id: p.id.normalize('NFC'), title: p.title.normalize('NFC'), agencies, classes, groups: outGroups };
  if (p.issuer !== undefined) plan.issuer = p.issuer.normalize('NFC');
  if (p.document !== undefined) {
    plan.document = p.document.date === undefined ? { number: p.document.number } : { number: p.document.number, date: p.document.date };
  }
  const year = p.year ?? (p.period === undefined ? options.year : undefined);
  if (year !== undefined) plan.year = year;
  if (p.period !== undefined) plan.period = { from: p.period.from, to: p.period.to };
  if (options.targets !== undefined && options.targets.length > 0) plan.targets = [...options.targets];
  if (options.reporting !== undefined && options.reporting.length > 0) plan.reporting = [...options.reporting];
  return deepFreeze({ ok: true as const, value: plan, warnings });
}

/** The id given to a draft group already written (its parent comes first). */
function idOf(g: DraftGroup, out: readonly GroupJson[], all: readonly DraftGroup[]): string {
  const index = all.indexOf(g);
  return out[index]?.id ?? g.number?.core ?? `G${index + 1}`;
}
