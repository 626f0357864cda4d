/**
 * Scoring helpers and plan edits on arguments that are not what their types
 * say: complianceInputs mappings with Proxies, misspelt fields and choices;
 * parseRule options behind a Proxy; formatters given NaN, ±Infinity or
 * numbers past 2^53; classOf given null; rankUnits given forged scores or a
 * unit twice; the one-change edits given ids that cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/index.js';
import { evaluatePlan } from '../../src/evaluate/index.js';
import { addTask, assign, loadPlan, removeTask, updateTask, type Plan } from '../../src/plan/index.js';
import {
  classOf,
  complianceInputs,
  formatIndexVi,
  formatPointsVi,
  loadCriteriaSet,
  parseRule,
  rankUnits,
  scoreUnit,
  scoreUnits,
  type CriteriaSet,
  type ScoredUnit,
} from '../../src/scoring/index.js';
import { failed, getter, revoked, thrown } from './support.js';

const plan = ((): Plan => {
  const r = loadPlan({
    schemaVersion: 1,
    id: 'p',
    title: 'Kế hoạch CCHC năm 2018',
    year: 2018,
    agencies: [
      { id: 'snv', name: 'Sở Nội vụ' },
      { id: 'stp', name: 'Sở Tư pháp' },
    ],
    classes: [],
    groups: [
      {
        id: 'I',
        title: 'Chỉ đạo',
        tasks: [{ id: 'I.1', title: 'Ban hành kế hoạch', lead: ['snv', 'stp'], deadline: 'Tháng 3/2018' }],
      },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();
const set = ((): CriteriaSet => {
  const r = loadCriteriaSet({
    schemaVersion: 1,
    id: 's',
    title: 'S',
    nodes: [{ id: 'kh', title: 'Kế hoạch', max: 2, rule: { kind: 'proportional' } }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();
const evaluation = evaluatePlan(plan, { asOf: isoDate('2018-06-30') });

describe('complianceInputs never throws and never ignores a misspelt choice', () => {
  const entries = [{ leafId: 'kh', from: 'agency.doneRate' }];
  it('reads a well-formed mapping', () => {
    expect(complianceInputs({ evaluation }, { set, entries } as never).ok).toBe(true);
  });
  it.each([
    [
      'sources null',
      () => complianceInputs(null as never, { set, entries } as never),
      ['sources invalid_type'],
    ],
    ['mapping null', () => complianceInputs({ evaluation }, null as never), ['mapping invalid_type']],
    [
      'a revoked Proxy as mapping',
      () => complianceInputs({ evaluation }, revoked() as never),
      [' unreadable'],
    ],
    ['entries missing', () => complianceInputs({ evaluation }, { set } as never), ['entries invalid_type']],
    [
      'entries behind a revoked Proxy',
      () => complianceInputs({ evaluation }, { set, entries: revoked() } as never),
      ['entries unreadable'],
    ],
    [
      'an entry with a throwing getter',
      () => complianceInputs({ evaluation }, { set, entries: [getter('leafId')] } as never),
      ['entries[0].leafId unreadable'],
    ],
    [
      'an entry that is null',
      () => complianceInputs({ evaluation }, { set, entries: [null] } as never),
      ['entries[0] invalid_type'],
    ],
    [
      'whenNothingDue misspelt (read as "missing")',
      () => complianceInputs({ evaluation }, { set, entries, whenNothingDue: 'na' } as never),
      ['whenNothingDue invalid_option'],
    ],
    [
      'count misspelt (read as tasks)',
      () =>
        complianceInputs({ evaluation }, { set, entries: [{ ...entries[0], count: 'occurence' }] } as never),
      ['entries[0].count invalid_option'],
    ],
    [
      'a field an entry does not have (ignored)',
      () => complianceInputs({ evaluation }, { set, entries: [{ ...entries[0], agencyID: 'snv' }] } as never),
      ['entries[0].agencyID unknown_field'],
    ],
    [
      'a set that is not a criteria set',
      () => complianceInputs({ evaluation }, { set: {}, entries } as never),
      [' invalid_type'],
    ],
  ])('answers %s with issues', (_name, call, expected) => {
    expect(failed(call())).toEqual(expected);
  });
});

describe('parseRule options', () => {
  it('answers options behind a revoked Proxy, and a max whose toString throws, with issues', () => {
    expect(failed(parseRule('Đạt: 1 điểm', revoked() as never))).toEqual([' unreadable']);
    expect(failed(parseRule('Đạt: 1 điểm', { max: { toString: null } } as never))).toEqual([
      'max invalid_max',
    ]);
  });
});

describe('formatPointsVi and formatIndexVi', () => {
  it('are exact past 2^53 (2^53 + 2 was "9007199254740994,048", 1e21 "1e+21,784")', () => {
    expect(formatPointsVi(2 ** 53 + 2)).toBe('9007199254740994');
    expect(formatPointsVi(1e20)).toBe('100000000000000000000');
    expect(formatPointsVi(1e21)).toBe('1000000000000000000000');
    expect(formatPointsVi(-1e21)).toBe('-1000000000000000000000');
    expect(formatIndexVi(1e21)).toBe('1000000000000000000000,00');
    expect(formatIndexVi(2 ** 53 + 2)).toBe('9007199254740994,00');
    expect(formatPointsVi(90.02)).toBe('90,02');
    expect(formatIndexVi(85.405)).toBe('85,41');
  });

  it('compute the ratio when max has more than three decimals (2 / 3.0001 was "2,00")', () => {
    expect(formatIndexVi(2, 3.0001)).toBe('66,66');
    expect(formatIndexVi(2, 3)).toBe('66,67');
  });

  it('refuse NaN, ±Infinity and values that are not numbers (printed "NaN", "Infinity,NaN")', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '80', null]) {
      expect(thrown(() => formatPointsVi(v as number))).toEqual(['points invalid_number']);
      expect(thrown(() => formatIndexVi(v as number))).toEqual(['index invalid_number']);
    }
    expect(thrown(() => formatIndexVi(1, Number.NaN))).toEqual(['max invalid_number']);
  });
});

describe('classOf', () => {
  it('gives no class to an index that is not a number (null was class "A": null ≥ 0)', () => {
    const bands = [{ name: 'A', min: 0 }];
    expect(classOf(0, bands)).toBe('A');
    for (const v of [null, undefined, '90', new Date(0), 1n, Number.NaN])
      expect(classOf(v as number, bands)).toBe(undefined);
  });
});

describe('rankUnits', () => {
  const scores = ((): ScoredUnit[] => {
    const r = scoreUnits(set, { snv: { kh: 0.5 }, stp: { kh: 0.8 } });
    if (!r.ok) throw new Error('fixture');
    return r.value as ScoredUnit[];
  })();

  it('refuses one unit twice, also in NFC and NFD (it took two ranks and pushed the others down)', () => {
    const [a] = scores as [ScoredUnit];
    expect(thrown(() => rankUnits([a, { ...a }]))).toEqual(['[1].unitId duplicate_id']);
    const nfc = { ...a, unitId: 'Sở' };
    const nfd = { ...a, unitId: 'Sở'.normalize('NFD') };
    expect(thrown(() => rankUnits([nfc, nfd]))).toEqual(['[1].unitId duplicate_id']);
  });

  it('refuses forged scores and entries that are not { unitId, score } (TypeError, RangeError before)', () => {
    const [a, b] = scores as [ScoredUnit, ScoredUnit];
    const forged = { ...b, score: { ...b.score, exact: { total: Number.NaN, max: 100, treeTotal: 0 } } };
    expect(thrown(() => rankUnits([a, forged as never]))).toEqual(['[1].score invalid_input']);
    expect(thrown(() => rankUnits([null as never]))).toEqual(['[0] invalid_input']);
    expect(thrown(() => rankUnits([{ unitId: 5, score: a.score } as never]))).toEqual([
      '[0].unitId invalid_input',
    ]);
    expect(thrown(() => rankUnits({} as never))).toEqual([' invalid_input']);
    expect(thrown(() => rankUnits(scores, revoked() as never))).toEqual([' unreadable']);
    expect(rankUnits(scores).map((r) => [r.unitId, r.rank])).toEqual([
      ['stp', 1],
      ['snv', 2],
    ]);
  });
});

describe('one-change edits never throw', () => {
  it.each([
    [
      'addTask, a group id behind a revoked Proxy',
      () =>
        addTask(plan, revoked() as never, { id: 'I.2', title: 'X', lead: ['snv'], deadline: 'Quý I/2018' }),
    ],
    ['updateTask, a patch behind a revoked Proxy', () => updateTask(plan, 'I.1', revoked() as never)],
    [
      'updateTask, a task id behind a revoked Proxy',
      () => updateTask(plan, revoked() as never, { title: 'X' }),
    ],
    ['assign, an agency id behind a revoked Proxy', () => assign(plan, 'I.1', revoked() as never, 'lead')],
    ['removeTask, an id whose toString throws', () => removeTask(plan, { toString: null } as never)],
  ])('%s', (_name, call) => {
    const r = call();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
  });
});

describe('one id written in NFC and in NFD', () => {
  const nfd = 'Chỉ đạo'.normalize('NFD');
  const twoForms = ((): CriteriaSet => {
    const r = loadCriteriaSet({
      schemaVersion: 1,
      id: 's',
      title: 'S',
      nodes: [{ id: 'Chỉ đạo', title: 'Chỉ đạo', max: 2, rule: { kind: 'manual' } }],
    });
    if (!r.ok) throw new Error('fixture');
    return r.value;
  })();

  it('scoreUnit refuses one leaf given twice (the NFD value silently won: 2 points became 0)', () => {
    expect(failed(scoreUnit(twoForms, { 'Chỉ đạo': 2, [nfd]: 0 }))).toEqual([`${nfd} duplicate_id`]);
    const r = scoreUnit(twoForms, { [nfd]: 2 });
    expect(r.ok && r.value.total).toBe(2);
  });

  it('scoreUnits refuses one unit given twice (it was scored twice under names that look the same)', () => {
    const unit = 'Sở Nội vụ';
    const unitNfd = unit.normalize('NFD');
    expect(failed(scoreUnits(twoForms, { [unit]: { 'Chỉ đạo': 2 }, [unitNfd]: { 'Chỉ đạo': 0 } }))).toEqual([
      `${unitNfd} duplicate_id`,
    ]);
  });
});

describe('scoreUnit and scoreUnits options and set', () => {
  const typed = ((): CriteriaSet => {
    const r = loadCriteriaSet({
      schemaVersion: 1,
      id: 's',
      title: 'S',
      classes: [{ name: 'Chung', min: 0 }],
      classesByUnitType: { district: [{ name: 'Huyện', min: 0 }] },
      nodes: [{ id: 'a', title: 'A', max: 2, rule: { kind: 'manual' } }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  })();

  it('refuse a unit type or option they do not know (the class came from the default bands)', () => {
    const r = scoreUnit(typed, { a: 1 }, { unitType: 'district' });
    expect(r.ok && r.value.class).toBe('Huyện');
    expect(failed(scoreUnit(typed, { a: 1 }, { unitType: 'districts' } as never))).toEqual([
      'options.unitType invalid_option',
    ]);
    expect(failed(scoreUnit(typed, { a: 1 }, { unittype: 'district' } as never))).toEqual([
      'options.unittype unknown_field',
    ]);
    expect(failed(scoreUnits(typed, { u: { a: 1 } }, { pool: { u: 'district' } } as never))).toEqual([
      'options.pool unknown_field',
    ]);
  });

  it('answer options behind a Proxy and a set that is not a criteria set with issues (TypeErrors before)', () => {
    expect(failed(scoreUnit(typed, { a: 1 }, revoked() as never))).toEqual(['options unreadable']);
    expect(failed(scoreUnits(typed, { u: { a: 1 } }, revoked() as never))).toEqual(['options unreadable']);
    expect(failed(scoreUnit(null as never, { a: 1 }))).toEqual(['set invalid_input']);
    expect(failed(scoreUnits({} as never, { u: { a: 1 } }))).toEqual(['set invalid_input']);
    expect(scoreUnit(typed, { a: 1 }, null as never).ok).toBe(true);
  });
});
