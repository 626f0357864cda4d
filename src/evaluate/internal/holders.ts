/**
 * Who holds an assignment on a day when agencies merge, split, are renamed
 * or end (`Agency.succeededBy`, `Agency.endedOn`). Internal.
 *
 * @module
 */
import type { Plan } from '../../plan/types.js';
import { dayOf } from './days.js';
import type { PlanIndex } from './planIndex.js';

/** @internal One agency's successions as day numbers. */
interface Chain {
  /** Successions in date order: the day, and the successors' assignee indices. */
  readonly steps: readonly { readonly on: number; readonly to: readonly number[] }[];
  /** The day it ended, or Infinity. */
  readonly ended: number;
}

/** @internal Holder lookups; null from {@link holdersOf} when no agency of the plan changes. */
export interface Holders {
  /**
   * The assignee indices that hold agency `a`'s assignments on `day`:
   * `[a]` while it stands, its successors (followed through their own
   * successions) from a succession, `[]` once it has ended with no successor.
   */
  at(a: number, day: number): readonly number[];
}

/** @internal */
export function holdersOf(plan: Plan, index: PlanIndex): Holders | null {
  const chains = new Map<number, Chain>();
  for (const agency of plan.agencies) {
    if (agency.succeededBy === undefined && agency.endedOn === undefined) continue;
    const a = index.agencyIndex.get(agency.id);
    if (a === undefined) continue;
    const steps = (agency.succeededBy ?? []).map((s) => ({
      on: dayOf(s.on),
      to: s.agencyIds.map((id) => index.agencyIndex.get(id)).filter((i): i is number => i !== undefined),
    }));
    chains.set(a, { steps, ended: agency.endedOn === undefined ? Infinity : dayOf(agency.endedOn) });
  }
  if (chains.size === 0) return null;
  const self: (readonly number[])[] = [];
  const at = (a: number, day: number, depth: number): readonly number[] => {
    const c = chains.get(a);
    const mine = (self[a] ??= [a]);
    if (c === undefined || depth > 64) return mine;
    let step: Chain['steps'][number] | undefined;
    for (const s of c.steps) if (s.on <= day) step = s;
    if (step === undefined) return c.ended <= day ? [] : mine;
    const out: number[] = [];
    for (const b of step.to) for (const h of at(b, day, depth + 1)) if (!out.includes(h)) out.push(h);
    return out;
  };
  return { at: (a, day) => at(a, day, 0) };
}

/**
 * @internal The holders of a list of assignees on `day`, without repeats,
 * each with the assignee it came from (-1 when it is the same), and the
 * assignees that ended with no successor.
 */
export function passOn(
  holders: Holders,
  assignees: readonly number[],
  day: number,
): { readonly held: number[]; readonly from: number[]; readonly ended: number[] } {
  const held: number[] = [];
  const from: number[] = [];
  const ended: number[] = [];
  for (const a of assignees) {
    const hs = holders.at(a, day);
    if (hs.length === 0) ended.push(a);
    for (const h of hs) {
      if (held.includes(h)) continue;
      held.push(h);
      from.push(h === a ? -1 : a);
    }
  }
  return { held, from, ended };
}
