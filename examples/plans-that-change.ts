/**
 * A plan amended by one decision, judged before and after it: the plan in
 * force on each date, the extension on the extended task, what changed
 * (diffPlans) and the audit trail (planHistory: immer patches). The plan and its decision
 * are illustrative, not a province's documents.
 *
 * Run: npx tsx examples/plans-that-change.ts
 */
import {
  diffPlans,
  evaluatePlan,
  isoDate,
  loadPlan,
  planAsOf,
  planHistory,
  type PlanJson,
  unwrap,
} from 'cchc';

const json: PlanJson = {
  schemaVersion: 1,
  id: 'vd-2018',
  title: 'Kế hoạch cải cách hành chính năm 2018 (minh họa)',
  year: 2018,
  agencies: [
    { id: 'snv', name: 'Sở Nội vụ' },
    { id: 'stp', name: 'Sở Tư pháp' },
  ],
  classes: [],
  groups: [
    {
      id: 'II',
      title: 'Cải cách thể chế',
      tasks: [
        { id: 'II.3', title: 'Rà soát văn bản quy phạm pháp luật', lead: ['snv'], deadline: 'Tháng 7/2018' },
        { id: 'II.4', title: 'Kiểm tra công tác CCHC', lead: ['snv'], deadline: 'Tháng 9/2018' },
        { id: 'II.5', title: 'Tập huấn nghiệp vụ', lead: ['snv'], deadline: 'Quý III/2018' },
      ],
    },
  ],
  amendments: [
    {
      id: 'sd-1',
      decidedOn: '2018-06-15',
      document: { number: '1520/QĐ-UBND', date: '2018-06-15', issuer: 'UBND tỉnh' },
      note: 'Điều chỉnh, bổ sung Kế hoạch CCHC năm 2018',
      changes: [
        { op: 'setDeadline', taskId: 'II.3', deadline: 'Quý III/2018' },
        { op: 'removeTask', taskId: 'II.4' },
        {
          op: 'addTask',
          groupId: 'II',
          task: { id: 'II.6', title: 'Số hóa hồ sơ', lead: ['stp'], deadline: 'Tháng 6/2018' },
        },
        { op: 'unassign', taskId: 'II.5', agencyId: 'snv', role: 'lead' },
        { op: 'assign', taskId: 'II.5', agencyId: 'stp', role: 'lead' },
      ],
    },
  ],
};

const plan = unwrap(loadPlan(json));

for (const day of ['2018-06-14', '2018-08-01']) {
  const asOf = isoDate(day);
  const e = evaluatePlan(plan, { asOf });
  console.log(`Tại ngày ${day} (${planAsOf(plan, asOf).appliedAmendments} văn bản sửa đổi có hiệu lực):`);
  for (const t of e.tasks) {
    const leads = e.assignments
      .filter((a) => a.taskId === t.taskId && a.role === 'lead')
      .map((a) => a.agencyId)
      .join(', ');
    const ext = (t.extensions ?? [])
      .map((x) => ` [gia hạn ${x.fromText} → ${x.toText} theo ${x.document?.number}]`)
      .join('');
    console.log(`  ${t.taskId}  ${t.status.padEnd(12)} hạn ${t.dueDate ?? '—'}  chủ trì ${leads}${ext}`);
  }
}

console.log('\nThay đổi / changes:');
const d = diffPlans(plan, planAsOf(plan, isoDate('2018-12-31')));
for (const l of d.lines) console.log(`  ${l.vi}\n  ${l.en}`);

console.log('\nNhật ký (immer patches) / audit trail:');
for (const p of planHistory(plan)[0]?.patches ?? [])
  console.log(`  ${p.op} ${p.path.join('/')}${p.value === undefined ? '' : ` ${JSON.stringify(p.value)}`}`);
