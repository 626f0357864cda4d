// planFromRows on three more layouts of real appendix tables: a header of two
// lines ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp") with the columns in
// another order, a "Ghi chú" column, empty rows between areas and a totals
// row; one "Cơ quan thực hiện" column that names both roles ("Sở Tư pháp chủ
// trì, phối hợp với …", "Sở Nội vụ (chủ trì); … (phối hợp)"); and three levels
// (Roman areas, Arabic sub-areas, lettered tasks) with a products column.
// The tasks are the Vĩnh Long 2018 appendix (Quyết định 2701/QĐ-UBND,
// 20/12/2017), laid out as other provinces lay theirs out.
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import { loadPlan, planFromRows, type PlanFromRowsResult } from '../../src/plan/index.js';
import type { PlanJson } from '../../src/plan/schema.js';
import { vinhLongAppendix, vinhLongRegistry, vinhLongRegistryClasses } from './fixtures/layouts.js';

function value(r: PlanFromRowsResult): PlanJson {
  if (!r.ok) throw new Error(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`).join('\n'));
  return r.value;
}

const plan = { id: 'vinh-long-2018', title: 'Kế hoạch cải cách hành chính năm 2018', year: 2018 };
const registry = { agencies: vinhLongRegistry, classes: vinhLongRegistryClasses };

describe('a header of two lines, columns in another order, notes, empty rows and a totals row', () => {
  const rows: string[][] = [
    ['PHỤ LỤC', '', '', '', '', ''],
    ['STT', 'Nội dung nhiệm vụ', 'Thời gian hoàn thành', 'Cơ quan thực hiện', '', 'Ghi chú'],
    ['', '', '', 'Chủ trì', 'Phối hợp', ''],
  ];
  vinhLongAppendix.forEach((a, k) => {
    if (k > 0) rows.push(['', '', '', '', '', '']);
    rows.push([a.number, a.title.toUpperCase(), '', '', '', '']);
    for (const [n, content, lead, support, deadline] of a.tasks)
      rows.push([n, content, deadline, lead, support, k === 1 ? 'Theo danh mục đăng ký' : '']);
  });
  rows.push(['', 'Tổng cộng: 42 nhiệm vụ', '', '', '', '']);
  const r = planFromRows(rows, {
    columns: {
      number: 'STT',
      content: 'Nội dung',
      deadline: 'Thời gian',
      lead: 'Chủ trì',
      support: 'Phối hợp',
      note: 'Ghi chú',
    },
    plan,
    ...registry,
  });

  it('finds the columns across both header lines and starts reading below them', () => {
    expect(r.ok && r.report.headerRow).toBe(1);
    const p = value(r);
    expect(p.groups.map((g) => [g.id, g.tasks.length])).toEqual(
      vinhLongAppendix.map((a) => [a.number, a.tasks.length]),
    );
  });

  it('keeps every task as written, whatever the order of its columns', () => {
    const p = value(r);
    vinhLongAppendix.forEach((a, k) => {
      a.tasks.forEach(([, content, , , deadline], j) => {
        const t = p.groups[k]?.tasks[j];
        expect(t?.title).toBe(content.trim());
        expect(t?.deadline).toBe(deadline);
      });
    });
    expect(p.groups[1]?.tasks[0]).toMatchObject({ lead: ['so-nganh', 'ubnd-huyen'], support: ['vp-ubnd'] });
    expect(p.groups[1]?.tasks[0]?.note).toBe('Theo danh mục đăng ký');
  });

  it('keeps the totals row out of the last task, in the report', () => {
    const p = value(r);
    const last = p.groups.at(-1)?.tasks.at(-1);
    expect(last?.title).toBe(
      'Hoàn thiện và đẩy mạnh thực hiện phần mềm quản lý văn bản chỉ đạo, điều hành của UBND tỉnh.',
    );
    expect(r.ok && r.report.skippedRows).toEqual([
      {
        row: rows.length - 1,
        text: 'Tổng cộng: 42 nhiệm vụ',
        code: 'totals_row',
        reason: 'Dòng tổng cộng của bảng, không phải nhiệm vụ',
        reasonEn: "The table's totals row, not a task",
      },
    ]);
    expect(r.ok && r.report.tasks).toBe(42);
    expect(loadPlan(p).ok).toBe(true);
  });

  it('keeps a task that starts like a totals word ("Tổng công ty", "Công tác") a task', () => {
    const t = planFromRows(
      [
        ['TT', 'Nội dung', 'Chủ trì'],
        ['1', 'Tổng công ty Điện lực phối hợp cấp điện', 'Sở Nội vụ'],
        ['', 'Công tác kiểm tra', 'Sở Nội vụ'],
      ],
      { columns: { number: 'TT', content: 'Nội dung', lead: 'Chủ trì' }, plan, ...registry },
    );
    expect(value(t).groups.flatMap((g) => g.tasks.map((x) => x.title))).toEqual([
      'Tổng công ty Điện lực phối hợp cấp điện',
      'Công tác kiểm tra',
    ]);
    expect(t.ok && t.report.skippedRows).toEqual([]);
  });
});

describe('one "Cơ quan thực hiện" column naming both roles, three levels and products', () => {
  const [, institutions, procedures] = vinhLongAppendix;
  const rows: string[][] = [
    ['TT', 'Nhiệm vụ', 'Cơ quan thực hiện', 'Thời gian hoàn thành', 'Sản phẩm'],
    ['I', 'CẢI CÁCH THỂ CHẾ', '', '', ''],
    [
      '1',
      institutions?.tasks[1]?.[1] ?? '',
      'Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tỉnh',
      'Quý I/2018',
      'Kế hoạch',
    ],
    [
      '2',
      'Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2018',
      'Sở Nội vụ (chủ trì); Văn phòng UBND tỉnh (phối hợp)',
      'Tháng 01/2018',
      'Kế hoạch',
    ],
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '', '', ''],
    ['1', 'Kiểm soát thủ tục hành chính', '', '', ''],
    [
      'a)',
      procedures?.tasks[2]?.[1] ?? '',
      'Chủ trì: Các sở, ban, ngành tỉnh; Phối hợp: Văn phòng UBND tỉnh',
      'Thường xuyên trong năm 2018',
      '',
    ],
    [
      'b)',
      procedures?.tasks[5]?.[1] ?? '',
      'Văn phòng UBND tỉnh phối hợp với các sở, ban, ngành tỉnh, UBND cấp huyện',
      'Quý I / 2018',
      'Lớp tập huấn',
    ],
    ['2', 'Tập huấn', '', '', ''],
    ['a)', procedures?.tasks[4]?.[1] ?? '', 'Sở Nội vụ', 'Quý II/ 2018', ''],
  ];
  const r = planFromRows(rows, {
    columns: {
      number: 'TT',
      content: 'Nhiệm vụ',
      lead: 'Cơ quan thực hiện',
      deadline: 'Thời gian',
      product: 'Sản phẩm',
    },
    plan,
    ...registry,
  });

  it('splits the roles: lead before "chủ trì" or beside "(chủ trì)", support after "phối hợp (với)"', () => {
    const p = value(r);
    const tasks = p.groups.flatMap((g) => g.tasks);
    expect(tasks.map((t) => [t.id, t.lead, t.support ?? []])).toEqual([
      ['I.1', ['stp'], ['so-nganh']],
      ['I.2', ['snv'], ['vp-ubnd']],
      ['II.1.a', ['so-nganh'], ['vp-ubnd']],
      ['II.1.b', ['vp-ubnd'], ['so-nganh', 'ubnd-huyen']],
      ['II.2.a', ['snv'], []],
    ]);
    expect(r.ok && r.report.unknownAgencies).toEqual([]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('reads three levels: Roman areas, Arabic sub-areas, lettered tasks', () => {
    const p = value(r);
    expect(p.groups.map((g) => [g.id, g.title, g.tasks.length])).toEqual([
      ['I', 'CẢI CÁCH THỂ CHẾ', 2],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 0],
      ['II.1', 'Kiểm soát thủ tục hành chính', 2],
      ['II.2', 'Tập huấn', 1],
    ]);
    expect(p.groups.find((g) => g.id === 'II.1')?.tasks[1]?.products).toEqual(['Lớp tập huấn']);
    expect(loadPlan(p).ok).toBe(true);
  });
});
