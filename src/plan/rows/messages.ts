/**
 * The messages of `planFromRows`: its own issues and the reasons of its
 * reading report, Vietnamese first, English beside. The issue codes are in
 * `PLAN_ISSUE_CODES`.
 *
 * @internal
 * @module
 */
import { issue, type Issue, type IssuePath } from '../../core/result.js';

/** The most rows and columns a worksheet holds (Microsoft Excel's specifications and limits: 1,048,576 rows by 16,384 columns). @internal */
export const MAX_ROWS = 1_048_576;
/** @internal */
export const MAX_COLUMNS = 16_384;
/** The most cells read in one table (2^24): beyond any real appendix; it bounds the work on sparse arrays. @internal */
export const MAX_CELLS = 16_777_216;

/** A name the 2025 reorganisation did away with: a department or a district committee. @internal */
export type Ended = 'department' | 'district' | null;

/** A registry department the name may be the short form of ("Sở NV": Sở Nội vụ). @internal */
export type Maybe = { readonly id: string; readonly name: string } | undefined;

function maybeVi(maybe: Maybe): string {
  return maybe === undefined
    ? ''
    : `. Có thể là viết tắt của "${maybe.name}" (mã "${maybe.id}"): nếu đúng, thêm vào aliases của cơ quan đó`;
}

function maybeEn(maybe: Maybe): string {
  return maybe === undefined
    ? ''
    : `. It may be a short form of "${maybe.name}" (id "${maybe.id}"): if so, add it to that agency's aliases`;
}

// Nghị định 45/2025/NĐ-CP (28/2/2025) lists the provincial departments; the district level
// ends from 1/7/2025 (Nghị quyết 203/2025/QH15, as reported by vietnamnet.vn and nhansu.vn).
// Who took over is each province's decision: the message asks, it never names one.
function endedVi(ended: Ended): string {
  if (ended === 'department')
    return '. Sở này không có trong danh sách các sở theo Nghị định 45/2025/NĐ-CP: ghi cơ quan đã tiếp nhận nhiệm vụ (hoặc khai báo cơ quan cũ với succeededBy)';
  if (ended === 'district')
    return '. Cấp huyện không còn từ ngày 01/7/2025: ghi cơ quan đã tiếp nhận nhiệm vụ (hoặc khai báo cơ quan cũ với succeededBy hay endedOn)';
  return '';
}

function endedEn(ended: Ended): string {
  if (ended === 'department')
    return '. This department is not among those of Nghị định 45/2025/NĐ-CP: name the agency that took over its tasks (or list the old one with succeededBy)';
  if (ended === 'district')
    return '. The district level ended on 1 July 2025: name the agency that took over its tasks (or list the old one with succeededBy or endedOn)';
  return '';
}

/** @internal */
export const rowsMsg = {
  invalidRows: (): Issue =>
    issue(
      ['rows'],
      'invalid_rows',
      'Bảng phải là một danh sách các dòng (mỗi dòng là danh sách các ô)',
      'The table must be a list of rows (each a list of cells)',
    ),
  tableTooLarge: (path: IssuePath, what: 'rows' | 'columns' | 'cells', n: number): Issue => {
    if (what === 'rows')
      return issue(
        path,
        'table_too_large',
        `Bảng có ${n} dòng, nhiều hơn một trang tính có thể chứa (${MAX_ROWS})`,
        `The table has ${n} rows, more than a worksheet holds (${MAX_ROWS})`,
      );
    if (what === 'columns')
      return issue(
        path,
        'table_too_large',
        `Dòng có ${n} ô, nhiều hơn một trang tính có thể chứa (${MAX_COLUMNS})`,
        `The row has ${n} cells, more than a worksheet holds (${MAX_COLUMNS})`,
      );
    return issue(
      path,
      'table_too_large',
      `Bảng có ${n} ô, nhiều hơn thư viện đọc trong một bảng (${MAX_CELLS})`,
      `The table has ${n} cells, more than the library reads in one table (${MAX_CELLS})`,
    );
  },
  invalidOptions: (path: IssuePath, what: string): Issue =>
    issue(
      path,
      'invalid_options',
      `Tùy chọn không hợp lệ: thiếu hoặc sai kiểu ${what}`,
      `Invalid options: ${what} is missing or of the wrong type`,
    ),
  cellNotText: (path: IssuePath): Issue =>
    issue(
      path,
      'cell_not_text',
      'Ô (hoặc dòng) này không phải văn bản, số hay ngày tháng; đã đọc là ô trống',
      'This cell (or row) is not text, a number or a date; it was read as empty',
    ),
  unknownColumn: (path: IssuePath, ref: string | number): Issue =>
    issue(
      path,
      'unknown_column',
      typeof ref === 'number'
        ? `Không có cột số ${ref} trong bảng`
        : `Không tìm thấy cột "${ref}" trong dòng tiêu đề`,
      typeof ref === 'number'
        ? `The table has no column ${ref}`
        : `Column "${ref}" not found in the header row`,
    ),
  noTasks: (path: IssuePath): Issue =>
    issue(path, 'no_tasks', 'Không tìm thấy dòng nhiệm vụ nào trong bảng', 'No task rows found in the table'),
  unknownAgencyName: (path: IssuePath, name: string, ended: Ended = null, maybe: Maybe = undefined): Issue =>
    issue(
      path,
      'unknown_agency_name',
      `Cơ quan "${name}" không có trong danh sách cơ quan${endedVi(ended)}${maybeVi(maybe)}`,
      `Agency "${name}" is not in the agency registry${endedEn(ended)}${maybeEn(maybe)}`,
    ),
  agencyCreated: (
    path: IssuePath,
    name: string,
    id: string,
    ended: Ended = null,
    maybe: Maybe = undefined,
  ): Issue =>
    issue(
      path,
      'agency_created',
      `Đã thêm cơ quan mới "${name}" (mã "${id}") vì không có trong danh sách; hãy kiểm tra lại${endedVi(ended)}${maybeVi(maybe)}`,
      `Added new agency "${name}" (id "${id}") as it was not in the registry; please check${endedEn(ended)}${maybeEn(maybe)}`,
    ),
  groupCellKept: (path: IssuePath, text: string): Issue =>
    issue(
      path,
      'group_cell_kept',
      `Dòng tiêu đề nhóm có thêm nội dung "${text}"; đã ghép vào tên nhóm`,
      `The group header row has extra text "${text}"; appended to the group title`,
    ),
};

/** The reasons of the reading report. @internal */
export const reasons = {
  emptyDeadline: { reason: 'Không ghi thời hạn', reasonEn: 'No deadline given' },
  emptyLead: {
    reason:
      'Không ghi cơ quan chủ trì: nhiệm vụ không có cơ quan chịu trách nhiệm. Nếu ô được gộp với dòng trên, hãy ghi cơ quan cho từng dòng',
    reasonEn:
      'No lead agency given: no agency answers for the task. If the cell was merged with the row above, write the agency on each row',
  },
  totalsRow: {
    reason: 'Dòng tổng cộng của bảng, không phải nhiệm vụ',
    reasonEn: "The table's totals row, not a task",
  },
  unreadDeadline: {
    reason: 'Không đọc được thời hạn (không phải dạng thời hạn đã biết)',
    reasonEn: 'The deadline could not be read (not a known deadline form)',
  },
  unreadTargetLine: {
    reason: 'Dòng có vẻ nêu chỉ tiêu nhưng không đọc được giá trị',
    reasonEn: 'The line looks like a target but no value could be read',
  },
  unreadTargetStatement: {
    reason: 'Mục tiêu không nêu chỉ tiêu đọc được',
    reasonEn: 'The target statement states no target that could be read',
  },
  agencyCreated: (id: string, ended: Ended = null, maybe: Maybe = undefined) => ({
    reason: `Không có trong danh sách cơ quan; đã thêm cơ quan mới "${id}"${endedVi(ended)}${maybeVi(maybe)}`,
    reasonEn: `Not in the agency registry; added as a new agency "${id}"${endedEn(ended)}${maybeEn(maybe)}`,
  }),
  unknownAgencyName: (ended: Ended = null, maybe: Maybe = undefined) => ({
    reason: `Không có trong danh sách cơ quan${endedVi(ended)}${maybeVi(maybe)}`,
    reasonEn: `Not in the agency registry${endedEn(ended)}${maybeEn(maybe)}`,
  }),
} as const;
