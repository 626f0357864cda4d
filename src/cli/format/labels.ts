/**
 * The words reports use for statuses and reform areas, Vietnamese and English.
 *
 * @module
 */
import type { Deadline } from '../../deadline/types.js';

/** The task statuses, in the order reports list them. */
export const STATUSES = [
  'overdue',
  'due_soon',
  'not_due',
  'done_on_time',
  'done_late',
  'ongoing',
  'awaiting_event',
  'unscheduled',
  'agency_ended',
] as const;

/** One status of a task or assignment at a date. */
export type TaskStatus = (typeof STATUSES)[number];

/** Vietnamese and English names of each status. */
export const STATUS_LABELS: Readonly<Record<TaskStatus, { readonly vi: string; readonly en: string }>> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  not_due: { vi: 'Chưa đến hạn', en: 'Not due' },
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành trễ hạn', en: 'Done late' },
  ongoing: { vi: 'Thường xuyên, đang thực hiện', en: 'Ongoing' },
  awaiting_event: { vi: 'Chờ phát sinh (khi có yêu cầu)', en: 'Awaiting its event' },
  unscheduled: { vi: 'Chưa xác định được thời hạn', en: 'Unscheduled' },
  agency_ended: { vi: 'Cơ quan chủ trì đã chấm dứt hoạt động', en: 'Lead agency ended' },
};

/** Vietnamese and English names of each reform area (a Map: area keys come from users' files). */
export const AREA_LABELS: ReadonlyMap<string, { readonly vi: string; readonly en: string }> = new Map(
  Object.entries({
    direction: { vi: 'Công tác chỉ đạo, điều hành', en: 'Direction and management' },
    communication: { vi: 'Thông tin, tuyên truyền', en: 'Information and communication' },
    institutions: { vi: 'Cải cách thể chế', en: 'Institutional reform' },
    procedures: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' },
    organisation: { vi: 'Cải cách tổ chức bộ máy', en: 'Organisational reform' },
    'civil-service': { vi: 'Cải cách chế độ công vụ', en: 'Civil service reform' },
    'public-finance': { vi: 'Cải cách tài chính công', en: 'Public finance reform' },
    'digital-government': {
      vi: 'Hiện đại hóa hành chính, chính quyền số',
      en: 'Modernisation, digital government',
    },
    impact: { vi: 'Tác động của cải cách hành chính', en: 'Impact of the reform' },
  }),
);

/** The name of an area for a report; unknown keys are shown as they are. */
export function areaLabel(area: string, lang: 'vi' | 'en' = 'vi'): string {
  return AREA_LABELS.get(area)?.[lang] ?? area;
}

/** The library's reason codes for a deadline it did not read. */
export type UnknownReason = Extract<Deadline, { readonly kind: 'unknown' }>['reason'];

/** Why a text was not read, in both languages (the library's `reason` codes). */
export const UNKNOWN_REASONS: ReadonlyMap<UnknownReason, { readonly vi: string; readonly en: string }> =
  new Map([
    ['empty', { vi: 'không có chữ nào (empty)', en: 'there is no text (empty)' }],
    [
      'impossible-date',
      {
        vi: 'ngày không có thật, như 30/02 hay 31/11 (impossible-date)',
        en: 'a day that does not exist, such as 30/02 or 31/11 (impossible-date)',
      },
    ],
    [
      'impossible-period',
      {
        vi: 'kỳ không có thật, như "Quý V", "Tháng 13" hay giai đoạn kết thúc trước khi bắt đầu (impossible-period)',
        en: 'a period that does not exist, such as "Quý V", "Tháng 13" or a range that ends before it starts (impossible-period)',
      },
    ],
    ['no-year', { vi: 'không ghi năm (no-year)', en: 'no year is named (no-year)' }],
    [
      'ambiguous',
      {
        vi: 'nói một phần của kỳ mà không có một ngày hạn rõ ràng, như "Giữa năm 2019", "Đầu quý III" (ambiguous)',
        en: 'names a part of a period with no one due day, such as "Giữa năm 2019", "Đầu quý III" (ambiguous)',
      },
    ],
    [
      'unrecognised',
      {
        vi: 'không phải cách ghi thời hạn mà thư viện biết (unrecognised)',
        en: 'not a way of writing a deadline that cchc knows (unrecognised)',
      },
    ],
  ]);
