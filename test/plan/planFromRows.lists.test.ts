// planFromRows on lists: bullet and lettered rows (items of a task, tasks of
// their own, sub-tasks), bullets inside one cell (products, content), a
// content cell whose lines each have a deadline, a deadline cell that also
// holds a target, and headings written in the number column. The texts are
// the seed plans' (Vĩnh Long 2018, Quảng Nam 2016–2020, Vinh Yên 2022).
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import { loadPlan, planFromRows, type PlanFromRowsOptions } from '../../src/plan/index.js';
import type { PlanJson, TaskJson } from '../../src/plan/schema.js';
import { vinhLongRegistry, vinhLongRegistryClasses } from './fixtures/layouts.js';

const HEADER = ['TT', 'Nội dung', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'];

const options: PlanFromRowsOptions = {
  columns: {
    number: 'TT',
    content: 'Nội dung',
    product: 'Sản phẩm',
    lead: 'Chủ trì',
    support: 'Phối hợp',
    deadline: 'Thời gian',
  },
  plan: { id: 'p', title: 'Kế hoạch cải cách hành chính năm 2018', year: 2018 },
  agencies: vinhLongRegistry,
  classes: vinhLongRegistryClasses,
};

function read(rows: readonly (readonly string[])[], opts: PlanFromRowsOptions = options) {
  const r = planFromRows([HEADER, ...rows], opts);
  if (!r.ok) throw new Error(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`).join('\n'));
  return r;
}
const plan = (rows: readonly (readonly string[])[]): PlanJson => read(rows).value;
const tasks = (p: PlanJson): TaskJson[] => p.groups.flatMap((g) => g.tasks);
const row = (n: string, content: string, lead = '', support = '', deadline = '', product = ''): string[] => [
  n,
  content,
  product,
  lead,
  support,
  deadline,
];

describe('bullet rows', () => {
  it('are items of the task above when they have no cells of their own (one task with a list)', () => {
    const p = plan([
      row('IV', 'Cải cách tổ chức bộ máy'),
      row(
        '4.',
        'Thực hiện việc phân cấp quản lý:',
        'Các sở, ban ngành tỉnh.',
        'Các sở, ban, ngành tỉnh, UBND cấp huyện.',
        'Năm 2018',
      ),
      row('', '- Thực hiện việc phân cấp quản lý theo quy định'),
      row('', '- Kiểm tra việc thực hiện việc phân cấp quản lý theo quy định.'),
    ]);
    expect(tasks(p).map((t) => [t.id, t.title, t.deadline])).toEqual([
      [
        'IV.4',
        'Thực hiện việc phân cấp quản lý:\n- Thực hiện việc phân cấp quản lý theo quy định\n- Kiểm tra việc thực hiện việc phân cấp quản lý theo quy định.',
        'Năm 2018',
      ],
    ]);
  });

  it('are sub-tasks when they have a lead of their own, even without a deadline', () => {
    const r = read([
      row('V', 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức'),
      row(
        '2.',
        'Tuyển dụng và bố trí sử dụng công chức, viên chức:',
        'Sở Nội vụ',
        '',
        'Thường xuyên trong năm 2018',
      ),
      row(
        '',
        '- 100% cơ quan hành chính cấp tỉnh và cấp huyện thực hiện đúng quy định về tuyển dụng công chức.',
        'Sở Nội vụ',
        'Các sở, ban ngành tỉnh',
      ),
      row(
        '',
        '- 100% đơn vị sự nghiệp công lập thuộc tỉnh, thuộc huyện thực hiện đúng quy định về tuyển dụng viên chức.',
        'Sở Nội vụ',
        'UBND cấp huyện',
      ),
    ]);
    expect(tasks(r.value).map((t) => [t.id, t.lead, t.support ?? [], t.deadline])).toEqual([
      ['V.2', ['snv'], [], 'Thường xuyên trong năm 2018'],
      ['V.2.1', ['snv'], ['so-nganh'], ''],
      ['V.2.2', ['snv'], ['ubnd-huyen'], ''],
    ]);
    expect(tasks(r.value)[1]?.targets).toEqual([
      '100% cơ quan hành chính cấp tỉnh và cấp huyện thực hiện đúng quy định về tuyển dụng công chức.',
    ]);
    expect(r.report.unreadDeadlines.map((d) => [d.row, d.taskId, d.code])).toEqual([
      [3, 'V.2.1', 'empty_deadline'],
      [4, 'V.2.2', 'empty_deadline'],
    ]);
  });

  it('under a heading without cells are the tasks of a sub-group', () => {
    const p = plan([
      row('I', 'CẢI CÁCH THỂ CHẾ'),
      row('1.', 'Rà soát, hệ thống hoá văn bản quy phạm pháp luật:'),
      row(
        '',
        '- Ban hành kế hoạch rà soát, hệ thống hoá văn bản quy phạm pháp luật năm 2018 trên địa bàn tỉnh.',
        'Sở Tư pháp',
        'Các sở, ban, ngành tỉnh, UBND cấp huyện.',
        'Tháng 12/2017',
      ),
      row(
        '',
        '- Ban hành kế hoạch theo dõi tình hình thi hành pháp luật của tỉnh',
        'Sở Tư pháp',
        'Các sở, ban, ngành tỉnh, UBND cấp huyện.',
        'Quý I/2018',
      ),
      row('2.', 'Xây dựng văn bản quy phạm pháp luật trong năm của tỉnh', 'Sở Tư pháp', '', 'Tháng 12/2017'),
    ]);
    expect(p.groups.map((g) => [g.id, g.area, g.tasks.map((t) => t.id)])).toEqual([
      ['I', 'institutions', ['I.2']],
      ['I.1', 'institutions', ['I.1.1', 'I.1.2']],
    ]);
    expect(p.groups[1]?.title).toBe('Rà soát, hệ thống hoá văn bản quy phạm pháp luật:');
  });

  it('are the tasks of an area when the area row has none (Vinh Yên 2022, section II)', () => {
    const vinhYen: PlanFromRowsOptions = {
      ...options,
      agencies: [
        { id: 'pnv', name: 'Phòng Nội vụ thành phố' },
        { id: 'vp', name: 'Văn phòng HĐND và UBND thành phố' },
        { id: 'ptp', name: 'Phòng Tư pháp thành phố' },
      ],
      classes: [],
    };
    const r = read(
      [
        row('1.', 'Công tác chỉ đạo điều hành'),
        row(
          '',
          '- Triển khai công tác xác định Chỉ số cải cách hành chính của thành phố do UBND tỉnh đánh giá; của xã, phường do UBND thành phố đánh giá đảm bảo thời gian quy định.',
          'Phòng Nội vụ thành phố',
        ),
        row(
          '',
          '- Xây dựng các Kế hoạch về kiểm tra, tuyên truyền, tập huấn CCHC, kiểm soát TTHC của thành phố và UBND các xã, phường.',
          'Phòng Nội vụ thành phố, Văn phòng HĐND và UBND thành phố',
        ),
        row('2.', 'Cải cách thể chế'),
        row(
          '',
          '- Xây dựng Kế hoạch tổ chức triển khai thi hành Hiến pháp, văn bản QPPL của cơ quan Nhà nước cấp trên và Nghị quyết của HĐND thành phố năm 2022.',
          'Phòng Tư pháp thành phố',
        ),
      ],
      vinhYen,
    );
    expect(r.value.groups.map((g) => [g.id, g.area, g.tasks.map((t) => [t.id, t.lead])])).toEqual([
      [
        '1',
        'direction',
        [
          ['1.1', ['pnv']],
          ['1.2', ['pnv', 'vp']],
        ],
      ],
      ['2', 'institutions', [['2.1', ['ptp']]]],
    ]);
    expect(r.report.unreadDeadlines.map((d) => d.code)).toEqual([
      'empty_deadline',
      'empty_deadline',
      'empty_deadline',
    ]);
  });

  it('are tasks one by one in a table without cells, a list of tasks', () => {
    const p = plan([
      row('3.', 'Cải cách thủ tục hành chính, kiểm soát TTHC'),
      row(
        '',
        '- Nâng cao chất lượng thực hiện cơ chế một cửa, một cửa liên thông trên cơ sở ứng dụng công nghệ thông tin trong tiếp nhận, giải quyết hồ sơ TTHC trên địa bàn thành phố.',
      ),
      row('', '- Thường xuyên thực hiện công tác giám sát, rà soát TTHC.'),
    ]);
    expect(p.groups.map((g) => [g.id, g.tasks.map((t) => t.id)])).toEqual([['3', ['3.1', '3.2']]]);
  });
});

describe('lettered rows', () => {
  it('are items of the task above when they have no cells of their own', () => {
    const p = plan([
      row('II', 'Cải cách thể chế'),
      row('1.', 'Cải cách thể chế:', 'Sở Tư pháp', '', 'Năm 2018'),
      row(
        'a)',
        'Thực hiện có hiệu quả Luật Ban hành văn bản quy phạm pháp luật năm 2015 (VBQPPL) và Nghị định số 34/2016/NĐ-CP',
      ),
      row('b)', 'Ban hành và tổ chức có hiệu quả kế hoạch kiểm tra, xử lý VBQPPL'),
      row(
        '2.',
        'Ban hành kế hoạch theo dõi tình hình thi hành pháp luật của tỉnh',
        'Sở Tư pháp',
        '',
        'Quý I/2018',
      ),
    ]);
    expect(tasks(p).map((t) => [t.id, t.title.split('\n')])).toEqual([
      [
        'II.1',
        [
          'Cải cách thể chế:',
          'a) Thực hiện có hiệu quả Luật Ban hành văn bản quy phạm pháp luật năm 2015 (VBQPPL) và Nghị định số 34/2016/NĐ-CP',
          'b) Ban hành và tổ chức có hiệu quả kế hoạch kiểm tra, xử lý VBQPPL',
        ],
      ],
      ['II.2', ['Ban hành kế hoạch theo dõi tình hình thi hành pháp luật của tỉnh']],
    ]);
  });

  it('are sub-tasks of the task above when they have cells of their own', () => {
    const p = plan([
      row('VII', 'Hiện đại hoá nền hành chính'),
      row(
        '3.',
        'Đánh giá hiệu quả triển khai phần mềm một cửa liên thông',
        'Sở Thông tin và Truyền thông',
        '',
        'Năm 2018',
      ),
      row('a)', 'Đánh giá đợt 1', 'Sở Thông tin và Truyền thông', '', 'Quý II năm 2018'),
      row('b)', 'Đánh giá đợt 2', 'Sở Thông tin và Truyền thông', '', 'Quý IV năm 2018'),
      row('4.', 'Xây dựng phần mềm ISO điện tử nền', 'Sở Thông tin và Truyền thông', '', 'Quý III năm 2018'),
    ]);
    expect(tasks(p).map((t) => [t.id, t.deadline])).toEqual([
      ['VII.3', 'Năm 2018'],
      ['VII.3.a', 'Quý II năm 2018'],
      ['VII.3.b', 'Quý IV năm 2018'],
      ['VII.4', 'Quý III năm 2018'],
    ]);
    expect(loadPlan(p).ok).toBe(true);
  });
});

describe('lists inside one cell', () => {
  it('splits a products cell on its bullets, not on a dash between words', () => {
    const p = plan([
      row(
        '1.',
        'Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
        'Sở Tư pháp',
        '',
        'Quý II/2018',
        '- Báo cáo kết quả rà soát; - Quyết định công bố văn bản',
      ),
      row(
        '2.',
        'Xây dựng cơ chế tổng hợp, điều phối thống nhất cải cách thể chế',
        'Sở Kế hoạch và Đầu tư',
        '',
        'Quý IV',
        'Báo cáo tình hình kinh tế - xã hội giai đoạn 2016 - 2020\nKế hoạch',
      ),
      row(
        '3.',
        'Tập huấn nghiệp vụ Kiểm soát TTHC',
        'Văn phòng UBND tỉnh',
        '',
        'Quý I / 2018',
        'Kế hoạch: - Tập huấn; - Báo cáo',
      ),
    ]);
    expect(tasks(p).map((t) => t.products)).toEqual([
      ['Báo cáo kết quả rà soát', 'Quyết định công bố văn bản'],
      ['Báo cáo tình hình kinh tế - xã hội giai đoạn 2016 - 2020', 'Kế hoạch'],
      ['Kế hoạch:', 'Tập huấn', 'Báo cáo'],
    ]);
  });

  it('puts inline bullets of the content on lines of their own, keeping the words; targets are read per line', () => {
    const p = plan([
      row(
        '8.',
        'Cán bộ, công chức cấp xã: - Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn; - Trên 70% cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm.',
        'Sở Nội vụ',
        'UBND cấp xã',
        'Năm 2018',
      ),
    ]);
    const t = tasks(p)[0];
    expect(t?.title.split('\n')).toEqual([
      'Cán bộ, công chức cấp xã:',
      '- Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;',
      '- Trên 70% cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm.',
    ]);
    expect(t?.targets).toEqual([
      'Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;',
      'Trên 70% cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm.',
    ]);
  });

  it('splits a content cell into sub-tasks when each line has its own deadline (Quảng Nam 2017, task 22)', () => {
    const r = read([
      row('II', 'NĂM 2017'),
      row(
        '22.',
        'Hoàn thành các phần mềm nghiệp vụ, triển khai từ cấp tỉnh đến cấp huyện, cấp xã.\nThực hiện kết nối, tích hợp liên thông với các ứng dụng dùng chung, giữa các ngành, các cấp',
        'Sở Thông tin và Truyền thông',
        'Sở Nội vụ và các Sở, Ban, ngành, Ủy ban nhân dân huy ện, thị xã, thành phố',
        'Trong quý IV/2017\nTừ quý IV/2017',
      ),
    ]);
    expect(tasks(r.value).map((t) => [t.id, t.number, t.title, t.deadline, t.lead])).toEqual([
      [
        'II.22.1',
        '22.',
        'Hoàn thành các phần mềm nghiệp vụ, triển khai từ cấp tỉnh đến cấp huyện, cấp xã.',
        'Trong quý IV/2017',
        ['stttt'],
      ],
      [
        'II.22.2',
        '22.',
        'Thực hiện kết nối, tích hợp liên thông với các ứng dụng dùng chung, giữa các ngành, các cấp',
        'Từ quý IV/2017',
        ['stttt'],
      ],
    ]);
    const loaded = loadPlan(r.value);
    expect(loaded.ok && loaded.value.groups[0]?.tasks.map((t) => t.deadline.kind)).toEqual([
      'quarter',
      'range',
    ]);
    expect(r.report.unreadDeadlines).toEqual([]);
  });

  it('splits after a lead-in line, and keeps one task when the counts differ', () => {
    const p = plan([
      row(
        '1.',
        'Tập huấn:\n- Tập huấn công tác cải cách hành chính\n- Tập huấn nghiệp vụ Kiểm soát TTHC',
        'Sở Nội vụ',
        '',
        'Quý II/ 2018\nQuý I / 2018',
      ),
      row(
        '2.',
        'Ban hành kế hoạch\nTổ chức thực hiện\nBáo cáo kết quả',
        'Sở Nội vụ',
        '',
        'Quý I/2018\nQuý IV/2018',
      ),
    ]);
    expect(tasks(p).map((t) => [t.id, t.title, t.deadline])).toEqual([
      ['G1.1.1', 'Tập huấn:\n- Tập huấn công tác cải cách hành chính', 'Quý II/ 2018'],
      ['G1.1.2', 'Tập huấn:\n- Tập huấn nghiệp vụ Kiểm soát TTHC', 'Quý I / 2018'],
      ['G1.2', 'Ban hành kế hoạch\nTổ chức thực hiện\nBáo cáo kết quả', 'Quý I/2018\nQuý IV/2018'],
    ]);
  });
});

describe('a deadline cell that also states a target (Quảng Nam 2018, task 6)', () => {
  it('keeps the deadline and the target', () => {
    const r = read([
      row('III', 'NĂM 2018'),
      row(
        '6.',
        'Triển khai cơ chế tính toán đầy đủ chi phí trong giá thu viện phí, học phí theo hướng dẫn của các cơ quan Trung ương, làm cơ sở cho các đơn vị sự nghiệp công lập y tế, giáo dục và đào tạo tiến tới tự chủ hoàn toàn.',
        'Sở Tài chính',
        'Sở Y tế, Sở Giáo dục và Đào tạo',
        'Trong năm 2018 ít nhất một lĩnh vực có 01 đơn vị thực hiện cơ chế này',
      ),
    ]);
    const t = tasks(r.value)[0];
    expect([t?.deadline, t?.targets]).toEqual([
      'Trong năm 2018',
      ['ít nhất một lĩnh vực có 01 đơn vị thực hiện cơ chế này'],
    ]);
    const loaded = loadPlan(r.value);
    expect(
      loaded.ok && loaded.value.groups[0]?.tasks[0]?.targets.map((x) => [x.comparator, x.value]),
    ).toEqual([['>=', 1]]);
    expect(r.report.unreadDeadlines).toEqual([]);
  });

  it('leaves a deadline it cannot read whole, and reports it', () => {
    const r = read([row('1.', 'Tập huấn nghiệp vụ', 'Sở Nội vụ', '', 'Chưa xác định thời gian')]);
    expect(tasks(r.value)[0]?.deadline).toBe('Chưa xác định thời gian');
    expect(r.report.unreadDeadlines.map((d) => [d.row, d.taskId, d.text, d.code])).toEqual([
      [1, 'G1.1', 'Chưa xác định thời gian', 'unread_deadline'],
    ]);
  });
});

describe('headings written in the number column', () => {
  it('keeps a heading written whole in the number column as the group title', () => {
    const p = plan([
      ['5. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', '', '', '', '', ''],
      row(
        'a)',
        'Tiếp tục thực hiện thu hút người có tài năng vào bộ máy hành chính nhà nước.',
        'Sở Nội vụ',
        '',
        'Năm 2018',
      ),
      ['CẢI CÁCH TÀI CHÍNH CÔNG', '', '', '', '', ''],
      row('1.', 'Thực hiện cơ chế khoán biên chế và kinh phí hành chính', 'Sở Tài chính', '', 'Năm 2018'),
    ]);
    expect(p.groups.map((g) => [g.id, g.title, g.area, g.tasks.map((t) => t.id)])).toEqual([
      ['5', 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', 'civil-service', ['5.a']],
      ['G2', 'CẢI CÁCH TÀI CHÍNH CÔNG', 'public-finance', ['G2.1']],
    ]);
  });

  it('gives a top-level numbered row with its own cells a group of its own beside the areas', () => {
    const p = plan([
      row('5.', 'Cải cách tài chính công'),
      row('a)', 'Thực hiện cơ chế khoán biên chế và kinh phí hành chính', 'Sở Tài chính', '', 'Năm 2018'),
      row(
        '6.',
        'Hiện đại hoá nền hành chính: ban hành kế hoạch ứng dụng công nghệ thông tin năm 2018',
        'Sở Thông tin và Truyền thông',
        '',
        'Tháng 12/2017',
      ),
      row('7.', 'Công tác chỉ đạo điều hành'),
      row('a)', 'Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2018', 'Sở Nội vụ', '', 'Tháng 01/2018'),
    ]);
    expect(p.groups.map((g) => [g.id, g.area, g.tasks.map((t) => t.id)])).toEqual([
      ['5', 'public-finance', ['5.a']],
      ['6', 'digital-government', ['6']],
      ['7', 'direction', ['7.a']],
    ]);
  });
});
