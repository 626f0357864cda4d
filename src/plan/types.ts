/**
 * The loaded plan model (what `loadPlan` returns). The JSON form, `PlanJson`,
 * comes from the zod schemas in `schema.ts`; this is the normalised, frozen
 * value with deadlines parsed.
 *
 * OWNERSHIP NOTE (remove when settled): the plan module owns this file and may
 * add fields; field names here are what evaluation and the CLI code against.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Issue } from '../core/result.js';
import type { Deadline } from '../deadline/types.js';

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
  /** Things that load but deserve attention (e.g. a deadline left `unknown`). */
  readonly warnings: readonly Issue[];
}
