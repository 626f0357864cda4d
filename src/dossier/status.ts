/**
 * The timeliness of one dossier at a date.
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';
import { dayNumberOrNaN, toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import { invalidIsoDate } from '../calendar/messages.js';
import { CchcError } from '../core/result.js';
import { dossierContext, type DossierContext, type DossierEvalOptions } from './context.js';
import type { Dossier, DossierStatus, DossierStatusInfo } from './types.js';

/**
 * @internal The status of a dossier from its dates (ISO strings compare as
 * dates). A return after `asOf` is not known at `asOf`.
 */
export function statusOf(returnedOn: string | undefined, dueOn: string, asOf: string): DossierStatus {
  if (returnedOn !== undefined && returnedOn <= asOf) {
    return returnedOn < dueOn ? 'early' : returnedOn === dueOn ? 'on_time' : 'late';
  }
  return asOf > dueOn ? 'open_overdue' : 'open';
}

/** @internal {@link dossierStatus} over a prepared context. */
export function statusWith(ctx: DossierContext, d: Dossier, asOf: IsoDate): DossierStatusInfo {
  const dueOn = ctx.dueOf(d);
  const status = statusOf(d.returnedOn, dueOn, asOf);
  const returned = status === 'early' || status === 'on_time' || status === 'late';
  let workingDaysLate = 0;
  let daysLate = 0;
  let workingDaysEarly = 0;
  let workingDaysLeft = 0;
  if (status === 'late' || status === 'open_overdue') {
    const end = toDayNumber(status === 'late' ? (d.returnedOn as IsoDate) : asOf);
    const due = toDayNumber(dueOn);
    workingDaysLate = ctx.wd.between(due, end);
    daysLate = end - due;
  } else if (status === 'early') {
    workingDaysEarly = ctx.wd.between(toDayNumber(d.returnedOn as IsoDate), toDayNumber(dueOn));
  } else if (status === 'open') {
    workingDaysLeft = ctx.wd.between(toDayNumber(asOf), toDayNumber(dueOn));
  }
  const info: DossierStatusInfo =
    returned && d.returnedOn !== undefined
      ? {
          id: d.id,
          status,
          dueOn,
          returnedOn: d.returnedOn,
          workingDaysLate,
          daysLate,
          workingDaysEarly,
          workingDaysLeft,
        }
      : { id: d.id, status, dueOn, workingDaysLate, daysLate, workingDaysEarly, workingDaysLeft };
  return deepFreeze(info);
}

/**
 * The timeliness of a dossier at `asOf` (see {@link DossierStatus}):
 * returned before its appointment date → `early` (trước hạn), on it →
 * `on_time` (đúng hạn), after it → `late` (trễ hạn); not returned by `asOf`
 * → `open` while `asOf` ≤ the appointment date, else `open_overdue`. A
 * return dated after `asOf` is not yet known at `asOf`. Days late are
 * counted in working days after the appointment date (and in calendar days);
 * an open dossier carries the working days left before it.
 *
 * The appointment date is `dueOn` when given, else counted from
 * `processingTime` with the rules of {@link dossierDueDate}. Takes a
 * validated {@link Dossier} (see {@link validateDossiers}); throws a
 * `CchcError` only when given one that could not have passed validation
 * (no `dueOn` and no `processingTime`), bad options, or dates outside the
 * years the working calendar covers (`unsupported_year`, 2014–2199).
 *
 * @example
 * ```ts
 * import { dossierStatus, assertIsoDate } from 'cchc';
 * const d = { id: 'H01', receivedOn: assertIsoDate('2026-02-13'), dueOn: assertIsoDate('2026-02-27'),
 *             returnedOn: assertIsoDate('2026-03-03') };
 * dossierStatus(d, assertIsoDate('2026-03-31'));
 * // { id: 'H01', status: 'late', dueOn: '2026-02-27', returnedOn: '2026-03-03',
 * //   workingDaysLate: 2, daysLate: 4, workingDaysEarly: 0, workingDaysLeft: 0 }
 * ```
 */
export function dossierStatus(
  d: Dossier,
  asOf: IsoDate,
  options: DossierEvalOptions = {},
): DossierStatusInfo {
  if (Number.isNaN(dayNumberOrNaN(asOf))) throw new CchcError([invalidIsoDate(asOf, ['asOf'])]);
  return statusWith(dossierContext(options), d, asOf);
}
