/**
 * Who holds an agency's assignments on a date, when agencies merge, split,
 * are renamed or end.
 *
 * @module
 */
import { isIsoDate, type IsoDate } from '../../calendar/isoDate.js';
import { CchcError } from '../../core/result.js';
import { msg } from '../messages.js';
import type { Agency, Plan } from '../types.js';

/**
 * The agencies that hold `agencyId`'s assignments on `date`: `[agencyId]`
 * while it stands; from a succession (`Agency.succeededBy`) its successors,
 * followed through their own successions; `[]` once it has ended
 * (`Agency.endedOn`) with no successor. An id that is not an agency of the
 * plan (a class, an unknown id) is returned as it is. Throws a
 * {@link CchcError} for a date that does not exist.
 *
 * @example
 * ```ts
 * import { agencyHolders, isoDate } from 'cchc';
 * declare const plan: import('cchc').Plan; // skhdt succeeded by stc on 2025-03-01
 * agencyHolders(plan, 'skhdt', isoDate('2025-02-28')); // ['skhdt']
 * agencyHolders(plan, 'skhdt', isoDate('2025-03-01')); // ['stc']
 * ```
 */
export function agencyHolders(plan: Plan, agencyId: string, date: IsoDate): readonly string[] {
  if (!isIsoDate(date)) throw new CchcError([msg.invalidDate(['date'], String(date))]);
  const byId = new Map<string, Agency>(plan.agencies.map((a) => [a.id, a]));
  const out: string[] = [];
  const visit = (id: string, depth: number): void => {
    const a = byId.get(id);
    let step: NonNullable<Agency['succeededBy']>[number] | undefined;
    for (const s of a?.succeededBy ?? []) if (s.on <= date) step = s;
    if (
      a === undefined ||
      depth > 64 ||
      (step === undefined && !(a.endedOn !== undefined && a.endedOn <= date))
    ) {
      if (!out.includes(id)) out.push(id);
      return;
    }
    if (step !== undefined) for (const b of step.agencyIds) visit(b, depth + 1);
  };
  visit(agencyId, 0);
  return Object.freeze(out);
}
