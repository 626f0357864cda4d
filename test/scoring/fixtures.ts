/**
 * Criteria sets used across the scoring tests. The rules and their numbers
 * follow Cà Mau's QĐ 1880/QĐ-UBND (2013): annual plan on time 1 / late 0,5 /
 * not issued 0; plan completion over 90% → 2, 70–90% → 1, under 70% → 0;
 * every periodic report on time → 1.
 */
import { unwrap } from '../../src/core/index.js';
import { loadCriteriaSet, type CriteriaSet, type CriteriaSetJson } from '../../src/scoring/index.js';

export const caMauLikeJson: CriteriaSetJson = {
  schemaVersion: 1,
  id: 'so-nganh-mau',
  title: 'Bộ tiêu chí mẫu xác định Chỉ số CCHC các sở, ban, ngành',
  source: 'Quy tắc chấm theo ví dụ của QĐ 1880/QĐ-UBND (Cà Mau, 2013); điểm số là ví dụ',
  unitType: 'department',
  counts: { areas: 2, criteria: 6, components: 2 },
  classes: [
    { name: 'Tốt', min: 80 },
    { name: 'Khá', min: 65 },
    { name: 'Trung bình', min: 50 },
    { name: 'Yếu', min: 0 },
  ],
  adjustments: [
    { id: 'thuong', title: 'Sáng kiến CCHC được công nhận', kind: 'bonus', max: 1, per: 0.5 },
    { id: 'tru', title: 'Bị phê bình về CCHC', kind: 'penalty', max: 2 },
  ],
  nodes: [
    {
      id: '1',
      title: 'Công tác chỉ đạo, điều hành CCHC',
      max: 5,
      children: [
        {
          id: '1.1',
          title: 'Ban hành kế hoạch CCHC năm',
          max: 1,
          rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } },
          evidence: { required: true, items: ['Kế hoạch'] },
        },
        {
          id: '1.2',
          title: 'Mức độ hoàn thành kế hoạch CCHC',
          max: 2,
          rule: {
            kind: 'tiers',
            label: 'Tỷ lệ hoàn thành',
            tiers: [
              { min: 0, points: 0 },
              { min: 70, points: 1 },
              { above: 90, points: 2 },
            ],
          },
          evidence: { required: true, items: ['Báo cáo kết quả', 'Danh mục nhiệm vụ'] },
        },
        {
          id: '1.3',
          title: 'Thực hiện chế độ báo cáo định kỳ',
          max: 1,
          rule: {
            kind: 'allOf',
            conditions: ['Báo cáo quý I', 'Báo cáo 6 tháng', 'Báo cáo quý III', 'Báo cáo năm'],
          },
        },
        {
          id: '1.4',
          title: 'Khắc phục tồn tại sau kiểm tra',
          max: 1,
          children: [
            {
              id: '1.4.1',
              title: 'Tỷ lệ tồn tại được khắc phục',
              max: 0.75,
              rule: { kind: 'proportional', whenEmpty: 0.75 },
            },
            {
              id: '1.4.2',
              title: 'Vi phạm bị phát hiện',
              max: 0.25,
              rule: { kind: 'deduction', per: 0.125, floor: -0.25 },
            },
          ],
        },
      ],
    },
    {
      id: '2',
      title: 'Tác động của CCHC',
      max: 5,
      children: [
        {
          id: '2.1',
          title: 'Mức độ hài lòng của người dân',
          max: 3,
          rule: { kind: 'survey', scale: [1, 5] },
        },
        {
          id: '2.2',
          title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          max: 2,
          rule: {
            kind: 'target',
            label: 'Tỷ lệ đúng hạn',
            target: { comparator: '>=', value: 95, unit: '%' },
            partial: { kind: 'proportional' },
          },
        },
      ],
    },
  ],
};

export function caMauLike(): CriteriaSet {
  return unwrap(loadCriteriaSet(caMauLikeJson));
}

/** A one-leaf set of `max` points scored by hand (for published totals). */
export function manualSet(max: number, extra: Partial<CriteriaSetJson> = {}): CriteriaSet {
  return unwrap(
    loadCriteriaSet({
      schemaVersion: 1,
      id: 'manual',
      title: 'Chỉ số CCHC (điểm công bố)',
      ...extra,
      nodes: [{ id: 'diem', title: 'Tổng điểm', max, rule: { kind: 'manual' } }],
    }),
  );
}

/**
 * Four components in the style of Cà Mau's criteria 1.1–1.2 (QĐ 1880/QĐ-UBND
 * 2013: plan issued on time 1 / late 0,5 / not 0; plan complete and funded;
 * completion over 90% → 2, 70–90% → 1; reports on time), with the periodic
 * reports written as one condition each (quý I, 6 tháng, quý III, năm) so a
 * plan's reporting duties can feed them. The ids are descriptive.
 */
export const planReportsJson: CriteriaSetJson = {
  schemaVersion: 1,
  id: 'ke-hoach-bao-cao-mau',
  title: 'Kế hoạch và báo cáo CCHC (mẫu theo QĐ 1880/QĐ-UBND Cà Mau)',
  nodes: [
    {
      id: 'ke-hoach-bao-cao',
      title: 'Kế hoạch và báo cáo CCHC',
      max: 5,
      children: [
        {
          id: 'ke-hoach-ban-hanh',
          title: 'Ban hành kế hoạch CCHC năm',
          max: 1,
          rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } },
        },
        {
          id: 'ke-hoach-noi-dung',
          title: 'Kế hoạch CCHC năm đủ nhiệm vụ theo kế hoạch của tỉnh và có kinh phí thực hiện',
          max: 1,
          rule: {
            kind: 'allOf',
            conditions: ['Đủ nhiệm vụ theo kế hoạch CCHC của tỉnh', 'Có kinh phí thực hiện'],
          },
        },
        {
          id: 'ke-hoach-hoan-thanh',
          title: 'Mức độ hoàn thành kế hoạch CCHC',
          max: 2,
          rule: {
            kind: 'tiers',
            label: 'Tỷ lệ hoàn thành',
            tiers: [
              { min: 70, points: 1 },
              { above: 90, points: 2 },
            ],
          },
        },
        {
          id: 'bao-cao-dinh-ky',
          title: 'Thực hiện chế độ báo cáo CCHC định kỳ đúng hạn',
          max: 1,
          rule: {
            kind: 'allOf',
            conditions: ['Báo cáo quý I', 'Báo cáo 6 tháng', 'Báo cáo quý III', 'Báo cáo năm'],
          },
        },
      ],
    },
  ],
};

export function planReports(): CriteriaSet {
  return unwrap(loadCriteriaSet(planReportsJson));
}
