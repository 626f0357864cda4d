/**
 * The options of `planFromRows`: which column holds what, the plan's own
 * fields and the agency registry.
 *
 * @module
 */
import type { Issue } from '../../core/result.js';
import type { AgencyJson, ClassJson, PlanJson, ReportingJson, TargetJson } from '../schema.js';
import type { PlanReadingReport } from './report.js';

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
 * Options of `planFromRows`.
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
 * What `planFromRows` returns: a `Result<PlanJson>` whose success also
 * carries `warnings` (agencies created, group-row text kept in a title,
 * cells that are not text) and the reading `report` (what was read, and
 * every deadline, target and agency name that was not, row by row).
 *
 * @example
 * ```ts
 * import { planFromRows, type PlanFromRowsResult } from 'cchc';
 * declare const r: PlanFromRowsResult;
 * if (r.ok) console.log(r.value.groups.length, r.warnings.length, r.report.unreadDeadlines.length);
 * ```
 */
export type PlanFromRowsResult =
  | {
      readonly ok: true;
      readonly value: PlanJson;
      readonly warnings: readonly Issue[];
      readonly report: PlanReadingReport;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** @internal */
export type Field = keyof PlanColumns;

/** @internal */
export const FIELDS: readonly Field[] = [
  'number',
  'group',
  'content',
  'product',
  'lead',
  'support',
  'deadline',
  'budget',
  'source',
  'note',
];
