/**
 * Reading table rows into draft groups and tasks (cell texts as written):
 * the columns, the outline of headings and tasks, sub-tasks and
 * continuation rows.
 *
 * @internal
 * @module
 */
import type { Issue } from '../../core/result.js';
import {
  findColumn,
  fold,
  isUpperTitle,
  joinContent,
  joinText,
  startsLower,
  startsWithBullet,
  stripMarkup,
  wordCount,
  yearOfTitle,
} from './cells.js';
import { BULLET_RANK, HEADING_RANK, readItemNumber, type ItemNumber } from './itemNumber.js';
import { FIELDS, type Field, type PlanFromRowsOptions } from './options.js';
import { reformAreaOf } from './reformArea.js';
import { reasons, rowsMsg } from './messages.js';
import type { SkippedRow } from './report.js';

/** A task as read from its rows. @internal */
export interface DraftTask {
  readonly row: number;
  readonly number: ItemNumber | null;
  /** Its row starts with a bullet ("- …"). */
  readonly bullet: boolean;
  /** Its own row has cells beyond the content (lead, support, deadline, product, budget, source). */
  readonly assigned: boolean;
  /** The task it is a sub-task of (a lettered or bulleted row with its own cells under a task). */
  readonly parent: DraftTask | null;
  content: string;
  product: string;
  lead: string;
  support: string;
  deadline: string;
  budget: string;
  source: string;
  note: string;
  /** Unmapped columns: column index → text. */
  readonly extra: Map<number, string>;
}

/** A group as read from its header row (or made for tasks that have none). @internal */
export interface DraftGroup {
  readonly row: number;
  readonly number: ItemNumber | null;
  title: string;
  readonly parent: DraftGroup | null;
  readonly tasks: DraftTask[];
  /** The numbering style of its heading ("roman", "arabic1", "caps", "year"); null for a group column or the default group. */
  readonly style: string | null;
  /** Its outline rank (smaller is higher); -1 for a group column or the default group. */
  readonly rank: number;
  /** What marks its heading besides the number: bold, capitals, a reform area, written in the number column. */
  readonly marks: string;
  /** The numbering styles of its tasks. */
  readonly taskStyles: Set<string>;
  /** Made for a top-level numbered row with its own cells: the group and its one task are that row. */
  readonly single: boolean;
}

/** Where each field is, and how to read a row. @internal */
export interface Layout {
  readonly col: Partial<Readonly<Record<Field, number>>>;
  /** The header row, or null when the table has none. */
  readonly headerRow: number | null;
  /** The first row after the header. */
  readonly first: number;
  /** Column indexes some field maps. */
  readonly mapped: ReadonlySet<number>;
  /** The header text of a column, or "Cột n". */
  labelOf(c: number): string;
  /** A field's cell of a row, markup removed ('' when the field has no column). */
  get(cells: readonly string[], field: Field): string;
}

/** Finds the header row (when not given) and every column; issues name the columns not found. @internal */
export function tableLayout(
  table: readonly (readonly string[])[],
  options: PlanFromRowsOptions,
): Layout | Issue[] {
  let width = 0;
  for (const r of table) width = Math.max(width, r.length);
  let headerRow = options.headerRow;
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 0)) headerRow = undefined;
  if (headerRow === undefined) headerRow = findHeaderRow(table, options, width);
  let header = headerRow === undefined ? undefined : table[headerRow];
  let lines = 1;
  // A header of two lines: "Cơ quan thực hiện" merged over "Chủ trì" | "Phối hợp" on the line below.
  if (headerRow !== undefined && header !== undefined && !findsAll(options, header, width)) {
    const below = table[headerRow + 1];
    const content = findColumn(options.columns.content, header, width);
    if (
      below !== undefined &&
      content !== null &&
      ((below[content] ?? '') === '' || below[content] === header[content])
    ) {
      const both = Array.from({ length: width }, (_, c) => joinText(header?.[c] ?? '', below[c] ?? '', ' '));
      if (findsAll(options, both, width)) {
        header = both;
        lines = 2;
      }
    }
  }
  const col: Partial<Record<Field, number>> = {};
  const issues: Issue[] = [];
  for (const field of FIELDS) {
    const ref = options.columns[field];
    if (ref === undefined) continue;
    const index = findColumn(ref, header, width);
    if (index === null) issues.push(rowsMsg.unknownColumn(['columns', field], ref));
    else col[field] = index;
  }
  if (issues.length > 0) return issues;
  return {
    col,
    headerRow: headerRow ?? null,
    first: headerRow === undefined ? 0 : headerRow + lines,
    mapped: new Set(Object.values(col)),
    labelOf: (c) => {
      const h = header?.[c]?.replace(/\s+/g, ' ').trim();
      return h === undefined || h === '' ? `Cột ${c + 1}` : h;
    },
    get: (cells, field) => {
      const c = col[field];
      return c === undefined ? '' : stripMarkup(cells[c] ?? '');
    },
  };
}

/** Whether every column the options name is found in a header row. */
function findsAll(options: PlanFromRowsOptions, header: readonly string[], width: number): boolean {
  return FIELDS.every((f) => {
    const ref = options.columns[f];
    return ref === undefined || findColumn(ref, header, width) !== null;
  });
}

/** Rows looked at for the header row: title lines come first, a few at most. */
const HEADER_SEARCH = 100;

/**
 * The header row when the options do not give it: among the first rows, the
 * one where the most columns named by text are found (a title line that
 * happens to contain "Nội dung" names one column; the header names them
 * all), the first of equals; it must hold the content column.
 */
function findHeaderRow(
  table: readonly (readonly string[])[],
  options: PlanFromRowsOptions,
  width: number,
): number | undefined {
  const content = options.columns.content;
  if (typeof content !== 'string') return undefined;
  const named = FIELDS.map((f) => options.columns[f]).filter((ref): ref is string => typeof ref === 'string');
  let best: number | undefined;
  let bestScore = 0;
  for (let r = 0; r < Math.min(table.length, HEADER_SEARCH); r++) {
    const row = table[r] ?? [];
    if (findColumn(content, row, width) === null) continue;
    let score = 0;
    for (const ref of named) if (findColumn(ref, row, width) !== null) score++;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** The cells that assign or schedule a task (a row with none is a heading, an item or a paragraph). */
const ASSIGN_FIELDS: readonly Field[] = ['lead', 'support', 'deadline', 'product', 'budget', 'source'];

/** One non-empty row after the header, as read. */
interface Row {
  readonly r: number;
  readonly cells: readonly string[];
  readonly groupCell: string;
  readonly num: ItemNumber | null;
  /** The content, its number removed; text written in the number column comes first. */
  readonly content: string;
  readonly bullet: boolean;
  /** Some assigning cell is filled. */
  readonly assign: boolean;
  /** Every filled assigning cell starts in lower case: the rest of cells split over rows. */
  readonly assignLower: boolean;
  /** The text stands in the number column, the content column empty ("5. Xây dựng …"). */
  readonly inNumberColumn: boolean;
  /** The content cell is in bold ("<b>Cải cách thể chế</b>"). */
  readonly boldContent: boolean;
}

const BULLET_CELL = /^[-–—+•*]$/u;

/** A totals row's content, folded: "Tổng cộng …", "Tổng số …" (not "Tổng công ty"), "Cộng" alone or before a number. */
const TOTALS = /^(?:tong (?:cong(?! ty)|so)\b|cong(?: \d|$))/u;

function readRow(r: number, cells: readonly string[], layout: Layout): Row {
  const { col, get } = layout;
  let content = get(cells, 'content');
  let num: ItemNumber | null = null;
  let bullet = false;
  let inNumberColumn = false;
  const own = col.number === undefined ? '' : (cells[col.number] ?? '');
  if (own !== '') {
    num = readItemNumber(own, true) ?? readItemNumber(own);
    const text = num === null ? stripMarkup(own) : num.rest;
    // A merged cell the export repeated in the content column is said once.
    if (content === stripMarkup(own)) content = '';
    if (num === null && BULLET_CELL.test(text)) bullet = true;
    else if (text !== '') {
      inNumberColumn = content === '';
      content = joinText(text, content, ' ');
    }
  } else if (col.content !== undefined) {
    num = readItemNumber(cells[col.content] ?? '');
    if (num !== null) content = num.rest;
  }
  if (num === null && startsWithBullet(content)) bullet = true;
  let assign = false;
  let assignLower = true;
  for (const f of ASSIGN_FIELDS) {
    const v = get(cells, f);
    if (v === '') continue;
    assign = true;
    if (!startsLower(v)) assignLower = false;
  }
  return {
    r,
    cells,
    groupCell: get(cells, 'group'),
    num,
    content,
    bullet,
    assign,
    assignLower: assign && assignLower,
    inNumberColumn,
    boldContent: col.content !== undefined && /^\s*<(?:b|strong)>/iu.test(cells[col.content] ?? ''),
  };
}

/** A row that starts something: a group cell, a number, or a task of its own. */
function isStructural(row: Row): boolean {
  return (
    row.groupCell !== '' ||
    row.num !== null ||
    (row.assign && !row.assignLower && row.content !== '' && !startsLower(row.content))
  );
}

function rankOfTask(t: DraftTask): number {
  if (t.number !== null) return t.number.rank;
  return t.bullet ? BULLET_RANK : BULLET_RANK + 1;
}

/**
 * Reads the rows after the header into draft groups and tasks; text kept on
 * group titles is reported in `warnings`.
 *
 * The outline comes from the numbering of the whole table: a numbered row
 * without assigning cells is a heading when its number marks one (Roman, a
 * capital letter, bold, a year or a title in capitals, text written whole in
 * the number column), when the next row that starts something is below it
 * (a deeper style — "1." then "a)" — or numbering that starts again — "2."
 * then "1."), or when it names a reform area and rows sit under it or a
 * heading of its own style is open. A heading is the next sibling of the
 * open heading of its style with a smaller number (preferring one marked the
 * same way), else a child of the innermost open heading.
 *
 * @internal
 */
export function readDrafts(
  table: readonly (readonly string[])[],
  layout: Layout,
  defaultTitle: string,
  warnings: Issue[],
  skipped: SkippedRow[] = [],
): DraftGroup[] {
  const { mapped, get } = layout;
  const rows: Row[] = [];
  for (let r = layout.first; r < table.length; r++) {
    const cells = table[r] ?? [];
    if (cells.every((c) => c === '')) continue;
    const row = readRow(r, cells, layout);
    // "Tổng cộng: 42 nhiệm vụ": the table summed up, no task (kept in the report)
    if (row.num === null && !row.assign && TOTALS.test(fold(row.content))) {
      const text = cells
        .filter((c) => c !== '')
        .map(stripMarkup)
        .join(' | ');
      skipped.push({ row: r, text, code: 'totals_row', ...reasons.totalsRow });
      continue;
    }
    rows.push(row);
  }
  // A row that numbers the columns ("(1)", "(2)", "(3)"…) right under the header is part of it.
  if (rows[0] !== undefined && isColumnNumbers(rows[0].cells)) rows.shift();
  // The next row that starts something, for each row: one backward pass.
  const next = new Array<number>(rows.length);
  let after = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    next[i] = after;
    if (isStructural(rows[i] as Row)) after = i;
  }

  const groups: DraftGroup[] = [];
  /** Open headings, outermost first. */
  let stack: DraftGroup[] = [];
  let fallback: DraftGroup | null = null;
  let task: DraftTask | null = null;

  const newGroup = (
    row: number,
    num: ItemNumber | null,
    title: string,
    parent: DraftGroup | null,
    style: string | null,
    rank: number,
    marks: string,
    single = false,
  ): DraftGroup => {
    const g: DraftGroup = {
      row,
      number: num,
      title,
      parent,
      tasks: [],
      style,
      rank,
      marks,
      taskStyles: new Set(),
      single,
    };
    groups.push(g);
    task = null;
    return g;
  };
  const current = (): DraftGroup => {
    const top = stack[stack.length - 1];
    if (top !== undefined) return top;
    fallback ??= newGroup(rows[0]?.r ?? layout.first, null, defaultTitle, null, null, -1, '');
    return fallback;
  };
  const keepOnTitle = (g: DraftGroup, row: Row, skip: (k: number) => boolean): void => {
    const own = new Set([row.content, row.groupCell]);
    const numberCell = layout.col.number === undefined ? '' : (row.cells[layout.col.number] ?? '');
    row.cells.forEach((c, k) => {
      if (c === '' || skip(k)) return;
      const text = stripMarkup(c);
      // A merged title cell that the export repeated in every column is the title itself.
      if (own.has(text) || c === numberCell || text === g.title) return;
      g.title = joinText(g.title, text, ' ');
      warnings.push(rowsMsg.groupCellKept(['rows', row.r, k], c));
    });
  };
  const isTitleCell = (k: number): boolean =>
    k === layout.col.content || k === layout.col.number || k === layout.col.group;
  const marksOf = (row: Row): string =>
    (row.num?.bold === true ? 'b' : '') +
    (isUpperTitle(row.content) ? 'c' : '') +
    (isAreaTitle(row.content) ? 'a' : '') +
    (row.inNumberColumn ? 'n' : '');
  const strong = (row: Row, num: ItemNumber): boolean =>
    num.kind === 'roman' ||
    num.kind === 'upper' ||
    num.bold ||
    row.inNumberColumn ||
    yearOfTitle(row.content) !== undefined ||
    (isUpperTitle(row.content) && wordCount(row.content, 2) >= 2);
  const hasChildren = (i: number, num: ItemNumber): boolean => {
    const n = rows[next[i] ?? -1];
    if (n === undefined || n.groupCell !== '') return false;
    if (n.num === null) return true;
    if (n.num.rank > num.rank) return true;
    return n.num.style === num.style && n.num.value <= num.value;
  };

  /** The next row starts a numbered list ("1.", "a)", "I"): the row above it is the list's title. */
  const startsList = (i: number): boolean => {
    const n = rows[i + 1];
    return n !== undefined && n.groupCell === '' && n.num !== null && n.num.value === 1;
  };
  /** The next row is under this one: not numbered, or numbered deeper (items, bullets, paragraphs). */
  const holdsRows = (i: number, num: ItemNumber): boolean => {
    const n = rows[i + 1];
    return n !== undefined && n.groupCell === '' && (n.num === null || n.num.rank > num.rank);
  };
  const placeHeading = (row: Row, num: ItemNumber): DraftGroup => {
    const marks = marksOf(row);
    let sibling = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      const s = stack[k] as DraftGroup;
      if (s.style !== num.style || s.number === null || s.number.value >= num.value) continue;
      if (s.marks === marks) {
        sibling = k;
        break;
      }
      if (sibling < 0) sibling = k;
    }
    // Numbering that starts again nests a heading under one of its style only when the two are
    // marked differently ("1. CẢI CÁCH THỂ CHẾ" over "1. Rà soát văn bản"); one marked the same
    // way is a sibling. So the stack holds each style and marking once, and stays shallow.
    if (sibling < 0)
      for (let k = 0; k < stack.length && sibling < 0; k++)
        if (stack[k]?.style === num.style && stack[k]?.marks === marks) sibling = k;
    if (sibling >= 0) stack = stack.slice(0, sibling);
    else while ((stack[stack.length - 1]?.rank ?? -1) > num.rank) stack.pop();
    const g = newGroup(row.r, num, row.content, stack[stack.length - 1] ?? null, num.style, num.rank, marks);
    stack.push(g);
    keepOnTitle(g, row, isTitleCell);
    return g;
  };
  const placeTitle = (row: Row, style: string): DraftGroup => {
    let sibling = -1;
    for (let k = stack.length - 1; k >= 0 && sibling < 0; k--) if (stack[k]?.style === style) sibling = k;
    if (sibling >= 0) stack = stack.slice(0, sibling);
    else while ((stack[stack.length - 1]?.rank ?? -1) > HEADING_RANK) stack.pop();
    const g = newGroup(row.r, null, row.content, stack[stack.length - 1] ?? null, style, HEADING_RANK, '');
    stack.push(g);
    keepOnTitle(g, row, isTitleCell);
    return g;
  };

  const addTask = (row: Row, group: DraftGroup, parent: DraftTask | null): void => {
    const { cells } = row;
    const t: DraftTask = {
      row: row.r,
      number: row.num,
      bullet: row.bullet,
      assigned: row.assign,
      parent,
      content: row.content,
      product: get(cells, 'product'),
      lead: get(cells, 'lead'),
      support: get(cells, 'support'),
      deadline: get(cells, 'deadline'),
      budget: get(cells, 'budget'),
      source: get(cells, 'source'),
      note: get(cells, 'note'),
      extra: new Map(),
    };
    cells.forEach((c, k) => {
      if (c !== '' && !mapped.has(k)) t.extra.set(k, stripMarkup(c));
    });
    if (row.num !== null) group.taskStyles.add(row.num.style);
    group.tasks.push(t);
    task = t;
  };
  /** The task of `group` a new row of rank `rank` is a sub-task of, if any. */
  const parentIn = (group: DraftGroup, rank: number): DraftTask | null => {
    let p: DraftTask | null = task !== null && group.tasks[group.tasks.length - 1] === task ? task : null;
    // Sub-task chains are at most as deep as the numbering styles (a handful).
    while (p !== null && (rankOfTask(p) >= rank || !p.assigned)) p = p.parent;
    return p;
  };
  const placeNumberedTask = (row: Row, num: ItemNumber): void => {
    let group = current();
    if (!group.taskStyles.has(num.style)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        const s = stack[k] as DraftGroup;
        if (s.style === num.style && s.number !== null && s.number.value + 1 === num.value) {
          // The next sibling of a heading: the heading's parent holds it, or a group of its own at the top.
          stack = stack.slice(0, k);
          const parent = stack[stack.length - 1];
          if (parent !== undefined) group = parent;
          else {
            group = newGroup(row.r, num, row.content, null, num.style, num.rank, marksOf(row), true);
            stack.push(group);
          }
          break;
        }
      }
    }
    addTask(row, group, parentIn(group, num.rank));
  };
  const placeUnnumberedTask = (row: Row): void => {
    const group = current();
    addTask(row, group, row.bullet ? parentIn(group, BULLET_RANK) : null);
  };
  const continueTask = (t: DraftTask, row: Row): void => {
    const { cells } = row;
    const content = row.num === null ? row.content : joinText(row.num.written, row.content, ' ');
    t.content = row.num === null ? joinContent(t.content, content) : joinText(t.content, content, '\n');
    t.product = joinText(t.product, get(cells, 'product'), '\n');
    t.lead = joinText(t.lead, get(cells, 'lead'), '\n');
    t.support = joinText(t.support, get(cells, 'support'), '\n');
    t.deadline = joinText(t.deadline, get(cells, 'deadline'), ' ');
    t.budget = joinText(t.budget, get(cells, 'budget'), ' ');
    t.source = joinText(t.source, get(cells, 'source'), ' ');
    t.note = joinText(t.note, get(cells, 'note'), '\n');
    cells.forEach((c, k) => {
      if (c !== '' && !mapped.has(k)) t.extra.set(k, joinText(t.extra.get(k) ?? '', stripMarkup(c), ' '));
    });
  };

  let groupCell = '';
  rows.forEach((row, i) => {
    const { num, content } = row;
    // A group column starts a group; a table that repeats the group on each row (a merged cell
    // filled down) stays in it.
    if (row.groupCell !== '' && row.groupCell !== groupCell) {
      groupCell = row.groupCell;
      const gnum = readItemNumber(row.groupCell);
      const g = newGroup(row.r, gnum, gnum === null ? row.groupCell : gnum.rest, null, null, -1, '');
      stack = [g];
      if (content === '' && num === null && !row.assign) {
        keepOnTitle(g, row, (k) => k === layout.col.group);
        return;
      }
    }
    const t: DraftTask | null = task;
    if (num !== null) {
      // A lettered line without cells of its own under a task with cells: an item of that task.
      if (t?.assigned && !row.assign && num.rank > rankOfTask(t) && !strong(row, num) && !hasChildren(i, num))
        continueTask(t, row);
      else if (
        (!row.assign &&
          (strong(row, num) ||
            hasChildren(i, num) ||
            (isAreaTitle(content) && (stack.some((s) => s.style === num.style) || holdsRows(i, num))))) ||
        // A marked heading with cells (an area's lead on its row) is still a heading; its cells join the title.
        (row.assign && strong(row, num) && hasChildren(i, num))
      )
        placeHeading(row, num);
      else placeNumberedTask(row, num);
      return;
    }
    if (content === '') {
      if (t !== null) continueTask(t, row);
      else if (stack.length > 0 && !row.assign) keepOnTitle(current(), row, () => false);
      else placeUnnumberedTask(row);
      return;
    }
    const ownTask = row.assign && !row.assignLower;
    if (startsLower(content)) {
      if (t !== null) continueTask(t, row);
      else placeUnnumberedTask(row);
    } else if (row.bullet) {
      // A bullet with cells of its own is a task; bullets without cells are items of the task above,
      // unless that task is itself a bullet (a list of tasks).
      if (ownTask || t === null || t.bullet) placeUnnumberedTask(row);
      else continueTask(t, row);
    } else if (!row.assign && yearOfTitle(content) !== undefined) placeTitle(row, 'year');
    else if (!row.assign && isUpperTitle(content) && wordCount(content, 2) >= 2) placeTitle(row, 'caps');
    else if (!row.assign && (row.boldContent || isAreaTitle(content)) && startsList(i))
      placeTitle(row, 'title');
    else if (ownTask || t === null || (t.number === null && !t.assigned)) placeUnnumberedTask(row);
    else continueTask(t, row);
  });
  return groups;
}

/** Cells that number the columns of a table ("1", "2", "3" or "(1)", "(2)", "(3)"…, at least three, rising). */
function isColumnNumbers(cells: readonly string[]): boolean {
  let last = 0;
  let count = 0;
  for (const c of cells) {
    if (c === '') continue;
    const m = /^\(?(\d{1,2})\)?$/u.exec(c);
    if (m === null) return false;
    const n = Number(m[1]);
    if (n <= last) return false;
    last = n;
    count++;
  }
  return count >= 3;
}

/** A short title that names a reform area ("Cải cách thể chế", "8. Công tác chỉ đạo, điều hành"). */
function isAreaTitle(text: string): boolean {
  return text !== '' && wordCount(text, 21) <= 20 && reformAreaOf(text) !== undefined;
}
