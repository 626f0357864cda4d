// "Nothing is lost": for random tables in every layout planFromRows reads —
// Roman or Arabic areas, bold or not, in capitals, plain titles, written
// whole in the number column, numbers in the content, a group column; Arabic,
// lettered, "1.1", "I.1", bulleted or unnumbered tasks; items and paragraphs on rows of their
// own, cells split over rows, lists inside cells, deadlines with targets,
// unknown agencies, NFC or NFD — every word of every non-empty cell after the
// header row (and the row numbering the columns, when there is one) is in the
// plan JSON or the reading report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFromRows, type PlanColumns } from '../../src/plan/index.js';

const AREAS = [
  'Công tác chỉ đạo, điều hành',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy',
  'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
  'Cải cách tài chính công',
  'Hiện đại hoá nền hành chính',
  'NĂM 2016',
];
const CONTENT = [
  'Ban hành Kế hoạch cải cách hành chính năm 2018 của tỉnh',
  'Tập huấn nghiệp vụ Kiểm soát TTHC',
  'Thực hiện việc phân cấp quản lý:\n- Thực hiện việc phân cấp quản lý theo quy định\n- Kiểm tra việc thực hiện việc phân cấp quản lý theo quy định.',
  'Cán bộ, công chức cấp xã: - Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn; - Trên 70% cán bộ, công chức cấp xã được bồi dưỡng',
  'Hoàn thành các phần mềm nghiệp vụ, triển khai từ cấp tỉnh đến cấp huyện, cấp xã.\nThực hiện kết nối, tích hợp liên thông với các ứng dụng dùng chung',
  'Công khai thủ tục hành chính: 100% các sở, ngành công khai đầy đủ',
  'Tỷ lệ giải quyết đúng hạn tăng so với năm 2017',
  'CẢI CÁCH HÀNH CHÍNH',
  '',
];
const FRAGMENTS = [
  'đạo điều hành và tham mưu cải',
  '- Trên 80% công chức cấp xã đạt chuẩn chuyên môn;',
  '- Kiểm tra việc thực hiện việc phân cấp quản lý theo quy định.',
  'Nông thôn; dịch vụ công trực tuyến mức độ 4',
];
const AGENCIES = [
  '',
  'Sở Nội vụ',
  'Văn phòng UBND tỉnh',
  'Sở Xây dựng',
  'Các sở, ban, ngành tỉnh, UBND cấp huyện và các cơ quan có liên quan',
  'Ban Xúc tiến đầu tư và hỗ trợ doanh nghiệp tỉnh',
  'và Đầu tư',
];
const DEADLINES = [
  '',
  'Quý III',
  'Tháng 12/2017',
  'Thường xuyên trong năm 2018',
  'Trong quý IV/2017\nTừ quý IV/2017',
  'Trong năm 2018 ít nhất một lĩnh vực có 01 đơn vị thực hiện cơ chế này',
  'Chưa xác định',
];
const PRODUCTS = [
  '',
  'Kế hoạch',
  '- Báo cáo kết quả rà soát; - Quyết định công bố văn bản',
  'Báo cáo kinh tế - xã hội',
];
const NOTES = ['', 'NS tỉnh', 'Phối hợp với Đài truyền thanh'];
const EXTRA = ['', 'Chuyên viên A'];
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

const AREA_STYLES = [
  'roman',
  'arabic',
  'bold',
  'caps',
  'plain',
  'whole',
  'content',
  'column',
  'none',
] as const;
const TASK_STYLES = ['arabic', 'letter', 'dotted', 'prefixed', 'bullet', 'none'] as const;

const task = fc.record({
  content: fc.constantFrom(...CONTENT),
  product: fc.constantFrom(...PRODUCTS),
  lead: fc.constantFrom(...AGENCIES),
  support: fc.constantFrom(...AGENCIES),
  deadline: fc.constantFrom(...DEADLINES),
  note: fc.constantFrom(...NOTES),
  extra: fc.constantFrom(...EXTRA),
  below: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 2 }),
  items: fc.nat({ max: 2 }),
});
const table = fc.record({
  areaStyle: fc.constantFrom(...AREA_STYLES),
  taskStyle: fc.constantFrom(...TASK_STYLES),
  nfd: fc.boolean(),
  columnNumbers: fc.boolean(),
  areas: fc.array(
    fc.record({
      title: fc.constantFrom(...AREAS),
      extra: fc.constantFrom(...EXTRA),
      tasks: fc.array(task, { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});
type Table = typeof table extends fc.Arbitrary<infer T> ? T : never;

const HEADER = [
  'Nhóm',
  'TT',
  'Nội dung',
  'Sản phẩm',
  'Chủ trì',
  'Phối hợp',
  'Thời gian',
  'Ghi chú',
  'Người theo dõi',
];

/** The rows of a generated table: [group, number, content, product, lead, support, deadline, note, extra]. */
function rowsOf(t: Table): string[][] {
  const rows: string[][] = [];
  const inContent = t.areaStyle === 'content';
  const put = (group: string, num: string, content: string, rest: readonly string[] = []): void => {
    const cells = inContent
      ? [group, '', num === '' ? content : `${num} ${content}`, ...rest]
      : [group, num, content, ...rest];
    while (cells.length < HEADER.length) cells.push('');
    rows.push(cells);
  };
  t.areas.forEach((a, k) => {
    const title = a.title;
    const onArea = ['', '', '', '', '', a.extra];
    let group = '';
    switch (t.areaStyle) {
      case 'roman':
        put('', ROMAN[k] ?? 'V', title, onArea);
        break;
      case 'arabic':
      case 'content':
        put('', `${k + 1}.`, title, onArea);
        break;
      case 'bold':
        put('', `<b>${k + 1}.</b>`, `<b>${title}</b>`, onArea);
        break;
      case 'caps':
        put('', '', title.toUpperCase(), onArea);
        break;
      case 'plain':
        put('', '', title, onArea);
        break;
      case 'whole':
        rows.push(['', `${k + 1}. ${title}`, '', '', '', '', '', '', a.extra]);
        break;
      case 'column':
        group = `${ROMAN[k] ?? 'V'}. ${title}`;
        break;
      case 'none':
        break;
    }
    a.tasks.forEach((x, j) => {
      const num =
        t.taskStyle === 'arabic'
          ? `${j + 1}.`
          : t.taskStyle === 'letter'
            ? `${LETTERS[j] ?? 'g'})`
            : t.taskStyle === 'dotted'
              ? `${k + 1}.${j + 1}`
              : t.taskStyle === 'prefixed'
                ? `${ROMAN[k] ?? 'V'}.${j + 1}`
                : '';
      const content = t.taskStyle === 'bullet' && x.content !== '' ? `- ${x.content}` : x.content;
      put(j === 0 ? group : '', num, content, [x.product, x.lead, x.support, x.deadline, x.note, x.extra]);
      for (let i = 0; i < x.items; i++) put('', `${LETTERS[i]})`, 'Rà soát văn bản quy phạm pháp luật');
      for (const f of x.below) put('', '', f);
    });
    if (k === 0) rows.push(['', '', '', '', '', '', '', '', '']);
  });
  if (t.columnNumbers) rows.unshift(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
  return t.nfd ? rows.map((r) => r.map((c) => c.normalize('NFD'))) : rows;
}

const words = (cell: string): string[] =>
  cell
    .normalize('NFC')
    .replace(/<\/?b>/g, '')
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w !== '' && w !== 'và');

describe('planFromRows keeps every cell', () => {
  it('every word of every cell is in the plan or the reading report, in every layout (property)', () => {
    fc.assert(
      fc.property(table, (t) => {
        const rows = rowsOf(t);
        const columns: PlanColumns = {
          ...(t.areaStyle === 'column' ? { group: 'Nhóm' } : {}),
          ...(t.areaStyle === 'content' ? {} : { number: 'TT' }),
          content: 'Nội dung',
          product: 'Sản phẩm',
          lead: 'Chủ trì',
          support: 'Phối hợp',
          deadline: 'Thời gian',
          note: 'Ghi chú',
        };
        const r = planFromRows([HEADER, ...rows], {
          columns,
          headerRow: 0,
          plan: { id: 'p', title: 'Kế hoạch', year: 2018 },
          agencies: [
            { id: 'snv', name: 'Sở Nội vụ', classes: ['so-nganh'] },
            { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh', classes: ['so-nganh'] },
            { id: 'skhdt', name: 'Sở Kế hoạch và Đầu tư', classes: ['so-nganh'] },
          ],
          classes: [
            { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' },
            { id: 'ubnd-huyen', name: 'UBND cấp huyện' },
          ],
        });
        if (!r.ok) {
          expect(r.issues.map((i) => i.code)).toEqual(['no_tasks']);
          return;
        }
        const out = JSON.stringify(r.value) + JSON.stringify(r.report);
        // A row numbering the columns is part of the header: the only row not kept.
        for (const cells of t.columnNumbers ? rows.slice(1) : rows)
          for (const cell of cells)
            for (const w of words(cell)) expect(out, `${w} of "${cell}"`).toContain(w);
      }),
      { numRuns: 250 },
    );
  });
});
