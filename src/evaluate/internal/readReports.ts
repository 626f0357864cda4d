/**
 * Reads reports once into flat arrays bucketed by task (no per-report
 * objects), checking what evaluation must be able to read. Internal.
 *
 * @module
 */
import type { Issue } from '../../core/result.js';
import { reportIssues } from '../messages.js';
import type { Report } from '../types.js';
import { dayOf } from './days.js';
import type { PlanIndex } from './planIndex.js';

/** @internal Reports bucketed by task index (compressed rows). */
export interface ReadReports {
  /** Reports of task t are `order[start[t]] … order[start[t + 1] - 1]`. */
  readonly start: Int32Array;
  readonly order: Int32Array;
  /** Per report: task index, or -1 for a report with a problem. */
  readonly task: Int32Array;
  /** Per report: agency index, or -1 for "every lead agency". */
  readonly agency: Int32Array;
  /** Per report: completion day number (`completedOn`, else `reportedOn`). */
  readonly day: Float64Array;
  /** Per report: 1 when it exists at `asOf` (none of its dates is later). */
  readonly exists: Uint8Array;
  /** Problems that make a report unreadable (unknown ids, impossible or missing dates). */
  readonly issues: readonly Issue[];
}

/** @internal Looks an id up as given, then in NFC. */
function lookup(map: ReadonlyMap<string, number>, id: string): number | undefined {
  const hit = map.get(id);
  if (hit !== undefined) return hit;
  const nfc = id.normalize('NFC');
  return nfc === id ? undefined : map.get(nfc);
}

/** @internal */
export function readReports(reports: readonly Report[], index: PlanIndex, asOf: number): ReadReports {
  const n = reports.length;
  const taskOf = new Int32Array(n);
  const agency = new Int32Array(n);
  const day = new Float64Array(n);
  const exists = new Uint8Array(n);
  const counts = new Int32Array(index.tasks.length + 1);
  const issues: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const r = reports[i] as Report | null | undefined;
    taskOf[i] = -1;
    if (r === null || typeof r !== 'object' || typeof r.taskId !== 'string') {
      issues.push(reportIssues.notAnObject(['reports', i]));
      continue;
    }
    let bad = false;
    const t = lookup(index.taskIndex, r.taskId);
    if (t === undefined) {
      issues.push(reportIssues.unknownTask(['reports', i, 'taskId'], r.taskId));
      bad = true;
    }
    let a = -1;
    if (r.agencyId !== undefined) {
      const found = typeof r.agencyId === 'string' ? lookup(index.agencyIndex, r.agencyId) : undefined;
      if (found === undefined) {
        issues.push(reportIssues.unknownAgency(['reports', i, 'agencyId'], String(r.agencyId)));
        bad = true;
      } else a = found;
    }
    const completed = r.completedOn === undefined ? NaN : dayOf(r.completedOn);
    const reported = r.reportedOn === undefined ? NaN : dayOf(r.reportedOn);
    if (r.completedOn !== undefined && Number.isNaN(completed)) {
      issues.push(reportIssues.invalidDate(['reports', i, 'completedOn'], r.completedOn));
      bad = true;
    }
    if (r.reportedOn !== undefined && Number.isNaN(reported)) {
      issues.push(reportIssues.invalidDate(['reports', i, 'reportedOn'], r.reportedOn));
      bad = true;
    }
    if (r.completedOn === undefined && r.reportedOn === undefined) {
      issues.push(reportIssues.missingDate(['reports', i]));
      bad = true;
    }
    if (r.period !== undefined && typeof r.period !== 'string') {
      issues.push(reportIssues.notText(['reports', i, 'period']));
      bad = true;
    }
    if (bad || t === undefined) continue;
    taskOf[i] = t;
    agency[i] = a;
    day[i] = Number.isNaN(completed) ? reported : completed;
    exists[i] =
      (Number.isNaN(completed) || completed <= asOf) && (Number.isNaN(reported) || reported <= asOf) ? 1 : 0;
    counts[t + 1]!++;
  }
  const start = new Int32Array(index.tasks.length + 1);
  for (let t = 1; t < start.length; t++) start[t] = start[t - 1]! + counts[t]!;
  const fill = start.slice(0, index.tasks.length);
  const order = new Int32Array(start[index.tasks.length]!);
  for (let i = 0; i < n; i++) {
    const t = taskOf[i]!;
    if (t >= 0) order[fill[t]!++] = i;
  }
  return { start, order, task: taskOf, agency, day, exists, issues };
}
