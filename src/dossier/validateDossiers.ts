/**
 * Validating dossiers at the boundary (JSON, CSV rows mapped to objects).
 *
 * @module
 */
import { fail, issue, ok, type Issue, type IssuePath, type Result } from '../core/result.js';
import { deepFreeze } from '../core/freeze.js';
import { parseIsoDate, type IsoDate } from '../calendar/isoDate.js';
import { clockMinutes } from './clock.js';
import { checkProcessingTime } from './checkProcessingTime.js';
import { dossierIssues } from './messages.js';
import type { ProcessingTime } from './processingTime.js';
import type { Dossier } from './types.js';

/**
 * Options of {@link validateDossiers}.
 *
 * @example
 * ```ts
 * import type { ValidateDossiersOptions } from 'cchc';
 * const o: ValidateDossiersOptions = { unknownFields: 'ignore', bareDays: 'calendar' };
 * ```
 */
export interface ValidateDossiersOptions {
  /** Fields other than those of {@link Dossier} (and `completedOn`): an issue (`'error'`, default) or dropped (`'ignore'`). */
  readonly unknownFields?: 'error' | 'ignore';
  /** How "N ngày" without "làm việc" in a processing-time text is read (see {@link ParseProcessingTimeOptions}). */
  readonly bareDays?: 'calendar' | 'working';
}

const KNOWN = new Set([
  'id',
  'agencyId',
  'procedureId',
  'receivedOn',
  'receivedAt',
  'dueOn',
  'processingTime',
  'returnedOn',
  'completedOn',
]);

function firstStepInHours(t: ProcessingTime): boolean {
  switch (t.kind) {
    case 'working_hours':
      return true;
    case 'mixed':
      return t.steps[0]?.kind === 'working_hours';
    case 'two_appointments':
      return firstStepInHours(t.first);
    default:
      return false;
  }
}

function date(v: unknown, path: IssuePath, issues: Issue[]): IsoDate | undefined {
  if (v === undefined) return undefined;
  const r = parseIsoDate(v);
  if (r.ok) return r.value;
  for (const i of r.issues) issues.push(issue(path, i.code, i.message, i.messageEn));
  return undefined;
}

function text(v: unknown, path: IssuePath, field: string, issues: Issue[]): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    issues.push(dossierIssues.invalidText(path, field));
    return undefined;
  }
  return v.normalize('NFC').trim();
}

function checkOne(v: unknown, path: IssuePath, issues: Issue[], options: ValidateDossiersOptions): Dossier | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    issues.push(dossierIssues.notAnObject(path));
    return null;
  }
  const o = v as Record<string, unknown>;
  const before = issues.length;
  if (options.unknownFields !== 'ignore') {
    for (const k of Object.keys(o)) if (!KNOWN.has(k)) issues.push(dossierIssues.unknownField([...path, k], k));
  }
  const id = text(o['id'], [...path, 'id'], 'id', issues);
  if (o['id'] === undefined || id === '') issues.push(dossierIssues.missingId([...path, 'id']));
  const agencyId = text(o['agencyId'], [...path, 'agencyId'], 'agencyId', issues);
  const procedureId = text(o['procedureId'], [...path, 'procedureId'], 'procedureId', issues);
  const receivedOn = date(o['receivedOn'], [...path, 'receivedOn'], issues);
  if (o['receivedOn'] === undefined) {
    issues.push(dossierIssues.missingReceived([...path, 'receivedOn']));
  }
  let receivedAt: string | undefined;
  if (o['receivedAt'] !== undefined) {
    if (clockMinutes(o['receivedAt']) < 0) issues.push(dossierIssues.invalidTime([...path, 'receivedAt'], o['receivedAt']));
    else receivedAt = o['receivedAt'] as string;
  }
  const dueOn = date(o['dueOn'], [...path, 'dueOn'], issues);
  const returned = date(o['returnedOn'], [...path, 'returnedOn'], issues);
  const completed = date(o['completedOn'], [...path, 'completedOn'], issues);
  if (returned !== undefined && completed !== undefined && returned !== completed) {
    issues.push(dossierIssues.bothReturnDates([...path, 'completedOn']));
  }
  const returnedOn = returned ?? completed;
  let processingTime: ProcessingTime | null | undefined;
  if (o['processingTime'] !== undefined) {
    processingTime = checkProcessingTime(o['processingTime'], [...path, 'processingTime'], issues, {
      bareDays: options.bareDays ?? 'calendar',
    });
  }
  if (dueOn === undefined && o['dueOn'] === undefined && o['processingTime'] === undefined) {
    issues.push(dossierIssues.dueMissing(path));
  }
  if (receivedOn !== undefined) {
    if (dueOn !== undefined && dueOn < receivedOn) issues.push(dossierIssues.dateBeforeReceipt([...path, 'dueOn'], 'dueOn'));
    if (returnedOn !== undefined && returnedOn < receivedOn) {
      issues.push(dossierIssues.dateBeforeReceipt([...path, returned !== undefined ? 'returnedOn' : 'completedOn'], 'returnedOn'));
    }
  }
  if (dueOn === undefined && processingTime != null && receivedAt === undefined && firstStepInHours(processingTime)) {
    issues.push(dossierIssues.receivedTimeRequired([...path, 'receivedAt']));
  }
  if (issues.length > before || id === undefined || receivedOn === undefined) return null;
  return {
    id,
    ...(agencyId !== undefined ? { agencyId } : {}),
    ...(procedureId !== undefined ? { procedureId } : {}),
    receivedOn,
    ...(receivedAt !== undefined ? { receivedAt } : {}),
    ...(dueOn !== undefined ? { dueOn } : {}),
    ...(processingTime != null ? { processingTime } : {}),
    ...(returnedOn !== undefined ? { returnedOn } : {}),
  };
}

/**
 * Validates dossiers given as data (JSON, or table rows mapped to these
 * fields): `id` (unique), `agencyId?`, `procedureId?`, `receivedOn`
 * (`YYYY-MM-DD`), `receivedAt?` (`HH:MM`), `dueOn?` (the appointment date on
 * the receipt), `processingTime?` (a {@link ProcessingTime}, its text, or a
 * number of working days), `returnedOn?` or `completedOn?`. A dossier needs
 * `dueOn` or `processingTime`. Dates that do not exist, dates before the
 * receipt, unreadable processing times, repeated ids and unknown fields are
 * issues with their path — every one found, never a throw. Text is
 * normalised to NFC; the result is deeply frozen.
 *
 * @example
 * ```ts
 * import { validateDossiers } from 'cchc';
 * const r = validateDossiers([
 *   { id: 'H01', agencyId: 'stp', receivedOn: '2026-02-13', processingTime: 'Không quá 05 ngày làm việc' },
 *   { id: 'H02', receivedOn: '2026-02-30', dueOn: '2026-03-02' },
 * ]);
 * if (!r.ok) r.issues.map((i) => i.path); // [[1, 'receivedOn']]
 * ```
 */
export function validateDossiers(input: unknown, options: ValidateDossiersOptions = {}): Result<readonly Dossier[]> {
  if (!Array.isArray(input)) return fail([dossierIssues.notAnArray([])]);
  const issues: Issue[] = [];
  const out: Dossier[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const raw: unknown = input[i];
    const rawId = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['id'] : undefined;
    const id = typeof rawId === 'string' ? rawId.normalize('NFC').trim() : undefined;
    const d = checkOne(raw, [i], issues, options);
    if (id !== undefined && id !== '') {
      if (seen.has(id)) issues.push(dossierIssues.duplicateId([i, 'id'], id));
      seen.add(id);
    }
    if (d !== null) out.push(d);
  }
  if (issues.length > 0) return fail(issues);
  return ok(deepFreeze(out));
}
