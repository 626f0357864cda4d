// A second reading of the shipped schedules, from the press reports of each
// year's announcement (one spot-check per year): every day of the reported
// block of days off is not worked, and the weekdays around it are worked.
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isoDate, isWorkingDay, toDayNumber, type IsoDate } from '../../src/index.js';

const days = (from: string, to: string): IsoDate[] => {
  const out: IsoDate[] = [];
  for (let n = toDayNumber(isoDate(from)); n <= toDayNumber(isoDate(to)); n++) out.push(fromDayNumber(n));
  return out;
};

/** [first day off, last day off, the report that gives them] */
const BLOCKS: readonly (readonly [string, string, string])[] = [
  // Thông báo 4659/TB-LĐTBXH (13/11/2015): Tết from 6/2 to 14/2/2016, no day swapped
  [
    '2016-02-06',
    '2016-02-14',
    'https://ngaynay.vn/lich-nghi-tet-nguyen-dan-binh-than-2016-gom-9-ngay-post13884.html',
  ],
  // Tết Dương lịch 2017: 1/1 on a Sunday, Monday 2/1 compensatory
  ['2016-12-31', '2017-01-02', 'http://dichvumavang.blogspot.com/2016/11'],
  // Công văn 6519/VPCP-KGVX: 29/12/2018 – 1/1/2019 (Monday 31/12 swapped), Tết 2/2 – 10/2/2019
  [
    '2018-12-29',
    '2019-01-01',
    'https://docnhanh.vn/xa-hoi/tet-nguyen-dan-2019-duoc-nghi-may-ngay-tintuc583976',
  ],
  [
    '2019-02-02',
    '2019-02-10',
    'https://docnhanh.vn/xa-hoi/tet-nguyen-dan-2019-duoc-nghi-may-ngay-tintuc583976',
  ],
  // Tết 2020: Thursday 23/1 to Wednesday 29/1
  ['2020-01-23', '2020-01-29', 'https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2'],
  // Tết 2021: 10/2 to 16/2
  [
    '2021-02-10',
    '2021-02-16',
    'https://hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html',
  ],
  // Tết 2023: 20/1 to 26/1 (the Deputy Prime Minister agreeing with Bộ Lao động – Thương binh và Xã hội)
  ['2023-01-20', '2023-01-26', 'https://pld.net.vn/tag/nghi-tet-nguyen-dan.html'],
  // Quốc khánh 2024: 31/8 to 3/9
  ['2024-08-31', '2024-09-03', 'https://www.phunuvagiadinh.vn/nghi-le-quoc-khanh.topic'],
  // Tết 2026: Saturday 14/2 to Sunday 22/2
  ['2026-02-14', '2026-02-22', 'http://www.congan.com.vn/?catid=702&id=388656&mod=detnews'],
];

describe('the blocks of days off the press reported, 2016–2026', () => {
  it.each(BLOCKS.map(([a, b, s]) => [`${a} – ${b} (${s})`, a, b] as const))('%s', (_n, first, last) => {
    for (const d of days(first, last)) expect(isWorkingDay(d), d).toBe(false);
    const before = fromDayNumber(toDayNumber(isoDate(first)) - 1);
    const after = fromDayNumber(toDayNumber(isoDate(last)) + 1);
    // the day before and after the block is worked (a weekday; a Saturday or Sunday there would be in the block)
    expect(isWorkingDay(before), before).toBe(true);
    expect(isWorkingDay(after), after).toBe(true);
  });
});
