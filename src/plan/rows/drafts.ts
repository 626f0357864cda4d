/**
 * Reading table rows into draft groups and tasks (cell texts as written):
 * the columns, group rows, sub-groups and continuation rows.
 *
 * @internal
 * @module
 */
import type { Issue } from '../../core/result.js';
import { msg } from '../messages.js';
import { findColumn, isUpperTitle, joinContent, joinText, stripMarkup, yearOfTitle } from './cells.js';
import { readItemNumber, type ItemNumber } from './itemNumber.js';
import { FIELDS, type Field, type PlanFromRowsOptions } from './options.js';

/** A task as read from its rows. @internal */
export interface DraftTask {
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
  /** Unmapped columns: column index → text. */
  readonly extra: Map<number, string>;
}

/** A group as read from its header row. @internal */
export interface DraftGroup {
  readonly row: number;
  readonly number: ItemNumber | null;
  title: string;
  readonly parent: DraftGroup | null;
  readonly tasks: DraftTask[];
}

/** Where each field is, and how to read a row. @internal */
export interface Layout {
  readonly col: Partial<Readonly<Record<Field, number>>>;
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
  const width = table.reduce((w, r) => Math.max(w, r.length), 0);
  let headerRow = options.headerRow;
  const content = options.columns.content;
  if (headerRow === undefined && typeof content === 'string') {
    const found = table.findIndex((r) => findColumn(content, r, width) !== null);
    if (found >= 0) headerRow = found;
  }
  const header = headerRow === undefined ? undefined : table[headerRow];
  const col: Partial<Record<Field, number>> = {};
  const issues: Issue[] = [];
  for (const field of FIELDS) {
    const ref = options.columns[field];
    if (ref === undefined) continue;
    const index = findColumn(ref, header, width);
    if (index === null) issues.push(msg.unknownColumn(['columns', field], ref));
    else col[field] = index;
  }
  if (issues.length > 0) return issues;
  return {
    col,
    first: headerRow === undefined ? 0 : headerRow + 1,
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

const ASSIGN_FIELDS: readonly Field[] = ['lead', 'support', 'deadline', 'product', 'budget'];

/**
 * Reads the rows after the header into draft groups and tasks; text kept on
 * group titles is reported in `warnings`.
 *
 * @internal
 */
export function readDrafts(
  table: readonly (readonly string[])[],
  layout: Layout,
  defaultTitle: string,
  warnings: Issue[],
): DraftGroup[] {
  const { col, get, mapped } = layout;
  const groups: DraftGroup[] = [];
  let group: DraftGroup | null = null;
  let task: DraftTask | null = null;
  const numberOf = (cells: readonly string[]): { num: ItemNumber | null; fromContent: boolean } => {
    const own = col.number === undefined ? '' : (cells[col.number] ?? '');
    if (own !== '') return { num: readItemNumber(own, true) ?? readItemNumber(own), fromContent: false };
    return {
      num: col.content === undefined ? null : readItemNumber(cells[col.content] ?? ''),
      fromContent: true,
    };
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
  const startGroup = (
    row: number,
    num: ItemNumber | null,
    title: string,
    parent: DraftGroup | null,
  ): DraftGroup => {
    const g: DraftGroup = { row, number: num, title, parent, tasks: [] };
    groups.push(g);
    task = null;
    return g;
  };
  const keepOnTitle = (
    g: DraftGroup,
    cells: readonly string[],
    r: number,
    skip: (k: number) => boolean,
  ): void => {
    cells.forEach((c, k) => {
      if (c !== '' && !skip(k)) {
        g.title = joinText(g.title, stripMarkup(c), ' ');
        warnings.push(msg.groupCellKept(['rows', r, k], c));
      }
    });
  };

  for (let r = layout.first; r < table.length; r++) {
    const cells = table[r] ?? [];
    if (cells.every((c) => c === '')) continue;
    const assignCells = ASSIGN_FIELDS.some((f) => get(cells, f) !== '');
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
        (num === null && (isYear || (isUpperTitle(content) && task === null)));
      const subHeader = num !== null && num.kind === 'arabic' && nextNumbered(r + 1)?.kind === 'letter';
      if (headerLike || subHeader) {
        const parent = subHeader && !headerLike ? (group?.parent ?? group) : null;
        const g = startGroup(r, num, content, parent);
        group = g;
        keepOnTitle(g, cells, r, (k) => k === col.content || k === col.number);
        continue;
      }
      // Text only in columns without a field, before any task: keep it on the group title.
      if (content === '' && num === null && task === null && group !== null) {
        keepOnTitle(group, cells, r, () => false);
        continue;
      }
    }

    // A continuation row?
    const deadlineCell = get(cells, 'deadline');
    const current: DraftTask | null = task;
    if (
      current !== null &&
      num === null &&
      groupCell === '' &&
      (deadlineCell === '' || content === '' || /^\p{Ll}/u.test(content))
    ) {
      current.content = joinContent(current.content, content);
      current.product = joinText(current.product, get(cells, 'product'), '\n');
      current.lead = joinText(current.lead, get(cells, 'lead'), '\n');
      current.support = joinText(current.support, get(cells, 'support'), '\n');
      current.deadline = joinText(current.deadline, deadlineCell, ' ');
      current.budget = joinText(current.budget, get(cells, 'budget'), ' ');
      current.source = joinText(current.source, get(cells, 'source'), ' ');
      current.note = joinText(current.note, get(cells, 'note'), '\n');
      cells.forEach((c, k) => {
        if (c !== '' && !mapped.has(k))
          current.extra.set(k, joinText(current.extra.get(k) ?? '', stripMarkup(c), ' '));
      });
      continue;
    }

    // A task row. A numbered Arabic task after a sub-group's lettered items returns to the parent group.
    if (group === null) group = startGroup(r, null, defaultTitle, null);
    if (num !== null && num.kind === 'arabic' && group.parent !== null && group.number?.kind === 'arabic')
      group = group.parent;
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
  return groups;
}
