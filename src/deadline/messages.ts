/**
 * Why a deadline was not understood, in words for officials (Vietnamese) and
 * in English — one place for these texts, so tools show the same words.
 *
 * @module
 */
import type { UnknownDeadline } from './types.js';

/**
 * The explanation of each {@link UnknownDeadline} `reason`: `message` in
 * Vietnamese, `messageEn` in English.
 *
 * @example
 * ```ts
 * import { parseDeadline, UNKNOWN_DEADLINE_REASONS } from 'cchc';
 * const d = parseDeadline('30/02/2019');
 * if (d.kind === 'unknown') console.log(UNKNOWN_DEADLINE_REASONS[d.reason].message);
 * // 'Ngày không tồn tại (ví dụ 30/02 hoặc 31/11)'
 * ```
 */
export const UNKNOWN_DEADLINE_REASONS: {
  readonly [R in UnknownDeadline['reason']]: { readonly message: string; readonly messageEn: string };
} = Object.freeze({
  empty: Object.freeze({ message: 'Không ghi thời hạn', messageEn: 'No deadline written' }),
  'impossible-date': Object.freeze({
    message: 'Ngày không tồn tại (ví dụ 30/02 hoặc 31/11)',
    messageEn: 'The date does not exist (such as 30/02 or 31/11)',
  }),
  'impossible-period': Object.freeze({
    message: 'Kỳ không tồn tại (ví dụ quý V, tháng 13) hoặc kết thúc trước khi bắt đầu',
    messageEn: 'The period does not exist (such as quarter V or month 13) or ends before it starts',
  }),
  'no-year': Object.freeze({
    message: 'Không rõ năm: thời hạn không ghi năm và kế hoạch không cho biết năm',
    messageEn: 'No year: the deadline names none and the plan gives none',
  }),
  ambiguous: Object.freeze({
    message:
      'Thời hạn không chỉ một ngày cụ thể (ví dụ "giữa năm", "đầu quý", "tháng cuối kỳ" mà không nói kỳ nào); hãy ghi rõ tháng hoặc quý (ví dụ "Tháng 6/2019")',
    messageEn:
      'The text names no single due day (such as "giữa năm", mid-year, "đầu quý", early in the quarter, or "the last month of the period" without the period); write the month or quarter (such as "Tháng 6/2019")',
  }),
  unrecognised: Object.freeze({
    message: 'Không đọc được thời hạn; hãy ghi lại theo mẫu (ví dụ "Quý II/2018")',
    messageEn: 'The deadline could not be read; write it in a standard form (such as "Quý II/2018")',
  }),
});
