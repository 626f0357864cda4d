import { planJson, amendments } from './measures/amend.js';
import { loadPlan, planAsOf } from '../src/plan/index.js';
import { evaluatePlan } from '../src/evaluate/index.js';
import type { IsoDate } from '../src/calendar/isoDate.js';
const r = loadPlan({ ...planJson(), amendments: amendments() });
if (!r.ok) throw 1;
const END = '2018-12-31' as IsoDate;
const flat = planAsOf(r.value, END);
const reports = flat.groups.flatMap((g) =>
  g.tasks.map((t) => ({ taskId: t.id, completedOn: '2018-05-01' as IsoDate })),
);
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  evaluatePlan(r.value, { asOf: END, reports });
  console.log('eval', performance.now() - t);
}
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  planAsOf(r.value, END);
  console.log('asof', performance.now() - t);
}
