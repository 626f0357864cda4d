import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluatePlan,
  loadPlan,
  unwrap,
  validateReports,
  type IsoDate,
  type Report,
} from '../../src/index.js';
import { STATUSES } from '../../src/cli/format/labels.js';
import { buildStatusReport } from '../../src/cli/report/status-model.js';
import { statusToText } from '../../src/cli/report/status-text.js';
import { renderHtml } from '../../src/cli/report/html.js';
import { root } from './helpers.js';

const plan = unwrap(
  loadPlan(JSON.parse(readFileSync(join(root, 'samples', 'vinh-long-2018.plan.json'), 'utf8'))),
);
const reportsJson = JSON.parse(
  readFileSync(join(root, 'samples', 'vinh-long-2018.reports.json'), 'utf8'),
) as { reports: Report[] };
const reports = unwrap(validateReports(plan, reportsJson.reports));

function reportAt(asOf: string, withReports = true) {
  const e = evaluatePlan(plan, {
    asOf: asOf as IsoDate,
    reports: withReports ? reports : [],
    dueSoonDays: 7,
  });
  return { e, r: buildStatusReport(plan, e, { asOf, dueSoonDays: 7 }) };
}

describe('the status report model on Vĩnh Long 2018', () => {
  it('counts every task once', () => {
    const { r } = reportAt('2018-06-30');
    const total = STATUSES.reduce((n, s) => n + r.counts[s], 0);
    expect(total).toBe(plan.groups.reduce((n, g) => n + g.tasks.length, 0));
    expect(r.taskCount).toBe(total);
  });

  it('lists under each agency exactly its overdue lead assignments, most overdue first', () => {
    const { e, r } = reportAt('2018-06-30');
    const expected = e.assignments.filter((a) => a.role === 'lead' && a.status === 'overdue');
    const listed = r.overdueByAgency.flatMap((a) => a.overdue.map((t) => `${a.agencyId}/${t.taskId}`));
    expect(listed.sort()).toEqual(expected.map((a) => `${a.agencyId}/${a.taskId}`).sort());
    for (const a of r.overdueByAgency) {
      const days = a.overdue.map((t) => t.daysOverdue ?? 0);
      expect(days).toEqual([...days].sort((x, y) => y - x));
      for (const t of a.overdue) expect(t.daysOverdue).toBeGreaterThan(0);
    }
    const sizes = r.overdueByAgency.map((a) => a.overdue.length);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });

  it('puts due-soon tasks within the window, nearest first', () => {
    for (const asOf of ['2018-03-25', '2018-06-24', '2018-06-30', '2018-12-26']) {
      const { r } = reportAt(asOf, false);
      const left = r.dueSoon.map((t) => t.daysLeft ?? -1);
      expect(left).toEqual([...left].sort((x, y) => x - y));
      for (const d of left) expect(d >= 0 && d <= 7).toBe(true);
    }
    // Quý I/2018 tasks are due on 31/03: six days before, they are due soon.
    const march = reportAt('2018-03-25', false).r.dueSoon.map((t) => t.taskId);
    expect(march).toContain('II.2');
  });

  it('shows areas in the plan order with the evaluation compliance', () => {
    const { e, r } = reportAt('2018-06-30');
    expect(r.areas.map((a) => a.key)).toEqual(
      plan.groups.map((g) => g.area).filter((a, i, all) => a !== undefined && all.indexOf(a) === i),
    );
    for (const a of r.areas)
      expect(a.compliance).toEqual(e.compliance.areas[a.key as keyof typeof e.compliance.areas]);
  });

  it('without reports, everything due before the date is overdue; due on the date is not yet', () => {
    const { e, r } = reportAt('2018-06-30', false);
    expect(r.compliance.done).toBe(0);
    const dueToday = e.tasks.filter((t) => t.dueDate === '2018-06-30').length;
    expect(dueToday).toBeGreaterThan(0); // Quý II/2018 tasks
    expect(r.compliance.overdue + dueToday).toBe(r.compliance.due);
    expect(r.counts.overdue).toBe(r.compliance.overdue);
  });

  it('renders Vietnamese text and HTML from the same model', () => {
    const { r } = reportAt('2018-06-30');
    const text = statusToText(r);
    expect(text).toContain('Tính đến ngày 30 tháng 6 năm 2018');
    expect(text).not.toContain('\u001b[');
    const html = renderHtml({ status: r });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    for (const a of r.overdueByAgency) expect(html).toContain(a.name);
  });
});
