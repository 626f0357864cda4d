/**
 * Compliance counters kept on integer arrays while evaluating (no objects per
 * assignment). Internal.
 *
 * @module
 */
import { setOwn } from '../../core/copyInput.js';
import type { ReformArea } from '../../plan/types.js';
import type { Compliance, ComplianceRecords, TaskStatus } from '../types.js';

/** @internal Adds one due unit with `status` to the 4 counters at `at` (due, done, onTime, overdue). */
export function bump(counts: Int32Array, at: number, status: TaskStatus): void {
  // Held by nobody (its agency ended with no successor): not counted.
  if (status === 'agency_ended') return;
  counts[at]!++;
  if (status === 'done_on_time') {
    counts[at + 1]!++;
    counts[at + 2]!++;
  } else if (status === 'done_late') counts[at + 1]!++;
  else if (status === 'overdue') counts[at + 3]!++;
}

/** @internal A frozen Compliance from the 4 counters at `at`. */
export function complianceAt(counts: Int32Array, at: number): Compliance {
  const due = counts[at]!;
  const done = counts[at + 1]!;
  const onTime = counts[at + 2]!;
  return Object.freeze({
    due,
    done,
    onTime,
    overdue: counts[at + 3]!,
    doneRate: due === 0 ? null : done / due,
    onTimeRate: due === 0 ? null : onTime / due,
  });
}

/** @internal Counters for the plan, its groups, areas and agencies. */
export class Tallies {
  readonly plan = new Int32Array(4);
  readonly groups: Int32Array;
  readonly areas = new Map<ReformArea, Int32Array>();
  readonly agencies: Int32Array;
  readonly #groupOrder: number[] = [];
  readonly #groupSeen: Uint8Array;
  readonly #agencyOrder: number[] = [];
  readonly #agencySeen: Uint8Array;

  constructor(groups: number, agencies: number) {
    this.groups = new Int32Array(groups * 4);
    this.agencies = new Int32Array(agencies * 4);
    this.#groupSeen = new Uint8Array(groups);
    this.#agencySeen = new Uint8Array(agencies);
  }

  /** Records that a group has tasks (it gets a record even when nothing is due). */
  seeGroup(g: number, area: ReformArea | null): Int32Array | null {
    if (this.#groupSeen[g] === 0) {
      this.#groupSeen[g] = 1;
      this.#groupOrder.push(g);
    }
    if (area === null) return null;
    let a = this.areas.get(area);
    if (a === undefined) this.areas.set(area, (a = new Int32Array(4)));
    return a;
  }

  /** Records that an agency leads something (it gets a record even when nothing is due). */
  seeAgency(a: number): void {
    if (this.#agencySeen[a] === 0) {
      this.#agencySeen[a] = 1;
      this.#agencyOrder.push(a);
    }
  }

  /** A task-level unit: plan, group and area. */
  task(g: number, area: Int32Array | null, status: TaskStatus): void {
    bump(this.plan, 0, status);
    bump(this.groups, g * 4, status);
    if (area !== null) bump(area, 0, status);
  }

  /** An agency's lead-assignment unit. */
  agency(a: number, status: TaskStatus): void {
    bump(this.agencies, a * 4, status);
  }

  /** The frozen records, keyed by group id, area and agency id. */
  records(groupIds: readonly string[], agencyIds: readonly string[]): ComplianceRecords {
    const groups: Record<string, Compliance> = {};
    for (const g of this.#groupOrder) setOwn(groups, groupIds[g]!, complianceAt(this.groups, g * 4));
    const areas: Partial<Record<ReformArea, Compliance>> = {};
    for (const [k, v] of this.areas) areas[k] = complianceAt(v, 0);
    const agencies: Record<string, Compliance> = {};
    for (const a of this.#agencyOrder) setOwn(agencies, agencyIds[a]!, complianceAt(this.agencies, a * 4));
    return Object.freeze({
      plan: complianceAt(this.plan, 0),
      groups: Object.freeze(groups),
      areas: Object.freeze(areas),
      agencies: Object.freeze(agencies),
    });
  }
}
