// Plans written after the 2025 reorganisation, read as the official of a Sở Nội vụ reads them:
// agency names as tables write them (abbreviations, "UBND xã, phường" without "các", the merged
// departments), a 2026 appendix through planFromRows and loadPlan, and evaluatePlan at dates of
// the year. Each row names its document (number, issuer, date) or says what is composed.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/index.js';
import { parseDeadline } from '../../src/deadline/index.js';
import { evaluatePlan } from '../../src/evaluate/index.js';
import { createAgencyRegistry, loadPlan, planFromRows, resolveAgencies } from '../../src/plan/index.js';
import type { PlanJson } from '../../src/plan/schema.js';
import { agencies2026, classes2026, columns2026, rows2026 } from '../plan/fixtures/reform2026.js';
import { spellings } from './variants.js';

const registry = createAgencyRegistry(agencies2026, classes2026);

// Văn bản 986/VPUBND-PVHCC (VP UBND tỉnh Ninh Bình, 2025): "PVHCC", the code of the public
// service centre's unit, and "UBND các xã, phường (mới)".
const NB = 'VB 986/VPUBND-PVHCC, VP UBND tỉnh Ninh Bình, 2025';
// Kế hoạch 1576/KH-UBND 2019 (UBND TP Hồ Chí Minh): "Ủy ban nhân dân quận, huyện, xã, phường,
// thị trấn" — committees listed without "các".
const HCM = 'KH 1576/KH-UBND 2019, UBND TP Hồ Chí Minh';
// Nghị định 45/2025/NĐ-CP lists "Sở Nông nghiệp và Môi trường" among the provincial departments;
// "NN&MT" is its short form, as "NN&PTNT" was of the department before it.
const ND45 = 'Nghị định 45/2025/NĐ-CP (department names)';
// Kế hoạch 4851/KH-UBND 11/10/2018 (UBND tỉnh Bình Dương): "các sở, ban, ngành" … "Ủy ban nhân
// dân các xã, phường, thị trấn".
const BD = 'KH 4851/KH-UBND 11/10/2018, UBND tỉnh Bình Dương';

const NAMES: readonly [text: string, ids: readonly string[], generic: readonly string[], source: string][] = [
  ['Trung tâm PVHCC tỉnh', ['ttpvhcc'], [], NB],
  ['Trung tâm PVHCC', ['ttpvhcc'], [], NB],
  ['Sở NN&MT', ['snnmt'], [], ND45],
  ['UBND xã, phường', ['ubnd-xa'], [], HCM],
  ['Ủy ban nhân dân xã, phường', ['ubnd-xa'], [], HCM],
  ['UBND các xã, phường', ['ubnd-xa'], [], NB],
  ['Các sở, ban, ngành; UBND xã, phường', ['so-nganh', 'ubnd-xa'], [], BD],
  ['Văn phòng UBND tỉnh; Trung tâm PVHCC tỉnh; Sở KH&CN', ['vp-ubnd', 'ttpvhcc', 'skhcn'], [], NB],
  ['Sở Nội vụ; các cơ quan, đơn vị có liên quan', ['snv'], ['các cơ quan, đơn vị có liên quan'], BD],
  // BD: "các cơ quan, đơn vị, địa phương chủ động xây dựng mục tiêu…": every one of them, nobody
  // in particular.
  ['Sở Tư pháp; các cơ quan, đơn vị, địa phương', ['stp'], ['các cơ quan, đơn vị, địa phương'], BD],
];

describe('agency names of plans after the 2025 reorganisation', () => {
  for (const [text, ids, generic, source] of NAMES) {
    for (const [label, written] of spellings(text)) {
      it(`${label} "${written}" → ${ids.join(', ')} (${source})`, () => {
        const r = resolveAgencies(written, registry);
        expect(r.ids).toEqual(ids);
        expect(r.unmatched).toEqual([]);
        expect(r.generic.length).toBe(generic.length);
      });
    }
  }

  it('"UBND xã" alone is still not the class of all communes (a commune plan names its own)', () => {
    expect(resolveAgencies('UBND xã Long Phụng', registry).ids).toEqual([]);
  });

  it('"Trung tâm HCC" (Hành chính công) is not read as the Phục vụ hành chính công centre: another name', () => {
    expect(resolveAgencies('Trung tâm HCC tỉnh', registry).unmatched).toEqual(['Trung tâm HCC tỉnh']);
  });
});

const plan2026 = { id: 'ke-hoach-cchc-2026', title: 'Kế hoạch cải cách hành chính năm 2026', year: 2026 };

function read(
  rows: readonly (readonly string[])[],
  plan: { id: string; title: string; year?: number } = plan2026,
) {
  const r = planFromRows(rows, { columns: columns2026, plan, agencies: agencies2026, classes: classes2026 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe('a 2026 appendix through planFromRows', () => {
  const r = read(rows2026);
  const tasks = r.value.groups.flatMap((g) => g.tasks);
  const task = (id: string) => {
    const t = tasks.find((x) => x.id === id);
    if (t === undefined) throw new Error(id);
    return t;
  };

  it('groups and numbering: I/II/III with their areas, tasks 1., 2. under each', () => {
    expect(r.value.groups.map((g) => [g.id, g.area])).toEqual([
      ['I', 'direction'],
      ['II', 'procedures'],
      ['III', 'organisation'],
    ]);
    expect(tasks.map((t) => t.id)).toEqual(['I.1', 'I.2', 'II.1', 'II.2', 'III.1', 'III.2']);
  });

  it('agency cells: merged classes, abbreviations, generic phrases to the note', () => {
    expect(task('I.1').support).toEqual(['so-nganh', 'ubnd-xa']);
    expect(task('I.2').lead).toEqual(['snv']);
    expect(task('I.2').support ?? []).toEqual([]);
    expect(task('I.2').note).toBe('Phối hợp: Các cơ quan, đơn vị có liên quan');
    expect(task('II.1').lead).toEqual(['vp-ubnd']);
    expect(task('II.1').support).toEqual(['ttpvhcc', 'skhcn']);
    expect(task('II.2').lead).toEqual(['ubnd-xa']);
  });

  it('a target line under a task joins it and is listed as a target', () => {
    expect(task('II.1').title).toContain(
      '\n- Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu từ 55% trở lên',
    );
    expect(task('II.1').targets).toContain(
      'Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu từ 55% trở lên',
    );
  });

  it('"Sở NV" is not guessed: an agency is added with a warning', () => {
    expect(task('I.1').lead).toEqual(['so-nv']);
    expect(r.report.unknownAgencies.map((u) => [u.taskId, u.text])).toContainEqual(['I.1', 'Sở NV']);
  });

  it('… but its warning and reason suggest the one department it may be short for', () => {
    const u = r.report.unknownAgencies.find((x) => x.text === 'Sở NV');
    expect(u?.reason).toContain('Có thể là viết tắt của "Sở Nội vụ" (mã "snv")');
    const w = r.warnings.find((x) => x.code === 'agency_created' && x.message.includes('"Sở NV"'));
    expect(w?.messageEn).toContain('It may be a short form of "Sở Nội vụ" (id "snv")');
  });

  // Short forms officials write for departments (SNV, STP…): a suggestion when exactly one
  // registry department has that short form; none when two share it or the text is no short form.
  const SHORT: readonly [written: string, suggested: string | null][] = [
    ['Sở NV', 'snv'],
    ['Sở TP', 'stp'],
    ['Sở TC', 'stc'],
    // ("SNV", "STP" read as the ids of this registry, so they resolve: nothing to suggest)
    ['Sở KHCN', null], // read whole as "Khoa học và Công nghệ": it resolves, nothing to suggest
    ['Sở Xây dựng', null],
    ['Công an tỉnh', null],
  ];
  for (const [written, suggested] of SHORT) {
    for (const [label, text] of spellings(written)) {
      it(`short form ${label} "${text}" → ${suggested ?? 'no suggestion'}`, () => {
        const rr = planFromRows(
          [
            ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
            ['1', 'Ban hành Kế hoạch', text],
          ],
          {
            columns: { number: 'STT', content: 'Nội dung nhiệm vụ', lead: 'Cơ quan chủ trì' },
            plan: plan2026,
            agencies: agencies2026,
            classes: classes2026,
          },
        );
        if (!rr.ok) throw new Error('not read');
        const u = rr.report.unknownAgencies[0];
        if (suggested === null) expect(u?.reason ?? '').not.toContain('Có thể là viết tắt');
        else expect(u?.reason).toContain(`(mã "${suggested}")`);
      });
    }
  }

  it('a deadline with the hour written before its day is that day', () => {
    expect(task('II.2').deadline).toBe('trước 7h00 sáng ngày 01/7/2025');
    expect(parseDeadline('trước 7h00 sáng ngày 01/7/2025')).toMatchObject({
      kind: 'date',
      date: '2025-07-01',
    });
    expect(r.report.unreadDeadlines).toEqual([]);
  });

  it('names of departments and district committees the reorganisation did away with say so', () => {
    const byText = new Map(r.report.unknownAgencies.map((u) => [u.text, u.reason]));
    expect(byText.get('Sở LĐ-TB&XH')).toContain('Nghị định 45/2025/NĐ-CP');
    expect(byText.get('Sở Kế hoạch và Đầu tư')).toContain('Nghị định 45/2025/NĐ-CP');
    expect(byText.get('UBND các huyện, thị xã, thành phố')).toContain('01/7/2025');
    expect(byText.get('Sở NV')).not.toContain('45/2025');
    const warned = r.warnings.filter((w) => w.code === 'agency_created').map((w) => w.messageEn);
    expect(warned.filter((m) => m.includes('Nghị định 45/2025/NĐ-CP'))).toHaveLength(2);
    expect(warned.filter((m) => m.includes('1 July 2025'))).toHaveLength(1);
  });

  it('in a plan from before the reorganisation, the same names carry no such note', () => {
    const old = read(rows2026, { id: 'kh-2024', title: 'Kế hoạch CCHC năm 2024', year: 2024 });
    for (const u of old.report.unknownAgencies) {
      expect(u.reason).not.toContain('45/2025');
      expect(u.reason).not.toContain('01/7/2025');
    }
  });

  it('an old department listed with its successor is resolved, with no note', () => {
    const withOld = planFromRows(rows2026, {
      columns: columns2026,
      plan: plan2026,
      agencies: [
        ...agencies2026,
        {
          id: 'skhdt',
          name: 'Sở Kế hoạch và Đầu tư',
          succeededBy: [{ agencyIds: ['stc'], on: '2025-03-01' }],
        },
      ],
      classes: classes2026,
    });
    if (!withOld.ok) throw new Error('not read');
    expect(withOld.value.groups[2]?.tasks[1]?.support).toEqual(['skhdt']);
    expect(withOld.report.unknownAgencies.map((u) => u.text)).not.toContain('Sở Kế hoạch và Đầu tư');
  });

  it('NFD and text without diacritics read to the same agencies and groups', () => {
    const ids = (rr: ReturnType<typeof read>) =>
      rr.value.groups.flatMap((g) => g.tasks.map((t) => [t.id, t.lead, t.support ?? []]));
    const nfd = read(rows2026.map((row) => row.map((c) => c.normalize('NFD'))));
    expect(ids(nfd)).toEqual(ids(r));
    // Typed without a Vietnamese keyboard: diacritics gone, case kept (as a spreadsheet keeps it).
    const bare = read(
      rows2026.map((row) =>
        row.map((c) => c.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')),
      ),
    );
    expect(ids(bare)).toEqual(ids(r));
  });
});

// A lead cell merged over three tasks, as a spreadsheet reader gives it: text on the first row
// only. Composed rows (the group title is the first area of the 2026 plans above; the tasks and
// the agency are illustrative): the rows cannot say whether rows 3 and 4 were merged with row 2,
// so the library lists them, with the lead written above, and never fills it in.
describe('an empty lead cell (a merged cell, or no lead) is reported, never filled in', () => {
  const rows = [
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
    ['I', 'CẢI CÁCH THỂ CHẾ', '', '', '', ''],
    ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Quý II/2026', 'Báo cáo'],
    ['2', 'Kiểm tra văn bản quy phạm pháp luật', '', '', 'Quý III/2026', 'Báo cáo'],
    ['3', 'Theo dõi tình hình thi hành pháp luật', '', 'UBND các xã, phường', 'Quý IV/2026', 'Báo cáo'],
  ];
  for (const [label, variant] of [
    ['NFC', (s: string) => s],
    ['NFD', (s: string) => s.normalize('NFD')],
  ] as const) {
    it(label, () => {
      const r = read(rows.map((row) => row.map(variant)));
      expect(r.value.groups[0]?.tasks.map((t) => [t.id, t.lead])).toEqual([
        ['I.1', ['stp']],
        ['I.2', []],
        ['I.3', []],
      ]);
      expect(r.report.emptyLeads.map((e) => [e.row, e.taskId, e.above?.normalize('NFC'), e.code])).toEqual([
        [3, 'I.2', 'Sở Tư pháp', 'empty_lead'],
        [4, 'I.3', 'Sở Tư pháp', 'empty_lead'],
      ]);
    });
  }

  it('a table without a lead column lists nothing', () => {
    const r = planFromRows(
      [
        ['Nội dung', 'Thời gian'],
        ['Rà soát văn bản quy phạm pháp luật', 'Quý II/2026'],
      ],
      { columns: { content: 'Nội dung', deadline: 'Thời gian' }, plan: plan2026 },
    );
    expect(r.ok && r.report.emptyLeads).toEqual([]);
  });

  it('the 2026 appendix above has a lead on every task', () => {
    expect(read(rows2026).report.emptyLeads).toEqual([]);
  });
});

describe('the 2026 plan evaluated through the year', () => {
  const r = read(rows2026);
  const loaded = loadPlan(r.value);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const plan = loaded.value;
  const reports = [{ taskId: 'I.1', agencyId: 'so-nv', completedOn: isoDate('2026-01-20') }];
  const status = (asOf: string) =>
    Object.fromEntries(
      evaluatePlan(plan, { asOf: isoDate(asOf), reports }).tasks.map((t) => [
        t.taskId,
        t.daysOverdue === undefined || t.daysOverdue === 0 ? t.status : `${t.status}+${t.daysOverdue}`,
      ]),
    );

  const DATES: readonly [asOf: string, expected: Record<string, string>][] = [
    [
      '2026-01-31',
      {
        'I.1': 'done_on_time',
        'I.2': 'not_due',
        'II.1': 'not_due',
        'II.2': 'overdue+214',
        'III.1': 'not_due',
        'III.2': 'not_due',
      },
    ],
    // Quý I/2026 ends on 31/3: 91 days overdue on 30/6; 01/7/2025 (II.2, a day of the year
    // before, as the source document words it) 364.
    [
      '2026-06-30',
      {
        'I.1': 'done_on_time',
        'I.2': 'not_due',
        'II.1': 'not_due',
        'II.2': 'overdue+364',
        'III.1': 'not_due',
        'III.2': 'overdue+91',
      },
    ],
    // Quý III/2026 ends on 30/9: 92 days overdue on 31/12; Quý I 275 days.
    [
      '2026-12-31',
      {
        'I.1': 'done_on_time',
        'I.2': 'due_soon',
        'II.1': 'due_soon',
        'II.2': 'overdue+548',
        'III.1': 'overdue+92',
        'III.2': 'overdue+275',
      },
    ],
  ];
  for (const [asOf, expected] of DATES) {
    it(`on ${asOf}`, () => {
      expect(status(asOf)).toEqual(expected);
    });
  }

  it('compliance on 31/12/2026 counts the task due in 2025 as overdue', () => {
    const c = evaluatePlan(plan, { asOf: isoDate('2026-12-31'), reports }).compliance.plan;
    expect([c.due, c.done, c.overdue]).toEqual([6, 1, 3]);
  });
});

describe('the same plan as JSON through loadPlan', () => {
  // As an integrator writes it by hand: ids of the registry, deadlines as written.
  const json: PlanJson = {
    schemaVersion: 1,
    id: 'ke-hoach-cchc-2026-json',
    title: 'Kế hoạch cải cách hành chính năm 2026',
    year: 2026,
    agencies: agencies2026,
    classes: classes2026,
    groups: [
      {
        id: 'I',
        title: 'Công tác chỉ đạo, điều hành',
        area: 'direction',
        tasks: [
          {
            id: 'I.2',
            number: '2',
            title:
              'Tăng cường công tác kiểm tra, giám sát việc triển khai thực hiện các nhiệm vụ cải cách hành chính năm 2026',
            lead: ['snv'],
            deadline: 'Quý II - Quý IV/2026',
          },
        ],
      },
      {
        id: 'II',
        title: 'Cải cách thủ tục hành chính',
        area: 'procedures',
        tasks: [
          {
            id: 'II.1',
            number: '1',
            title:
              'Phấn đấu 100% thủ tục hành chính của tỉnh có đủ điều kiện được cung cấp trực tuyến toàn trình, một phần và được số hóa kết quả giải quyết',
            lead: ['vp-ubnd'],
            support: ['ttpvhcc', 'skhcn'],
            deadline: 'Năm 2026',
          },
          {
            id: 'II.3',
            title: 'Vận hành Trung tâm Phục vụ hành chính công cấp xã',
            lead: ['ubnd-xa'],
            deadline: 'Thường xuyên',
          },
        ],
      },
    ],
  };

  it('loads, with the empty commune class and nothing else flagged', () => {
    const r = loadPlan(json);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.warnings.map((w) => w.code)).toEqual(['empty_class']);
  });

  it('a continuous task is ongoing through the year; the others due at their period ends', () => {
    const r = loadPlan(json);
    if (!r.ok) throw new Error('not loaded');
    const e = evaluatePlan(r.value, { asOf: isoDate('2026-12-25') });
    expect(e.tasks.map((t) => [t.taskId, t.status])).toEqual([
      ['I.2', 'due_soon'],
      ['II.1', 'due_soon'],
      ['II.3', 'ongoing'],
    ]);
  });
});

// Kế hoạch 1888/KH-VPUBND, 30/12/2025 (Văn phòng UBND tỉnh Lai Châu, CCHC năm 2026), section II
// as published (vpubnd.laichau.gov.vn): a plan written as prose, pasted one paragraph a row.
describe('a prose plan pasted row by row (KH 1888/KH-VPUBND, Lai Châu, 2026)', () => {
  const rows = [
    ['Nội dung', 'Thời gian'],
    ['II. NỘI DUNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH', ''],
    ['1. Công tác chỉ đạo, điều hành', ''],
    [
      'Kịp thời xây dựng kế hoạch cải cách hành chính; chỉ đạo thực hiện tốt các nội dung cải cách hành chính thuộc chức năng, nhiệm vụ để nâng cao chỉ số cải cách hành chính của cơ quan Văn phòng.',
      '',
    ],
    [
      'Tăng cường công tác kiểm tra, giám sát việc triển khai thực hiện các nhiệm vụ cải cách hành chính năm 2026',
      '',
    ],
  ];
  for (const [label, variant] of [
    ['NFC', (s: string) => s],
    ['NFD', (s: string) => s.normalize('NFD')],
  ] as const) {
    it(`${label}: section II, area 1 with its two paragraphs as tasks, their missing deadlines reported`, () => {
      const r = planFromRows(
        rows.map((row) => row.map(variant)),
        {
          columns: { content: 'Nội dung', deadline: 'Thời gian' },
          plan: { id: 'vpubnd-lai-chau-2026', title: 'Kế hoạch CCHC năm 2026', year: 2026 },
        },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.value.groups.map((g) => [g.id, g.area, g.tasks.map((t) => t.id)])).toEqual([
        ['II', undefined, []],
        ['II.1', 'direction', ['II.1.1', 'II.1.2']],
      ]);
      expect(r.report.unreadDeadlines.map((d) => d.code)).toEqual(['empty_deadline', 'empty_deadline']);
    });
  }
});

// The six reform areas as a commune plan after the merger names them: Kế hoạch cải cách hành chính
// năm 2025 of UBND xã Hưng Thịnh (tỉnh Đồng Nai), section I.1 (hungthinh.dongnai.gov.vn; the
// page does not give the plan's number).
describe('group titles of a 2025 commune plan read to their reform areas', () => {
  const AREAS: readonly [title: string, area: string][] = [
    ['Cải cách thể chế', 'institutions'],
    ['Cải cách thủ tục hành chính', 'procedures'],
    ['Cải cách tổ chức bộ máy', 'organisation'],
    ['Cải cách chế độ công vụ', 'civil-service'],
    ['Cải cách tài chính công', 'public-finance'],
    ['Xây dựng, phát triển chính quyền điện tử, chính quyền số', 'digital-government'],
  ];
  for (const [title, area] of AREAS) {
    for (const [label, written] of spellings(title)) {
      it(`${label} "${written}" → ${area}`, () => {
        const r = planFromRows(
          [
            ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
            ['1', written, '', ''],
            ['1.1', 'Nhiệm vụ', 'UBND các xã, phường', 'Năm 2025'],
          ],
          {
            columns: {
              number: 'STT',
              content: 'Nội dung nhiệm vụ',
              lead: 'Cơ quan chủ trì',
              deadline: 'Thời gian hoàn thành',
            },
            plan: { id: 'xa-2025', title: 'Kế hoạch CCHC năm 2025', year: 2025 },
            agencies: agencies2026,
            classes: classes2026,
          },
        );
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(r.value.groups[0]?.area).toBe(area);
      });
    }
  }
});

// Which names the 2025 reorganisation did away with, in a 2026 plan: departments not among those
// of Nghị định 45/2025/NĐ-CP, and district committees (the district level ended on 1/7/2025,
// Nghị quyết 203/2025/QH15 of 16/6/2025 as reported by doanthanhnien.vn and vietnamnet.vn). A
// commune whose name folds to "huyen" is no district.
describe('names of agencies the 2025 reorganisation did away with', () => {
  const NAMES: readonly [written: string, note: 'department' | 'district' | null][] = [
    ['Sở Kế hoạch và Đầu tư', 'department'],
    ['Sở KH&ĐT', 'department'],
    ['Sở LĐTBXH', 'department'],
    ['Sở TT&TT', 'department'],
    ['Sở TN&MT', 'department'],
    ['Sở NN&PTNT', 'department'],
    ['Sở GTVT', 'department'],
    ['UBND cấp huyện', 'district'],
    ['UBND các huyện, thị xã, thành phố', 'district'],
    ['UBND huyện Đông Anh', 'district'],
    ['UBND quận, huyện', 'district'],
    ['UBND xã Huyền Hội', null],
    ['Sở Dân tộc và Tôn giáo', null],
    ['Công an tỉnh', null],
  ];
  for (const [written, note] of NAMES) {
    for (const [label, text] of spellings(written)) {
      it(`${label} "${text}" → ${note ?? 'no note'}`, () => {
        const r = planFromRows(
          [
            ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì'],
            ['1', 'Rà soát, sắp xếp đơn vị sự nghiệp công lập', text],
          ],
          {
            columns: { number: 'STT', content: 'Nội dung nhiệm vụ', lead: 'Cơ quan chủ trì' },
            plan: plan2026,
            agencies: agencies2026,
            classes: classes2026,
            unknownAgencies: 'issue',
          },
        );
        expect(r.ok).toBe(false);
        const message = r.ok ? '' : (r.issues[0]?.message ?? '');
        expect(message.includes('Nghị định 45/2025/NĐ-CP')).toBe(note === 'department');
        expect(message.includes('01/7/2025')).toBe(note === 'district');
      });
    }
  }
});

// A 2025 plan, issued before the reorganisation, as an integrator brings it up to date in JSON:
// the old department with its successor, a district committee with its end. The district level
// ended on 1/7/2025 (see above); the department's merger date here is the integrator's
// declaration (each province set its own by decision), illustrative, not a fact of this test.
describe('a 2025 plan across the reorganisation, through loadPlan', () => {
  const json: PlanJson = {
    schemaVersion: 1,
    id: 'ke-hoach-cchc-2025',
    title: 'Kế hoạch cải cách hành chính năm 2025',
    year: 2025,
    agencies: [
      { id: 'stc', name: 'Sở Tài chính' },
      { id: 'skhdt', name: 'Sở Kế hoạch và Đầu tư', succeededBy: [{ agencyIds: ['stc'], on: '2025-03-01' }] },
      { id: 'ubnd-huyen-a', name: 'UBND huyện A', endedOn: '2025-07-01' },
    ],
    classes: [],
    groups: [
      {
        id: 'II',
        title: 'Cải cách thủ tục hành chính',
        tasks: [
          {
            id: 'II.1',
            title: 'Rà soát thủ tục hành chính lĩnh vực đầu tư',
            lead: ['skhdt'],
            deadline: 'Quý I/2025',
          },
          {
            id: 'II.2',
            title: 'Rà soát thủ tục hành chính cấp huyện',
            lead: ['ubnd-huyen-a'],
            deadline: 'Quý II/2025',
          },
          { id: 'II.3', title: 'Số hóa kết quả giải quyết', lead: ['ubnd-huyen-a'], deadline: 'Quý IV/2025' },
        ],
      },
    ],
  };

  it('on 31/12/2025: work of the old department counts; the ended committee owes Quý II, not Quý IV', () => {
    const r = loadPlan(json);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const e = evaluatePlan(r.value, {
      asOf: isoDate('2025-12-31'),
      reports: [{ taskId: 'II.1', agencyId: 'skhdt', completedOn: isoDate('2025-03-20') }],
    });
    expect(e.tasks.map((t) => [t.taskId, t.status, t.daysOverdue ?? 0])).toEqual([
      ['II.1', 'done_on_time', 0],
      // Quý II ends on 30/6, the day before the committee ended: 184 days overdue on 31/12.
      ['II.2', 'overdue', 184],
      ['II.3', 'agency_ended', 0],
    ]);
    expect([e.compliance.plan.due, e.compliance.plan.done, e.compliance.plan.overdue]).toEqual([2, 1, 1]);
  });
});
