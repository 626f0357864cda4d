/**
 * The defects of the second hostile-input review, one test each: stack
 * overflows on deep or long input, shared objects copied once per path,
 * cycles, values that are not JSON, prototype names as ids, level names
 * that differ only in form, impossible dates in a criteria set, an output
 * part left unfrozen.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, type Issue } from '../../src/core/index.js';
import { validateDossiers } from '../../src/dossier/index.js';
import { validateReports } from '../../src/evaluate/index.js';
import {
  applyChanges,
  loadPlan,
  migratePlanJson,
  parseTargets,
  planFromRows,
  type Plan,
  type PlanFromRowsOptions,
} from '../../src/plan/index.js';
import {
  loadCriteriaSet,
  rankUnits,
  scoreUnit,
  scoreUnits,
  type CriteriaSet,
  type ScoreInput,
} from '../../src/scoring/index.js';

const lines = (r: { ok: boolean; issues?: readonly Issue[] }): string[] =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${formatPath(i.path)} ${i.code}`);

const plan = (extra: Record<string, unknown> = {}, task: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'vl-2018',
  title: 'Kế hoạch CCHC năm 2018',
  year: 2018,
  agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
  classes: [],
  groups: [
    {
      id: 'I',
      title: 'Công tác chỉ đạo, điều hành',
      tasks: [
        {
          id: 'I.1',
          title: 'Ban hành Kế hoạch CCHC năm 2018',
          lead: ['snv'],
          deadline: 'Tháng 12/2017',
          ...task,
        },
      ],
    },
  ],
  ...extra,
});

const criteria = (nodes: unknown, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'demo',
  title: 'Bộ tiêu chí mẫu',
  nodes,
  ...extra,
});

const leaf = (id: string, rule: unknown = { kind: 'binary' }, max = 1) => ({
  id,
  title: `Tiêu chí ${id}`,
  max,
  rule,
});

/** A graph of `levels` levels, each holding the one below twice: 2^levels paths, `levels` objects. */
function shared(levels: number): unknown {
  let o: unknown = { a: 1 };
  for (let i = 0; i < levels; i++) o = { l: o, r: o };
  return o;
}

/** `value` behind a Proxy that counts every property read. */
function counted<T extends object>(value: T, count: { n: number }): T {
  const wrap = (v: unknown): unknown => (v !== null && typeof v === 'object' ? new Proxy(v, handler) : v);
  const cache = new Map<object, unknown>();
  const handler: ProxyHandler<object> = {
    get(target, key, receiver) {
      count.n++;
      const v = Reflect.get(target, key, receiver) as unknown;
      if (v === null || typeof v !== 'object') return v;
      if (!cache.has(v)) cache.set(v, wrap(v));
      return cache.get(v);
    },
  };
  return wrap(value) as T;
}

describe('no stack overflow on deep input', () => {
  it('loadCriteriaSet answers 5,000 nested arrays with too_deep (it overflowed at about 4,250)', () => {
    let nest: unknown = [];
    for (let i = 0; i < 5_000; i++) nest = [nest];
    const r = loadCriteriaSet(criteria(nest));
    expect(r.ok).toBe(false);
    expect(lines(r)).toContain(`nodes${'[0]'.repeat(63)} too_deep`);
  });

  it('loadCriteriaSet answers a children chain 1,000 deep with too_deep (it overflowed at 700)', () => {
    let node: unknown = leaf('x');
    for (let i = 0; i < 1_000; i++) node = { id: `n${i}`, title: 'Nhóm', max: 1, children: [node] };
    const r = loadCriteriaSet(criteria([node]));
    expect(lines(r).filter((l) => l.endsWith('too_deep'))).toHaveLength(1);
  });

  it('loadCriteriaSet still reads a tree 25 levels deep', () => {
    let node: unknown = leaf('x');
    for (let i = 0; i < 25; i++) node = { id: `n${i}`, title: 'Nhóm', max: 1, children: [node] };
    const r = loadCriteriaSet(criteria([node]));
    expect(r.ok && r.value.leafIds).toEqual(['x']);
  });

  it('loadPlan, migratePlanJson, validateReports and validateDossiers answer 100,000 nested arrays', () => {
    let nest: unknown = [];
    for (let i = 0; i < 100_000; i++) nest = [nest];
    const r = lines(loadPlan(plan({}, { note: nest })));
    expect(r[0]).toMatch(/^groups\[0\]\.tasks\[0\]\.note(\[0\]){50,} too_deep$/);
    expect(r.slice(1)).toEqual(['groups[0].tasks[0].note invalid_type']);
    expect(lines(migratePlanJson(nest))).toEqual([`${'[0]'.repeat(64)} too_deep`]);
    expect(lines(validateDossiers(nest))[0]).toMatch(/too_deep$/);
    const p = loaded();
    expect(lines(validateReports(p, [{ taskId: 'I.1', note: nest }] as never))[0]).toMatch(/too_deep$/);
  });

  it('parseTargets reads 130,000 quantities in one clause (RangeError at about 123,000)', () => {
    const text = `Trên ${Array.from({ length: 130_000 }, () => '80%').join(' ')}`;
    expect(parseTargets(text).length).toBeGreaterThan(100_000);
    expect(loadPlan(plan({}, { targets: [text] })).ok).toBe(true);
    const r = applyChanges(loaded(), [{ op: 'updateTask', taskId: 'I.1', patch: { targets: [text] } }]);
    expect(r.ok && r.value.groups[0]?.tasks[0]?.targets.length).toBeGreaterThan(100_000);
  });
});

function loaded(): Plan {
  const r = loadPlan(plan());
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

describe('shared objects and cycles', () => {
  it('loadPlan reads a shared sub-object once, not once per path (22 levels took 1.6 s and 635 MB)', () => {
    const count = { n: 0 };
    const r = loadPlan(plan({}, { note: counted(shared(22) as object, count) }));
    expect(lines(r)).toEqual(['groups[0].tasks[0].note invalid_type']);
    expect(count.n).toBeLessThan(200); // 2^22 paths before
  });

  it('loadCriteriaSet reads a shared subtree once, and refuses one standing for billions of nodes', () => {
    let node: unknown = leaf('x');
    for (let i = 0; i < 28; i++) node = { id: `n${i}`, title: 'Nhóm', max: 2, children: [node, node] };
    const r = loadCriteriaSet(criteria([node]));
    expect(lines(r)).toEqual([' too_large']); // the root: 2^28 leaves, counted once per parent
  });

  it('answers a cycle with an issue (it never ended), in every loader', () => {
    const cyc: Record<string, unknown> = { a: 1 };
    cyc['l'] = cyc;
    cyc['r'] = cyc;
    expect(lines(loadPlan(plan({}, { note: cyc })))).toEqual([
      'groups[0].tasks[0].note.l cycle',
      'groups[0].tasks[0].note.r cycle',
      'groups[0].tasks[0].note invalid_type',
    ]);
    expect(lines(loadCriteriaSet(criteria([], { source: cyc })))).toContain('source.l cycle');
    const nodes: unknown[] = [];
    nodes.push({ id: 'a', title: 'A', max: 1, children: nodes });
    expect(lines(loadCriteriaSet(criteria(nodes)))).toContain('nodes[0].children cycle');
    expect(lines(validateDossiers([cyc]))).toContain('[0].l cycle');
    expect(lines(validateReports(loaded(), [cyc] as never))).toContain('reports[0].l cycle');
    expect(lines(scoreUnit(oneLeaf(), { x: cyc as ScoreInput }))).toContain('x.l cycle');
    expect(planFromRows([['a']], cyc as unknown as PlanFromRowsOptions).ok).toBe(false);
  });
});

function oneLeaf(): CriteriaSet {
  const r = loadCriteriaSet(criteria([leaf('x', { kind: 'tiers', tiers: [{ min: 50, points: 1 }] })]));
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

describe('values that are not JSON give issues, never a throw', () => {
  const revoked = (() => {
    const p = Proxy.revocable({}, {});
    p.revoke();
    return p.proxy;
  })();
  const getter = Object.defineProperty({}, 'id', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const values: readonly (readonly [string, unknown])[] = [
    ['a BigInt', 2018n],
    ['a revoked Proxy', revoked],
    ['an object whose getter throws', getter],
    [
      'a Proxy whose traps throw',
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
    ],
    ['a Symbol', Symbol('x')],
    ['a function', () => 1],
    ['a Date', new Date(0)],
    ['a Map', new Map([['id', 'x']])],
    ['null', null],
    ['undefined', undefined],
  ];

  it.each(values)('loadPlan, loadCriteriaSet, migratePlanJson: %s, at the root and inside', (_name, v) => {
    const absent = v === undefined; // an undefined field is a field not given
    for (const r of [
      loadPlan(v),
      ...(absent ? [] : [loadPlan(plan({ year: v })), loadPlan(plan({}, { note: v }))]),
      loadCriteriaSet(v),
      loadCriteriaSet(criteria([leaf('x')], { title: v })),
      // null and undefined pass through for validation to report.
      ...(v === null || absent ? [] : [migratePlanJson(v)]),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
    }
  });

  it.each(values)('validateReports, validateDossiers, scoreUnit, planFromRows: %s', (_name, v) => {
    const p = loaded();
    expect(validateReports(p, v as never).ok).toBe(false);
    expect(validateReports(p, [v] as never).ok).toBe(false);
    expect(validateReports(p, [{ taskId: 'I.1', completedOn: v }] as never).ok).toBe(false);
    expect(lines(validateReports(v as never, []))).toEqual(['plan invalid_plan']);
    expect(validateDossiers(v).ok).toBe(false);
    expect(validateDossiers([{ id: 'H1', receivedOn: '2026-02-13', dueOn: v }]).ok).toBe(false);
    expect(scoreUnit(oneLeaf(), v as never).ok).toBe(false);
    expect(scoreUnit(oneLeaf(), { x: v } as never).ok).toBe(v === undefined);
    expect(scoreUnits(oneLeaf(), { u: v } as never).ok).toBe(false);
    expect(planFromRows(v as never, v as never).ok).toBe(false);
    expect(planFromRows([['Nội dung'], ['1. Việc']], v as never).ok).toBe(false);
  });

  it('names what it refused, with its path', () => {
    expect(lines(loadPlan(plan({ year: 2018n })))).toEqual(['year invalid_type']);
    expect(lines(loadPlan(getter))).toEqual([
      'id unreadable',
      'schemaVersion invalid_type',
      'title invalid_type',
      'agencies invalid_type',
      'classes invalid_type',
      'groups invalid_type',
    ]);
    expect(lines(loadPlan(revoked))).toEqual([' unreadable']);
    expect(lines(validateReports(null as never, []))).toEqual(['plan invalid_plan']);
  });
});

describe('ids named like Object.prototype members', () => {
  const set = (() => {
    const r = loadCriteriaSet(
      criteria([
        leaf('constructor'),
        leaf('toString'),
        leaf('valueOf', { kind: 'levels', levels: { đạt: 1, 'không đạt': 0 } }),
      ]),
    );
    if (!r.ok) throw new Error('fixture');
    return r.value;
  })();

  it('scoreUnit lists leaves constructor and toString as missing, not as invalid input', () => {
    const r = scoreUnit(set, {});
    expect(r.ok && r.value.missing).toEqual(['constructor', 'toString', 'valueOf']);
    const s = scoreUnit(set, { toString: true, valueOf: 'đạt' });
    expect(s.ok && [s.value.total, s.value.missing]).toEqual([2, ['constructor']]);
  });

  it('rankUnits with pools: {} ranks units named constructor and toString (it ranked every unit 1)', () => {
    const scored = (unitId: string, inputs: Record<string, ScoreInput>) => {
      const r = scoreUnit(set, inputs);
      if (!r.ok) throw new Error('fixture');
      return { unitId, score: r.value };
    };
    const units = [
      scored('toString', { constructor: true }),
      scored('constructor', { constructor: true, toString: true, valueOf: 'đạt' }),
      scored('x', { constructor: true, toString: true }),
    ];
    expect(rankUnits(units, { pools: {} }).map((u) => [u.unitId, u.rank, u.pool])).toEqual([
      ['constructor', 1, undefined],
      ['x', 2, undefined],
      ['toString', 3, undefined],
    ]);
    expect(rankUnits(units, { tieBreakers: ['constructor', 'toString'] }).map((u) => u.rank)).toEqual([
      1, 2, 3,
    ]);
  });
});

describe('level names', () => {
  const levels = (l: Record<string, number>) =>
    lines(loadCriteriaSet(criteria([leaf('x', { kind: 'levels', levels: l })])));
  it.each([
    ['Unicode form', { 'Đúng hạn': 1, ['Đúng hạn'.normalize('NFD')]: 0.5 }],
    ['spaces of any kind', { 'đúng hạn': 1, 'đúng\u00a0\u2003hạn ': 0.5 }],
    ['zero-width and bidi characters', { 'đúng hạn': 1, 'đúng\u200b h\u202eạn': 0.5 }],
    ['diacritics (scoring could not tell "tre han" apart)', { 'trễ hạn': 1, 'trẻ hạn': 0.5 }],
    ['dashes', { 'đạt - một phần': 1, 'Đạt – một phần': 0.5 }],
  ])('are compared folded by the text kernel: %s', (_name, l) => {
    expect(levels(l)).toHaveLength(1);
    expect(levels(l)[0]).toMatch(/^nodes\[0\]\.rule\.levels\..* duplicate_level$/);
  });
});

describe('criteria dates', () => {
  it('refuses 2019-02-29 as the plan loader does', () => {
    const doc = { document: { number: '01/QĐ-UBND', date: '2019-02-29' } };
    expect(lines(loadCriteriaSet(criteria([leaf('x')], doc)))).toEqual(['document.date invalid_date']);
    expect(lines(loadPlan(plan(doc)))).toEqual(['document.date invalid_date']);
    expect(loadCriteriaSet(criteria([leaf('x')], { document: { number: '1', date: '2020-02-29' } })).ok).toBe(
      true,
    );
  });
});

describe('scoreUnit output', () => {
  it('is frozen all the way down, evidence included', () => {
    const r = scoreUnit(oneLeaf(), {
      x: {
        self: 60,
        appraised: [{ value: 55, by: 'Sở Nội vụ' }],
        evidence: [{ title: 'QĐ', extra: { pages: [1] } }],
      } as unknown as ScoreInput,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const unfrozen: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v === null || typeof v !== 'object') return;
      if (!Object.isFrozen(v)) unfrozen.push(path);
      for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], `${path}.${k}`);
    };
    walk(r.value, 'score');
    expect(unfrozen).toEqual([]);
  });
});

describe('scoreUnit on detailed inputs of the wrong shape (found by the fuzz test)', () => {
  const bad = { toString: null }; // String(bad) throws
  it.each([
    ['evidence that is not a list', { x: { value: 60, evidence: {} } }, 'x.evidence invalid_input'],
    [
      'an evidence item that is not text',
      { x: { value: 60, evidence: [{ item: 5 }] } },
      'x.evidence invalid_input',
    ],
    ['an explanation that is not text', { x: { value: 60, explanation: 5 } }, 'x.explanation invalid_input'],
    [
      'an appraiser that is not text',
      { x: { appraised: [{ value: 60, by: bad }] } },
      'x.appraised[0].by invalid_input',
    ],
  ])('answers %s with an issue (it threw)', (_name, inputs, line) => {
    expect(lines(scoreUnit(oneLeaf(), inputs as never))).toEqual([line]);
  });
});

describe('records keyed by users ids', () => {
  it('keep an agency or group named __proto__ as an entry (it became the prototype and vanished)', async () => {
    const { evaluatePlan } = await import('../../src/evaluate/index.js');
    const { isoDate } = await import('../../src/calendar/index.js');
    const r = loadPlan({
      ...plan(),
      agencies: [{ id: '__proto__', name: 'Sở Nội vụ' }],
      groups: [
        {
          id: '__proto__',
          title: 'Nhóm',
          tasks: [{ id: 'I.1', title: 'Tập huấn', lead: ['__proto__'], deadline: 'Tháng 1/2018' }],
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = evaluatePlan(r.value, { asOf: isoDate('2018-06-30'), reports: [] });
    expect(Object.keys(e.compliance.agencies)).toEqual(['__proto__']);
    expect(Object.keys(e.compliance.groups)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(e.compliance.agencies)).toBe(Object.prototype);
  });

  it('keep a node named __proto__ in scoreUnit nodes and a class named constructor in summarise', async () => {
    const { summarise } = await import('../../src/scoring/index.js');
    const r = loadCriteriaSet(criteria([leaf('__proto__')], { classes: [{ name: 'constructor', min: 0 }] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = scoreUnit(r.value, JSON.parse('{"__proto__": true}') as Record<string, ScoreInput>);
    expect(s.ok && [s.value.total, Object.keys(s.value.nodes)]).toEqual([1, ['__proto__']]);
    const all = scoreUnits(r.value, { a: {}, b: {} });
    expect(all.ok && summarise(all.value).all.bands).toEqual({ constructor: 2 });
  });
});
