// From a spreadsheet to a plan: reads a CSV export of the Vĩnh Long 2018
// appendix (Quyết định 2701/QĐ-UBND, 20/12/2017, groups I–III) with papaparse,
// builds plan JSON with planFromRows (agencies matched against a small
// registry; names not in it are added with a warning), loads it with loadPlan
// and prints a summary: groups, tasks, agencies, deadlines, warnings.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { dueDate, formatPath, loadPlan, planFromRows, expandAgencies, agencyRegistry } from 'cchc';

const csv = readFileSync(new URL('./data/vinh-long-2018-appendix.csv', import.meta.url), 'utf8');
const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join('\n'));

const built = planFromRows(parsed.data, {
  columns: {
    group: 'Nhiệm vụ chung',
    content: 'Nhiệm vụ cụ thể',
    lead: 'Cơ quan chủ trì',
    support: 'Cơ quan phối hợp',
    deadline: 'Thời gian hoàn thành',
  },
  plan: {
    id: 'vinh-long-2018',
    title: 'Kế hoạch cải cách hành chính năm 2018 của tỉnh Vĩnh Long',
    issuer: 'UBND tỉnh Vĩnh Long',
    document: { number: '2701/QĐ-UBND', date: '2017-12-20' },
    year: 2018,
  },
  agencies: [
    { id: 'snv', name: 'Sở Nội vụ', aliases: ['SNV'], classes: ['so-nganh'] },
    { id: 'stp', name: 'Sở Tư pháp', classes: ['so-nganh'] },
    { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh', classes: ['so-nganh'] },
  ],
  classes: [
    { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' },
    { id: 'ubnd-huyen', name: 'UBND cấp huyện' },
    { id: 'ubnd-xa', name: 'UBND cấp xã' },
  ],
});
if (!built.ok) throw new Error(built.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n'));

console.log(`${parsed.data.length} rows read from the CSV`);
for (const w of built.warnings) console.log(`  warning ${formatPath(w.path)}: ${w.message}`);

const loaded = loadPlan(built.value);
if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n'));
const plan = loaded.value;
const registry = agencyRegistry(plan);

console.log(`\n${plan.title} (${plan.document?.number ?? ''})`);
for (const g of plan.groups) {
  console.log(`\n${g.id}. ${g.title} [${g.area ?? '—'}] — ${g.tasks.length} nhiệm vụ`);
  for (const t of g.tasks) {
    const lead = t.lead.map((id) => registry.agencies[id] ?? registry.classes[id] ?? id).join(', ');
    console.log(
      `  ${t.id.padEnd(6)} ${(dueDate(t.deadline) ?? '(không có ngày)').padEnd(16)} ${t.deadline.raw.padEnd(28)} ${lead}`,
    );
  }
}
const tasks = plan.groups.flatMap((g) => g.tasks);
const leadAssignments = tasks.reduce((n, t) => n + expandAgencies(t.lead, registry).length, 0);
console.log(
  `\n${tasks.length} tasks, ${plan.agencies.length} agencies, ${plan.classes.length} classes, ${leadAssignments} lead assignments`,
);
console.log(
  `plan warnings: ${plan.warnings.map((w) => `${formatPath(w.path)} ${w.code}`).join('; ') || 'none'}`,
);
