/**
 * The shapes of criteria sets (bộ tiêu chí, the JSON users write and the
 * loaded value) and of scoring inputs and results.
 *
 * @module
 */
import type { Issue } from '../core/result.js';
import type { Comparator } from '../plan/types.js';

/**
 * The kind of unit a criteria set (or a band set) is for.
 *
 * @example
 * ```ts
 * import type { UnitType } from 'cchc';
 * const t: UnitType = 'department'; // sở, ban, ngành
 * ```
 */
export type UnitType = 'province' | 'ministry' | 'department' | 'district' | 'commune';

/**
 * A tier of a `tiers` rule. Higher-is-better tiers give `min` (≥, "từ 70%")
 * or `above` (>, "trên 90%"); lower-is-better tiers give `max` (≤, "không
 * quá 1%") or `below` (<, "dưới 0,9%"). A tier may also state its other
 * end ("từ 80% đến dưới 100%": `{ min: 80, below: 100 }`); without it the
 * tier runs up to the next better tier (or without end for the best). The
 * worst of several tiers may give only its other end ("dưới 70%: 0,5
 * điểm": `{ below: 70, points: 0.5 }`). Tiers may neither overlap nor
 * leave a gap; a value below every tier scores 0.
 *
 * @example
 * ```ts
 * import type { Tier } from 'cchc';
 * const tiers: Tier[] = [{ min: 70, points: 1 }, { above: 90, points: 2 }];
 * const bounded: Tier[] = [{ min: 80, below: 100, points: 1 }, { min: 100, points: 2 }];
 * ```
 */
export type Tier =
  | {
      readonly min: number;
      readonly max?: number;
      readonly below?: number;
      readonly points: number;
    }
  | {
      readonly above: number;
      readonly max?: number;
      readonly below?: number;
      readonly points: number;
    }
  | {
      readonly max: number;
      readonly min?: number;
      readonly above?: number;
      readonly points: number;
    }
  | {
      readonly below: number;
      readonly min?: number;
      readonly above?: number;
      readonly points: number;
    };

/**
 * What every rule may carry besides its kind: a `label` for the measured
 * value ("Tỷ lệ hoàn thành") and an explanation template. Placeholders:
 * `{label}`, `{input}`, `{detail}`, `{points}`, `{max}`, `{title}`.
 *
 * @example
 * ```ts
 * import type { RuleText } from 'cchc';
 * const t: RuleText = { label: 'Tỷ lệ hoàn thành', explain: '{label} {input} thuộc mức {detail} → {points}/{max} điểm' };
 * ```
 */
export interface RuleText {
  readonly label?: string;
  readonly explain?: string;
}

/**
 * The points of a target when it is not met: `proportional` gives
 * max × actual / target (or target / actual when lower is better), `fixed`
 * a stated number of points.
 *
 * @example
 * ```ts
 * import type { TargetPartial } from 'cchc';
 * const p: TargetPartial = { kind: 'fixed', points: 0.5 };
 * ```
 */
export type TargetPartial =
  | { readonly kind: 'proportional' }
  | { readonly kind: 'fixed'; readonly points: number };

/**
 * A target (chỉ tiêu) inside a `target` rule: the plan module's `Target`
 * without the need for `raw` text.
 *
 * @example
 * ```ts
 * import type { TargetSpec } from 'cchc';
 * const t: TargetSpec = { comparator: '>=', value: 80, unit: '%' };
 * ```
 */
export interface TargetSpec {
  readonly comparator: Comparator;
  readonly value: number;
  readonly unit?: string;
  readonly raw?: string;
}

/**
 * A scoring rule on a leaf: a discriminated union on `kind`. See
 * docs/scoring.md for the meaning and an example of each.
 *
 * @example
 * ```ts
 * import type { Rule } from 'cchc';
 * const r: Rule = { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } };
 * ```
 */
export type Rule =
  | (RuleText & { readonly kind: 'binary' })
  | (RuleText & { readonly kind: 'levels'; readonly levels: Readonly<Record<string, number>> })
  | (RuleText & {
      readonly kind: 'tiers';
      readonly direction?: 'higher-is-better' | 'lower-is-better';
      readonly tiers: readonly Tier[];
      readonly unit?: string;
    })
  | (RuleText & {
      readonly kind: 'proportional';
      readonly scale?: 1 | 100;
      /** Points when the input is `{ numerator, denominator: 0 }` (e.g. no complaints → full points). */
      readonly whenEmpty?: number;
    })
  | (RuleText & {
      readonly kind: 'deduction';
      readonly per: number;
      /** The lowest the item may go; default 0, may be negative (e.g. -0.25). */
      readonly floor?: number;
    })
  | (RuleText & {
      readonly kind: 'manual';
      /** The scoring text as the decision words it, when it could not be read into another kind. */
      readonly text?: string;
    })
  | (RuleText & { readonly kind: 'survey'; readonly scale: readonly [number, number] })
  | (RuleText & { readonly kind: 'allOf'; readonly conditions: readonly string[] })
  | (RuleText & { readonly kind: 'target'; readonly target: TargetSpec; readonly partial?: TargetPartial });

/**
 * The kinds of rule, `Rule['kind']`.
 *
 * @example
 * ```ts
 * import type { RuleKind } from 'cchc';
 * const k: RuleKind = 'tiers';
 * ```
 */
export type RuleKind = Rule['kind'];

/**
 * The JSON form of a rule: the same shape as {@link Rule} (rules hold no
 * computed state), the name the text readers use (`parseRule` → `RuleJson`).
 *
 * @example
 * ```ts
 * import type { RuleJson } from 'cchc';
 * const r: RuleJson = { kind: 'deduction', per: 0.25, floor: 0 };
 * ```
 */
export type RuleJson = Rule;

/**
 * What a leaf asks as evidence (tài liệu kiểm chứng): whether any is
 * required and, optionally, the named items that make it complete.
 *
 * @example
 * ```ts
 * import type { EvidenceRequirement } from 'cchc';
 * const e: EvidenceRequirement = { required: true, items: ['Kế hoạch', 'Báo cáo kết quả'] };
 * ```
 */
export interface EvidenceRequirement {
  readonly required: boolean;
  readonly items?: readonly string[];
}

/**
 * A node of a criteria set: an area, criterion or component with children,
 * or a leaf with a rule. `max` is in points (≤ 3 decimals).
 *
 * @example
 * ```ts
 * import type { CriterionNode } from 'cchc';
 * const n: CriterionNode = {
 *   id: '1', title: 'Công tác chỉ đạo, điều hành', max: 2,
 *   children: [{ id: '1.1', title: 'Kế hoạch CCHC năm', max: 2, rule: { kind: 'binary' } }],
 * };
 * ```
 */
export interface CriterionNode {
  readonly id: string;
  readonly title: string;
  readonly max: number;
  readonly children?: readonly CriterionNode[];
  readonly rule?: Rule;
  /** `survey` for points from sociological surveys (never self-scored). */
  readonly source?: 'assessment' | 'survey';
  readonly evidence?: EvidenceRequirement;
  readonly note?: string;
}

/**
 * A class band (xếp loại): the class applies from `min` (inclusive) up to
 * the next band's `min` (exclusive), or to `below` when given.
 *
 * @example
 * ```ts
 * import type { Band } from 'cchc';
 * const bands: Band[] = [{ name: 'A', min: 90 }, { name: 'B', min: 80 }, { name: 'C', min: 70 }];
 * ```
 */
export interface Band {
  readonly name: string;
  readonly min: number;
  readonly below?: number;
}

/**
 * A bonus (điểm thưởng) or penalty (điểm trừ) applied after the tree, with
 * its own cap `max`. With `per`, the input is a count and each counts `per`
 * points; otherwise the input is the points themselves.
 *
 * @example
 * ```ts
 * import type { Adjustment } from 'cchc';
 * const a: Adjustment = { id: 'thuong', title: 'Sáng kiến CCHC được công nhận', kind: 'bonus', max: 2, per: 0.5 };
 * ```
 */
export interface Adjustment {
  readonly id: string;
  readonly title: string;
  readonly kind: 'bonus' | 'penalty';
  readonly max: number;
  readonly per?: number;
}

/**
 * The source document of a criteria set.
 *
 * @example
 * ```ts
 * import type { SourceDocument } from 'cchc';
 * const d: SourceDocument = { number: '2948/QĐ-BNV', date: '2017-12-28', issuer: 'Bộ Nội vụ' };
 * ```
 */
export interface SourceDocument {
  readonly number: string;
  readonly date?: string;
  readonly issuer?: string;
  readonly url?: string;
}

/**
 * A structured reference to where a set comes from (any of the fields).
 *
 * @example
 * ```ts
 * import type { SourceRef } from 'cchc';
 * const s: SourceRef = { title: 'Phụ lục, Bảng 2', number: '2948/QĐ-BNV', url: 'https://bonoivu.cls.vn/…' };
 * ```
 */
export interface SourceRef {
  readonly title?: string;
  readonly number?: string;
  readonly date?: string;
  readonly issuer?: string;
  readonly url?: string;
  readonly note?: string;
}

/**
 * Declared counts of a set (số lĩnh vực, tiêu chí, tiêu chí thành phần):
 * nodes at depth 1, 2 and 3. Checked against the tree on load.
 *
 * @example
 * ```ts
 * import type { DeclaredCounts } from 'cchc';
 * const c: DeclaredCounts = { areas: 8, criteria: 38, components: 81 };
 * ```
 */
export interface DeclaredCounts {
  readonly areas?: number;
  readonly criteria?: number;
  readonly components?: number;
}

/**
 * The JSON form of a criteria set (bộ tiêu chí), as users write it and as
 * {@link criteriaSetToJSON} gives it back.
 *
 * @example
 * ```ts
 * import type { CriteriaSetJson } from 'cchc';
 * const json: CriteriaSetJson = {
 *   schemaVersion: 1, id: 'demo-2024', title: 'Bộ chỉ số CCHC các sở',
 *   classes: [{ name: 'Tốt', min: 80 }, { name: 'Khá', min: 0 }],
 *   nodes: [{ id: '1', title: 'Kế hoạch CCHC', max: 1, rule: { kind: 'binary' } }],
 * };
 * ```
 */
export interface CriteriaSetJson {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly title: string;
  /** Where the set comes from: free text or a URL, or a structured reference. */
  readonly source?: string | SourceRef;
  readonly document?: SourceDocument;
  readonly year?: number;
  readonly period?: { readonly from: number; readonly to: number };
  readonly unitType?: UnitType;
  readonly counts?: DeclaredCounts;
  /** Decimals kept when a rule computes points (proportional, survey); 0–3, default 3. */
  readonly precision?: number;
  readonly classes?: readonly Band[];
  /** Band sets per unit type, used instead of `classes` for that type. */
  readonly classesByUnitType?: Readonly<Partial<Record<UnitType, readonly Band[]>>>;
  readonly adjustments?: readonly Adjustment[];
  readonly nodes: readonly CriterionNode[];
}

/**
 * A loaded criteria set: the JSON normalised (NFC), validated and deeply
 * frozen, with its leaf ids listed.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet } from 'cchc';
 * declare const json: unknown;
 * const r = loadCriteriaSet(json);
 * if (r.ok) console.log(r.value.title, r.value.nodes.length);
 * ```
 */
export interface CriteriaSet extends CriteriaSetJson {
  /** Leaf ids in document order. */
  readonly leafIds: readonly string[];
}

/**
 * A reference to a piece of evidence (tài liệu kiểm chứng), as data: the
 * library stores no files.
 *
 * @example
 * ```ts
 * import type { EvidenceRef } from 'cchc';
 * const e: EvidenceRef = { number: '125/KH-SNV', date: '2024-01-10', fileId: 'f-9812', item: 'Kế hoạch' };
 * ```
 */
export interface EvidenceRef {
  readonly number?: string;
  readonly date?: string;
  readonly fileId?: string;
  readonly title?: string;
  /** Which required item of the leaf this covers. */
  readonly item?: string;
}

/**
 * One raw value for a leaf's rule: boolean (binary), level name (levels),
 * number (tiers, proportional, deduction, manual, survey, target),
 * `{ numerator, denominator }` (proportional), or a record / list of
 * booleans (allOf).
 *
 * @example
 * ```ts
 * import type { ScoreValue } from 'cchc';
 * const v: ScoreValue = { numerator: 0, denominator: 0 }; // no complaints
 * ```
 */
export type ScoreValue =
  | boolean
  | number
  | string
  | { readonly numerator: number; readonly denominator: number }
  | Readonly<Record<string, boolean>>
  | readonly boolean[];

/**
 * One appraisal round (vòng thẩm định): the value, who and when. The last
 * round counts.
 *
 * @example
 * ```ts
 * import type { AppraisalRound } from 'cchc';
 * const r: AppraisalRound = { value: 1.5, by: 'Hội đồng thẩm định', on: '2024-01-20', note: 'Thiếu báo cáo quý III' };
 * ```
 */
export interface AppraisalRound {
  readonly value: ScoreValue | 'n/a';
  readonly by?: string;
  readonly on?: string;
  readonly note?: string;
}

/**
 * The detailed form of an input: self-score, appraisal (a value or rounds),
 * evidence and the unit's explanation (giải trình).
 *
 * @example
 * ```ts
 * import type { ScoreInputDetail } from 'cchc';
 * const i: ScoreInputDetail = { self: 2, appraised: [{ value: 1.5, by: 'Tổ thẩm định' }], evidence: [{ number: '12/BC-STP' }] };
 * ```
 */
export interface ScoreInputDetail {
  readonly value?: ScoreValue | 'n/a';
  readonly self?: ScoreValue | 'n/a';
  readonly appraised?: ScoreValue | 'n/a' | readonly AppraisalRound[];
  readonly evidence?: readonly EvidenceRef[];
  readonly explanation?: string;
}

/**
 * The input for one leaf (or adjustment): a value, the detailed form, or
 * `'n/a'` (không áp dụng).
 *
 * @example
 * ```ts
 * import type { ScoreInput } from 'cchc';
 * const inputs: Record<string, ScoreInput> = { '1.1': true, '1.2': 85, '1.3': 'n/a', '1.4': { self: 1, appraised: 0.5 } };
 * ```
 */
export type ScoreInput = ScoreValue | 'n/a' | ScoreInputDetail;

/**
 * The score of one node. `max` is the applicable maximum (0 for a leaf that
 * does not apply); `declaredMax` the set's. For leaves, `self` and
 * `appraised` are the points each would give and `gap` = self − appraised.
 *
 * @example
 * ```ts
 * import type { NodeScore } from 'cchc';
 * declare const n: NodeScore;
 * console.log(n.points, n.max, n.explanation);
 * ```
 */
export interface NodeScore {
  readonly points: number;
  readonly max: number;
  readonly declaredMax: number;
  readonly applicable: boolean;
  readonly self?: number;
  readonly appraised?: number;
  readonly gap?: number;
  /** How many appraisal rounds were given (the last counts). */
  readonly rounds?: number;
  readonly evidence?: readonly EvidenceRef[];
  readonly explanation: string;
}

/**
 * The points of a bonus or penalty: `points` is signed (a penalty is
 * negative).
 *
 * @example
 * ```ts
 * import type { AdjustmentScore } from 'cchc';
 * declare const a: AdjustmentScore;
 * console.log(a.points, a.explanation);
 * ```
 */
export interface AdjustmentScore {
  readonly kind: 'bonus' | 'penalty';
  readonly points: number;
  readonly cap: number;
  readonly explanation: string;
}

/**
 * The exact form of a score, in integer thousandths of a point: what
 * rankings compare (index = total / max, cross-multiplied).
 *
 * @example
 * ```ts
 * import type { ExactScore } from 'cchc';
 * const e: ExactScore = { total: 90020, max: 100000, treeTotal: 90020 }; // 90.02 / 100
 * ```
 */
export interface ExactScore {
  readonly total: number;
  readonly max: number;
  readonly treeTotal: number;
}

/**
 * A unit's score on a criteria set. `index` is
 * total / max × 100 rounded half-up to two decimals; `exact` keeps the
 * integers used for ranking.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, scoreUnit, unwrap } from 'cchc';
 * const set = unwrap(loadCriteriaSet({ schemaVersion: 1, id: 's', title: 'S',
 *   nodes: [{ id: 'a', title: 'A', max: 2, rule: { kind: 'manual' } }] }));
 * const s = unwrap(scoreUnit(set, { a: 1.5 }));
 * s.index; // 75
 * ```
 */
export interface UnitScore {
  readonly total: number;
  readonly max: number;
  readonly index: number;
  readonly exact: ExactScore;
  readonly nodes: Readonly<Record<string, NodeScore>>;
  readonly adjustments: Readonly<Record<string, AdjustmentScore>>;
  /** Leaves with no input (scored 0). */
  readonly missing: readonly string[];
  /** Leaves given `'n/a'`. */
  readonly notApplicable: readonly string[];
  readonly warnings: readonly Issue[];
  readonly class?: string;
}

/**
 * One entry of a ranking.
 *
 * @example
 * ```ts
 * import type { RankedUnit } from 'cchc';
 * declare const r: RankedUnit;
 * console.log(r.rank, r.unitId, r.score.index);
 * ```
 */
export interface RankedUnit {
  readonly unitId: string;
  readonly rank: number;
  readonly score: UnitScore;
  readonly pool?: string;
}

/**
 * A unit's score with its id (and optional ranking pool): what
 * `scoreUnits` returns and `rankUnits` takes.
 *
 * @example
 * ```ts
 * import type { ScoredUnit } from 'cchc';
 * declare const s: ScoredUnit;
 * console.log(s.unitId, s.score.index, s.pool);
 * ```
 */
export interface ScoredUnit {
  readonly unitId: string;
  readonly score: UnitScore;
  readonly pool?: string;
}
