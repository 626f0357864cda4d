/**
 * `amend`: a 100,000-task plan (10 groups) with 1,000 amendments of 100
 * changes each, decided through 2018: 30% setDeadline (re-parsed), 30%
 * assign, 30% updateTask (title and note), 10% removeTask.
 *
 * - `amend-as-of`: planAsOf at the end of 2018 (every amendment in force),
 *   made afresh each run, against applyChanges of the same 100,000 changes on
 *   the plan as issued. Goal: ≤ 3×.
 * - `amend-evaluate`: evaluatePlan of the amended plan at the end of 2018
 *   (extensions and the evaluation itself; the plan in force is the one
 *   planAsOf keeps for the plan's amendments), with one report per task,
 *   against evaluatePlan of the same content loaded without amendments.
 *   Goal: ≤ 1.5×. Its `cold_ratio` is the same on a copy of the plan with
 *   its own amendment list, so that planAsOf runs in every call.
 *
 * Each is the best of five runs after a warm-up, ours and the baseline
 * interleaved.
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
import type { AmendmentJson, PlanJson, TaskJson } from '../../src/plan/schema.js';
import type { Plan } from '../../src/plan/types.js';
import { measure, type Measure, rng } from '../measure.js';

const GROUPS = 10;
const PER_GROUP = 10_000;
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
const AGENCIES = ['snv', 'stp', 'stc', 'vp', 'so-nganh'];

export function planJson(): PlanJson {
  const groups = [];
  for (let g = 0; g < GROUPS; g++) {
    const tasks: TaskJson[] = [];
    for (let t = 0; t < PER_GROUP; t++) {
      tasks.push({
        id: `G${g}.${t}`,
        title: `Nhiệm vụ ${g}.${t}`,
        lead: ['snv'],
        support: ['so-nganh'],
        deadline: DEADLINES[(g + t) % DEADLINES.length] ?? '',
      });
    }
    groups.push({ id: `G${g}`, title: `Nhóm ${g}`, tasks });
  }
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Kế hoạch',
    year: 2018,
    agencies: AGENCIES.slice(0, 4).map((id) => ({ id, name: id, classes: ['so-nganh'] })),
    classes: [{ id: 'so-nganh', name: 'Các sở' }],
    groups,
  };
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
      const taskId = `G${Math.floor(rand() * GROUPS)}.${Math.floor(rand() * PER_GROUP)}`;
      if (removed.has(taskId)) continue;
      const x = rand();
      if (x < 0.3)
        changes.push({
          op: 'setDeadline',
          taskId,
          deadline: DEADLINES[Math.floor(rand() * DEADLINES.length)] ?? '',
        });
      else if (x < 0.6)
        changes.push({
          op: 'assign',
          taskId,
          agencyId: AGENCIES[Math.floor(rand() * AGENCIES.length)] ?? 'snv',
          role: rand() < 0.5 ? 'lead' : 'support',
        });
      else if (x < 0.9)
        changes.push({
          op: 'updateTask',
          taskId,
          patch: { title: `Nhiệm vụ sửa ${k}.${changes.length}`, note: 'Điều chỉnh' },
        });
      else {
        changes.push({ op: 'removeTask', taskId });
        removed.add(taskId);
      }
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

/** Best of five, after a warm-up, of `ours` and `base` run in turns. */
function interleaved(ours: () => unknown, base: () => unknown): [number, number] {
  ours();
  base();
  let o = Infinity;
  let b = Infinity;
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    ours();
    o = Math.min(o, performance.now() - t0);
    t0 = performance.now();
    base();
    b = Math.min(b, performance.now() - t0);
  }
  return [o, b];
}

export default async function amend(log: (line: string) => void): Promise<Measure[]> {
  const json = planJson();
  const list = amendments();
  const issuedR = loadPlan(json);
  if (!issuedR.ok) throw new Error('bench plan does not load');
  const issued = issuedR.value;
  let t0 = performance.now();
  const r = loadPlan({ ...json, amendments: list });
  log(`loadPlan with ${AMENDMENTS} amendments (checks): ${(performance.now() - t0).toFixed(0)} ms`);
  if (!r.ok) throw new Error(`amended plan does not load: ${r.issues[0]?.messageEn ?? ''}`);
  const plan = r.value;
  const all: PlanChange[] = list.flatMap((a) => a.changes as PlanChange[]);
  t0 = performance.now();
  const history = planHistory(plan);
  log(
    `planHistory (immer patches of every amendment): ${history.reduce((n, a) => n + a.patches.length, 0)} patches in ${(performance.now() - t0).toFixed(0)} ms`,
  );

  // A copy of the plan with its own amendment list: no plan in force made before is reused.
  const fresh = (): Plan => Object.freeze({ ...plan, amendments: [...plan.amendments] });
  const [asOfOurs, asOfBase] = interleaved(
    () => planAsOf(fresh(), END),
    () => {
      const x = applyChanges(issued, all);
      if (!x.ok) throw new Error('applyChanges failed');
    },
  );

  const amended = planAsOf(plan, END);
  t0 = performance.now();
  const flatJson = { ...toJSON({ ...amended, amendments: [], appliedAmendments: 0 }) };
  const flatR = loadPlan(flatJson);
  if (!flatR.ok) throw new Error('flat plan does not load');
  const flat: Plan = flatR.value;
  log(
    `tasks in force at ${END}: ${flat.groups.reduce((n, g) => n + g.tasks.length, 0)} (flat copy ${(performance.now() - t0).toFixed(0)} ms)`,
  );
  const rand = rng(5);
  const reports: Report[] = [];
  for (const g of flat.groups)
    for (const t of g.tasks)
      reports.push({ taskId: t.id, completedOn: day(Math.floor(rand() * AMENDMENTS)) as IsoDate });
  const e = evaluatePlan(plan, { asOf: END, reports });
  log(`extended tasks: ${e.tasks.filter((t) => t.extensions !== undefined).length}`);
  const [evOurs, evBase] = interleaved(
    () => evaluatePlan(plan, { asOf: END, reports }),
    () => evaluatePlan(flat, { asOf: END, reports }),
  );
  const [coldOurs, coldBase] = interleaved(
    () => evaluatePlan(fresh(), { asOf: END, reports }),
    () => evaluatePlan(flat, { asOf: END, reports }),
  );
  log(
    `evaluatePlan at a date first asked (planAsOf not yet made): ours ${coldOurs.toFixed(0)} ms, baseline ${coldBase.toFixed(0)} ms, ratio ${(coldOurs / coldBase).toFixed(2)}×`,
  );
  return [
    measure('amend-as-of', asOfOurs, asOfBase, all.length, { goal: 3, amendments: AMENDMENTS }),
    measure('amend-evaluate', evOurs, evBase, reports.length, {
      goal: 1.5,
      tasks: reports.length,
      cold_ratio: Number((coldOurs / coldBase).toFixed(2)),
    }),
  ];
}
