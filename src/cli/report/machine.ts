/**
 * Machine-readable formats: JSON and CSV, with ISO dates and dot decimals.
 *
 * @module
 */
import { csvCell, toCsv } from '../format/csv.js';
import { roundHalfUp } from '../format/vi.js';
import type { ScoreReport } from './score-model.js';
import type { StatusReport } from './status-model.js';

/** Any report as pretty JSON with a trailing line break. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** One row per assignment (task × agency × role). */
export function statusToCsv(r: StatusReport): string {
  // Titles and names repeat once per agency of a task: quote each text once.
  const quoted = new Map<string, string>();
  const q = (text: string) => {
    let c = quoted.get(text);
    if (c === undefined) quoted.set(text, (c = csvCell(text)));
    return c;
  };
  const lines = ['taskId,title,deadline,dueDate,agencyId,agencyName,role,status,daysOverdue,daysLeft'];
  for (const a of r.assignments) {
    const left = a.status === 'due_soon' || a.status === 'not_due' ? a.daysLeft : null;
    lines.push(
      [
        q(a.taskId),
        q(a.title),
        q(a.deadlineText),
        a.dueDate ?? '',
        q(a.agencyId),
        q(a.agencyName),
        a.role,
        a.status,
        csvCell(a.daysOverdue),
        csvCell(left),
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** One row per unit: rank, totals, index, class, then points and maximum per area. */
export function scoreToCsv(r: ScoreReport): string {
  return toCsv(
    [
      'unitId',
      'name',
      'rank',
      'total',
      'max',
      'index',
      'class',
      ...r.areas.flatMap((a) => [`${a.id}.points`, `${a.id}.max`]),
    ],
    r.units.map((u) => [
      u.unitId,
      u.name,
      u.rank,
      u.total,
      u.max,
      roundHalfUp(u.index, 2),
      u.className,
      ...u.areas.flatMap((a) => [a.points, a.max]),
    ]),
  );
}
