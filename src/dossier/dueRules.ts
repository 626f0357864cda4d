/**
 * The counting rules of {@link dossierDueDate} where practice differs, and
 * their validation.
 *
 * @module
 */
import { fail, ok, type Issue, type IssuePath, type Result } from '../core/result.js';
import { clockMinutes } from './clock.js';
import { dossierIssues } from './messages.js';
import type { ClockTime } from './processingTime.js';
import type { DossierRegimeId } from './regime.js';

/**
 * Counting rules where offices and portals differ. Every field is optional;
 * the defaults are in brackets.
 *
 * - `officeHours` [`[['08:00','12:00'], ['13:00','17:00']]`] — the office
 *   day, used for processing times in hours and to tell "after office hours".
 *   Each province sets its own hours; this default is a convenience, not a
 *   legal fact. Its 8 hours match "02 ngày làm việc quy đổi 16 giờ".
 * - `receiptCutoff` [end of `officeHours`] — a dossier received at or after
 *   this time counts as received after office hours.
 * - `offHours` [`'next_working_day'`] — a dossier received after office
 *   hours or on a day off is deemed received on the next working day, and its
 *   days are counted from the day after that. `'same_day'` keeps the day of
 *   receipt (the next working day is then day 1 — one day earlier).
 * - `sameDayCutoff` [the cut-off the text gives, else none] — for a
 *   `same_day` processing time: received at or after it, due the next
 *   working day ("sau 15 giờ … trả trong ngày làm việc tiếp theo").
 * - `halfDays` [`'round_up'`] — fractional working days ("0,5 ngày", "1,5
 *   ngày") counted as whole days (0,5 → the next working day), or
 *   `'from_receipt_time'`: counted in office hours from the time of receipt
 *   (needs `receivedAt`; 0,5 received at 09:00 is due the same afternoon).
 * - `secondAppointmentFrom` [`'first'`] — for two appointments, the second is
 *   counted from the first appointment date, or from the receipt.
 *
 * @example
 * ```ts
 * import type { DossierRules } from 'cchc';
 * const rules: DossierRules = { officeHours: [['07:30', '11:30'], ['13:30', '17:30']], offHours: 'same_day' };
 * ```
 */
export interface DossierRules {
  readonly officeHours?: readonly (readonly [ClockTime, ClockTime])[];
  readonly receiptCutoff?: ClockTime;
  readonly offHours?: 'next_working_day' | 'same_day';
  readonly sameDayCutoff?: ClockTime;
  readonly halfDays?: 'round_up' | 'from_receipt_time';
  readonly secondAppointmentFrom?: 'first' | 'receipt';
}

/**
 * {@link DossierRules} plus rules per regime: `byRegime['nd61-2018']`
 * overrides the common rules for dossiers received until 30/6/2025,
 * `byRegime['nd118-2025']` from 1/7/2025 (see {@link dossierRegime}).
 *
 * @example
 * ```ts
 * import type { DossierRuleOptions } from 'cchc';
 * const o: DossierRuleOptions = { byRegime: { 'nd61-2018': { offHours: 'same_day' } } };
 * ```
 */
export interface DossierRuleOptions extends DossierRules {
  readonly byRegime?: Partial<Readonly<Record<DossierRegimeId, DossierRules>>>;
}

/** @internal The rules resolved to minutes. */
export interface ResolvedRules {
  readonly office: readonly (readonly [number, number])[];
  readonly officeStart: number;
  readonly officeEnd: number;
  readonly minutesPerDay: number;
  readonly receiptCutoff: number;
  readonly offHoursNext: boolean;
  /** -1: none given (use the text's cut-off, else none). */
  readonly sameDayCutoff: number;
  readonly halfDaysFromTime: boolean;
  readonly secondFromFirst: boolean;
}

const DEFAULT_OFFICE: readonly (readonly [number, number])[] = [
  [8 * 60, 12 * 60],
  [13 * 60, 17 * 60],
];

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  offHours: ['next_working_day', 'same_day'],
  halfDays: ['round_up', 'from_receipt_time'],
  secondAppointmentFrom: ['first', 'receipt'],
};
const RULE_KEYS = new Set(['officeHours', 'receiptCutoff', 'sameDayCutoff', ...Object.keys(CHOICES)]);
const REGIMES = new Set(['nd61-2018', 'nd118-2025']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Unknown keys and choices not among the allowed ones of one level of rules. */
function levelIssues(o: Record<string, unknown>, path: IssuePath, extra: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  for (const key of Object.keys(o)) {
    if (!RULE_KEYS.has(key) && !extra.has(key)) issues.push(dossierIssues.unknownField([...path, key], key));
    const allowed = Object.hasOwn(CHOICES, key) ? CHOICES[key] : undefined;
    if (allowed !== undefined && o[key] !== undefined && !allowed.includes(o[key] as string))
      issues.push(dossierIssues.invalidOption([...path, key], o[key], allowed));
  }
  return issues;
}

/**
 * @internal What is wrong with rule options (a plain copy): not an object, a
 * key no function reads (a misspelt rule silently kept its default), a choice
 * not among the allowed ones (`offHours: 'same-day'` was read as the default),
 * `byRegime` naming no regime. `extra` are the caller's own keys.
 */
export function ruleOptionIssues(o: unknown, extra: readonly string[]): Issue[] {
  if (!isRecord(o)) return [dossierIssues.notOptions([])];
  const issues = levelIssues(o, [], new Set(['byRegime', ...extra]));
  const byRegime = o['byRegime'];
  if (byRegime === undefined) return issues;
  if (!isRecord(byRegime)) {
    issues.push(dossierIssues.notOptions(['byRegime']));
    return issues;
  }
  for (const [id, rules] of Object.entries(byRegime)) {
    if (!REGIMES.has(id)) issues.push(dossierIssues.invalidOption(['byRegime', id], id, [...REGIMES]));
    else if (rules !== undefined && !isRecord(rules)) issues.push(dossierIssues.notOptions(['byRegime', id]));
    else if (rules !== undefined)
      for (const x of levelIssues(rules, ['byRegime', id], new Set())) issues.push(x);
  }
  return issues;
}

/** @internal Validates and resolves the rules for one regime. */
export function resolveRules(
  options: DossierRuleOptions | undefined,
  regime: DossierRegimeId,
): Result<ResolvedRules> {
  const o: DossierRules = { ...options, ...options?.byRegime?.[regime] };
  const issues: Issue[] = [];
  let office = DEFAULT_OFFICE;
  if (o.officeHours !== undefined) {
    const parsed: (readonly [number, number])[] = [];
    let last = -1;
    let good = Array.isArray(o.officeHours) && o.officeHours.length > 0;
    for (const pair of good ? o.officeHours : []) {
      const s = clockMinutes(pair?.[0]);
      const e = clockMinutes(pair?.[1]);
      if (s < 0 || e < 0 || s < last || e <= s) good = false;
      parsed.push([s, e]);
      last = e;
    }
    if (!good) issues.push(dossierIssues.invalidOfficeHours(['officeHours']));
    else office = parsed;
  }
  const clockOpt = (key: 'receiptCutoff' | 'sameDayCutoff'): number => {
    const v = o[key];
    if (v === undefined) return -1;
    const m = clockMinutes(v);
    if (m < 0) issues.push(dossierIssues.invalidTime([key], v));
    return m;
  };
  const receiptCutoff = clockOpt('receiptCutoff');
  const sameDayCutoff = clockOpt('sameDayCutoff');
  if (issues.length > 0) return fail(issues);
  const officeStart = office[0]?.[0] ?? 0;
  const officeEnd = office[office.length - 1]?.[1] ?? 1440;
  let minutesPerDay = 0;
  for (const [s, e] of office) minutesPerDay += e - s;
  return ok({
    office,
    officeStart,
    officeEnd,
    minutesPerDay,
    receiptCutoff: receiptCutoff >= 0 ? receiptCutoff : officeEnd,
    offHoursNext: o.offHours !== 'same_day',
    sameDayCutoff,
    halfDaysFromTime: o.halfDays === 'from_receipt_time',
    secondFromFirst: o.secondAppointmentFrom !== 'receipt',
  });
}
