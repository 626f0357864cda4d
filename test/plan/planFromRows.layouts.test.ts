// planFromRows on the ways appendix tables are laid out: the same real
// table (the Vĩnh Long 2018 appendix) written with Roman or Arabic areas,
// with and without bold marks, in capitals, written whole in the number
// column, with numbering that starts again in each area, "1.1" or lettered
// tasks — each must read to the same areas, tasks, leads and deadlines.
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import { loadPlan, planFromRows, type PlanFromRowsOptions } from '../../src/plan/index.js';
import type { PlanJson } from '../../src/plan/schema.js';
import {
  type AppendixArea,
  vinhLongAppendix,
  vinhLongRegistry,
  vinhLongRegistryClasses,
  vinhLongSectionII,
} from './fixtures/layouts.js';

const HEADER = ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];

const options: PlanFromRowsOptions = {
  columns: {
    number: 'TT',
    content: 'Nội dung',
    lead: 'Cơ quan chủ trì',
    support: 'Cơ quan phối hợp',
    deadline: 'Thời gian hoàn thành',
  },
  plan: { id: 'vinh-long-2018', title: 'Kế hoạch cải cách hành chính năm 2018', year: 2018 },
  agencies: vinhLongRegistry,
  classes: vinhLongRegistryClasses,
};

function value(r: ReturnType<typeof planFromRows>): PlanJson {
  if (!r.ok) throw new Error(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`).join('\n'));
  return r.value;
}

const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n'];

/** The appendix as a table: `area` writes each area's row, `task` each task's number. */
function layout(
  area: (a: AppendixArea, k: number) => readonly string[],
  task: (a: AppendixArea, k: number, n: string, j: number) => string,
): string[][] {
  const rows: string[][] = [HEADER];
  vinhLongAppendix.forEach((a, k) => {
    rows.push([...area(a, k)]);
    a.tasks.forEach(([n, content, lead, support, deadline], j) => {
      rows.push([task(a, k, n, j), content, lead, support, deadline]);
    });
  });
  return rows;
}

const LAYOUTS: readonly (readonly [string, string[][]])[] = [
  [
    'Roman areas, Arabic tasks',
    layout(
      (a) => [a.number, a.title, '', '', ''],
      (_a, _k, n) => `${n}.`,
    ),
  ],
  [
    'Roman areas written whole in the number column',
    layout(
      (a) => [`${a.number}. ${a.title}`, '', '', '', ''],
      (_a, _k, n) => `${n}.`,
    ),
  ],
  [
    'areas in capitals without numbers',
    layout(
      (a) => ['', a.title.toUpperCase(), '', '', ''],
      (_a, _k, n) => `${n}.`,
    ),
  ],
  [
    'Arabic areas without bold, numbering that starts again in each area',
    layout(
      (a, k) => [`${k + 1}`, a.title, '', '', ''],
      (_a, _k, _n, j) => `${j + 1}.`,
    ),
  ],
  [
    'bold Arabic areas, lettered tasks',
    layout(
      (a, k) => [`<b>${k + 1}.</b>`, `<b>${a.title}</b>`, '', '', ''],
      (_a, _k, _n, j) => `${LETTERS[j]})`,
    ),
  ],
  [
    'Arabic areas written whole in the number column, lettered tasks',
    layout(
      (a, k) => [`${k + 1}. ${a.title}`, '', '', '', ''],
      (_a, _k, _n, j) => `${LETTERS[j]})`,
    ),
  ],
  [
    'Arabic areas in capitals, "1.1" tasks',
    layout(
      (a, k) => [`${k + 1}.`, a.title.toUpperCase(), '', '', ''],
      (_a, k, _n, j) => `${k + 1}.${j + 1}`,
    ),
  ],
  [
    'areas as plain titles without numbers or marks',
    layout(
      (a) => ['', a.title, '', '', ''],
      (_a, _k, n) => `${n}.`,
    ),
  ],
  [
    'Roman areas, tasks numbered "I.1", "I.2"',
    layout(
      (a) => [a.number, a.title, '', '', ''],
      (a, _k, n) => `${a.number}.${n}`,
    ),
  ],
  [
    'Roman areas, a row numbering the columns under the header',
    (() => {
      const rows = layout(
        (a) => [a.number, a.title, '', '', ''],
        (_a, _k, n) => `${n}.`,
      );
      rows.splice(1, 0, ['(1)', '(2)', '(3)', '(4)', '(5)']);
      return rows;
    })(),
  ],
  [
    'Arabic areas, tasks numbered on across the table',
    (() => {
      let count = 0;
      return layout(
        (a, k) => [`${k + 1}`, a.title, '', '', ''],
        () => `${++count}.`,
      );
    })(),
  ],
];

const AREAS = [
  'direction',
  'institutions',
  'procedures',
  'organisation',
  'civil-service',
  'public-finance',
  'digital-government',
];
const COUNTS = vinhLongAppendix.map((a) => a.tasks.length);

describe.each(LAYOUTS)('planFromRows — the Vĩnh Long appendix laid out with %s', (_name, rows) => {
  const r = planFromRows(rows, options);
  const plan = value(r);

  it('reads the seven areas as top-level groups with all their tasks', () => {
    expect(plan.groups.map((g) => g.area)).toEqual(AREAS);
    expect(plan.groups.map((g) => g.tasks.length)).toEqual(COUNTS);
    expect(plan.groups.map((g) => g.title.toLowerCase())).toEqual(
      vinhLongAppendix.map((a) => a.title.toLowerCase()),
    );
    expect(new Set(plan.groups.map((g) => g.id)).size).toBe(7);
    for (const g of plan.groups) expect(g.id.includes('.')).toBe(false);
  });

  it('keeps each task as written: title, lead, support and deadline', () => {
    const tasks = plan.groups.flatMap((g) => g.tasks);
    const source = vinhLongAppendix.flatMap((a) => a.tasks);
    expect(tasks.map((t) => t.title)).toEqual(source.map(([, content]) => content));
    expect(tasks.map((t) => t.deadline)).toEqual(source.map(([, , , , deadline]) => deadline));
    expect(tasks.find((t) => t.title.startsWith('Xây dựng, cải tạo, nâng cấp trụ sở'))?.lead).toEqual([
      'skhdt',
    ]);
    expect(tasks.find((t) => t.title.startsWith('Triển khai thực hiện phần mềm'))?.support).toEqual([
      'snv',
      'stttt',
      'vp-ubnd',
    ]);
  });

  it('loads, reads every deadline and reports nothing unread', () => {
    expect(loadPlan(plan).ok).toBe(true);
    expect(r.ok && r.report).toMatchObject({
      headerRow: 0,
      groups: 7,
      tasks: 42,
      unreadDeadlines: [],
      unknownAgencies: [],
    });
    expect(r.ok && r.warnings.filter((w) => w.code !== 'group_cell_kept')).toEqual([]);
  });
});

describe('planFromRows — numbers and groups written other ways', () => {
  it('reads numbers run on to the text ("1.Ban hành", "I.Cải cách") in one column', () => {
    const { number: _number, ...withoutNumber } = options.columns;
    const rows: string[][] = [['Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']];
    for (const a of vinhLongAppendix.slice(0, 2)) {
      rows.push([`${a.number}.${a.title}`, '', '', '']);
      for (const [n, content, lead, support, deadline] of a.tasks)
        rows.push([`${n}.${content}`, lead, support, deadline]);
    }
    const plan = value(planFromRows(rows, { ...options, columns: withoutNumber }));
    expect(plan.groups.map((g) => [g.id, g.title, g.tasks.map((t) => t.id)])).toEqual([
      ['I', 'Công tác chỉ đạo, điều hành', ['I.1', 'I.2', 'I.3', 'I.4', 'I.5']],
      ['II', 'Cải cách thể chế', ['II.1', 'II.2', 'II.3']],
    ]);
  });

  it('finds the header row below title lines, even one that names a column', () => {
    const rows = [
      ['PHỤ LỤC', '', '', '', ''],
      ['NỘI DUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2018', '', '', '', ''],
      ...layout(
        (a) => [a.number, a.title, '', '', ''],
        (_a, _k, n) => `${n}.`,
      ),
    ];
    const r = planFromRows(rows, options);
    expect(r.ok && [r.report.headerRow, r.report.tasks]).toEqual([2, 42]);
  });

  it('reads area rows whose merged cell the export repeated in every column', () => {
    const rows = layout(
      (a) => {
        const title = `${a.number}. ${a.title.toUpperCase()}`;
        return [title, title, title, title, title];
      },
      (_a, _k, n) => `${n}.`,
    );
    const r = planFromRows(rows, options);
    const plan = value(r);
    expect(plan.groups.map((g) => [g.id, g.title, g.area, g.tasks.length])).toEqual(
      vinhLongAppendix.map((a, k) => [a.number, a.title.toUpperCase(), AREAS[k], a.tasks.length]),
    );
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('reads a group column filled down on every row as one group', () => {
    const rows: string[][] = [['Nhiệm vụ chung', 'Nhiệm vụ cụ thể', 'Chủ trì', 'Phối hợp', 'Thời gian']];
    for (const a of vinhLongAppendix)
      for (const [n, content, lead, support, deadline] of a.tasks)
        rows.push([`${a.number}. ${a.title}`, `${n}. ${content}`, lead, support, deadline]);
    const plan = value(
      planFromRows(rows, {
        ...options,
        columns: {
          group: 'Nhiệm vụ chung',
          content: 'Nhiệm vụ cụ thể',
          lead: 'Chủ trì',
          support: 'Phối hợp',
          deadline: 'Thời gian',
        },
      }),
    );
    expect(plan.groups.map((g) => g.tasks.length)).toEqual(COUNTS);
    expect(plan.groups.map((g) => g.area)).toEqual(AREAS);
  });

  it("keeps an area row that carries the area's lead a heading, the lead joining its title", () => {
    const r = planFromRows(
      [
        HEADER,
        ['I', 'CẢI CÁCH THỂ CHẾ', 'Sở Tư pháp', '', ''],
        [
          '1.',
          'Ban hành kế hoạch theo dõi tình hình thi hành pháp luật của tỉnh',
          'Sở Tư pháp',
          '',
          'Quý I/2018',
        ],
        [
          '2.',
          'Ban hành kế hoạch rà soát, hệ thống hoá văn bản quy phạm pháp luật năm 2018',
          'Sở Tư pháp',
          '',
          'Tháng 12/2017',
        ],
      ],
      options,
    );
    const plan = value(r);
    expect(plan.groups.map((g) => [g.id, g.title, g.area, g.tasks.map((t) => t.id)])).toEqual([
      ['I', 'CẢI CÁCH THỂ CHẾ Sở Tư pháp', 'institutions', ['I.1', 'I.2']],
    ]);
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([[['rows', 1, 2], 'group_cell_kept']]);
  });
});

describe('planFromRows — Arabic areas and lettered items without cells (Vĩnh Long 2018, section II)', () => {
  const twoColumns: PlanFromRowsOptions = {
    columns: { number: 'TT', content: 'Nội dung' },
    plan: { id: 'vl-ii', title: 'Nhiệm vụ cải cách hành chính', year: 2018 },
  };
  const expected = [
    ['1', 'institutions', 4],
    ['2', 'procedures', 5],
    ['3', 'organisation', 7],
    ['4', 'civil-service', 5],
    ['5', 'public-finance', 6],
    ['6', 'digital-government', 6],
    ['7', 'direction', 8],
    ['8', 'procedures', 4],
  ];

  it('makes "8." after area 7 and its lettered items a new area, not 7.8', () => {
    const plan = value(planFromRows([['TT', 'Nội dung'], ...vinhLongSectionII], twoColumns));
    expect(plan.groups.map((g) => [g.id, g.area, g.tasks.length])).toEqual(expected);
    expect(plan.groups[7]?.title).toBe('Thực hiện cơ chế một cửa, một cửa liên thông');
    expect(plan.groups[2]?.tasks.map((t) => t.id)).toEqual(['3.a', '3.b', '3.c', '3.d', '3.đ', '3.e', '3.f']);
  });

  it('reads the same with the areas written whole in the number column', () => {
    const rows = vinhLongSectionII.map(([n, text]) => (n.endsWith('.') ? [`${n} ${text}`, ''] : [n, text]));
    const plan = value(planFromRows([['TT', 'Nội dung'], ...rows], twoColumns));
    expect(plan.groups.map((g) => [g.id, g.area, g.tasks.length])).toEqual(expected);
    expect(plan.groups[3]?.title).toBe(
      'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
    );
  });

  it('reads the same with the numbers at the start of the text (no number column)', () => {
    const rows = vinhLongSectionII.map(([n, text]) => [`${n} ${text}`]);
    const plan = value(
      planFromRows([['Nội dung'], ...rows], { ...twoColumns, columns: { content: 'Nội dung' } }),
    );
    expect(plan.groups.map((g) => [g.id, g.area, g.tasks.length])).toEqual(expected);
  });
});
