import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import {
  loadPlan,
  planFromRows,
  reformAreaOf,
  VIETNAMESE_ITEM_LETTERS,
  type PlanFromRowsOptions,
} from '../../src/plan/index.js';
import type { PlanJson } from '../../src/plan/schema.js';
import {
  boldRows,
  quangNamAgencies,
  quangNamClasses,
  quangNamRows,
  vinhLongAgencies,
  vinhLongClasses,
  vinhLongRows,
  vinhYenAgencies,
  vinhYenClasses,
} from './fixtures/rows.js';

const vinhLongOptions: PlanFromRowsOptions = {
  columns: {
    group: 'Nhiệm vụ chung',
    content: 'Nhiệm vụ cụ thể',
    lead: 'Cơ quan chủ trì',
    support: 'phoi hop',
    deadline: 'THỜI GIAN',
  },
  plan: {
    id: 'vinh-long-2018',
    title: 'Kế hoạch cải cách hành chính năm 2018',
    issuer: 'UBND tỉnh Vĩnh Long',
    document: { number: '2701/QĐ-UBND', date: '2017-12-20' },
    year: 2018,
  },
  agencies: vinhLongAgencies,
  classes: vinhLongClasses,
};

function value(r: ReturnType<typeof planFromRows>): PlanJson {
  if (!r.ok) throw new Error(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`).join('\n'));
  return r.value;
}

describe('planFromRows — Vĩnh Long 2018 (group column)', () => {
  const r = planFromRows(vinhLongRows, vinhLongOptions);
  const plan = value(r);

  it('finds the header row by name, groups with their areas, tasks with their numbers', () => {
    expect(plan.groups.map((g) => [g.id, g.area, g.tasks.length])).toEqual([
      ['I', 'direction', 5],
      ['II', 'institutions', 2],
      ['III', 'procedures', 2],
      ['V', 'civil-service', 1],
      ['VII', 'digital-government', 2],
    ]);
    expect(plan.groups[0]?.tasks[0]).toEqual({
      id: 'I.1',
      number: '1.',
      title: 'Ban hành Kế hoạch cải cách hành chính năm 2018 của tỉnh',
      lead: ['snv'],
      support: ['vp-ubnd'],
      deadline: 'Tháng 12/2017',
    });
    expect(plan.groups[2]?.tasks.map((t) => t.id)).toEqual(['III.4', 'III.6']);
    expect(plan.document).toEqual({ number: '2701/QĐ-UBND', date: '2017-12-20' });
  });

  it('reads agency lists, keeps generic phrases in the note and creates unknown agencies with a warning', () => {
    expect(plan.groups[0]?.tasks[4]?.support).toEqual(['so-nganh', 'ubnd-huyen', 'ubnd-xa']);
    expect(plan.groups[1]?.tasks[0]?.lead).toEqual(['so-nganh', 'ubnd-huyen']);
    expect(plan.groups[1]?.tasks[0]?.support).toEqual(['vp-ubnd']);
    expect(plan.groups[2]?.tasks[0]?.note).toBe('Phối hợp: các tổ chức, cá nhân có liên quan');
    expect(plan.groups[4]?.tasks[0]?.support).toEqual(['snv', 'vp-ubnd', 'ubnd-huyen']);
    const skhdt = plan.agencies.find((a) => a.name === 'Sở Kế hoạch và Đầu tư');
    expect(skhdt?.id).toBe('so-ke-hoach-va-dau-tu');
    expect(plan.groups[4]?.tasks[1]?.lead).toEqual(['so-ke-hoach-va-dau-tu']);
    expect(r.ok && r.warnings.map((w) => `${formatPath(w.path)} ${w.code}`)).toEqual([
      'rows[13][2] agency_created',
      'rows[13][3] agency_created',
    ]);
  });

  it('lists target bullets of the content as targets, keeping the title whole', () => {
    const v8 = plan.groups[3]?.tasks[0];
    expect(v8?.id).toBe('V.8');
    expect(v8?.title.startsWith('Cán bộ, công chức cấp xã:\n- Trên 80%')).toBe(true);
    expect(v8?.targets).toEqual([
      'Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;',
      'Trên 80% công chức cấp xã đạt chuẩn chuyên môn;',
      'Trên 70% cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm.',
    ]);
  });

  it('gives JSON that loads, with deadlines read in 2018', () => {
    const loaded = loadPlan(plan);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.groups[4]?.tasks[0]?.deadline).toMatchObject({ kind: 'multi' });
    expect(loaded.value.groups[2]?.tasks[1]?.deadline).toMatchObject({
      kind: 'quarter',
      year: 2018,
      quarter: 1,
    });
    expect(loaded.value.warnings.filter((w) => w.code === 'unknown_deadline')).toEqual([]);
  });

  it('reads NFD rows the same as NFC', () => {
    const nfd = vinhLongRows.map((row) => row.map((c) => c.normalize('NFD')));
    expect(value(planFromRows(nfd, vinhLongOptions))).toEqual(plan);
  });

  it('makes unknown names errors when asked', () => {
    const r2 = planFromRows(vinhLongRows, { ...vinhLongOptions, unknownAgencies: 'issue' });
    expect(r2.ok).toBe(false);
    if (r2.ok) return;
    expect(r2.issues.map((i) => `${formatPath(i.path)} ${i.code} ${i.message}`)).toEqual([
      'rows[13][2] unknown_agency_name Cơ quan "Sở Kế hoạch và Đầu tư" không có trong danh sách cơ quan',
      'rows[13][3] unknown_agency_name Cơ quan "Các cơ quan, đơn vị được ghi kế hoạch" không có trong danh sách cơ quan',
    ]);
  });
});

describe('planFromRows — Quảng Nam 2016–2020 (PDF table, year groups)', () => {
  const plan = value(
    planFromRows(quangNamRows, {
      columns: {
        number: 'TT',
        content: 'Nội dung',
        deadline: 'Lộ trình',
        lead: 'chủ trì',
        support: 'phối hợp',
      },
      headerRow: 0,
      plan: {
        id: 'quang-nam-2016-2020',
        title: 'Chương trình hành động CCHC giai đoạn 2016-2020',
        period: { from: 2016, to: 2020 },
      },
      agencies: quangNamAgencies,
      classes: quangNamClasses,
      unknownAgencies: 'issue',
    }),
  );

  it('reads year groups and joins cells split over rows', () => {
    expect(plan.groups.map((g) => [g.id, g.title, g.year, g.tasks.length])).toEqual([
      ['I', 'NĂM 2016', 2016, 2],
      ['II', 'NĂM 2017', 2017, 1],
    ]);
    const t1 = plan.groups[0]?.tasks[0];
    expect(t1?.title).toBe(
      'Đề án tăng cường năng lực chỉ đạo điều hành và tham mưu cải cách hành chính dành cho cán bộ lãnh đạo và công chức chuyên trách cải cách hành chính tại các cơ quan, đơn vị tại tỉnh Quảng Nam',
    );
    expect(t1?.support).toEqual(['so-nganh', 'ubnd-huyen']);
    expect(plan.groups[0]?.tasks[1]?.lead).toEqual(['skhdt']);
    expect(plan.groups[1]?.tasks[0]?.title.endsWith('giai đoạn 20162020')).toBe(true);
  });

  it('reads a bare "Quý III" in the group year', () => {
    const loaded = loadPlan(plan);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.groups[0]?.tasks[0]?.deadline).toMatchObject({
      kind: 'quarter',
      year: 2016,
      quarter: 3,
    });
    expect(loaded.value.groups[1]?.tasks[0]?.deadline).toMatchObject({
      kind: 'quarter',
      year: 2017,
      quarter: 2,
    });
  });
});

describe('planFromRows — bold group numbers, lettered items, budget and extra columns', () => {
  const r = planFromRows(boldRows, {
    columns: {
      number: 'TT',
      content: 'Nội dung',
      product: 'Sản phẩm',
      lead: 'chủ trì',
      support: 'phối hợp',
      deadline: 'Thời gian',
      budget: 'Kinh phí',
      note: 'Ghi chú',
    },
    headerRow: 0,
    plan: { id: 'vinh-yen-2022', title: 'Kế hoạch CCHC thành phố Vinh Yên năm 2022', year: 2022 },
    agencies: vinhYenAgencies,
    classes: vinhYenClasses,
  });
  const plan = value(r);

  it('makes bold Arabic numbers groups and letters tasks', () => {
    expect(plan.groups.map((g) => [g.id, g.title, g.area])).toEqual([
      ['1', 'Cải cách thể chế', 'institutions'],
      ['2', 'Cải cách thủ tục hành chính', 'procedures'],
    ]);
    expect(plan.groups[0]?.tasks.map((t) => [t.id, t.number])).toEqual([
      ['1.a', 'a)'],
      ['1.b', 'b)'],
      ['1.đ', 'đ)'],
    ]);
  });

  it('puts every cell somewhere: products, budget with source, notes, unmapped columns, bullet continuation', () => {
    const [a, b, d] = plan.groups[0]?.tasks ?? [];
    expect(a?.products).toEqual(['Báo cáo kết quả rà soát', 'Quyết định công bố']);
    expect(a?.budget).toEqual({ text: '05tr/kỳ', source: 'NS thành phố' });
    expect(a?.note).toBe('Người theo dõi: Chuyên viên A');
    expect(b?.budget).toBe('Kinh phí tự chủ');
    expect(b?.support).toEqual(['pnv']);
    expect(b?.note).toBe('Phối hợp: các cơ quan có liên quan');
    expect(d?.title).toBe('Tuyên truyền, phổ biến pháp luật:\n- 100% văn bản QPPL được công khai');
    expect(d?.targets).toEqual(['100% văn bản QPPL được công khai']);
    expect(d?.note).toBe('Phối hợp với Đài truyền thanh');
    expect(plan.groups[1]?.tasks[0]).toMatchObject({
      lead: ['ubnd-xa'],
      support: ['vp'],
      deadline: 'Định kỳ hàng quý',
    });
    expect(r.ok && r.warnings).toEqual([]);
    const loaded = loadPlan(plan);
    expect(loaded.ok && loaded.value.groups[0]?.tasks[0]?.budget?.amountVnd).toBe(5_000_000);
  });
});

describe('planFromRows — structure and errors', () => {
  const options: PlanFromRowsOptions = {
    columns: { content: 0, lead: 1, deadline: 2 },
    plan: { id: 'p', title: 'Kế hoạch' },
    year: 2019,
  };

  it('makes an Arabic header followed by lettered items a sub-group, then returns to the group', () => {
    const plan = value(
      planFromRows(
        [
          ['I. CẢI CÁCH THỂ CHẾ', '', ''],
          ['1. Rà soát văn bản', '', ''],
          ['a) Rà soát văn bản của HĐND', 'Sở Tư pháp', 'Quý I'],
          ['b) Rà soát văn bản của UBND', 'Sở Tư pháp', 'Quý II'],
          ['2. Theo dõi thi hành pháp luật', 'Sở Tư pháp', 'Năm 2019'],
          ['II. HIỆN ĐẠI HÓA HÀNH CHÍNH', '', ''],
          ['1. Duy trì ISO', 'Sở KH&CN', 'Thường xuyên'],
        ],
        {
          ...options,
          agencies: [
            { id: 'stp', name: 'Sở Tư pháp' },
            { id: 'skhcn', name: 'Sở Khoa học và Công nghệ' },
          ],
        },
      ),
    );
    expect(plan.year).toBe(2019);
    expect(plan.groups.map((g) => [g.id, g.title, g.area, g.tasks.map((t) => t.id)])).toEqual([
      ['I', 'CẢI CÁCH THỂ CHẾ', 'institutions', ['I.2']],
      ['I.1', 'Rà soát văn bản', 'institutions', ['I.1.a', 'I.1.b']],
      ['II', 'HIỆN ĐẠI HÓA HÀNH CHÍNH', 'digital-government', ['II.1']],
    ]);
    expect(plan.groups[2]?.tasks[0]?.lead).toEqual(['skhcn']);
  });

  it('reads "II NĂM 2017" and "A." group rows written in the content column', () => {
    const plan = value(
      planFromRows(
        [
          ['A. NHIỆM VỤ TRỌNG TÂM', '', ''],
          ['I. NĂM 2016', '', ''],
          ['1. Đề án tăng cường năng lực chỉ đạo điều hành', 'Sở Nội vụ', 'Quý III'],
          ['II NĂM 2017', '', ''],
          ['1. Chương trình hoàn thiện văn bản', 'Sở Nội vụ', 'Quý II'],
          ['2. Đề án một cửa hiện đại', 'Sở Nội vụ', 'Trong năm 2017'],
        ],
        {
          ...options,
          plan: { id: 'qn', title: 'Chương trình', period: { from: 2016, to: 2020 } },
          agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
        },
      ),
    );
    expect(
      plan.groups.map((g) => [g.id, g.title, g.year, g.tasks.map((t) => `${t.id} ${t.deadline}`)]),
    ).toEqual([
      ['A', 'NHIỆM VỤ TRỌNG TÂM', undefined, []],
      ['I', 'NĂM 2016', 2016, ['I.1 Quý III']],
      ['II', 'NĂM 2017', 2017, ['II.1 Quý II', 'II.2 Trong năm 2017']],
    ]);
    expect(plan.year).toBeUndefined();
    expect(plan.period).toEqual({ from: 2016, to: 2020 });
  });

  it('names missing columns and empty tables', () => {
    const r = planFromRows([['Nội dung', 'Chủ trì']], {
      columns: { content: 'Nội dung', lead: 'Chủ trì', deadline: 'Thời gian' },
      headerRow: 0,
      plan: { id: 'p', title: 't' },
    });
    expect(r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'columns.deadline unknown_column',
    ]);
    const empty = planFromRows([['Nội dung'], ['', '']], {
      columns: { content: 'Nội dung' },
      plan: { id: 'p', title: 't' },
    });
    expect(empty.ok ? [] : empty.issues.map((i) => i.code)).toEqual(['no_tasks']);
  });

  it('numbers unnumbered tasks by position and never repeats an id', () => {
    const plan = value(
      planFromRows(
        [
          ['Ban hành kế hoạch', 'Sở Nội vụ', 'Tháng 1/2019'],
          ['Tập huấn', 'Sở Nội vụ', 'Quý II'],
          ['1. Kiểm tra', 'Sở Nội vụ', 'Quý III'],
          ['1. Kiểm tra lại', 'Sở Nội vụ', 'Quý IV'],
        ],
        { ...options, agencies: [{ id: 'snv', name: 'Sở Nội vụ' }] },
      ),
    );
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]?.tasks.map((t) => t.id)).toEqual(['G1.1', 'G1.2', 'G1.3', 'G1.4']);
  });

  it('does not read a quantity or a year at the start of the text as an item number', () => {
    const plan = value(
      planFromRows(
        [
          ['1.2. Giải quyết hồ sơ', 'Sở Nội vụ', 'Quý I'],
          ['1.000 hồ sơ được số hóa', 'Sở Nội vụ', 'Quý II'],
          ['2019 là năm cao điểm', 'Sở Nội vụ', 'Quý III'],
          ['100% văn bản được công khai', 'Sở Nội vụ', 'Quý IV'],
        ],
        { ...options, agencies: [{ id: 'snv', name: 'Sở Nội vụ' }] },
      ),
    );
    expect(plan.groups[0]?.tasks.map((t) => [t.number ?? null, t.title])).toEqual([
      ['1.2.', 'Giải quyết hồ sơ'],
      [null, '1.000 hồ sơ được số hóa'],
      [null, '2019 là năm cao điểm'],
      [null, '100% văn bản được công khai'],
    ]);
  });

  it('keeps numeric cells a spreadsheet reader gives as numbers', () => {
    const rows = [['Tập huấn', 'Sở Nội vụ', 'Năm 2019', 40]] as unknown as string[][];
    const plan = value(
      planFromRows(rows, {
        ...options,
        columns: { ...options.columns, budget: 3 },
        agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
      }),
    );
    expect(plan.groups[0]?.tasks[0]?.budget).toBe('40');
  });

  it('returns frozen results and does not touch its input', () => {
    const rows = vinhLongRows.map((r) => [...r]);
    const before = JSON.stringify(rows);
    const r = planFromRows(rows, vinhLongOptions);
    expect(JSON.stringify(rows)).toBe(before);
    expect(Object.isFrozen(r)).toBe(true);
    expect(r.ok && Object.isFrozen(r.value.groups[0]?.tasks[0]?.lead)).toBe(true);
  });
});

describe('reformAreaOf and the letter order', () => {
  it.each([
    ['Công tác chỉ đạo, điều hành', 'direction'],
    ['THÔNG TIN, TUYÊN TRUYỀN', 'communication'],
    ['Cải cách thể chế', 'institutions'],
    ['Cai cach thu tuc hanh chinh', 'procedures'],
    ['Cải cách tổ chức bộ máy hành chính', 'organisation'],
    ['Cải cách chế độ công vụ', 'civil-service'],
    ['Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', 'civil-service'],
    ['Cải cách tài chính công', 'public-finance'],
    ['Hiện đại hoá nền hành chính', 'digital-government'],
    ['Xây dựng và phát triển Chính quyền điện tử, chính quyền số', 'digital-government'],
  ])('%s → %s', (title, area) => {
    expect(reformAreaOf(title)).toBe(area);
    expect(reformAreaOf(title.normalize('NFD'))).toBe(area);
  });
  it('names no area for a year title', () => {
    expect(reformAreaOf('NĂM 2016')).toBeUndefined();
  });
  it('follows the Vietnamese alphabet (no f, j, w, z; đ after d)', () => {
    expect(VIETNAMESE_ITEM_LETTERS.join('')).toBe('abcdđeghiklmnopqrstuvxy');
  });
});
