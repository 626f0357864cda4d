/**
 * Which report covers which milestone or occurrence. Internal.
 *
 * Rule: a report naming a `period` covers that milestone or
 * occurrence; the others cover the earliest still open, in the order they were
 * completed. Each slot keeps the earliest report covering it.
 *
 * @module
 */

/** @internal A report as coverage sees it. */
export interface Candidate {
  /** Completion day number. */
  readonly day: number;
  /** Index of the report in the caller's list. */
  readonly report: number;
  /** The slot its period names; -1: it names none (covers the earliest open); -2: it names one that is not there (covers nothing). */
  readonly slot: number;
}

/** @internal Per slot: the covering report's index and completion day (-1 / NaN when open). */
export interface Coverage {
  readonly report: Int32Array;
  readonly day: Float64Array;
}

/** @internal Assigns candidates to `slots` slots. */
export function cover(slots: number, candidates: readonly Candidate[]): Coverage {
  const report = new Int32Array(slots).fill(-1);
  const day = new Float64Array(slots).fill(NaN);
  const sorted = [...candidates].sort((a, b) => a.day - b.day || a.report - b.report);
  for (const c of sorted) {
    if (c.slot >= 0 && c.slot < slots && report[c.slot] === -1) {
      report[c.slot] = c.report;
      day[c.slot] = c.day;
    }
  }
  let next = 0;
  for (const c of sorted) {
    if (c.slot !== -1) continue;
    while (next < slots && report[next] !== -1) next++;
    if (next >= slots) break;
    report[next] = c.report;
    day[next] = c.day;
  }
  return { report, day };
}
