import { describe, expect, it } from 'vitest';
import { formatPath, type Issue } from '../../src/core/result.js';
import { loadPlan, PLAN_ISSUE_CODES, toJSON } from '../../src/plan/index.js';
import type { Plan } from '../../src/plan/types.js';
import { vinhLongExcerpt } from './fixtures/vinhLongExcerpt.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const lines = (issues: readonly Issue[]): string[] => issues.map((i) => `${formatPath(i.path)} ${i.code}`);

function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (!Object.isFrozen(v)) return false;
  return Object.values(v).every(isDeepFrozen);
}

function load(json: unknown): Plan {
  const r = loadPlan(json);
  if (!r.ok) throw new Error(lines(r.issues).join('\n'));
  return r.value;
}

describe('loadPlan', () => {
  it('loads the Vĩnh Long excerpt with deadlines parsed in the plan year', () => {
    const plan = load(vinhLongExcerpt);
    expect(plan.document).toEqual({ number: '2701/QĐ-UBND', date: '2017-12-20' });
    const [i1] = plan.groups[0]?.tasks ?? [];
    expect(i1?.deadline).toMatchObject({ kind: 'month', year: 2017, month: 12, raw: 'Tháng 12/2017' });
    expect(plan.groups[1]?.tasks[0]?.deadline).toMatchObject({ kind: 'quarter', year: 2018, quarter: 1 });
    expect(plan.reporting[0]?.deadline).toMatchObject({ kind: 'recurring', every: 'quarter' });
    expect(plan.targets[0]?.targets[0]).toMatchObject({ comparator: '>', value: 80, unit: '%' });
    const v8 = plan.groups[1]?.tasks[1];
    expect(v8?.targets[0]).toMatchObject({ comparator: '>', value: 80 });
    expect(v8?.budget).toEqual({
      text: '50tr/huyện',
      amount: 50,
      unit: 'tr',
      amountVnd: 50_000_000,
      per: 'huyện',
      source: 'NS tỉnh',
    });
    expect(v8?.products).toEqual(['Kế hoạch']);
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'empty_class', path: ['classes', 1] })]);
  });

  it('returns a deeply frozen plan and leaves its input untouched', () => {
    const input = clone(vinhLongExcerpt);
    const before = JSON.stringify(input);
    const plan = load(input);
    expect(isDeepFrozen(plan)).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports every problem at once, with paths and both languages', () => {
    const bad = clone(vinhLongExcerpt) as unknown as Record<string, unknown> & {
      groups: { tasks: Record<string, unknown>[] }[];
    };
    bad['colour'] = 'red';
    const g0 = bad.groups[0]!;
    g0.tasks[0]!['lead'] = ['so-tu-phap'];
    g0.tasks[1]!['id'] = 'I.1';
    g0.tasks[2]!['deadline'] = 2018;
    delete g0.tasks[2]!['title'];
    const r = loadPlan(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(lines(r.issues).sort()).toEqual(
      [
        'colour unknown_field',
        'groups[0].tasks[0].lead[0] unknown_agency',
        'groups[0].tasks[1].id duplicate_id',
        'groups[0].tasks[2].deadline invalid_type',
        'groups[0].tasks[2].title invalid_type',
      ].sort(),
    );
    const unknown = r.issues.find((i) => i.code === PLAN_ISSUE_CODES.unknownAgency);
    expect(unknown?.message).toBe('"so-tu-phap" không có trong danh sách cơ quan (agencies)');
    expect(unknown?.messageEn).toBe('"so-tu-phap" is not in the agency list (agencies)');
    expect(Object.isFrozen(r.issues)).toBe(true);
  });

  it('checks agencies, classes, reporting and periods across fields', () => {
    const bad = clone(vinhLongExcerpt) as unknown as Record<string, unknown> & {
      agencies: { classes?: string[]; id: string }[];
      classes: { id: string }[];
    };
    bad.agencies[0]!.classes = ['so-nganh', 'phong-ban'];
    bad.agencies[1]!.id = 'snv';
    bad.classes[1]!.id = 'stp';
    bad['period'] = { from: 2020, to: 2016 };
    (bad['reporting'] as { from: string[] }[])[0]!.from = ['ubnd-xa'];
    (bad['document'] as { date: string }).date = '2017-02-29';
    const r = loadPlan(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(lines(r.issues)).toEqual(
      expect.arrayContaining([
        'agencies[0].classes[1] unknown_class',
        'agencies[1].id duplicate_id',
        'classes[1].id duplicate_id',
        'period invalid_period',
        'reporting[0].from[0] unknown_agency',
        'document.date invalid_date',
      ]),
    );
    expect(r.issues.filter((i) => i.code === 'invalid_period')).toHaveLength(2); // both year and period; and reversed
  });

  it('keeps a task whose deadline is not understood and lists it in warnings', () => {
    const json = clone(vinhLongExcerpt);
    json.groups[0]!.tasks[1]!.deadline = 'Sau khi có ý kiến của ông Giám đốc';
    json.groups[0]!.tasks[2]!.deadline = '30/02/2018';
    const plan = load(json);
    expect(plan.groups[0]?.tasks).toHaveLength(3);
    expect(plan.groups[0]?.tasks[2]?.deadline).toMatchObject({ kind: 'unknown', reason: 'impossible-date' });
    expect(
      plan.warnings.filter((w) => w.code === PLAN_ISSUE_CODES.unknownDeadline).map((w) => formatPath(w.path)),
    ).toEqual(['groups[0].tasks[2].deadline']);
  });

  it('warns when two agencies or classes have names that read the same', () => {
    const json = clone(vinhLongExcerpt);
    json.agencies.push(
      { id: 'vp-hdnd', name: 'VP UBND tỉnh' },
      { id: 'snv-2', name: 'Sở Nội vụ', aliases: ['Phòng Nội vụ'] },
    );
    const plan = load(json);
    expect(
      plan.warnings
        .filter((w) => w.code === PLAN_ISSUE_CODES.ambiguousName)
        .map((w) => `${formatPath(w.path)}: ${w.message}`),
    ).toEqual([
      'agencies[4].name: Tên "VP UBND tỉnh" của "vp-hdnd" được đọc giống tên của "vp-ubnd"; văn bản ghi tên này sẽ được hiểu là "vp-ubnd"',
      'agencies[5].name: Tên "Sở Nội vụ" của "snv-2" được đọc giống tên của "snv"; văn bản ghi tên này sẽ được hiểu là "snv"',
    ]);
  });

  it('reads a bare quarter in a year group in that year (Quảng Nam "I. NĂM 2016")', () => {
    const plan = load({
      schemaVersion: 1,
      id: 'qn',
      title: 'Chương trình hành động',
      period: { from: 2016, to: 2020 },
      agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
      classes: [],
      groups: [
        {
          id: 'I',
          title: 'NĂM 2016',
          year: 2016,
          tasks: [{ id: 'I.1', title: 'Đề án', lead: ['snv'], deadline: 'Quý III' }],
        },
        {
          id: 'II',
          title: 'NĂM 2017',
          year: 2017,
          tasks: [{ id: 'II.1', title: 'Đề án', lead: ['snv'], deadline: 'Quý III' }],
        },
      ],
    });
    expect(plan.groups[0]?.tasks[0]?.deadline).toMatchObject({ kind: 'quarter', year: 2016, quarter: 3 });
    expect(plan.groups[1]?.tasks[0]?.deadline).toMatchObject({ kind: 'quarter', year: 2017, quarter: 3 });
  });

  it('reads NFD input the same as NFC', () => {
    const nfd = JSON.parse(JSON.stringify(vinhLongExcerpt).normalize('NFD')) as unknown;
    expect(JSON.stringify(nfd)).not.toBe(JSON.stringify(vinhLongExcerpt));
    expect(load(nfd)).toEqual(load(vinhLongExcerpt));
    expect(load(nfd).groups[1]?.tasks[0]?.deadline.raw).toBe('Quý I/2018');
  });

  it('cannot be used to pollute prototypes', () => {
    const text = JSON.stringify(vinhLongExcerpt).replace(
      '"schemaVersion":1,',
      '"schemaVersion":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const input = JSON.parse(
      text.replace('"id":"I.1",', '"id":"I.1","__proto__":{"isAdmin":true},'),
    ) as unknown;
    const r = loadPlan(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(lines(r.issues).sort()).toEqual([
        '__proto__ unknown_field',
        'constructor unknown_field',
        'groups[0].tasks[0].__proto__ unknown_field',
      ]);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('names where a repeated id was first used', () => {
    const json = clone(vinhLongExcerpt);
    json.groups[1]!.tasks[0]!.id = 'I.2';
    const r = loadPlan(json);
    expect(r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual([
      'groups[1].tasks[0].id: Mã nhiệm vụ "I.2" bị trùng (đã dùng ở groups[0].tasks[1].id)',
    ]);
  });

  it('answers hostile shapes (very deep, cyclic) with issues, not a crash', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r1 = loadPlan({ ...clone(vinhLongExcerpt), groups: deep });
    // The copy stops at 64 levels of objects and arrays (too_deep there); the schema reports the rest.
    expect(r1.ok ? [] : lines(r1.issues)).toEqual([
      `groups${'[0]'.repeat(63)} too_deep`,
      'groups[0] invalid_type',
    ]);
    const cyclic: Record<string, unknown> = { ...clone(vinhLongExcerpt) };
    cyclic['self'] = cyclic;
    const r2 = loadPlan(cyclic);
    expect(r2.ok ? [] : lines(r2.issues)).toEqual(['self cycle', 'self unknown_field']);
  });

  it('says what is missing or mistyped in words officials read', () => {
    const r = loadPlan({
      groups: [
        {
          id: 'I',
          title: 'x',
          area: 'nope',
          year: 2016.5,
          tasks: [{ id: 1, title: 'x', lead: 'snv', deadline: '' }],
        },
      ],
    });
    expect(
      r.ok ? [] : r.issues.map((i) => `${formatPath(i.path)} ${i.code}: ${i.message} | ${i.messageEn}`),
    ).toEqual([
      'schemaVersion invalid_type: Thiếu trường bắt buộc "schemaVersion" (cần số 1) | Missing required field "schemaVersion" (expected 1)',
      'id invalid_type: Thiếu trường bắt buộc "id" (cần chuỗi ký tự) | Missing required field "id" (expected string)',
      'title invalid_type: Thiếu trường bắt buộc "title" (cần chuỗi ký tự) | Missing required field "title" (expected string)',
      'agencies invalid_type: Thiếu trường bắt buộc "agencies" (cần danh sách) | Missing required field "agencies" (expected array)',
      'classes invalid_type: Thiếu trường bắt buộc "classes" (cần danh sách) | Missing required field "classes" (expected array)',
      'groups[0].area invalid_value: Lĩnh vực không hợp lệ; dùng một trong: direction, communication, institutions, procedures, organisation, civil-service, public-finance, digital-government, impact | Unknown area; use one of: direction, communication, institutions, procedures, organisation, civil-service, public-finance, digital-government, impact',
      'groups[0].year invalid_type: Sai kiểu: cần số nguyên | Wrong type: expected integer',
      'groups[0].tasks[0].id invalid_type: Sai kiểu: cần chuỗi ký tự | Wrong type: expected string',
      'groups[0].tasks[0].lead invalid_type: Sai kiểu: cần danh sách | Wrong type: expected array',
    ]);
  });

  it('refuses a newer schemaVersion and non-objects without throwing', () => {
    const r = loadPlan({ ...clone(vinhLongExcerpt), schemaVersion: 2 });
    expect(r.ok ? [] : lines(r.issues)).toEqual(['schemaVersion unsupported_version']);
    for (const v of [null, 42, 'plan', [], undefined]) expect(loadPlan(v).ok).toBe(false);
  });

  it('round-trips through toJSON, keeping deadline text exactly', () => {
    const plan = load(vinhLongExcerpt);
    const json = toJSON(plan);
    expect(load(json)).toEqual(plan);
    expect(json.groups[1]?.tasks[0]?.deadline).toBe('Quý I/2018');
    expect(json.reporting?.[0]?.deadline).toBe('Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)');
    expect(isDeepFrozen(json)).toBe(true);
  });
});
