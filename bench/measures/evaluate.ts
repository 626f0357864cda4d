/**
 * `evaluate`: evaluatePlan at province scale — 2,000 agencies in one class
 * leading 500 dated tasks (1,000,000 lead assignments) with 1,000,000 reports.
 *
 * Baseline: a hand-written loop doing the same work with everything resolved
 * beforehand that can be: due dates as integer day numbers per task, agency
 * and task positions known; it still has to join the report objects (ids and
 * ISO dates as given) and produce one entry object per assignment with its
 * status and days overdue.
 *
 * `evaluate-validated`: validateReports then evaluatePlan on its (frozen)
 * output — the path users should take — against a hand-written check of ids
 * and dates plus the same loop.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { toDayNumber, fromDayNumber, type IsoDate } from '../../src/calendar/isoDate.js';
import { dueDate, parseDeadline } from '../../src/deadline/index.js';
import type { Deadline } from '../../src/deadline/types.js';
import { evaluatePlan, validateReports } from '../../src/evaluate/index.js';
import type { Report } from '../../src/evaluate/index.js';
import type { Plan } from '../../src/plan/types.js';
import { compared, interleave, rng, type Measure } from '../measure.js';

const AGENCIES = 2000;
const TASKS = 500;
const ASOF = '2018-09-30' as IsoDate;
const DEADLINES = [
  'Quý I/2018',
  'Tháng 5/2018',
  'Quý II/2018',
  '6 tháng đầu năm 2018',
  'Tháng 8/2018',
  'Quý III/2018',
  'Quý IV/2018',
  'trước ngày 15/10/2018',
];

function workload(): { plan: Plan; reports: Report[] } {
  const agencies = Array.from({ length: AGENCIES }, (_, i) => ({
    id: `unit-${i}`,
    name: `Đơn vị ${i}`,
    aliases: [],
    classes: ['all'],
  }));
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    id: `T${i}`,
    title: `Nhiệm vụ ${i}`,
    lead: ['all'],
    support: [],
    deadline: parseDeadline(DEADLINES[i % DEADLINES.length] as string, { year: 2018 }),
    products: [],
    targetText: [],
    targets: [],
  }));
  const plan: Plan = {
    schemaVersion: 1,
    id: 'bench',
    title: 'bench',
    year: 2018,
    agencies,
    classes: [{ id: 'all', name: 'Tất cả', aliases: [] }],
    groups: [{ id: 'G', title: 'G', area: 'procedures', tasks }],
    targets: [],
    reporting: [],
    amendments: [],
    appliedAmendments: 0,
    warnings: [],
  };
  const random = rng(42);
  const reports: Report[] = [];
  // One report per assignment, from 40 days early to 20 days late; those
  // dated after asOf are not there yet at asOf.
  for (let t = 0; t < TASKS; t++) {
    const due = toDayNumber(dueDate(tasks[t]?.deadline as Deadline) as IsoDate);
    for (let a = 0; a < AGENCIES; a++) {
      reports.push({
        taskId: `T${t}`,
        agencyId: `unit-${a}`,
        completedOn: fromDayNumber(due - 40 + Math.floor(random() * 61)),
      });
    }
  }
  return { plan, reports };
}

/** The hand-written loop the measure compares against. */
function baseline(plan: Plan, reports: readonly Report[], due: Int32Array, asOf: number): unknown[] {
  const agencyPos = new Map<string, number>();
  plan.agencies.forEach((a, i) => {
    agencyPos.set(a.id, i);
  });
  const taskPos = new Map<string, number>();
  plan.groups[0]?.tasks.forEach((t, i) => {
    taskPos.set(t.id, i);
  });
  const done = new Float64Array(TASKS * AGENCIES).fill(Infinity);
  for (const r of reports) {
    const c = toDayNumber(r.completedOn as IsoDate);
    if (c > asOf) continue;
    const k = (taskPos.get(r.taskId) as number) * AGENCIES + (agencyPos.get(r.agencyId as string) as number);
    if (c < (done[k] as number)) done[k] = c;
  }
  const out: unknown[] = [];
  const agencyIds = plan.agencies.map((a) => a.id);
  for (let t = 0; t < TASKS; t++) {
    const d = due[t] as number;
    const dueDate = fromDayNumber(d);
    const taskId = `T${t}`;
    for (let a = 0; a < AGENCIES; a++) {
      const c = done[t * AGENCIES + a] as number;
      const status =
        c !== Infinity
          ? c <= d
            ? 'done_on_time'
            : 'done_late'
          : asOf > d
            ? 'overdue'
            : d - asOf <= 7
              ? 'due_soon'
              : 'not_due';
      out.push({
        taskId,
        agencyId: agencyIds[a],
        status,
        dueDate,
        daysOverdue: status === 'overdue' ? asOf - d : 0,
      });
    }
  }
  return out;
}

/** Hand-written checks of the same reports: ids known, dates real. */
function baselineValidate(plan: Plan, reports: readonly Report[]): number {
  const agencies = new Set(plan.agencies.map((a) => a.id));
  const tasks = new Set(plan.groups.flatMap((g) => g.tasks.map((t) => t.id)));
  let bad = 0;
  for (const r of reports) {
    if (!tasks.has(r.taskId) || (r.agencyId !== undefined && !agencies.has(r.agencyId))) bad++;
    if (r.completedOn !== undefined && fromDayNumber(toDayNumber(r.completedOn)) !== r.completedOn) bad++;
  }
  return bad;
}

export default async function run(log: (line: string) => void): Promise<Measure[]> {
  const { plan, reports } = workload();
  const asOf = toDayNumber(ASOF);
  const due = new Int32Array(TASKS);
  plan.groups[0]?.tasks.forEach((t, i) => {
    const e = evaluatePlan({ ...plan, groups: [{ id: 'G', title: 'G', tasks: [t] }] }, { asOf: ASOF });
    due[i] = toDayNumber(e.tasks[0]?.dueDate as IsoDate);
  });

  // A gc() handle, to measure what one result keeps alive.
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = getHeapStatistics().total_heap_size;
  let kept: unknown;
  const ev = interleave(
    () => {
      kept = evaluatePlan(plan, { asOf: ASOF, reports });
      peak = Math.max(peak, getHeapStatistics().total_heap_size);
    },
    () => baseline(plan, reports, due, asOf),
    7,
  );
  kept = evaluatePlan(plan, { asOf: ASOF, reports });
  gc();
  const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const e = kept as ReturnType<typeof evaluatePlan>;
  log(
    `assignments ${e.assignments.length}, reports ${reports.length}, overdue ${e.compliance.plan.overdue} tasks`,
  );
  log(`plan compliance: ${JSON.stringify(e.compliance.plan)}`);
  log(
    `peak heap ≈ ${Math.round(peak / 2 ** 20)} MB (V8 total heap size after the runs), retained by one result ≈ ${Math.round(retainedMb)} MB`,
  );
  const evaluateMeasure = compared('evaluate', ev, e.assignments.length, {
    reports: reports.length,
    peak_heap_mb: Math.round(peak / 2 ** 20),
    retained_heap_mb: Math.round(retainedMb),
  });

  // The same reports through validateReports first (NFC, checks, frozen copies), as users should.
  const va = interleave(
    () => {
      const r = validateReports(plan, reports);
      if (r.ok) evaluatePlan(plan, { asOf: ASOF, reports: r.value });
    },
    () => {
      baselineValidate(plan, reports);
      baseline(plan, reports, due, asOf);
    },
    5,
  );
  log(`validateReports + evaluatePlan on the validated reports: ${va.ours_ms.toFixed(0)} ms`);
  return [
    evaluateMeasure,
    compared('evaluate-validated', va, e.assignments.length, {
      reports: reports.length,
    }),
  ];
}
