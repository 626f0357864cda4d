// The reading report of planFromRows: what it read (header row, rows,
// groups, tasks) and, row by row, each deadline, target and agency name it
// could not read, with reasons in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { planFromRows, type PlanFromRowsOptions, type PlanReadingReport } from '../../src/plan/index.js';

const rows = [
  ['PHỤ LỤC CẢI CÁCH HÀNH CHÍNH NĂM 2018', '', '', '', ''],
  ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'],
  ['I', 'Cải cách thủ tục hành chính', '', '', ''],
  [
    '1.',
    'Công khai thủ tục hành chính: 100% các sở, ngành, UBND cấp huyện và UBND cấp xã công khai đầy đủ',
    'Các sở, ban, ngành tỉnh',
    'Văn phòng UBND tỉnh',
    'Thường xuyên trong năm 2018',
  ],
  ['2.', 'Tập huấn nghiệp vụ Kiểm soát TTHC', 'Văn phòng UBND tỉnh', '', ''],
  [
    '3.',
    'Nâng cao chất lượng giải quyết hồ sơ:\n- Tỷ lệ giải quyết đúng hạn tăng so với năm 2017',
    'Văn phòng UBND tỉnh',
    'Sở Kế hoạch và Đầu tư',
    'Chưa xác định',
  ],
  ['II', 'Hiện đại hoá nền hành chính', '', '', ''],
  [
    '9.',
    'Xây dựng, cải tạo, nâng cấp trụ sở cơ quan hành chính nhà nước',
    'Sở Kế hoạch và Đầu tư',
    'Các cơ quan, đơn vị được ghi kế hoạch',
    'Kế hoạch năm 2018',
  ],
];

const options: PlanFromRowsOptions = {
  columns: { number: 'TT', content: 'Nội dung', lead: 'Chủ trì', support: 'Phối hợp', deadline: 'Thời gian' },
  plan: { id: 'vinh-long-2018', title: 'Kế hoạch cải cách hành chính năm 2018', year: 2018 },
  agencies: [{ id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' }],
  classes: [{ id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' }],
  targets: [
    { id: 'T1', text: 'Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn' },
    { id: 'T2', text: 'Nâng cao chất lượng phục vụ người dân' },
  ],
};

describe('planFromRows — the reading report', () => {
  const r = planFromRows(rows, options);
  const report: PlanReadingReport = r.ok ? r.report : (undefined as never);

  it('counts what it read: the header row found by name, rows after it, groups, tasks', () => {
    expect(r.ok).toBe(true);
    expect([report.headerRow, report.rows, report.groups, report.tasks]).toEqual([1, 6, 2, 4]);
  });

  it('lists the deadlines not read, empty or unknown, with the row of their task', () => {
    expect(report.unreadDeadlines).toEqual([
      {
        row: 4,
        taskId: 'I.2',
        text: '',
        code: 'empty_deadline',
        reason: 'Không ghi thời hạn',
        reasonEn: 'No deadline given',
      },
      {
        row: 5,
        taskId: 'I.3',
        text: 'Chưa xác định',
        code: 'unread_deadline',
        reason: 'Không đọc được thời hạn (không phải dạng thời hạn đã biết)',
        reasonEn: 'The deadline could not be read (not a known deadline form)',
      },
    ]);
  });

  it('lists lines that look like targets but state none it can read, and plan targets without one', () => {
    expect(report.unreadTargets.map((t) => [t.row, t.taskId, t.targetId, t.text, t.code])).toEqual([
      [5, 'I.3', null, 'Tỷ lệ giải quyết đúng hạn tăng so với năm 2017', 'unread_target'],
      [null, null, 'T2', 'Nâng cao chất lượng phục vụ người dân', 'unread_target'],
    ]);
    expect(report.unreadTargets[0]?.reasonEn).toBe('The line looks like a target but no value could be read');
    // The line with "100%" was read: it is a target of task I.1.
    expect(r.ok && r.value.groups[0]?.tasks[0]?.targets).toEqual([
      'Công khai thủ tục hành chính: 100% các sở, ngành, UBND cấp huyện và UBND cấp xã công khai đầy đủ',
    ]);
  });

  it('lists each name not in the registry, once per task, with the agency added for it', () => {
    expect(
      report.unknownAgencies.map((a) => [a.row, a.column, a.field, a.taskId, a.text, a.agencyId, a.code]),
    ).toEqual([
      [5, 3, 'support', 'I.3', 'Sở Kế hoạch và Đầu tư', 'so-ke-hoach-va-dau-tu', 'agency_created'],
      [7, 2, 'lead', 'II.9', 'Sở Kế hoạch và Đầu tư', 'so-ke-hoach-va-dau-tu', 'agency_created'],
      [
        7,
        3,
        'support',
        'II.9',
        'Các cơ quan, đơn vị được ghi kế hoạch',
        'cac-co-quan-don-vi-duoc-ghi-ke-hoach',
        'agency_created',
      ],
    ]);
    expect(report.unknownAgencies[0]?.reason).toBe(
      'Không có trong danh sách cơ quan; đã thêm cơ quan mới "so-ke-hoach-va-dau-tu"',
    );
    // The warnings name the same cells, once per name added.
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([
      [['rows', 5, 3], 'agency_created'],
      [['rows', 7, 3], 'agency_created'],
    ]);
  });

  it('with unknownAgencies "issue", fails with the names as issues', () => {
    const failed = planFromRows(rows, { ...options, unknownAgencies: 'issue' });
    expect(failed.ok ? [] : failed.issues.map((i) => [i.path, i.code])).toEqual([
      [['rows', 5, 3], 'unknown_agency_name'],
      [['rows', 7, 2], 'unknown_agency_name'],
      [['rows', 7, 3], 'unknown_agency_name'],
    ]);
  });

  it('is frozen, and empty lists when everything was read', () => {
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.unreadDeadlines[0])).toBe(true);
    const clean = planFromRows(
      [
        ['Nội dung', 'Chủ trì', 'Thời gian'],
        ['Ban hành Kế hoạch Kiểm soát TTHC năm 2018', 'Văn phòng UBND tỉnh', 'Tháng 12/2017'],
      ],
      {
        columns: { content: 'Nội dung', lead: 'Chủ trì', deadline: 'Thời gian' },
        plan: { id: 'p', title: 'Kế hoạch', year: 2018 },
        agencies: [{ id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' }],
      },
    );
    expect(clean.ok && clean.report).toEqual({
      headerRow: 0,
      rows: 1,
      groups: 1,
      tasks: 1,
      unreadDeadlines: [],
      unreadTargets: [],
      unknownAgencies: [],
      skippedRows: [],
      emptyLeads: [],
    });
  });

  it('gives the answers docs/plans.md shows', () => {
    const doc = planFromRows(
      [
        ['TT', 'Nội dung', 'Chủ trì', 'Thời gian'],
        ['I', 'Cải cách thủ tục hành chính', '', ''],
        ['1.', 'Tập huấn nghiệp vụ Kiểm soát TTHC', 'Văn phòng UBND tỉnh', ''],
        ['2.', 'Xây dựng, cải tạo, nâng cấp trụ sở', 'Sở Kế hoạch và Đầu tư', 'Chưa xác định'],
      ],
      {
        columns: { number: 'TT', content: 'Nội dung', lead: 'Chủ trì', deadline: 'Thời gian' },
        plan: { id: 'vd', title: 'Kế hoạch CCHC năm 2018', year: 2018 },
        agencies: [{ id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' }],
      },
    );
    expect(doc.ok && doc.report.tasks).toBe(2);
    expect(doc.ok && doc.report.unreadDeadlines.map((d) => d.code)).toEqual([
      'empty_deadline',
      'unread_deadline',
    ]);
    expect(doc.ok && doc.report.unknownAgencies[0]?.agencyId).toBe('so-ke-hoach-va-dau-tu');
  });
});
