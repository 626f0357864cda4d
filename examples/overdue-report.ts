// Vĩnh Long's 2018 CCHC plan (Quyết định 2701/QĐ-UBND, 20/12/2017) at 30/6/2018,
// with the SAMPLE progress reports of samples/ (illustration, not the province's data):
// overdue tasks by lead agency, tasks done late, compliance by reform area and a
// month-by-month series.
import { readFileSync } from 'node:fs';
import {
  assertIsoDate,
  complianceByMonth,
  evaluatePlan,
  loadPlan,
  unwrap,
  validateReports,
  type Compliance,
  type Report,
} from 'cchc';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const plan = unwrap(loadPlan(read('../samples/vinh-long-2018.plan.json')));
const sample = read('../samples/vinh-long-2018.reports.json') as { reports: Report[] };
const reports = unwrap(validateReports(plan, sample.reports));

const asOf = assertIsoDate('2018-06-30');
const e = evaluatePlan(plan, { asOf, reports });

const vn = (d: string | null): string =>
  d === null ? '—' : `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const pct = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const agencyName = new Map([...plan.agencies, ...plan.classes].map((a) => [a.id, a.name])); // a class without members is one assignee
const title = new Map(plan.groups.flatMap((g) => g.tasks.map((t) => [t.id, t.title])));
const short = (s: string, n = 60): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

console.log(`${plan.title}`);
console.log(
  `Tình hình thực hiện tại ${vn(asOf)} (status at ${asOf}); ${reports.length} báo cáo mẫu (sample reports)\n`,
);

// 1. Overdue lead assignments, by agency (quá hạn, theo cơ quan chủ trì)
console.log('1. Nhiệm vụ quá hạn theo cơ quan chủ trì (overdue, by lead agency)');
const overdue = e.assignments.filter((a) => a.role === 'lead' && a.status === 'overdue');
const byAgency = new Map<string, typeof overdue>();
for (const a of overdue) byAgency.set(a.agencyId, [...(byAgency.get(a.agencyId) ?? []), a]);
for (const [agencyId, list] of [...byAgency].sort(
  (x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]),
)) {
  console.log(`  ${agencyName.get(agencyId)} (${agencyId}): ${list.length}`);
  for (const a of list) {
    console.log(
      `    ${a.taskId.padEnd(6)} hạn ${vn(a.dueDate)}, quá ${String(a.daysOverdue).padStart(3)} ngày  ${short(title.get(a.taskId) ?? '')}`,
    );
  }
}

// 2. Tasks done late, and tasks due within a week
console.log('\n2. Hoàn thành trễ hạn (done late)');
for (const t of e.tasks.filter((x) => x.status === 'done_late')) {
  console.log(
    `  ${t.taskId.padEnd(6)} hạn ${vn(t.dueDate)}, xong ${vn(t.completedOn)} (trễ ${t.daysLate} ngày)  ${short(title.get(t.taskId) ?? '')}`,
  );
}
console.log('   Sắp đến hạn (due within 7 days)');
for (const t of e.tasks.filter((x) => x.status === 'due_soon')) {
  const m =
    t.milestones === undefined
      ? ''
      : ` [mốc: ${t.milestones.map((x) => `${vn(x.dueDate)} ${x.status}`).join(', ')}]`;
  console.log(`  ${t.taskId.padEnd(6)} hạn ${vn(t.dueDate)}  ${short(title.get(t.taskId) ?? '')}${m}`);
}

// 3. Compliance by reform area (tasks due by 30/6)
const row = (name: string, c: Compliance | undefined): string =>
  c === undefined
    ? `  ${name.padEnd(22)} —`
    : `  ${name.padEnd(22)} ${String(c.due).padStart(3)} ${String(c.done).padStart(5)} ${String(c.onTime).padStart(7)} ${String(c.overdue).padStart(7)}   ${pct(c.doneRate).padStart(6)} ${pct(c.onTimeRate).padStart(9)}`;
console.log('\n3. Mức độ hoàn thành theo lĩnh vực (compliance by area, tasks due by 30/6/2018)');
console.log(`  ${'lĩnh vực'.padEnd(22)} đến hạn xong đúng hạn quá hạn  tỷ lệ xong  đúng hạn`);
for (const g of plan.groups) if (g.area !== undefined) console.log(row(g.area, e.compliance.areas[g.area]));
console.log(row('toàn kế hoạch (plan)', e.compliance.plan));

// 4. Per agency, the PAR-style share done on time
console.log('\n4. Theo cơ quan (lead assignments due by 30/6/2018)');
for (const [id, c] of Object.entries(e.compliance.agencies)) if (c.due > 0) console.log(row(id, c));

// 5. Month by month (for a chart)
console.log('\n5. Theo tháng đến hạn (by month due)');
for (const m of complianceByMonth(e, { from: assertIsoDate('2017-12-01') })) {
  const c = m.compliance;
  console.log(
    `  ${m.month}  đến hạn ${c.due}, đúng hạn ${c.onTime}, trễ ${c.done - c.onTime}, quá hạn ${c.overdue}`,
  );
}
