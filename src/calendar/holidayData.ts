/**
 * Types for the yearly holiday schedules that the Government announces, and
 * the announced schedules the library ships (2025, 2026).
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import type { IsoDate } from './isoDate.js';

/**
 * One dated entry of an announced schedule: a day given off or a rest day
 * made a working day. `name` is Vietnamese; `nameEn` English.
 *
 * @example
 * ```ts
 * import { assertIsoDate, type HolidayEntry } from 'cchc';
 * const e: HolidayEntry = { date: assertIsoDate('2026-08-31'), name: 'Nghỉ hoán đổi', nameEn: 'Swapped day off' };
 * ```
 */
export interface HolidayEntry {
  readonly date: IsoDate;
  readonly name: string;
  readonly nameEn?: string;
}

/**
 * A year's announced holiday schedule (lịch nghỉ lễ, Tết hằng năm), as the
 * Prime Minister fixes it and the Government Office announces it. Every
 * field but `year` and `source` is optional; what is left out follows the
 * rules of the Labour Code (see `vietnamHolidays`).
 *
 * - `tetDays`: the five Tết Âm lịch days off fixed for the year (Bộ luật
 *   Lao động 2019, Điều 112 khoản 3: the Prime Minister fixes them).
 * - `nationalDayAdjacent`: the day off beside 2/9 (1/9 or 3/9), also fixed by
 *   the Prime Minister.
 * - `daysOff`: further days off announced for state agencies — typically a
 *   working day between a holiday and a weekend, given off in exchange for a
 *   Saturday worked (`workingDays`).
 * - `workingDays`: weekly rest days made working days (a Saturday worked in
 *   exchange for a day off).
 * - `source`: the announcing document(s), e.g. "Công văn 9859/VPCP-KGVX".
 *
 * @example
 * ```ts
 * import { assertIsoDate, type HolidayData } from 'cchc';
 * const d: HolidayData = {
 *   year: 2026,
 *   source: 'Công văn 9859/VPCP-KGVX của Văn phòng Chính phủ',
 *   nationalDayAdjacent: assertIsoDate('2026-09-01'),
 *   daysOff: [{ date: assertIsoDate('2026-08-31'), name: 'Nghỉ hoán đổi' }],
 *   workingDays: [{ date: assertIsoDate('2026-08-22'), name: 'Làm bù' }],
 * };
 * ```
 */
export interface HolidayData {
  readonly year: number;
  readonly source: string;
  readonly tetDays?: readonly IsoDate[];
  readonly nationalDayAdjacent?: IsoDate;
  readonly daysOff?: readonly HolidayEntry[];
  readonly workingDays?: readonly HolidayEntry[];
}

/**
 * The holiday schedule announced for 2022 (state agencies, Monday–Friday
 * week). Source: Công văn 245/VPCP-KGVX (11/01/2022) của Văn phòng Chính phủ
 * — the Deputy Prime Minister agreeing with Bộ Lao động – Thương binh và Xã
 * hội's proposal: the five Tết days Mon 31/01 – Fri 04/02 (one day before
 * Tết, 01/02, and four after; off with the weekends Sat 29/01 – Sun 06/02),
 * Quốc khánh Thu 1/9 – Fri 2/9; the other holidays follow the Labour Code.
 * (Read as republished by vntrip.vn and baoquocte.vn, January 2022.)
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2022, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2022, HOLIDAY_DATA_2022).filter((h) => h.kind === 'compensatory').map((h) => h.date);
 * // ['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']
 * ```
 */
export const HOLIDAY_DATA_2022: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2022,
  source: 'Công văn 245/VPCP-KGVX (11/01/2022) của Văn phòng Chính phủ',
  tetDays: [
    '2022-01-31' as IsoDate,
    '2022-02-01' as IsoDate,
    '2022-02-02' as IsoDate,
    '2022-02-03' as IsoDate,
    '2022-02-04' as IsoDate,
  ],
  nationalDayAdjacent: '2022-09-01' as IsoDate,
});

/**
 * The holiday schedule announced for 2023 (state agencies, Monday–Friday
 * week). Source: Công văn 8056/VPCP-KGVX (01/12/2022) của Văn phòng Chính
 * phủ — the Deputy Prime Minister agreeing with Bộ Lao động – Thương binh và
 * Xã hội's proposal: Tết off Fri 20/01 (29 tháng Chạp) – Thu 26/01 (mùng 5),
 * Quốc khánh off Fri 1/9 – Mon 4/9; the other holidays follow the Labour
 * Code. (Read as republished from VTV, 01/12/2022.)
 *
 * The letter gives the blocks, not the split: the five Tết days Fri 20/01 –
 * Tue 24/01 (two before Tết, 22/01, and three after) with compensatory days
 * Wed 25 and Thu 26 for Saturday 21 and Sunday 22, and 1/9 beside 2/9 (2/9 a
 * Saturday, compensatory Mon 4/9), are the only splits that give those blocks.
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2023, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2023, HOLIDAY_DATA_2023).filter((h) => h.kind === 'compensatory').length; // 6
 * ```
 */
export const HOLIDAY_DATA_2023: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2023,
  source: 'Công văn 8056/VPCP-KGVX (01/12/2022) của Văn phòng Chính phủ',
  tetDays: [
    '2023-01-20' as IsoDate,
    '2023-01-21' as IsoDate,
    '2023-01-22' as IsoDate,
    '2023-01-23' as IsoDate,
    '2023-01-24' as IsoDate,
  ],
  nationalDayAdjacent: '2023-09-01' as IsoDate,
});

/**
 * The holiday schedule announced for 2024 (state agencies, Monday–Friday
 * week). Sources: Công văn 8662/VPCP-KGVX (03/11/2023) của Văn phòng Chính
 * phủ on Bộ Lao động – Thương binh và Xã hội's proposal 4594/LĐTBXH-ATLĐ,
 * announced by Thông báo 5015/TB-LĐTBXH (22/11/2023) — Tết and Quốc khánh;
 * Công văn 2450/VPCP-KGVX (12/4/2024) — the 30/4–1/5 swap. (Read in the
 * notices as republished at http://huyendakha.kontum.gov.vn/ and
 * https://baophapluat.vn/.)
 *
 * - Tết: off Thu 08/02 (29 tháng Chạp) – Wed 14/02 (mùng 5): the five Tết days
 *   Thu 08/02 – Mon 12/02 (two days before Tết, 10/02, and three after) and
 *   two compensatory days (Tết on Saturday and Sunday).
 * - 30/4–1/5: off Sat 27/4 – Wed 1/5; Mon 29/4 off in exchange for Saturday
 *   4/5 worked.
 * - Quốc khánh: off Sat 31/8 – Tue 3/9; the day beside 2/9 is Tue 3/9.
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2024, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2024, HOLIDAY_DATA_2024).filter((h) => h.date.startsWith('2024-02')).length; // 7
 * ```
 */
export const HOLIDAY_DATA_2024: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2024,
  source:
    'Công văn 8662/VPCP-KGVX (03/11/2023) của Văn phòng Chính phủ; Thông báo 5015/TB-LĐTBXH (22/11/2023) của Bộ Lao động – Thương binh và Xã hội; Công văn 2450/VPCP-KGVX (12/4/2024) của Văn phòng Chính phủ',
  tetDays: [
    '2024-02-08' as IsoDate,
    '2024-02-09' as IsoDate,
    '2024-02-10' as IsoDate,
    '2024-02-11' as IsoDate,
    '2024-02-12' as IsoDate,
  ],
  nationalDayAdjacent: '2024-09-03' as IsoDate,
  daysOff: [
    {
      date: '2024-04-29' as IsoDate,
      name: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 4/5)',
      nameEn: 'Swapped day off for 30 April – 1 May (Saturday 4 May worked)',
    },
  ],
  workingDays: [
    {
      date: '2024-05-04' as IsoDate,
      name: 'Làm bù cho ngày nghỉ hoán đổi 29/4',
      nameEn: 'Worked in exchange for the day off on 29 April',
    },
  ],
});

/**
 * The holiday schedule announced for 2025 (state agencies, Monday–Friday
 * week). Source: Công văn 8726/VPCP-KGVX (2024) của Văn phòng Chính phủ;
 * Thông báo 6150/TB-BLĐTBXH của Bộ Lao động – Thương binh và Xã hội.
 *
 * - Tết: off Sat 25/01 – Sun 02/02; the five Tết days are Mon 27/01 – Fri
 *   31/01 (two days before Tết, 29/01, and three after).
 * - 30/4–1/5: off Wed 30/4 – Sun 4/5; Fri 2/5 off in exchange for Saturday
 *   26/4 worked.
 * - Quốc khánh: off Sat 30/8 – Tue 2/9; the day beside 2/9 is Mon 1/9.
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2025, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2025, HOLIDAY_DATA_2025).map((h) => h.date);
 * ```
 */
export const HOLIDAY_DATA_2025: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2025,
  source:
    'Công văn 8726/VPCP-KGVX (2024) của Văn phòng Chính phủ; Thông báo 6150/TB-BLĐTBXH của Bộ Lao động – Thương binh và Xã hội',
  tetDays: [
    '2025-01-27' as IsoDate,
    '2025-01-28' as IsoDate,
    '2025-01-29' as IsoDate,
    '2025-01-30' as IsoDate,
    '2025-01-31' as IsoDate,
  ],
  nationalDayAdjacent: '2025-09-01' as IsoDate,
  daysOff: [
    {
      date: '2025-05-02' as IsoDate,
      name: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4)',
      nameEn: 'Swapped day off for 30 April – 1 May (Saturday 26 April worked)',
    },
  ],
  workingDays: [
    {
      date: '2025-04-26' as IsoDate,
      name: 'Làm bù cho ngày nghỉ hoán đổi 2/5',
      nameEn: 'Worked in exchange for the day off on 2 May',
    },
  ],
});

/**
 * The holiday schedule announced for 2026 (state agencies, Monday–Friday
 * week). Source: Công văn 9859/VPCP-KGVX (2025) của Văn phòng Chính phủ,
 * on the proposal of Bộ Nội vụ (Công văn 8764/BNV-CVL).
 *
 * - Tết Dương lịch: Thu 01/01.
 * - Tết: off Sat 14/02 – Sun 22/02; the five Tết days are Mon 16/02 – Fri
 *   20/02 (the day before Tết, 17/02, and four after).
 * - Giỗ Tổ Hùng Vương: Sun 26/4, compensatory day Mon 27/4 (by the rule).
 * - 30/4–1/5: off Thu 30/4 – Sun 3/5.
 * - Quốc khánh: off Sat 29/8 – Wed 2/9; the day beside 2/9 is Tue 1/9; Mon
 *   31/8 off in exchange for Saturday 22/8 worked.
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2026, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2026, HOLIDAY_DATA_2026).length; // 13
 * ```
 */
export const HOLIDAY_DATA_2026: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2026,
  source:
    'Công văn 9859/VPCP-KGVX (2025) của Văn phòng Chính phủ về đề xuất của Bộ Nội vụ (Công văn 8764/BNV-CVL)',
  tetDays: [
    '2026-02-16' as IsoDate,
    '2026-02-17' as IsoDate,
    '2026-02-18' as IsoDate,
    '2026-02-19' as IsoDate,
    '2026-02-20' as IsoDate,
  ],
  nationalDayAdjacent: '2026-09-01' as IsoDate,
  daysOff: [
    {
      date: '2026-08-31' as IsoDate,
      name: 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8)',
      nameEn: 'Swapped day off for National Day (Saturday 22 August worked)',
    },
  ],
  workingDays: [
    {
      date: '2026-08-22' as IsoDate,
      name: 'Làm bù cho ngày nghỉ hoán đổi 31/8',
      nameEn: 'Worked in exchange for the day off on 31 August',
    },
  ],
});

/**
 * Every announced schedule the library ships, keyed by year. The default
 * state-agency {@link WorkCalendar} applies them.
 *
 * @example
 * ```ts
 * import { VIETNAM_HOLIDAY_DATA } from 'cchc';
 * Object.keys(VIETNAM_HOLIDAY_DATA); // ['2022', '2023', '2024', '2025', '2026']
 * VIETNAM_HOLIDAY_DATA[2026]?.source;
 * ```
 */
export const VIETNAM_HOLIDAY_DATA: Readonly<Record<number, HolidayData>> = /* @__PURE__ */ Object.freeze({
  2022: HOLIDAY_DATA_2022,
  2023: HOLIDAY_DATA_2023,
  2024: HOLIDAY_DATA_2024,
  2025: HOLIDAY_DATA_2025,
  2026: HOLIDAY_DATA_2026,
});
