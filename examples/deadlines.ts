// The deadlines of the Vĩnh Long 2018 plan (Quyết định 2701/QĐ-UBND, 20/12/2017):
// each task's deadline as written in the appendix, read into its canonical form
// and its due date, then the tasks counted by due date.
import { readFileSync } from 'node:fs';
import { dueDate, formatDeadline, parseDeadline } from 'cchc';

interface Data {
  plan: string;
  decision: string;
  year: number;
  tasks: { task: string; title: string; deadline: string }[];
}

const data = JSON.parse(
  readFileSync(new URL('./data/vinh-long-2018-deadlines.json', import.meta.url), 'utf8'),
) as Data;

const cut = (s: string, n: number): string => (s.length <= n ? s.padEnd(n) : `${s.slice(0, n - 1)}…`);

console.log(`${data.plan}`);
console.log(`${data.decision}\n`);
const header = `${'Task'.padEnd(7)}${'Nhiệm vụ (task)'.padEnd(46)}${'Thời gian (as written)'.padEnd(30)}${'Canonical'.padEnd(30)}Due date`;
console.log(header);
console.log('─'.repeat(header.length));

const byDue = new Map<string, number>();
for (const t of data.tasks) {
  const d = parseDeadline(t.deadline, { year: data.year });
  const due = dueDate(d) ?? '—';
  byDue.set(due, (byDue.get(due) ?? 0) + 1);
  const canonical = d.kind === 'unknown' ? `? (${d.reason})` : formatDeadline(d);
  console.log(
    `${t.task.padEnd(7)}${cut(t.title, 44)}  ${cut(t.deadline, 28)}  ${cut(canonical, 28)}  ${due}`,
  );
}

console.log(`\n${data.tasks.length} tasks by due date:`);
for (const [due, n] of [...byDue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  console.log(`  ${due}  ${String(n).padStart(2)} ${'■'.repeat(n)}`);
}
