/**
 * Validating dossiers at the boundary (JSON, CSV rows mapped to objects).
 *
 * @module
 */
import { copyInput, withInputIssues } from '../core/copyInput.js';
import { fail, issue, ok, type Issue, type Result } from '../core/result.js';
import { dayNumberOrNaN, parseIsoDate, type IsoDate } from '../calendar/isoDate.js';
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

/** `YYYY-MM-DD` of an existing date, checked by character codes (hot path: millions of rows). */
function isoDateOrNull(v: unknown): IsoDate | null {
  const n = dayNumberOrNaN(v);
  return Number.isNaN(n) ? null : (v as IsoDate);
}

/** NFC and trimmed; ASCII text (most ids) is returned without normalising. */
function nfcTrim(s: string): string {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return s.normalize('NFC').trim();
  return s.trim();
}

function txt(
  o: Record<string, unknown>,
  i: number,
  field: 'agencyId' | 'procedureId',
  issues: Issue[],
): string | undefined {
  const x = o[field];
  if (x === undefined) return undefined;
  if (typeof x === 'string') return nfcTrim(x);
  issues.push(dossierIssues.invalidText([i, field], field));
  return undefined;
}

function date(
  o: Record<string, unknown>,
  i: number,
  field: 'receivedOn' | 'dueOn' | 'returnedOn' | 'completedOn',
  issues: Issue[],
): IsoDate | undefined {
  const x = o[field];
  if (x === undefined) return undefined;
  const d = isoDateOrNull(x);
  if (d !== null) return d;
  const r = parseIsoDate(x);
  if (!r.ok) for (const e of r.issues) issues.push(issue([i, field], e.code, e.message, e.messageEn));
  return undefined;
}

/** One dossier row; paths are built only when there is an issue. */
function checkOne(
  v: unknown,
  i: number,
  id: string | undefined,
  issues: Issue[],
  options: ValidateDossiersOptions,
): Dossier | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    issues.push(dossierIssues.notAnObject([i]));
    return null;
  }
  const o = v as Record<string, unknown>;
  const before = issues.length;
  if (options.unknownFields !== 'ignore') {
    for (const k of Object.keys(o)) if (!KNOWN.has(k)) issues.push(dossierIssues.unknownField([i, k], k));
  }
  if (o['id'] !== undefined && typeof o['id'] !== 'string')
    issues.push(dossierIssues.invalidText([i, 'id'], 'id'));
  else if (id === undefined || id === '') issues.push(dossierIssues.missingId([i, 'id']));
  const agencyId = txt(o, i, 'agencyId', issues);
  const procedureId = txt(o, i, 'procedureId', issues);
  const receivedOn = date(o, i, 'receivedOn', issues);
  if (o['receivedOn'] === undefined) issues.push(dossierIssues.missingReceived([i, 'receivedOn']));
  let receivedAt: string | undefined;
  if (o['receivedAt'] !== undefined) {
    if (clockMinutes(o['receivedAt']) < 0)
      issues.push(dossierIssues.invalidTime([i, 'receivedAt'], o['receivedAt']));
    else receivedAt = o['receivedAt'] as string;
  }
  const dueOn = date(o, i, 'dueOn', issues);
  const returned = date(o, i, 'returnedOn', issues);
  const completed = date(o, i, 'completedOn', issues);
  if (returned !== undefined && completed !== undefined && returned !== completed) {
    issues.push(dossierIssues.bothReturnDates([i, 'completedOn']));
  }
  const returnedOn = returned ?? completed;
  let processingTime: ProcessingTime | null | undefined;
  if (o['processingTime'] !== undefined) {
    processingTime = checkProcessingTime(o['processingTime'], [i, 'processingTime'], issues, {
      bareDays: options.bareDays ?? 'calendar',
    });
  }
  if (o['dueOn'] === undefined && o['processingTime'] === undefined)
    issues.push(dossierIssues.dueMissing([i]));
  if (receivedOn !== undefined) {
    if (dueOn !== undefined && dueOn < receivedOn)
      issues.push(dossierIssues.dateBeforeReceipt([i, 'dueOn'], 'dueOn'));
    if (returnedOn !== undefined && returnedOn < receivedOn) {
      issues.push(
        dossierIssues.dateBeforeReceipt(
          [i, returned !== undefined ? 'returnedOn' : 'completedOn'],
          'returnedOn',
        ),
      );
    }
  }
  if (
    dueOn === undefined &&
    processingTime != null &&
    receivedAt === undefined &&
    firstStepInHours(processingTime)
  ) {
    issues.push(dossierIssues.receivedTimeRequired([i, 'receivedAt']));
  }
  if (issues.length > before || id === undefined || receivedOn === undefined) return null;
  // Built by assignment so every dossier shares one object shape per field set.
  const out: { -readonly [K in keyof Dossier]: Dossier[K] } = { id, receivedOn };
  if (agencyId !== undefined) out.agencyId = agencyId;
  if (procedureId !== undefined) out.procedureId = procedureId;
  if (receivedAt !== undefined) out.receivedAt = receivedAt;
  if (dueOn !== undefined) out.dueOn = dueOn;
  if (processingTime != null) out.processingTime = processingTime;
  if (returnedOn !== undefined) out.returnedOn = returnedOn;
  return Object.freeze(out);
}

/**
 * Validates dossiers given as data (JSON, or table rows mapped to these
 * fields): `id` (unique), `agencyId?`, `procedureId?`, `receivedOn`
 * (`YYYY-MM-DD`), `receivedAt?` (`HH:MM`), `dueOn?` (the appointment date on
 * the receipt), `processingTime?` (a {@link ProcessingTime}, its text, or a
 * number of working days), `returnedOn?` or `completedOn?`. A dossier needs
 * `dueOn` or `processingTime`. Dates that do not exist, dates before the
 * receipt, unreadable processing times, repeated ids and unknown fields are
 * issues with their path — every one found, never a throw, whatever the
 * value (nesting deeper than 64 levels is `too_deep`, an object inside itself
 * `cycle`, a getter or Proxy that throws `unreadable`, a BigInt or function
 * `invalid_type`); so are options it does not know or a choice misspelt
 * (under `options`, `unknown_field` and `invalid_option`). Text is
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
export function validateDossiers(
  input: unknown,
  options: ValidateDossiersOptions = {},
): Result<readonly Dossier[]> {
  const opts = checkOptions(options);
  if (!opts.ok) return opts;
  // A plain copy first: no getter, Proxy, cycle or deep nesting is read below.
  const copy = copyInput(input);
  const result = validateCopy(copy.value, opts.value);
  if (copy.issues.length === 0) return result;
  return fail(withInputIssues(copy.issues, result.ok ? [] : result.issues));
}

const OPTION_CHOICES: Readonly<Record<string, readonly string[]>> = {
  unknownFields: ['error', 'ignore'],
  bareDays: ['calendar', 'working'],
};

/** The options as a plain copy, or issues under `options`: a misspelt choice used to fall back to the default. */
function checkOptions(options: unknown): Result<ValidateDossiersOptions> {
  const copy = copyInput(options, { at: ['options'] });
  if (copy.issues.length > 0) return fail(copy.issues);
  const o = copy.value;
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    return fail([dossierIssues.notOptions(['options'])]);
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(o)) {
    const allowed = Object.hasOwn(OPTION_CHOICES, key) ? OPTION_CHOICES[key] : undefined;
    if (allowed === undefined) issues.push(dossierIssues.unknownField(['options', key], key));
    else if (value !== undefined && !allowed.includes(value as string))
      issues.push(dossierIssues.invalidOption(['options', key], value, allowed));
  }
  return issues.length > 0 ? fail(issues) : ok(o as ValidateDossiersOptions);
}

function validateCopy(input: unknown, options: ValidateDossiersOptions): Result<readonly Dossier[]> {
  if (!Array.isArray(input)) return fail([dossierIssues.notAnArray([])]);
  const issues: Issue[] = [];
  const out: Dossier[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const raw: unknown = input[i];
    const rawId =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['id'] : undefined;
    const id = typeof rawId === 'string' ? nfcTrim(rawId) : undefined;
    const d = checkOne(raw, i, id, issues, options);
    if (id !== undefined && id !== '') {
      if (seen.has(id)) issues.push(dossierIssues.duplicateId([i, 'id'], id));
      seen.add(id);
    }
    if (d !== null) out.push(d);
  }
  if (issues.length > 0) return fail(issues);
  // each dossier and its processing time are frozen already
  return ok(Object.freeze(out));
}
