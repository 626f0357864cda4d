/**
 * The dossier model and the answers about it.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { ClockTime, ProcessingTime } from './processingTime.js';

/**
 * One dossier (hồ sơ) of an administrative procedure, as validated by
 * {@link validateDossiers}.
 *
 * - `receivedOn` / `receivedAt` — when the complete dossier was received
 *   (ngày, giờ tiếp nhận); the time is optional.
 * - `dueOn` — the appointment date written on the receipt (ngày hẹn trả).
 *   When given it is the fact timeliness is judged on; when absent it is
 *   counted from `processingTime` with {@link dossierDueDate}.
 * - `returnedOn` — the day the result was returned (ngày trả kết quả; input
 *   may call it `completedOn`). Absent while the dossier is being processed.
 *
 * @example
 * ```ts
 * import { assertIsoDate, type Dossier } from 'cchc';
 * const d: Dossier = {
 *   id: 'H01.2026.000123',
 *   agencyId: 'so-tu-phap',
 *   procedureId: '2.000635',
 *   receivedOn: assertIsoDate('2026-02-13'),
 *   dueOn: assertIsoDate('2026-02-27'),
 *   returnedOn: assertIsoDate('2026-02-26'),
 * };
 * ```
 */
export interface Dossier {
  readonly id: string;
  readonly agencyId?: string;
  readonly procedureId?: string;
  readonly receivedOn: IsoDate;
  readonly receivedAt?: ClockTime;
  readonly dueOn?: IsoDate;
  readonly processingTime?: ProcessingTime;
  readonly returnedOn?: IsoDate;
}

/**
 * The timeliness of a dossier at a date:
 *
 * | status | Vietnamese | when |
 * | --- | --- | --- |
 * | `early` | trước hạn | returned before the appointment date |
 * | `on_time` | đúng hạn | returned on the appointment date |
 * | `late` | trễ hạn (quá hạn) | returned after the appointment date |
 * | `open` | đang giải quyết, trong hạn | not returned, appointment date not passed |
 * | `open_overdue` | đang giải quyết, quá hạn | not returned, appointment date passed |
 *
 * @example
 * ```ts
 * import type { DossierStatus } from 'cchc';
 * const s: DossierStatus = 'on_time';
 * ```
 */
export type DossierStatus = 'early' | 'on_time' | 'late' | 'open' | 'open_overdue';

/**
 * The status of one dossier at a date, with its appointment date and how
 * late (or early) it is.
 *
 * @example
 * ```ts
 * import { assertIsoDate, type DossierStatusInfo } from 'cchc';
 * const info: DossierStatusInfo = {
 *   id: 'H01', status: 'late', dueOn: assertIsoDate('2026-02-27'), returnedOn: assertIsoDate('2026-03-03'),
 *   workingDaysLate: 2, daysLate: 4, workingDaysEarly: 0, workingDaysLeft: 0,
 * };
 * ```
 */
export interface DossierStatusInfo {
  readonly id: string;
  readonly status: DossierStatus;
  /** The appointment date judged against (given, or counted from the processing time). */
  readonly dueOn: IsoDate;
  /** The return date, when returned on or before `asOf`. */
  readonly returnedOn?: IsoDate;
  /** Working days in (dueOn, returnedOn] for `late`, (dueOn, asOf] for `open_overdue`; else 0. */
  readonly workingDaysLate: number;
  /** Calendar days in the same span; else 0. */
  readonly daysLate: number;
  /** Working days in (returnedOn, dueOn] for `early`; else 0. */
  readonly workingDaysEarly: number;
  /** Working days in (asOf, dueOn] for `open` — time left (0 on the appointment date itself); else 0. */
  readonly workingDaysLeft: number;
}
