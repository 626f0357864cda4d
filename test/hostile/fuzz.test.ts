/**
 * Every function documented as returning a Result returns one — never
 * throws — for any value: arbitrary JSON, arbitrary JavaScript values
 * (BigInt, Symbol, Map, Date, sparse arrays, null-prototype objects,
 * boxed values), values that throw when read (getters, revoked Proxies),
 * and valid inputs with one value anywhere inside replaced by such a value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, Result } from '../../src/core/index.js';
import { validateDossiers } from '../../src/dossier/index.js';
import { validateReports } from '../../src/evaluate/index.js';
import { applyChanges, loadPlan, planFromRows, type Plan } from '../../src/plan/index.js';
import {
  criteriaFromRows,
  loadCriteriaSet,
  scoreUnit,
  scoreUnits,
  type CriteriaSet,
} from '../../src/scoring/index.js';

/** Stands for a value that throws when read, made only when the property runs (fast-check itself reads its values). */
class Hostile {
  constructor(readonly i: number) {}
}

/** Values that throw as soon as they are read. */
const MAKERS: readonly (() => unknown)[] = [
  () => {
    const p = Proxy.revocable({}, {});
    p.revoke();
    return p.proxy;
  },
  () => {
    const p = Proxy.revocable([], {});
    p.revoke();
    return p.proxy;
  },
  () =>
    Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  () =>
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    ),
  () =>
    new Proxy(
      { a: 1 },
      {
        get() {
          throw new Error('get');
        },
      },
    ),
  () =>
    new Proxy([1, 2], {
      getPrototypeOf() {
        throw new Error('getPrototypeOf');
      },
    }),
];
const throwing = fc.nat(MAKERS.length - 1).map((i) => new Hostile(i));

/** `v`, a hostile value made when `v` stands for one. */
const real = (v: unknown): unknown => (v instanceof Hostile ? MAKERS[v.i]?.() : v);

/** Arbitrary JavaScript values, hostile ones included, at any depth. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue() },
  {
    weight: 3,
    arbitrary: fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype')),
    }),
  },
  { weight: 1, arbitrary: throwing },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, Symbol('s'), () => 1, 1n, Number.NaN) },
);

/** A copy of `base` with the value at a random path replaced by `value`. */
function replaced(base: unknown, steps: readonly number[], value: unknown): unknown {
  const root = structuredClone(base);
  let parent: Record<string | number, unknown> | undefined;
  let key: string | number | undefined;
  let cur: unknown = root;
  for (const step of steps) {
    if (cur === null || typeof cur !== 'object') break;
    const keys = Array.isArray(cur) ? cur.map((_, i) => i) : Object.keys(cur);
    if (keys.length === 0) break;
    key = keys[step % keys.length] as string | number;
    parent = cur as Record<string | number, unknown>;
    cur = parent[key];
  }
  if (parent === undefined || key === undefined) return value;
  parent[key] = value;
  return root;
}

/** A valid input with the value at a random path replaced, built when the property runs. */
class Mutation {
  constructor(
    readonly base: unknown,
    readonly steps: readonly number[],
    readonly value: unknown,
  ) {}
}

const mutated = (base: unknown) =>
  fc.tuple(fc.array(fc.nat(), { maxLength: 8 }), anyValue).map(([steps, v]) => new Mutation(base, steps, v));

/** The value a generated one stands for. */
const made = (v: unknown): unknown =>
  v instanceof Mutation ? replaced(v.base, v.steps, real(v.value)) : real(v);

/** Fails the test when `r` is not a well-formed Result. */
function isResult(r: Result<unknown>): void {
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) return;
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues as Issue[]) {
    expect(typeof i.code).toBe('string');
    expect(typeof i.message).toBe('string');
    expect(typeof i.messageEn).toBe('string');
    expect(Array.isArray(i.path)).toBe(true);
  }
}

const planJson = {
  schemaVersion: 1,
  id: 'vl-2018',
  title: 'Kế hoạch CCHC năm 2018',
  year: 2018,
  document: { number: '01/KH-UBND', date: '2018-01-05' },
  agencies: [
    { id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'], classes: ['so'] },
    { id: 'stp', name: 'Sở Tư pháp', classes: ['so'] },
  ],
  classes: [{ id: 'so', name: 'Các sở' }],
  groups: [
    {
      id: 'I',
      title: 'Công tác chỉ đạo, điều hành',
      area: 'direction',
      tasks: [
        {
          id: 'I.1',
          title: 'Ban hành Kế hoạch CCHC năm 2018',
          lead: ['snv'],
          support: ['so'],
          deadline: 'Tháng 12/2017',
          targets: ['100% cơ quan ban hành kế hoạch'],
          budget: { text: '50 triệu đồng' },
        },
        { id: 'I.2', title: 'Báo cáo CCHC', lead: ['stp'], deadline: 'Định kỳ hằng quý' },
      ],
    },
  ],
  targets: [{ id: 't1', text: 'Trên 80% hồ sơ đúng hạn' }],
  reporting: [{ id: 'r1', from: ['so'], deadline: 'trước ngày 15/12' }],
};

const criteriaJson = {
  schemaVersion: 1,
  id: 'demo',
  title: 'Bộ tiêu chí mẫu',
  document: { number: '01/QĐ-UBND', date: '2019-03-01' },
  classes: [
    { name: 'Tốt', min: 80 },
    { name: 'Khá', min: 0, below: 80 },
  ],
  adjustments: [{ id: 'thuong', title: 'Điểm thưởng', kind: 'bonus', max: 1 }],
  nodes: [
    {
      id: '1',
      title: 'Chỉ đạo, điều hành',
      max: 3,
      children: [
        {
          id: '1.1',
          title: 'Kế hoạch',
          max: 1,
          rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5 } },
        },
        {
          id: '1.2',
          title: 'Hoàn thành',
          max: 2,
          rule: {
            kind: 'tiers',
            tiers: [
              { min: 70, points: 1 },
              { above: 90, points: 2 },
            ],
          },
        },
      ],
    },
    { id: '2', title: 'Báo cáo', max: 1, rule: { kind: 'binary' } },
  ],
};

const rows = [
  ['STT', 'Nội dung', 'Chủ trì', 'Thời gian'],
  ['I', 'Công tác chỉ đạo, điều hành', '', ''],
  ['1.', 'Ban hành kế hoạch', 'Sở Nội vụ', 'Tháng 12/2017'],
];
const rowsOptions = {
  columns: { number: 'STT', content: 'Nội dung', lead: 'Chủ trì', deadline: 'Thời gian' },
  headerRow: 0,
  plan: { id: 'p', title: 'Kế hoạch', year: 2018 },
  agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
};

const plan = ((): Plan => {
  const r = loadPlan(planJson);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();
const set = ((): CriteriaSet => {
  const r = loadCriteriaSet(criteriaJson);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();
const reports = [{ taskId: 'I.1', agencyId: 'snv', completedOn: '2018-02-20', note: 'Đã ban hành' }];
const dossiers = [
  { id: 'H01', agencyId: 'stp', receivedOn: '2026-02-13', processingTime: 'Không quá 05 ngày làm việc' },
];
const inputs = {
  '1.1': {
    self: 'đúng hạn',
    appraised: [{ value: 'trễ hạn', by: 'Sở Nội vụ' }],
    evidence: [{ title: 'KH' }],
  },
  '1.2': 85,
  '2': true,
  thuong: 0.5,
};

const RUNS = { numRuns: 300 };

describe('Result for any value, never a throw', () => {
  it('loadPlan: the valid fixtures load', () => {
    expect(loadPlan(planJson).ok).toBe(true);
    expect(scoreUnit(set, inputs).ok).toBe(true);
    expect(validateReports(plan, reports as never).ok).toBe(true);
    expect(validateDossiers(dossiers).ok).toBe(true);
    expect(planFromRows(rows, rowsOptions).ok).toBe(true);
  });

  it('loadPlan: arbitrary values, and a plan with any value anywhere', () => {
    fc.assert(
      fc.property(anyValue, (v) => isResult(loadPlan(made(v)))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(planJson), (v) => isResult(loadPlan(made(v)))),
      RUNS,
    );
  });

  it('loadCriteriaSet: arbitrary values, and a set with any value anywhere', () => {
    fc.assert(
      fc.property(anyValue, (v) => isResult(loadCriteriaSet(made(v)))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(criteriaJson), (v) => isResult(loadCriteriaSet(made(v)))),
      RUNS,
    );
  });

  it('validateReports: arbitrary reports and plans', () => {
    fc.assert(
      fc.property(anyValue, (v) => isResult(validateReports(plan, made(v) as never))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(reports), (v) => isResult(validateReports(plan, made(v) as never))),
      RUNS,
    );
    fc.assert(
      fc.property(anyValue, (v) => isResult(validateReports(made(v) as never, reports as never))),
      RUNS,
    );
  });

  it('validateDossiers: arbitrary values, and dossiers with any value anywhere', () => {
    fc.assert(
      fc.property(anyValue, (v) => isResult(validateDossiers(made(v)))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(dossiers), (v) => isResult(validateDossiers(made(v)))),
      RUNS,
    );
  });

  it('planFromRows: arbitrary rows and options', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (r, o) => isResult(planFromRows(made(r) as never, made(o) as never))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(rows), (r) => isResult(planFromRows(made(r) as never, rowsOptions))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(rowsOptions), (o) => isResult(planFromRows(rows, made(o) as never))),
      RUNS,
    );
  });

  it('scoreUnit: arbitrary inputs, and inputs with any value anywhere', () => {
    fc.assert(
      fc.property(anyValue, (v) => isResult(scoreUnit(set, made(v) as never))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(inputs), (v) => isResult(scoreUnit(set, made(v) as never))),
      RUNS,
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('1.1', '1.2', '2', 'thuong', 'constructor'), anyValue), (v) =>
        isResult(
          scoreUnit(set, Object.fromEntries(Object.entries(v).map(([k, x]) => [k, real(x)])) as never),
        ),
      ),
      RUNS,
    );
  });

  it('scoreUnits, applyChanges and criteriaFromRows: arbitrary values', () => {
    fc.assert(
      fc.property(anyValue, (v) => isResult(scoreUnits(set, made(v) as never))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated({ snv: inputs, stp: inputs }), (v) => isResult(scoreUnits(set, made(v) as never))),
      RUNS,
    );
    const changes = [
      { op: 'updateTask', taskId: 'I.1', patch: { title: 'Ban hành kế hoạch', lead: ['stp'] } },
      {
        op: 'addTask',
        groupId: 'I',
        task: { id: 'I.3', title: 'Tập huấn', lead: ['snv'], deadline: 'Quý I/2018' },
      },
      { op: 'setDeadline', taskId: 'I.2', deadline: 'Quý II/2018' },
    ];
    expect(applyChanges(plan, changes as never).ok).toBe(true);
    fc.assert(
      fc.property(anyValue, (v) => isResult(applyChanges(plan, made(v) as never))),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(changes), (v) => isResult(applyChanges(plan, made(v) as never))),
      RUNS,
    );
    const criteriaRows = [
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
      ['1', 'Kế hoạch CCHC', '1', 'Ban hành đúng hạn: 1 điểm; Ban hành chậm: 0,5 điểm'],
    ];
    const criteriaOptions = {
      columns: { number: 'STT', title: 'Tiêu chí', max: 'Điểm tối đa', rule: 'Cách chấm' },
      set: { id: 'd', title: 'D' },
    };
    expect(criteriaFromRows(criteriaRows, criteriaOptions).ok).toBe(true);
    fc.assert(
      fc.property(anyValue, anyValue, (r, o) =>
        isResult(criteriaFromRows(made(r) as never, made(o) as never)),
      ),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(criteriaRows), (r) =>
        isResult(criteriaFromRows(made(r) as never, criteriaOptions)),
      ),
      RUNS,
    );
    fc.assert(
      fc.property(mutated(criteriaOptions), (o) =>
        isResult(criteriaFromRows(criteriaRows, made(o) as never)),
      ),
      RUNS,
    );
  });
});
