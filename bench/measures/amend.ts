/**
 * `amend`: a 100,000-task plan (10 groups) with 1,000 amendments of 100
 * changes each, decided through 2018: 30% setDeadline (re-parsed), 30%
 * assign, 30% updateTask (title and note), 10% removeTask.
 *
 * - `amend-as-of`: planAsOf at the end of 2018 (every amendment in force) on
 *   a copy of the plan with its own amendment list (nothing made before is
 *   reused), against applyChanges of the same 100,000 changes on the plan as
 *   issued. Goal: ≤ 3×.
 * - `amend-evaluate`: evaluatePlan of the amended plan at the end of 2018
 *   again (the plan in force is the one planAsOf keeps), with one report per
 *   task, against evaluatePlan of the same content loaded without
 *   amendments. Goal: ≤ 1.5×.
 * - `amend-evaluate-new-date`: evaluatePlan of one amended plan at a date it
 *   was never asked about — each round the end of the next month, so
 *   planAsOf makes a plan in force it has not made before (from the latest
 *   earlier one it kept) — against evaluatePlan, at the same date, of that
 *   date's content loaded without amendments (made from a second copy of the
 *   plan, untimed). Goal: ≤ 1.5×. Its `first_ratio`: evaluatePlan at the end
 *   of 2018 on a copy of the plan never evaluated (every change replayed
 *   from the plan as issued, applied as loadPlan resolved it when checking
 *   it: that work is part of the load, which is timed apart).
 *
 * Each is the median of interleaved rounds (ours and the baseline in turns)
 * after a warm-up; CPU-time medians are reported beside the wall-clock ones.
 */
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { evaluatePlan } from '../../src/evaluate/index.js';
import type { Report } from '../../src/evaluate/types.js';
import {
  applyChanges,
  loadPlan,
  planAsOf,
  planHistory,
  toJSON,
  type PlanChange,
} from '../../src/plan/index.js';
import type { AmendmentJson, PlanJson } from '../../src/plan/schema.js';
import type { Plan } from '../../src/plan/types.js';
import { compared, interleave, type Measure, rng } from '../measure.js';
import { benchPlanJson, randomTaskChange } from '../planData.js';

const AMENDMENTS = 1000;
const PER_AMENDMENT = 100;
const END = '2018-12-31' as IsoDate;
const DEADLINES = [
  'Quý I/2018',
  'Tháng 5/2018',
  'Quý II và IV năm 2018',
  'Thường xuyên trong năm 2018',
  'trước ngày 15/10/2018',
  'Năm 2018',
  'Quý III/2018',
];

export function planJson(): PlanJson {
  return benchPlanJson(DEADLINES);
}

function day(k: number): string {
  const d = new Date(Date.UTC(2018, 0, 1 + Math.floor((k * 364) / AMENDMENTS)));
  return d.toISOString().slice(0, 10);
}

export function amendments(): AmendmentJson[] {
  const rand = rng(11);
  const removed = new Set<string>();
  const out: AmendmentJson[] = [];
  for (let k = 0; k < AMENDMENTS; k++) {
    const changes: PlanChange[] = [];
    while (changes.length < PER_AMENDMENT) {
      const c = randomTaskChange(rand, removed, DEADLINES, {
        title: `Nhiệm vụ sửa ${k}.${changes.length}`,
        note: 'Điều chỉnh',
      });
      if (c !== null) changes.push(c);
    }
    out.push({
      id: `sd-${k}`,
      decidedOn: day(k),
      document: { number: `${1000 + k}/QĐ-UBND`, date: day(k), issuer: 'UBND tỉnh' },
      changes: changes as AmendmentJson['changes'],
    });
  }
  return out;
}

export default async function amend(log: (line: string) => void): Promise<Measure[]> {
  const json = planJson();
  const list = amendments();
  const issuedR = loadPlan(json);
  if (!issuedR.ok) throw new Error('bench plan does not load');
  const issued = issuedR.value;
  const load = (): Plan => {
    const r = loadPlan({ ...json, amendments: list });
    if (!r.ok) throw new Error(`amended plan does not load: ${r.issues[0]?.messageEn ?? ''}`);
    return r.value;
  };
  let t0 = performance.now();
  const plan = load();
  log(`loadPlan with ${AMENDMENTS} amendments (checks): ${(performance.now() - t0).toFixed(0)} ms`);
  const all: PlanChange[] = list.flatMap((a) => a.changes as PlanChange[]);
  t0 = performance.now();
  const history = planHistory(plan);
  log(
    `planHistory (immer patches of every amendment): ${history.reduce((n, a) => n + a.patches.length, 0)} patches in ${(performance.now() - t0).toFixed(0)} ms`,
  );

  // A copy of the plan with its own amendment list: no plan in force made before is reused.
  const fresh = (): Plan => Object.freeze({ ...plan, amendments: [...plan.amendments] });
  const asOf = interleave(
    () => planAsOf(fresh(), END),
    () => {
      const x = applyChanges(issued, all);
      if (!x.ok) throw new Error('applyChanges failed');
    },
    5,
  );

  // A second copy of the plan makes the baselines, so that nothing it makes warms `plan`.
  const other = load();
  const flatAt = (date: IsoDate): Plan => {
    const inForce = planAsOf(other, date);
    const r = loadPlan(toJSON({ ...inForce, amendments: [], appliedAmendments: 0 }));
    if (!r.ok) throw new Error('flat plan does not load');
    return r.value;
  };
  const flat = flatAt(END);
  log(`tasks in force at ${END}: ${flat.groups.reduce((n, g) => n + g.tasks.length, 0)}`);
  const rand = rng(5);
  const reports: Report[] = [];
  for (const g of flat.groups)
    for (const t of g.tasks)
      reports.push({ taskId: t.id, completedOn: day(Math.floor(rand() * AMENDMENTS)) as IsoDate });
  const e = evaluatePlan(plan, { asOf: END, reports });
  log(`extended tasks: ${e.tasks.filter((t) => t.extensions !== undefined).length}`);
  const warm = interleave(
    () => evaluatePlan(plan, { asOf: END, reports }),
    () => evaluatePlan(flat, { asOf: END, reports }),
    5,
  );

  // New dates: the end of each month from April to November (the warm-up takes the first).
  const dates = [4, 5, 6, 7, 8, 9, 10, 11].map(
    (m) => new Date(Date.UTC(2018, m, 0)).toISOString().slice(0, 10) as IsoDate,
  );
  const seen = new Set<IsoDate>();
  let ours = 0;
  let base = 0;
  const nextDate = (): IsoDate => {
    const d = dates[ours++] as IsoDate;
    if (seen.has(d)) throw new Error('a date asked twice');
    seen.add(d);
    return d;
  };
  const newDate = interleave(
    { setup: nextDate, run: (d) => evaluatePlan(plan, { asOf: d as IsoDate, reports }) },
    {
      setup: () => {
        const d = dates[base++] as IsoDate;
        return { d, p: flatAt(d) };
      },
      run: (x) => {
        const { d, p } = x as { d: IsoDate; p: Plan };
        evaluatePlan(p, { asOf: d, reports });
      },
    },
    7,
  );
  const first = interleave(
    () => evaluatePlan(fresh(), { asOf: END, reports }),
    () => evaluatePlan(flat, { asOf: END, reports }),
    5,
  );
  const firstRatio = first.ours_ms / first.baseline_ms;
  log(
    `evaluatePlan on a plan copy never evaluated (every change replayed): ours ${first.ours_ms.toFixed(0)} ms, baseline ${first.baseline_ms.toFixed(0)} ms, ratio ${firstRatio.toFixed(2)}× (cpu ${(first.ours_cpu_ms / first.baseline_cpu_ms).toFixed(2)}×)`,
  );
  return [
    compared('amend-as-of', asOf, all.length, { goal: 3, amendments: AMENDMENTS }),
    compared('amend-evaluate', warm, reports.length, { goal: 1.5, tasks: reports.length }),
    compared('amend-evaluate-new-date', newDate, reports.length, {
      goal: 1.5,
      tasks: reports.length,
      dates: dates.length,
      first_ratio: Number(firstRatio.toFixed(2)),
      first_cpu_ratio: Number((first.ours_cpu_ms / first.baseline_cpu_ms).toFixed(2)),
    }),
  ];
}
