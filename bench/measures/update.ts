/**
 * `update`: applyChanges with 100,000 changes on a 100,000-task plan (10
 * groups): 30% setDeadline (re-parsed), 30% assign, 30% updateTask (title and
 * note), 10% removeTask.
 *
 * Baseline: a plain mutable loop doing the same edits in place on a mutable
 * copy of the plan (tasks found through a Map, deadlines parsed the same way,
 * removals compacted at the end) — no validation, no copies, no freezing.
 * Extra: the cost of one immer single edit (`setDeadline`) on the same plan.
 */
import { parseDeadline } from '../../src/deadline/index.js';
import type { Deadline } from '../../src/deadline/types.js';
import { applyChanges, loadPlan, setDeadline, type PlanChange } from '../../src/plan/index.js';
import type { PlanJson } from '../../src/plan/schema.js';
import type { Plan } from '../../src/plan/types.js';
import { compared, interleave, rng, type Interleaved, type Measure } from '../measure.js';
import { benchPlanJson, GROUPS, PER_GROUP, randomTaskChange } from '../planData.js';

const CHANGES = 100_000;
const DEADLINES = [
  'Quý I/2018',
  'Tháng 5/2018',
  'Quý II và IV năm 2018',
  'Thường xuyên trong năm 2018',
  'trước ngày 15/10/2018',
  'Năm 2018',
];

function planJson(): PlanJson {
  return benchPlanJson(DEADLINES);
}

function changes(): PlanChange[] {
  const rand = rng(7);
  const out: PlanChange[] = [];
  const removed = new Set<string>();
  while (out.length < CHANGES) {
    const c = randomTaskChange(rand, removed, DEADLINES, {
      title: `Nhiệm vụ đã sửa ${out.length}`,
      note: 'Đã điều chỉnh',
    });
    if (c !== null) out.push(c);
  }
  return out;
}

interface MTask {
  id: string;
  title: string;
  lead: string[];
  support: string[];
  deadline: Deadline;
  note?: string;
}
interface MGroup {
  year?: number;
  tasks: (MTask | null)[];
}

function mutableCopy(plan: Plan): MGroup[] {
  return plan.groups.map((g) => ({
    ...(g.year === undefined ? {} : { year: g.year }),
    tasks: g.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      lead: [...t.lead],
      support: [...t.support],
      deadline: t.deadline,
    })),
  }));
}

function baseline(groups: MGroup[], list: readonly PlanChange[], year: number): void {
  const index = new Map<string, { g: number; t: number }>();
  groups.forEach((g, gi) => {
    g.tasks.forEach((t, ti) => {
      if (t !== null) index.set(t.id, { g: gi, t: ti });
    });
  });
  for (const c of list) {
    if (!('taskId' in c)) continue;
    const at = index.get(c.taskId);
    if (at === undefined) continue;
    const group = groups[at.g];
    const task = group?.tasks[at.t];
    if (group === undefined || task === null || task === undefined) continue;
    switch (c.op) {
      case 'setDeadline':
        task.deadline = parseDeadline(c.deadline.normalize('NFC'), { year: group.year ?? year });
        break;
      case 'assign': {
        const l = c.role === 'lead' ? task.lead : task.support;
        if (!l.includes(c.agencyId)) l.push(c.agencyId);
        break;
      }
      case 'updateTask':
        if (c.patch.title !== undefined) task.title = c.patch.title.normalize('NFC');
        if (typeof c.patch.note === 'string') task.note = c.patch.note.normalize('NFC');
        break;
      case 'removeTask':
        group.tasks[at.t] = null;
        index.delete(c.taskId);
        break;
      default:
        break;
    }
  }
  for (const g of groups) g.tasks = g.tasks.filter((t) => t !== null);
}

/** applyChanges against the mutable loop on a fresh (untimed) copy, interleaved, medians of 7 rounds. */
function compare(plan: Plan, list: readonly PlanChange[], log: (line: string) => void): Interleaved {
  const out = applyChanges(plan, list);
  if (!out.ok) throw new Error(`applyChanges failed: ${out.issues[0]?.messageEn ?? ''}`);
  log(`tasks after: ${out.value.groups.reduce((n, g) => n + g.tasks.length, 0)}`);
  return interleave(
    () => applyChanges(plan, list),
    { setup: () => mutableCopy(plan), run: (copy) => baseline(copy as MGroup[], list, 2018) },
    7,
  );
}

export default async function update(log: (line: string) => void): Promise<Measure> {
  const r = loadPlan(planJson());
  if (!r.ok) throw new Error('bench plan does not load');
  const plan = r.value;
  const list = changes();

  const all = compare(plan, list, log);
  // The same without deadline parsing (which costs both sides alike): the cost of copying and freezing alone.
  const structural = list.filter((c) => c.op !== 'setDeadline');
  const st = compare(plan, structural, () => undefined);
  const oursS = st.ours_ms;
  const baseS = st.baseline_ms;
  log(
    `without setDeadline (${structural.length} changes): ours ${oursS.toFixed(1)} ms, baseline ${baseS.toFixed(1)} ms, ratio ${(oursS / baseS).toFixed(2)}×`,
  );
  const singles = 5;
  const t0 = performance.now();
  for (let i = 0; i < singles; i++) setDeadline(plan, `G${i}.${i}`, 'Quý III/2018');
  const immerEach = (performance.now() - t0) / singles;
  log(`one immer single edit on ${GROUPS * PER_GROUP} tasks: ${immerEach.toFixed(1)} ms`);
  return compared('update', all, CHANGES, {
    tasks: GROUPS * PER_GROUP,
    immer_single_edit_ms: Number(immerEach.toFixed(2)),
    ratio_without_deadline_parsing: Number((oursS / baseS).toFixed(2)),
  });
}
