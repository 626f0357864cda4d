/**
 * Types for the yearly holiday schedules that the Government announces, and
 * the announced schedules the library ships (2016–2026), each with the
 * document that announced it and the press reports it was read in.
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
 * import { isoDate, type HolidayEntry } from 'cchc';
 * const e: HolidayEntry = { date: isoDate('2026-08-31'), name: 'Nghỉ hoán đổi', nameEn: 'Swapped day off' };
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
 * - `sourceUrls`: where the announcement can be read (the document, or the
 *   press reports that published it), as web addresses.
 *
 * Days off and working days are listed under the schedule that announced
 * them even when their date falls in the year before (the 2019 schedule
 * gives Monday 31/12/2018 off): a calendar applies each entry on its date.
 * Dates may lie in `year − 1`, `year` or `year + 1`.
 *
 * @example
 * ```ts
 * import { isoDate, type HolidayData } from 'cchc';
 * const d: HolidayData = {
 *   year: 2026,
 *   source: 'Công văn 9859/VPCP-KGVX của Văn phòng Chính phủ',
 *   sourceUrls: ['https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html'],
 *   nationalDayAdjacent: isoDate('2026-09-01'),
 *   daysOff: [{ date: isoDate('2026-08-31'), name: 'Nghỉ hoán đổi' }],
 *   workingDays: [{ date: isoDate('2026-08-22'), name: 'Làm bù' }],
 * };
 * ```
 */
export interface HolidayData {
  readonly year: number;
  readonly source: string;
  readonly sourceUrls?: readonly string[];
  readonly tetDays?: readonly IsoDate[];
  readonly nationalDayAdjacent?: IsoDate;
  readonly daysOff?: readonly HolidayEntry[];
  readonly workingDays?: readonly HolidayEntry[];
}

/** The five Tết days, from the first. */
function tet(first: string, ...rest: string[]): IsoDate[] {
  return [first, ...rest] as IsoDate[];
}

/**
 * The holiday schedule announced for 2016 (state agencies, Monday–Friday
 * week). Source: Thông báo 4659/TB-LĐTBXH (13/11/2015) của Bộ Lao động –
 * Thương binh và Xã hội, after the Government agreed at its October 2015
 * meeting: Tết off Sat 06/02 – Sun 14/02 (28 tháng Chạp – mùng 7), the five
 * Tết days Sun 07/02 (29 tháng Chạp, the last day of a 29-day month) – Thu
 * 11/02 with Fri 12/02 compensatory; no day swapped that year. The other
 * holidays follow the Labour Code (1/1 Friday; Giỗ Tổ Sat 16/4 → Mon 18/4;
 * 30/4 and 1/5 on the weekend → Mon 2/5, Tue 3/5; 2/9 Friday).
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2016, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2016, HOLIDAY_DATA_2016).filter((h) => h.kind === 'compensatory').map((h) => h.date);
 * // ['2016-02-12', '2016-04-18', '2016-05-02', '2016-05-03']
 * ```
 */
export const HOLIDAY_DATA_2016: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2016,
  source: 'Thông báo 4659/TB-LĐTBXH (13/11/2015) của Bộ Lao động – Thương binh và Xã hội',
  sourceUrls: [
    'https://daidoanket.vn/print/10027905.html',
    'https://ngaynay.vn/lich-nghi-tet-nguyen-dan-binh-than-2016-gom-9-ngay-post13884.html',
  ],
  tetDays: tet('2016-02-07', '2016-02-08', '2016-02-09', '2016-02-10', '2016-02-11'),
});

/**
 * The holiday schedule announced for 2017 (state agencies). Source: Công văn
 * 9794/VPCP-KGVX (14/11/2016) của Văn phòng Chính phủ — the Prime Minister
 * agreeing with Bộ Lao động – Thương binh và Xã hội's proposal for Tết, which
 * the ministry announced on 24/11/2016: off Thu 26/01 (29 tháng Chạp) – Wed
 * 01/02 (mùng 5), the five Tết days Thu 26/01 – Mon 30/01 and compensatory
 * Tue 31/01, Wed 01/02 for mùng 1 and mùng 2 on the weekend; no day
 * swapped. The other holidays follow the Labour Code (1/1 Sunday → Mon 2/1;
 * 30/4 Sunday → Tue 2/5; 2/9 Saturday → Mon 4/9).
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2017, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2017, HOLIDAY_DATA_2017).filter((h) => h.kind === 'compensatory').map((h) => h.date);
 * // ['2017-01-02', '2017-01-31', '2017-02-01', '2017-05-02', '2017-09-04']
 * ```
 */
export const HOLIDAY_DATA_2017: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2017,
  source: 'Công văn 9794/VPCP-KGVX (14/11/2016) của Văn phòng Chính phủ',
  sourceUrls: [
    'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14971/chinh-thuc-co-lich-nghi-tet-am-lich-dinh-dau-2017',
    'https://bnews.vn/thong-bao-chinh-thuc-lich-nghi-tet-am-lich-nam-2017/29327.html',
    'https://vietnammoi.vn/infographic-chi-tiet-lich-nghi-cac-ngay-le-tet-nam-2017-11497.htm',
  ],
  tetDays: tet('2017-01-26', '2017-01-27', '2017-01-28', '2017-01-29', '2017-01-30'),
});

/**
 * The holiday schedule announced for 2018 (state agencies). Sources: Thông
 * báo 573/TB-VPCP (14/12/2017) của Văn phòng Chính phủ — the Prime
 * Minister's conclusion of 05/12/2017 — and Thông báo 5427/TB-LĐTBXH
 * (22/12/2017) của Bộ Lao động – Thương binh và Xã hội: Tết off Wed 14/02
 * (29 tháng Chạp) – Tue 20/02, the five Tết days Wed 14/02 – Sun 18/02 (two
 * before Tết, 16/02, and three after) with compensatory Mon 19, Tue 20;
 * Quốc khánh Sunday 2/9 with compensatory Mon 3/9; no day swapped. The rest
 * follows the Labour Code (Giỗ Tổ Wed 25/4; 28/4 – 1/5).
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2018, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2018, HOLIDAY_DATA_2018).filter((h) => h.kind === 'compensatory').map((h) => h.date);
 * // ['2018-02-19', '2018-02-20', '2018-09-03']
 * ```
 */
export const HOLIDAY_DATA_2018: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2018,
  source:
    'Thông báo 573/TB-VPCP (14/12/2017) của Văn phòng Chính phủ; Thông báo 5427/TB-LĐTBXH (22/12/2017) của Bộ Lao động – Thương binh và Xã hội',
  sourceUrls: [
    'https://luatminhkhue.vn/thong-bao-573-tb-vpcp-2017-nghi-le-tet-can-bo-cong-chuc-vien-chuc-2018.aspx',
    'https://kinhtenongthon.vn/cap-nhat-day-du-lich-nghi-cac-dip-le-tet-nam-2018-post12519.html',
    'https://giadinh.suckhoedoisong.vn/da-co-lich-nghi-tet-nguyen-dan-chinh-thuc-nam-2018-172171215135248829.htm',
  ],
  tetDays: tet('2018-02-14', '2018-02-15', '2018-02-16', '2018-02-17', '2018-02-18'),
});

/**
 * The holiday schedule announced for 2019 (state agencies, Monday–Friday
 * week). Sources: Công văn 6519/VPCP-KGVX (11/7/2018) của Văn phòng Chính
 * phủ, agreeing with Bộ Lao động – Thương binh và Xã hội's Tờ trình
 * 30/TTr-LĐTBXH (18/6/2018), announced by the ministry's Thông báo
 * 3238/TB-LĐTBXH (2018):
 *
 * - Tết Dương lịch: Mon 31/12/2018 off in exchange for Saturday 5/1/2019
 *   worked (off Sat 29/12/2018 – Tue 1/1/2019).
 * - Tết: the five Tết days Mon 04/02 (30 tháng Chạp) – Fri 08/02 (mùng 4),
 *   off Sat 02/02 – Sun 10/02.
 * - 30/4–1/5: Mon 29/4 off in exchange for Saturday 4/5 worked (off Sat
 *   27/4 – Wed 1/5).
 * - Giỗ Tổ (Sun 14/4 → Mon 15/4) and Quốc khánh (Mon 2/9, one day under the
 *   2012 Code) by the Labour Code.
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2019, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2019).filter((h) => h.kind === 'announced' || h.kind === 'working_weekend').map((h) => `${h.date} ${h.kind}`);
 * // ['2019-01-05 working_weekend', '2019-04-29 announced', '2019-05-04 working_weekend']
 * HOLIDAY_DATA_2019.daysOff?.[0]?.date; // '2018-12-31' — applied on its date, in 2018
 * ```
 */
export const HOLIDAY_DATA_2019: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2019,
  source:
    'Công văn 6519/VPCP-KGVX (11/7/2018) của Văn phòng Chính phủ; Thông báo 3238/TB-LĐTBXH (2018) của Bộ Lao động – Thương binh và Xã hội',
  sourceUrls: [
    'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx',
    'https://baonghean.vn/en/lich-nghi-le-tet-nam-2019-bo-ld-tb-xh-da-co-thong-bao-chinh-thuc-10181655.html',
    'https://www.tienphong.vn/xa-hoi/thu-tuong-chot-nghi-tet-am-9-ngay-tet-duong-hoan-doi-ngay-1299921.tpo',
    'https://docnhanh.vn/xa-hoi/tet-nguyen-dan-2019-duoc-nghi-may-ngay-tintuc583976',
  ],
  tetDays: tet('2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'),
  daysOff: [
    {
      date: '2018-12-31' as IsoDate,
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch 2019 (làm bù thứ Bảy 5/1/2019)',
      nameEn: "Swapped day off for New Year's Day 2019 (Saturday 5 January 2019 worked)",
    },
    {
      date: '2019-04-29' as IsoDate,
      name: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 4/5)',
      nameEn: 'Swapped day off for 30 April – 1 May (Saturday 4 May worked)',
    },
  ],
  workingDays: [
    {
      date: '2019-01-05' as IsoDate,
      name: 'Làm bù cho ngày nghỉ hoán đổi 31/12/2018',
      nameEn: 'Worked in exchange for the day off on 31 December 2018',
    },
    {
      date: '2019-05-04' as IsoDate,
      name: 'Làm bù cho ngày nghỉ hoán đổi 29/4',
      nameEn: 'Worked in exchange for the day off on 29 April',
    },
  ],
});

/**
 * The holiday schedule announced for 2020 (state agencies). Source: Công văn
 * 9087/VPCP-KGVX (07/10/2019) của Văn phòng Chính phủ, agreeing with Bộ Lao
 * động – Thương binh và Xã hội's Tờ trình 54/TTr-LĐTBXH (18/9/2019) for
 * Tết, which the ministry announced on 25/10/2019: off Thu 23/01 (29 tháng
 * Chạp) – Wed 29/01 (mùng 5), the five Tết days Thu 23/01 – Mon 27/01 with
 * compensatory Tue 28, Wed 29 for mùng 1 and mùng 2 on the weekend; no day
 * swapped. The other holidays follow the Labour Code (1/1 Wednesday, one
 * day; Giỗ Tổ Thu 2/4; 30/4 – 3/5; 2/9 Wednesday, one day).
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2020, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2020, HOLIDAY_DATA_2020).length; // 12
 * ```
 */
export const HOLIDAY_DATA_2020: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2020,
  source: 'Công văn 9087/VPCP-KGVX (07/10/2019) của Văn phòng Chính phủ',
  sourceUrls: [
    'https://vbpl.ts24.com.vn/support/solutions/articles/16000100840-c%C3%B4ng-v%C4%83n-9087-vpcp-kgvx-ngh%E1%BB%89-t%E1%BA%BFt-am-l%E1%BB%8Bch-n%C4%83m-2020-c%E1%BB%A7a-c%C3%A1n-b%E1%BB%99-c%C3%B4ng-ch%E1%BB%A9c-vi%C3%AAn-ch%E1%BB%A9c-v%C3%A0-ng%C6%B0%E1%BB%9Di-lao-%C4%91%E1%BB%99ng',
    'https://vietnammoi.vn/thu-tuong-dong-y-nghi-tet-am-lich-2020-dai-7-ngay-20191008173623654.htm',
    'https://m.kienthuc.net.vn/xa-hoi/14-ngay-nghi-vao-cac-dip-le-tet-trong-nam-2020-1319755.html',
  ],
  tetDays: tet('2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27'),
});

/**
 * The holiday schedule announced for 2021 (state agencies), the first year of
 * Bộ luật Lao động 2019. Sources: Công văn 9895/VPCP-KGVX (26/11/2020) của
 * Văn phòng Chính phủ, agreeing with Bộ Lao động – Thương binh và Xã hội's
 * Tờ trình 111/TTr-LĐTBXH (28/10/2020), announced by Thông báo
 * 4875/TB-LĐTBXH (2020): Tết off Wed 10/02 (29 tháng Chạp) – Tue 16/02, the
 * five Tết days Wed 10/02 – Sun 14/02 (two before Tết, 12/02, and three
 * after) with compensatory Mon 15, Tue 16; Quốc khánh Thu 2/9 and Fri 3/9
 * (off 2/9 – 5/9); no day swapped. The rest follows the Labour Code (1/1
 * Friday; Giỗ Tổ Wed 21/4; 1/5 Saturday → Mon 3/5).
 *
 * @example
 * ```ts
 * import { HOLIDAY_DATA_2021, vietnamHolidays } from 'cchc';
 * vietnamHolidays(2021, HOLIDAY_DATA_2021).filter((h) => h.date >= '2021-09-01').map((h) => h.date);
 * // ['2021-09-02', '2021-09-03']
 * ```
 */
export const HOLIDAY_DATA_2021: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2021,
  source:
    'Công văn 9895/VPCP-KGVX (26/11/2020) của Văn phòng Chính phủ; Thông báo 4875/TB-LĐTBXH (2020) của Bộ Lao động – Thương binh và Xã hội',
  sourceUrls: [
    'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-9895-VPCP-KGVX-2020-Lunar-New-Year-and-National-Day-holidays-of-officials/460294/tieng-anh.aspx',
    'https://amp.cand.com.vn/Xa-hoi/Chinh-thuc-cong-bo-lich-nghi-Tet-am-lich-2021-cua-cong-chuc-lao-dong-i590977',
    'https://cpdanluat.thuvienphapluat.vn/ha-noi-ban-hanh-thong-bao-ve-viec-nghi-tet-am-lich-va-quoc-khanh-2021-192243.aspx',
  ],
  tetDays: tet('2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14'),
  nationalDayAdjacent: '2021-09-03' as IsoDate,
});

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
  sourceUrls: [
    'https://vntrip.vn/cam-nang/nghi-tet-nguyen-dan-tu-ngay-31-01-2022-den-het-ngay-04-02-2022-118632/amp',
    'https://en.baobinhthuan.com.vn/print/94428.html',
  ],
  tetDays: tet('2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'),
  nationalDayAdjacent: '2022-09-01' as IsoDate,
});

/**
 * The holiday schedule announced for 2023 (state agencies, Monday–Friday
 * week). Source: Công văn 8056/VPCP-KGVX (01/12/2022) của Văn phòng Chính
 * phủ — the Deputy Prime Minister agreeing with Bộ Lao động – Thương binh và
 * Xã hội's proposal: Tết off Fri 20/01 (29 tháng Chạp) – Thu 26/01 (mùng 5),
 * Quốc khánh off Fri 1/9 – Mon 4/9; the other holidays follow the Labour
 * Code. (Read as reported by the press, December 2022.)
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
  sourceUrls: ['https://kiemtientuweb.com/tet-2023.html', 'https://pld.net.vn/tag/nghi-tet-nguyen-dan.html'],
  tetDays: tet('2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'),
  nationalDayAdjacent: '2023-09-01' as IsoDate,
});

/**
 * The holiday schedule announced for 2024 (state agencies, Monday–Friday
 * week). Sources: Công văn 8662/VPCP-KGVX (03/11/2023) của Văn phòng Chính
 * phủ on Bộ Lao động – Thương binh và Xã hội's proposal 4594/LĐTBXH-ATLĐ,
 * announced by Thông báo 5015/TB-LĐTBXH (22/11/2023) — Tết and Quốc khánh;
 * Công văn 2450/VPCP-KGVX (12/4/2024) — the 30/4–1/5 swap. (Read as
 * republished by the press and provincial portals, see `sourceUrls`.)
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
  sourceUrls: [
    'http://kkt-kontum.com/thoi-gian-nghi-tet-nguyen-dan-giap-thin-tu-ngay-8-1422024-nghi-le-quoc-khanh-tu-ngay-318-den-392024.p-3210.html',
    'https://baotintuc.vn/chot-phuong-an-nghi-tet-nguyen-dan-7-ngay-nghi-le-quoc-khanh-4-ngay-n20231103185933813.htm',
    'https://baotintuc.vn/infographics/ngay-nghi-le-dip-gio-to-hung-vuong-va-304-152024-20240412212054381.htm',
  ],
  tetDays: tet('2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'),
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
 * week). Source: Công văn 8726/VPCP-KGVX (26/11/2024) của Văn phòng Chính
 * phủ; Thông báo 6150/TB-BLĐTBXH của Bộ Lao động – Thương binh và Xã hội.
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
 * vietnamHolidays(2025, HOLIDAY_DATA_2025).filter((h) => h.date >= '2025-04-26' && h.date <= '2025-05-04').map((h) => `${h.date} ${h.kind}`);
 * // ['2025-04-26 working_weekend', '2025-04-30 holiday', '2025-05-01 holiday', '2025-05-02 announced']
 * ```
 */
export const HOLIDAY_DATA_2025: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2025,
  source:
    'Công văn 8726/VPCP-KGVX (26/11/2024) của Văn phòng Chính phủ; Thông báo 6150/TB-BLĐTBXH của Bộ Lao động – Thương binh và Xã hội',
  sourceUrls: [
    'https://pld.net.vn/tag/nghi-tet-nguyen-dan.html',
    'https://www.vietnamplus.vn/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-304-152025-post1033115.vnp',
  ],
  tetDays: tet('2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
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
 * week). Sources: Công văn 9859/VPCP-KGVX (2025) của Văn phòng Chính phủ,
 * on the proposal of Bộ Nội vụ (Công văn 8764/BNV-CVL) — Tết and Quốc
 * khánh; Công văn 12729/VPCP-KGVX (25/12/2025) — Tết Dương lịch.
 *
 * - Tết Dương lịch: off Thu 01/01 – Sun 04/01; Fri 02/01 off in exchange
 *   for Saturday 10/01 worked.
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
 * vietnamHolidays(2026, HOLIDAY_DATA_2026).filter((h) => h.kind === 'announced' || h.kind === 'working_weekend').map((h) => h.date);
 * // ['2026-01-02', '2026-01-10', '2026-08-22', '2026-08-31']
 * ```
 */
export const HOLIDAY_DATA_2026: HolidayData = /* @__PURE__ */ deepFreeze({
  year: 2026,
  source:
    'Công văn 9859/VPCP-KGVX (2025) của Văn phòng Chính phủ về đề xuất của Bộ Nội vụ (Công văn 8764/BNV-CVL); Công văn 12729/VPCP-KGVX (25/12/2025) của Văn phòng Chính phủ',
  sourceUrls: [
    'https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html',
    'https://vietnamnet.vn/ban-tin-vietnamnet-26-12-chinh-phu-dong-y-nghi-4-ngay-tet-duong-lich-2026-pre2476040.html',
    'https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289',
  ],
  tetDays: tet('2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
  nationalDayAdjacent: '2026-09-01' as IsoDate,
  daysOff: [
    {
      date: '2026-01-02' as IsoDate,
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/1)',
      nameEn: "Swapped day off for New Year's Day (Saturday 10 January worked)",
    },
    {
      date: '2026-08-31' as IsoDate,
      name: 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8)',
      nameEn: 'Swapped day off for National Day (Saturday 22 August worked)',
    },
  ],
  workingDays: [
    {
      date: '2026-01-10' as IsoDate,
      name: 'Làm bù cho ngày nghỉ hoán đổi 2/1',
      nameEn: 'Worked in exchange for the day off on 2 January',
    },
    {
      date: '2026-08-22' as IsoDate,
      name: 'Làm bù cho ngày nghỉ hoán đổi 31/8',
      nameEn: 'Worked in exchange for the day off on 31 August',
    },
  ],
});

/**
 * Every announced schedule the library ships, keyed by year (2016–2026). The
 * default state-agency {@link WorkCalendar} and `vietnamHolidays` apply
 * them; a year not here follows the Labour Code's rules only (see
 * `holidaySchedule`).
 *
 * @example
 * ```ts
 * import { VIETNAM_HOLIDAY_DATA } from 'cchc';
 * Object.keys(VIETNAM_HOLIDAY_DATA).length; // 11 (2016 … 2026)
 * VIETNAM_HOLIDAY_DATA[2019]?.source; // 'Công văn 6519/VPCP-KGVX (11/7/2018) …'
 * ```
 */
export const VIETNAM_HOLIDAY_DATA: Readonly<Record<number, HolidayData>> = /* @__PURE__ */ Object.freeze({
  2016: HOLIDAY_DATA_2016,
  2017: HOLIDAY_DATA_2017,
  2018: HOLIDAY_DATA_2018,
  2019: HOLIDAY_DATA_2019,
  2020: HOLIDAY_DATA_2020,
  2021: HOLIDAY_DATA_2021,
  2022: HOLIDAY_DATA_2022,
  2023: HOLIDAY_DATA_2023,
  2024: HOLIDAY_DATA_2024,
  2025: HOLIDAY_DATA_2025,
  2026: HOLIDAY_DATA_2026,
});
