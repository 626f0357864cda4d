/**
 * Every message the scoring module gives, Vietnamese first and English
 * beside, in one place so tests and users can match the codes.
 *
 * @module
 */
import { issue, type Issue, type IssuePath } from '../core/result.js';

/**
 * The codes of issues `loadCriteriaSet`, `scoreUnit` and friends report.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, type ScoringIssueCode } from 'cchc';
 * const r = loadCriteriaSet({ schemaVersion: 1, id: 'x', title: 'X', nodes: [] });
 * const codes = r.ok ? [] : r.issues.map((i) => i.code as ScoringIssueCode);
 * ```
 */
export type ScoringIssueCode =
  // shape (from the schema)
  | 'invalid_type'
  | 'unknown_field'
  | 'invalid_option'
  | 'invalid_value'
  | 'unknown_rule_kind'
  | 'invalid_date'
  // input that is not JSON-like (JavaScript values)
  | 'too_deep'
  | 'cycle'
  | 'unreadable'
  | 'too_large'
  // the tree
  | 'max_not_sum'
  | 'duplicate_id'
  | 'node_shape'
  | 'too_many_decimals'
  | 'tier_bound'
  | 'tiers_out_of_order'
  | 'tier_points_decrease'
  | 'tier_empty'
  | 'tiers_overlap'
  | 'tiers_gap'
  | 'duplicate_level'
  | 'points_above_max'
  | 'level_above_max'
  | 'bands_overlap'
  | 'bands_gap'
  | 'count_mismatch'
  | 'invalid_scale'
  | 'duplicate_condition'
  | 'floor_above_max'
  // exactness (points are exact integers of thousandths up to 2^53 − 1)
  | 'points_too_large'
  // inputs
  | 'unknown_input'
  | 'not_a_leaf'
  | 'invalid_input'
  | 'input_above_max'
  | 'input_out_of_range'
  | 'empty_ratio'
  | 'survey_self_score'
  | 'unknown_unit'
  // reading rules from text (parseRule, criteriaFromRows)
  | 'tiers_not_monotone'
  | 'invalid_max'
  | 'unknown_column'
  | 'no_nodes'
  | 'missing_max'
  | 'missing_title'
  | 'number_out_of_place'
  // warnings
  | 'rule_unread'
  | 'rule_manual'
  | 'rule_missing'
  | 'rule_below_max'
  | 'rule_text_on_parent'
  | 'row_outside_node'
  | 'evidence_missing'
  | 'evidence_partial'
  | 'adjustment_capped'
  // presets and compliance inputs
  | 'unknown_preset'
  | 'unknown_source'
  | 'unknown_area'
  | 'source_missing';

/**
 * An issue from the scoring module: its `code` is a {@link ScoringIssueCode}.
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, type ScoringIssue } from 'cchc';
 * const r = loadCriteriaSet({ schemaVersion: 1, id: 'x', title: 'X', nodes: [] });
 * const issues: readonly ScoringIssue[] = r.ok ? [] : (r.issues as readonly ScoringIssue[]);
 * ```
 */
export type ScoringIssue = Issue<ScoringIssueCode>;

/** @internal */
export function mk(path: IssuePath, code: ScoringIssueCode, vi: string, en: string): Issue {
  return issue(path, code, vi, en);
}

/** @internal */
export const msg = {
  maxNotSum: (path: IssuePath, id: string, max: string, sum: string) =>
    mk(
      path,
      'max_not_sum',
      `"${id}": điểm tối đa ${max} khác tổng điểm các tiêu chí con ${sum}`,
      `"${id}": max ${max} differs from the sum of its children ${sum}`,
    ),
  duplicateId: (path: IssuePath, id: string) =>
    mk(path, 'duplicate_id', `Mã "${id}" bị trùng`, `Duplicate id "${id}"`),
  nodeShape: (path: IssuePath, id: string) =>
    mk(
      path,
      'node_shape',
      `"${id}": phải có đúng một trong hai: tiêu chí con (children) hoặc cách chấm (rule)`,
      `"${id}": needs exactly one of children and rule`,
    ),
  tooManyDecimals: (path: IssuePath, value: number) =>
    mk(
      path,
      'too_many_decimals',
      `Điểm ${String(value).replace('.', ',')} có quá 3 chữ số thập phân`,
      `Points ${value} have more than 3 decimals`,
    ),
  tierBound: (path: IssuePath, direction: string) =>
    mk(
      path,
      'tier_bound',
      `Mỗi mức cần ngưỡng theo chiều đánh giá — min hoặc above (cao hơn là tốt hơn), max hoặc below (thấp hơn là tốt hơn) — và thêm nhiều nhất một đầu kia; chiều đang dùng: ${direction}`,
      `Each tier needs the bound of its direction — min or above (higher is better), max or below (lower is better) — and at most one other end; direction: ${direction}`,
    ),
  tiersOutOfOrder: (path: IssuePath) =>
    mk(
      path,
      'tiers_out_of_order',
      'Các mức phải xếp theo ngưỡng tăng dần hoặc giảm dần, không trùng nhau',
      'Tiers must be listed in strictly increasing or decreasing order of their bounds',
    ),
  tierEmpty: (path: IssuePath) =>
    mk(
      path,
      'tier_empty',
      'Khoảng của mức rỗng: đầu dưới phải nhỏ hơn đầu trên',
      "The tier's range is empty: its lower end must be below its upper end",
    ),
  tiersOverlap: (path: IssuePath) =>
    mk(
      path,
      'tiers_overlap',
      'Khoảng của mức này chồng lên mức liền kề: một giá trị không được thuộc hai mức',
      'This tier overlaps the next one: a value may not fall in two tiers',
    ),
  tiersGap: (path: IssuePath) =>
    mk(
      path,
      'tiers_gap',
      'Giữa mức này và mức liền kề có khoảng trống không được chấm điểm',
      'This tier and the next one leave a gap that no tier scores',
    ),
  invalidDate: (path: IssuePath, value: string) =>
    mk(
      path,
      'invalid_date',
      `"${value}" không phải ngày hợp lệ dạng YYYY-MM-DD`,
      `"${value}" is not a valid YYYY-MM-DD date`,
    ),
  duplicateLevel: (path: IssuePath, a: string, b: string) =>
    mk(
      path,
      'duplicate_level',
      `Mức "${b}" trùng với mức "${a}" (chỉ khác chữ hoa, chữ thường, dấu, khoảng trắng hoặc cách mã hóa Unicode)`,
      `Level "${b}" duplicates "${a}" (they differ only in case, diacritics, spacing or Unicode form)`,
    ),
  tierPointsDecrease: (path: IssuePath) =>
    mk(
      path,
      'tier_points_decrease',
      'Mức tốt hơn không được cho ít điểm hơn mức kém hơn',
      'A better tier may not give fewer points than a worse one',
    ),
  pointsAboveMax: (path: IssuePath, points: string, max: string) =>
    mk(
      path,
      'points_above_max',
      `Số điểm ${points} vượt điểm tối đa ${max} của tiêu chí`,
      `Points ${points} exceed the item's max ${max}`,
    ),
  levelAboveMax: (path: IssuePath, level: string, points: string, max: string) =>
    mk(
      path,
      'level_above_max',
      `Mức "${level}" cho ${points} điểm, vượt điểm tối đa ${max}`,
      `Level "${level}" gives ${points}, above the max ${max}`,
    ),
  bandsOverlap: (path: IssuePath, a: string, b: string) =>
    mk(
      path,
      'bands_overlap',
      `Khoảng xếp loại "${a}" và "${b}" chồng lên nhau`,
      `Bands "${a}" and "${b}" overlap`,
    ),
  bandsGap: (path: IssuePath, a: string, b: string) =>
    mk(
      path,
      'bands_gap',
      `Giữa khoảng xếp loại "${a}" và "${b}" có khoảng trống`,
      `Bands "${a}" and "${b}" leave a gap`,
    ),
  countMismatch: (path: IssuePath, what: string, declared: number, actual: number) =>
    mk(
      path,
      'count_mismatch',
      `Khai báo ${declared} ${what} nhưng cây tiêu chí có ${actual}`,
      `Declared ${declared} ${what} but the tree has ${actual}`,
    ),
  invalidScale: (path: IssuePath) =>
    mk(
      path,
      'invalid_scale',
      'Thang khảo sát phải có giá trị thấp nhỏ hơn giá trị cao',
      'The survey scale needs low < high',
    ),
  duplicateCondition: (path: IssuePath, c: string) =>
    mk(path, 'duplicate_condition', `Điều kiện "${c}" bị trùng`, `Duplicate condition "${c}"`),
  floorAboveMax: (path: IssuePath) =>
    mk(
      path,
      'floor_above_max',
      'Mức sàn của điểm trừ không được lớn hơn điểm tối đa',
      'The deduction floor may not exceed the max',
    ),
  unknownInput: (id: string) =>
    mk([id], 'unknown_input', `"${id}" không có trong bộ tiêu chí`, `"${id}" is not in the criteria set`),
  notALeaf: (id: string) =>
    mk(
      [id],
      'not_a_leaf',
      `"${id}" là tiêu chí có tiêu chí con; chỉ chấm điểm tiêu chí thành phần cuối cùng`,
      `"${id}" has children; only leaves take inputs`,
    ),
  invalidInput: (path: IssuePath, id: string, expectedVi: string, expectedEn: string) =>
    mk(
      path,
      'invalid_input',
      `"${id}": giá trị không hợp lệ, cần ${expectedVi}`,
      `"${id}": invalid input, expected ${expectedEn}`,
    ),
  pointsTooLarge: (path: IssuePath, id: string) =>
    mk(
      path,
      'points_too_large',
      `"${id}": số điểm vượt quá giới hạn tính chính xác (2^53 − 1 phần nghìn điểm, khoảng 9 nghìn tỷ điểm)`,
      `"${id}": the points go beyond what can be computed exactly (2^53 − 1 thousandths, about 9 × 10^12 points)`,
    ),
  inputAboveMax: (path: IssuePath, id: string, value: string, max: string) =>
    mk(
      path,
      'input_above_max',
      `"${id}": ${value} điểm vượt điểm tối đa ${max}`,
      `"${id}": ${value} points exceed the max ${max}`,
    ),
  outOfRange: (path: IssuePath, id: string, value: string, range: string) =>
    mk(
      path,
      'input_out_of_range',
      `"${id}": giá trị ${value} nằm ngoài khoảng ${range}`,
      `"${id}": value ${value} is outside ${range}`,
    ),
  emptyRatio: (path: IssuePath, id: string) =>
    mk(
      path,
      'empty_ratio',
      `"${id}": mẫu số bằng 0 mà tiêu chí không quy định điểm cho trường hợp này (whenEmpty)`,
      `"${id}": the denominator is 0 and the rule states no points for it (whenEmpty)`,
    ),
  surveySelfScore: (path: IssuePath, id: string) =>
    mk(
      path,
      'survey_self_score',
      `"${id}": điểm điều tra xã hội học không được tự chấm`,
      `"${id}": survey points cannot be self-scored`,
    ),
  inputsNotRecord: (path: IssuePath) =>
    mk(
      path,
      'invalid_input',
      'Dữ liệu chấm điểm phải là một đối tượng { mã tiêu chí: giá trị }',
      'Inputs must be an object { criterion id: value }',
    ),
  unknownUnit: (path: IssuePath, id: string) =>
    mk(path, 'unknown_unit', `Không có kết quả chấm của đơn vị "${id}"`, `No score for unit "${id}"`),
  evidenceMissing: (id: string) =>
    mk(
      [id, 'evidence'],
      'evidence_missing',
      `"${id}": thiếu tài liệu kiểm chứng`,
      `"${id}": evidence is missing`,
    ),
  evidencePartial: (id: string, missing: readonly string[]) =>
    mk(
      [id, 'evidence'],
      'evidence_partial',
      `"${id}": tài liệu kiểm chứng chưa đủ (thiếu: ${missing.join(', ')}) và chưa có giải trình`,
      `"${id}": evidence is partial (missing: ${missing.join(', ')}) with no explanation`,
    ),
  adjustmentCapped: (id: string, given: string, cap: string) =>
    mk(
      [id],
      'adjustment_capped',
      `"${id}": ${given} điểm vượt mức tối đa ${cap}, chỉ tính ${cap}`,
      `"${id}": ${given} points exceed the cap ${cap}; ${cap} counted`,
    ),
  // Reading rules from text.
  invalidMax: (path: IssuePath, value: string) =>
    mk(
      path,
      'invalid_max',
      `Điểm tối đa "${value}" không phải số không âm có nhiều nhất 3 chữ số thập phân`,
      `The max "${value}" is not a non-negative number with at most 3 decimals`,
    ),
  ruleNotText: (path: IssuePath) =>
    mk(path, 'invalid_type', 'Cách chấm phải là văn bản', 'The scoring rule must be text'),
  clauseAboveMax: (path: IssuePath, clause: string, points: string, max: string) =>
    mk(
      path,
      'points_above_max',
      `"${clause}": ${points} điểm vượt điểm tối đa ${max} của tiêu chí`,
      `"${clause}": ${points} points exceed the item's max ${max}`,
    ),
  clausesOverlap: (path: IssuePath, a: string, b: string) =>
    mk(
      path,
      'tiers_overlap',
      `Khoảng "${a}" và "${b}" chồng lên nhau: một kết quả thuộc cả hai mức`,
      `The ranges "${a}" and "${b}" overlap: one result falls in both`,
    ),
  clausesGap: (path: IssuePath, a: string, b: string) =>
    mk(
      path,
      'tiers_gap',
      `Giữa khoảng "${a}" và "${b}" có kết quả không thuộc mức nào`,
      `Between the ranges "${a}" and "${b}" some results fall in no tier`,
    ),
  tiersNotMonotone: (path: IssuePath) =>
    mk(
      path,
      'tiers_not_monotone',
      'Điểm các mức vừa tăng vừa giảm theo kết quả: không xác định được kết quả cao hơn hay thấp hơn là tốt hơn',
      'The points go both up and down with the result: neither higher nor lower is better',
    ),
  ruleUnread: (path: IssuePath, text: string, reasonVi: string, reasonEn: string) =>
    mk(
      path,
      'rule_unread',
      `Chưa đọc được cách chấm "${text}" (${reasonVi}): tiêu chí được chấm trực tiếp (manual); sửa câu chữ hoặc nhập quy tắc bằng tay`,
      `Could not read the rule "${text}" (${reasonEn}): the item is scored by hand (manual); reword it or write the rule by hand`,
    ),
  ruleManual: (path: IssuePath, reasonVi: string, reasonEn: string) =>
    mk(
      path,
      'rule_manual',
      `Tiêu chí chấm trực tiếp (manual): ${reasonVi}`,
      `The item is scored by hand (manual): ${reasonEn}`,
    ),
  ruleMissing: (path: IssuePath) =>
    mk(
      path,
      'rule_missing',
      'Không có cách chấm: tiêu chí được chấm trực tiếp (manual)',
      'No scoring rule: the item is scored by hand (manual)',
    ),
  ruleBelowMax: (path: IssuePath, best: string, max: string) =>
    mk(
      path,
      'rule_below_max',
      `Mức cao nhất chỉ cho ${best} điểm, thấp hơn điểm tối đa ${max}`,
      `The best outcome gives ${best} points, below the max ${max}`,
    ),
  unknownColumn: (path: IssuePath, ref: string) =>
    mk(
      path,
      'unknown_column',
      `Không tìm thấy cột "${ref}" trong dòng tiêu đề`,
      `No column "${ref}" in the header row`,
    ),
  noNodes: (path: IssuePath) =>
    mk(path, 'no_nodes', 'Không tìm thấy dòng tiêu chí nào có số thứ tự', 'No numbered criterion row found'),
  missingMax: (path: IssuePath, id: string) =>
    mk(path, 'missing_max', `Tiêu chí "${id}" không có điểm tối đa`, `Item "${id}" has no maximum`),
  missingTitle: (path: IssuePath, id: string) =>
    mk(path, 'missing_title', `Tiêu chí "${id}" không có tên`, `Item "${id}" has no title`),
  numberNotRead: (path: IssuePath, cell: string) =>
    mk(
      path,
      'number_out_of_place',
      `Không đọc được số thứ tự "${cell}": dòng được coi là dòng không đánh số (cách chấm hoặc tiêu đề)`,
      `The number "${cell}" could not be read: the row is read as an unnumbered row (a scoring line or a heading)`,
    ),
  ruleTextOnParent: (path: IssuePath, id: string) =>
    mk(
      path,
      'rule_text_on_parent',
      `Tiêu chí "${id}" có tiêu chí con nên không có cách chấm riêng: nội dung được giữ trong ghi chú (note)`,
      `Item "${id}" has children, so no rule of its own: the text is kept in its note`,
    ),
  rowOutsideNode: (path: IssuePath, text: string) =>
    mk(
      path,
      'row_outside_node',
      `Dòng "${text}" đứng trước mọi tiêu chí: không gắn được vào tiêu chí nào, chỉ ghi trong báo cáo`,
      `The row "${text}" comes before any item: it belongs to none and is kept in this report only`,
    ),
} as const;
