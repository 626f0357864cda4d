/**
 * The loaded plan model (what `loadPlan` returns). The JSON form, `PlanJson`,
 * comes from the zod schemas in `schema.ts`; this is the normalised, frozen
 * value with deadlines parsed.
 *
 * Field names here are what evaluation and the CLI code against; the JSON
 * form is documented in docs/plans.md.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Issue } from '../core/result.js';
import type { Deadline } from '../deadline/types.js';
import type { PlanChange } from './update/changes.js';

/**
 * The reform areas (lĩnh vực CCHC) a task group may belong to.
 *
 * @example
 * ```ts
 * import type { ReformArea } from 'cchc';
 * const a: ReformArea = 'procedures'; // cải cách thủ tục hành chính
 * ```
 */
export type ReformArea =
  | 'direction'
  | 'communication'
  | 'institutions'
  | 'procedures'
  | 'organisation'
  | 'civil-service'
  | 'public-finance'
  | 'digital-government'
  | 'impact';

/**
 * A comparison a target makes.
 *
 * @example
 * ```ts
 * import type { Comparator } from 'cchc';
 * const c: Comparator = '>='; // "tối thiểu", "ít nhất", "từ … trở lên"
 * ```
 */
export type Comparator = '>' | '>=' | '<' | '<=' | '=';

/**
 * A measurable target (chỉ tiêu) read from plan text: "Trên 80% …" → `>` 80 %.
 *
 * @example
 * ```ts
 * import { parseTarget } from 'cchc';
 * const t = parseTarget('Trên 80% cán bộ cấp xã đạt chuẩn'); // { comparator: '>', value: 80, unit: '%', … }
 * ```
 */
export interface Target {
  readonly comparator: Comparator;
  readonly value: number;
  /** '%', 'count', 'minutes', 'days', 'rank', 'vnd', or another unit as written. */
  readonly unit: string;
  /** What is measured, as written ("cán bộ cấp xã đạt chuẩn"), when the text says it. */
  readonly subject?: string;
  readonly raw: string;
}

/**
 * An agency (cơ quan, đơn vị) of the plan.
 *
 * @example
 * ```ts
 * import type { Agency } from 'cchc';
 * const a: Agency = { id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'], classes: ['so-nganh'] };
 * ```
 */
export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Ids of the classes this agency belongs to. */
  readonly classes: readonly string[];
  /** Who took over this agency's assignments, and from when (merger, split, rename); in date order. */
  readonly succeededBy?: readonly Succession[];
  /** The day the agency ceased to exist (giải thể). Without a succession, its assignments have no holder from then. */
  readonly endedOn?: IsoDate;
}

/**
 * The decision (văn bản) behind an amendment or a succession.
 *
 * @example
 * ```ts
 * import { isoDate, type DecisionRef } from 'cchc';
 * const d: DecisionRef = { number: '1520/QĐ-UBND', date: isoDate('2018-06-15'), issuer: 'UBND tỉnh Vĩnh Long' };
 * ```
 */
export interface DecisionRef {
  /** The document number as written: "1520/QĐ-UBND". */
  readonly number: string;
  readonly date?: IsoDate;
  /** Who issued it: "UBND tỉnh Vĩnh Long". */
  readonly issuer?: string;
}

/**
 * A succession of an agency: from `on`, the agencies in `agencyIds` hold
 * its assignments. One successor for a merger (hợp nhất, sáp nhập) or a
 * rename, several for a split (chia, tách) — then each successor answers for
 * every assignment.
 *
 * @example
 * ```ts
 * import { isoDate, type Succession } from 'cchc';
 * const s: Succession = { agencyIds: ['stc'], on: isoDate('2025-03-01') };
 * ```
 */
export interface Succession {
  readonly agencyIds: readonly string[];
  readonly on: IsoDate;
  readonly document?: DecisionRef;
}

/**
 * One change of JSON content made by an amendment, in immer's patch form
 * (see {@link planHistory}): `path` runs through {@link PlanRecords}
 * (`['groups', 'II', 'tasks', 'II.3', 'deadline']`), `value` is the JSON
 * value written there (absent for `remove`).
 *
 * @example
 * ```ts
 * import type { PlanPatch } from 'cchc';
 * const p: PlanPatch = { op: 'replace', path: ['groups', 'II', 'tasks', 'II.3', 'deadline'], value: 'Quý III/2018' };
 * ```
 */
export interface PlanPatch {
  readonly op: 'replace' | 'add' | 'remove';
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

/**
 * An amendment of a plan (kế hoạch sửa đổi, bổ sung; gia hạn): the changes a
 * decision made, in force from `decidedOn`. What they did to the plan's
 * content, as patches and inverse patches (the audit trail and undo), comes
 * from {@link planHistory} when asked for.
 *
 * @example
 * ```ts
 * import type { Amendment } from 'cchc';
 * declare const a: Amendment;
 * for (const c of a.changes) console.log(a.decidedOn, a.document?.number, c.op); // 2018-06-15 1520/QĐ-UBND setDeadline
 * ```
 */
export interface Amendment {
  readonly id: string;
  /** The day it was decided; its changes are in force from that day on. */
  readonly decidedOn: IsoDate;
  readonly document?: DecisionRef;
  readonly note?: string;
  /** The changes as written (text in NFC). */
  readonly changes: readonly PlanChange[];
}

/**
 * A class of agencies ("Các sở, ban, ngành tỉnh", "UBND cấp huyện"): a
 * `lead`/`support` reference to it expands to its member agencies.
 *
 * @example
 * ```ts
 * import type { AgencyClass } from 'cchc';
 * const c: AgencyClass = { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh', aliases: [] };
 * ```
 */
export interface AgencyClass {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * A task (nhiệm vụ) of the plan's appendix.
 *
 * @example
 * ```ts
 * import type { Task } from 'cchc';
 * declare const t: Task;
 * t.deadline.kind; // 'month' for "Tháng 12/2017"
 * ```
 */
export interface Task {
  readonly id: string;
  readonly title: string;
  /** Agency or class ids that lead (chủ trì). */
  readonly lead: readonly string[];
  /** Agency or class ids that support (phối hợp). */
  readonly support: readonly string[];
  /** Parsed from the text as written; `deadline.raw` is that text exactly. */
  readonly deadline: Deadline;
  /** Products (sản phẩm) as written: "Kế hoạch", "Quyết định công bố". */
  readonly products: readonly string[];
  /** Estimated budget (kinh phí dự kiến), when the plan gives one. */
  readonly budget?: Budget;
  /** A note (ghi chú) as written. */
  readonly note?: string;
  /** The item number as written in the source: "1.", "a)", "đ)". */
  readonly number?: string;
  /** Target statements (chỉ tiêu) of the task, as written. */
  readonly targetText: readonly string[];
  /** Targets read from {@link Task.targetText} (one statement may hold several). */
  readonly targets: readonly Target[];
}

/**
 * An estimated budget (kinh phí dự kiến) as written, with the amount read
 * from it when the text gives one ("50tr/huyện", "80 triệu đồng"), or only a
 * note ("Kinh phí tự chủ", "Theo Kế hoạch").
 *
 * @example
 * ```ts
 * import { parseBudget } from 'cchc';
 * parseBudget('50tr/huyện', 'NS tỉnh');
 * // { text: '50tr/huyện', amount: 50, unit: 'tr', amountVnd: 50000000, per: 'huyện', source: 'NS tỉnh' }
 * ```
 */
export interface Budget {
  /** The text as written. */
  readonly text: string;
  /** The amount in the unit written ("50" of "50tr"). */
  readonly amount?: number;
  /** The unit as written, lower-cased: "tr", "triệu đồng", "tỷ đồng", "đồng". */
  readonly unit?: string;
  /** The amount in đồng when the unit is known (tr/triệu = 1,000,000; tỷ = 1,000,000,000). */
  readonly amountVnd?: number;
  /** What the amount is per ("huyện" of "50tr/huyện", "kỳ" of "05tr/kỳ"). */
  readonly per?: string;
  /** Funding source (nguồn kinh phí) as written: "NS tỉnh", "NS huyện". */
  readonly source?: string;
}

/**
 * A group of tasks: normally a reform area, sometimes a year ("I. NĂM 2016").
 *
 * @example
 * ```ts
 * import type { TaskGroup } from 'cchc';
 * declare const g: TaskGroup;
 * g.area; // 'direction' for "Công tác chỉ đạo, điều hành"
 * ```
 */
export interface TaskGroup {
  readonly id: string;
  readonly title: string;
  readonly area?: ReformArea;
  /** The context year of a year-group. */
  readonly year?: number;
  readonly tasks: readonly Task[];
}

/**
 * A target statement of the plan (mục tiêu cụ thể) with the targets read from it.
 *
 * @example
 * ```ts
 * import type { PlanTarget } from 'cchc';
 * declare const t: PlanTarget;
 * t.text; // "Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn"
 * t.targets[0]?.comparator; // '>'
 * ```
 */
export interface PlanTarget {
  readonly id: string;
  /** The statement as written. */
  readonly text: string;
  /** Targets read from `text` (empty when none was understood). */
  readonly targets: readonly Target[];
}

/**
 * A reporting duty of the plan's reporting schedule (chế độ báo cáo): who
 * reports, to whom, and when.
 *
 * @example
 * ```ts
 * import type { ReportingDuty } from 'cchc';
 * declare const r: ReportingDuty;
 * r.deadline.kind; // 'multi' for "chậm nhất trước ngày 25/2, 25/5, 25/8 và 15/11"
 * ```
 */
export interface ReportingDuty {
  readonly id: string;
  /** Agency or class ids that report. */
  readonly from: readonly string[];
  /** Who receives the report, as text or an agency id. */
  readonly to?: string;
  /** When, parsed from the text as written (`deadline.raw`). */
  readonly deadline: Deadline;
  readonly note?: string;
}

/**
 * A loaded, validated, frozen plan (kế hoạch CCHC).
 *
 * @example
 * ```ts
 * import { loadPlan } from 'cchc';
 * declare const json: unknown;
 * const r = loadPlan(json);
 * if (r.ok) console.log(r.value.groups.length, r.value.warnings.length);
 * ```
 */
export interface Plan {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly title: string;
  readonly issuer?: string;
  readonly document?: { readonly number: string; readonly date?: IsoDate };
  readonly year?: number;
  readonly period?: { readonly from: number; readonly to: number };
  readonly agencies: readonly Agency[];
  readonly classes: readonly AgencyClass[];
  readonly groups: readonly TaskGroup[];
  /** Target statements of the plan (mục tiêu, chỉ tiêu). */
  readonly targets: readonly PlanTarget[];
  /** The reporting schedule (chế độ báo cáo). */
  readonly reporting: readonly ReportingDuty[];
  /** Things that load but deserve attention (e.g. a deadline left `unknown`). */
  readonly warnings: readonly Issue[];
  /** Every amendment of the plan, in the order decided (empty when none). */
  readonly amendments: readonly Amendment[];
  /**
   * How many of {@link Plan.amendments}, from the first, the content above
   * already includes: 0 for a plan as loaded (the text as issued); set by
   * {@link planAsOf}.
   */
  readonly appliedAmendments: number;
}
