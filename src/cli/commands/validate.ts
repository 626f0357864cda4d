/**
 * `cchc validate <file> [--kind plan|reports|criteria|inputs] [--plan p.json]
 * [--criteria c.json|preset] [--format text|json] [--lang en]`: checks a plan,
 * progress reports, a criteria set or score inputs, told apart by their
 * content unless `--kind` says which.
 *
 * @module
 */
import { isIsoDate } from '../../calendar/isoDate.js';
import { issue, type Issue } from '../../core/result.js';
import { loadCriteriaSet, loadPlan, validateReports } from '../../index.js';
import type { Report } from '../../evaluate/types.js';
import type { Plan } from '../../plan/types.js';
import { EXIT, formatOf, InputError, parseCommand, positionals, UsageError } from '../args.js';
import { formatIssues, issuesToJson } from '../format/issues.js';
import type { Lang } from '../format/locale.js';
import { oneLine } from '../format/safe.js';
import { wrapText } from '../format/table.js';
import { readJson, sourceName } from '../input.js';
import { isTablePath, readTable } from '../tables.js';
import { guessCriteriaColumns } from '../../scoring/index.js';
import { emit, outputTarget } from '../output.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';
import { inputsFromJson, loadCriteriaArg, loadPlanFile, reportList, reportPaths } from './load.js';
import { tableReportText, validateTable } from './planTable.js';
import { scoreReport } from './score.js';

/** The kinds of file `validate` checks. */
export const KINDS = ['plan', 'reports', 'criteria', 'inputs', 'table'] as const;

/** A kind of file. */
export type FileKind = (typeof KINDS)[number];

const KIND_WORDS: ReadonlyMap<FileKind, { readonly vi: string; readonly en: string }> = new Map([
  ['plan', { vi: 'kế hoạch', en: 'plan' }],
  ['reports', { vi: 'tệp báo cáo tiến độ', en: 'progress reports file' }],
  ['criteria', { vi: 'bộ tiêu chí', en: 'criteria set' }],
  ['inputs', { vi: 'tệp điểm đầu vào', en: 'score inputs file' }],
  ['table', { vi: 'bảng kế hoạch', en: 'plan table' }],
]);

/** The outcome of validating one file (no I/O). */
export interface Validation {
  readonly kind: FileKind;
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** A one-line description of what was loaded, when valid. */
  readonly summary: string;
  readonly summaryEn: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value a leaf of a criteria set may be given: a number, a word, true/false, "n/a" or { self, appraised }. */
function inputLike(v: unknown): boolean {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return true;
  return isRecord(v) && ('self' in v || 'appraised' in v || 'value' in v);
}

/**
 * Tells the kind of a file from its content: a criteria set has `nodes`; score
 * inputs have `units`, or only criterion ids with input values; reports are an
 * array or have `reports`; a plan has `groups`, `agencies` or `schemaVersion`.
 * Undefined when none fits.
 */
export function guessKind(json: unknown): FileKind | undefined {
  if (Array.isArray(json)) return 'reports';
  if (!isRecord(json)) return undefined;
  const has = (key: string) => Object.hasOwn(json, key);
  if (has('nodes')) return 'criteria';
  if (has('units')) return 'inputs';
  if (has('reports')) return 'reports';
  if (has('groups') || has('agencies') || has('classes') || has('schemaVersion')) return 'plan';
  const values = Object.entries(json).filter(([k]) => k !== 'note' && k !== 'asOf');
  if (values.length > 0 && values.every(([k, v]) => /^[\p{L}\d]/u.test(k) && inputLike(v))) return 'inputs';
  return undefined;
}

const invalid = (kind: FileKind, issues: readonly Issue[]): Validation => ({
  kind,
  valid: false,
  issues,
  warnings: [],
  summary: '',
  summaryEn: '',
});

/** Validates a parsed plan. */
export function validatePlanJson(json: unknown): Validation {
  const r = loadPlan(json);
  if (!r.ok) return invalid('plan', r.issues);
  const p = r.value;
  const tasks = p.groups.reduce((n, g) => n + g.tasks.length, 0);
  return {
    kind: 'plan',
    valid: true,
    issues: [],
    warnings: p.warnings,
    summary: `kế hoạch hợp lệ "${p.title}": ${p.groups.length} nhóm, ${tasks} nhiệm vụ, ${p.agencies.length} cơ quan, ${p.warnings.length} cảnh báo`,
    summaryEn: `valid plan "${p.title}": ${p.groups.length} groups, ${tasks} tasks, ${p.agencies.length} agencies, ${p.warnings.length} warnings`,
  };
}

/** Validates a parsed criteria set. */
export function validateCriteriaJson(json: unknown): Validation {
  const r = loadCriteriaSet(json);
  if (!r.ok) return invalid('criteria', r.issues);
  const s = r.value;
  const max = s.nodes.reduce((n, x) => n + x.max, 0);
  return {
    kind: 'criteria',
    valid: true,
    issues: [],
    warnings: [],
    summary: `bộ tiêu chí hợp lệ "${s.title}": ${s.nodes.length} lĩnh vực, ${s.leafIds.length} tiêu chí thành phần, tổng ${max} điểm`,
    summaryEn: `valid criteria set "${s.title}": ${s.nodes.length} areas, ${s.leafIds.length} leaves, ${max} points in total`,
  };
}

/**
 * The shape of progress reports without a plan: each an object with a
 * `taskId`, dates that exist, `completedOn` or `reportedOn`.
 */
function reportShapeIssues(list: readonly unknown[], bareArray: boolean): Issue[] {
  const issues: Issue[] = [];
  const base = (i: number): (string | number)[] => (bareArray ? [i] : ['reports', i]);
  list.forEach((r, i) => {
    if (!isRecord(r) || typeof r['taskId'] !== 'string' || r['taskId'].trim() === '') {
      issues.push(
        issue(
          base(i),
          'invalid_report',
          'Mỗi báo cáo là một đối tượng có "taskId" (mã nhiệm vụ)',
          'Each report is an object with a "taskId"',
        ),
      );
      return;
    }
    if (r['agencyId'] !== undefined && typeof r['agencyId'] !== 'string')
      issues.push(
        issue(
          [...base(i), 'agencyId'],
          'invalid_report',
          '"agencyId" phải là chuỗi',
          '"agencyId" must be a string',
        ),
      );
    for (const key of ['completedOn', 'reportedOn'] as const) {
      const v = r[key];
      if (v !== undefined && (typeof v !== 'string' || !isIsoDate(v)))
        issues.push(
          issue(
            [...base(i), key],
            'invalid_date',
            `"${key}" phải là một ngày có thật dạng YYYY-MM-DD`,
            `"${key}" must be an existing date written YYYY-MM-DD`,
          ),
        );
    }
    if (r['completedOn'] === undefined && r['reportedOn'] === undefined)
      issues.push(
        issue(
          base(i),
          'missing_date',
          'Báo cáo cần "completedOn" (ngày hoàn thành) hoặc "reportedOn"',
          'A report needs "completedOn" (the day it was done) or "reportedOn"',
        ),
      );
  });
  return issues;
}

/** Validates parsed progress reports: their shape, and with a plan every id and date against it. */
export function validateReportsJson(json: unknown, plan?: Plan): Validation {
  const list = reportList(json);
  if (list === null)
    return invalid('reports', [
      issue(
        [],
        'invalid_reports',
        'Tệp báo cáo phải là một mảng, hoặc đối tượng có trường "reports" là mảng',
        'The reports file must be an array, or an object whose "reports" field is an array',
      ),
    ]);
  const bareArray = Array.isArray(json);
  const shape = reportShapeIssues(list, bareArray);
  if (shape.length > 0) return invalid('reports', shape);
  const tasks = new Set(list.map((r) => (r as Report).taskId)).size;
  if (plan === undefined)
    return {
      kind: 'reports',
      valid: true,
      issues: [],
      warnings: [],
      summary: `báo cáo tiến độ đúng hình thức: ${list.length} báo cáo, ${tasks} nhiệm vụ (thêm --plan <kế hoạch> để đối chiếu mã nhiệm vụ, cơ quan và ngày với kế hoạch)`,
      summaryEn: `progress reports well formed: ${list.length} reports on ${tasks} tasks (add --plan <plan> to check task ids, agencies and dates against the plan)`,
    };
  const r = validateReports(plan, list as readonly Report[]);
  if (!r.ok) return invalid('reports', reportPaths(r.issues, bareArray));
  return {
    kind: 'reports',
    valid: true,
    issues: [],
    warnings: [],
    summary: `báo cáo tiến độ hợp lệ với kế hoạch "${plan.title}": ${list.length} báo cáo, ${tasks} nhiệm vụ`,
    summaryEn: `progress reports valid against the plan "${plan.title}": ${list.length} reports on ${tasks} tasks`,
  };
}

/** Validates parsed score inputs: their shape, and with a criteria set every input scored against it. */
export function validateInputsJson(
  json: unknown,
  source: string,
  set?: Parameters<typeof scoreReport>[0],
): Validation {
  let parsed: ReturnType<typeof inputsFromJson>;
  try {
    parsed = inputsFromJson(json, source);
  } catch (error) {
    if (error instanceof InputError) return invalid('inputs', error.issues);
    throw error;
  }
  const n = parsed.units.length;
  if (set === undefined)
    return {
      kind: 'inputs',
      valid: true,
      issues: [],
      warnings: [],
      summary: `điểm đầu vào đúng hình thức: ${n} đơn vị (thêm --criteria <bộ tiêu chí> để chấm thử từng giá trị)`,
      summaryEn: `score inputs well formed: ${n} ${n === 1 ? 'unit' : 'units'} (add --criteria <set> to score every value)`,
    };
  const r = scoreReport(set, parsed.units, parsed.many);
  if (!r.ok) return invalid('inputs', r.issues);
  const missing = r.report.units.reduce((k, u) => k + u.missing.length, 0);
  return {
    kind: 'inputs',
    valid: true,
    issues: [],
    warnings: [],
    summary: `điểm đầu vào hợp lệ với bộ tiêu chí "${set.title}": ${n} đơn vị, ${missing} tiêu chí thiếu số liệu`,
    summaryEn: `score inputs valid against the criteria set "${set.title}": ${n} ${n === 1 ? 'unit' : 'units'}, ${missing} criteria without input`,
  };
}

function kindOf(value: string | undefined): FileKind | undefined {
  if (value === undefined) return undefined;
  const k = KINDS.find((x) => x === value);
  if (k === undefined)
    throw new UsageError(
      `--kind phải là một trong: ${KINDS.join(', ')} (nhận được "${value}")`,
      `--kind must be one of: ${KINDS.join(', ')} (got "${value}")`,
    );
  return k;
}

/**
 * The JSON a validation prints: the same first fields for every kind
 * (`file`, `kind`, `valid`, `summary`, `summaryEn`), then what the kind adds
 * (a table's columns and reading report), then `issues` and `warnings`.
 */
function validationJson(
  source: string,
  v: Pick<Validation, 'kind' | 'valid' | 'summary' | 'summaryEn' | 'issues' | 'warnings'>,
  extra: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return {
    file: source,
    kind: v.kind,
    valid: v.valid,
    summary: v.valid ? v.summary : null,
    summaryEn: v.valid ? v.summaryEn : null,
    ...extra,
    issues: issuesToJson(v.issues),
    warnings: issuesToJson(v.warnings),
  };
}

function printWarnings(ctx: CommandContext, source: string, warnings: readonly Issue[], lang: Lang): void {
  if (warnings.length === 0) return;
  ctx.io.stderr(formatIssues(`${source} (${lang === 'en' ? 'warning' : 'cảnh báo'})`, warnings, lang) + '\n');
}

function summaryLine(source: string, v: Pick<Validation, 'kind' | 'issues'>, lang: Lang): string {
  const words = KIND_WORDS.get(v.kind) ?? { vi: v.kind, en: v.kind };
  return lang === 'en'
    ? `${source}: invalid ${words.en}, ${v.issues.length} ${v.issues.length === 1 ? 'issue' : 'issues'}\n`
    : `${source}: ${words.vi} không hợp lệ, ${v.issues.length} lỗi\n`;
}

/** Runs `cchc validate`. */
export async function validateCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const {
    values,
    positionals: pos,
    lang,
  } = parseCommand(argv, {
    kind: { type: 'string' },
    plan: { type: 'string' },
    criteria: { type: 'string' },
    format: { type: 'string' },
    year: { type: 'string' },
    agencies: { type: 'string' },
    sheet: { type: 'string' },
  });
  const [path = ''] = positionals(pos, ['file.json|table.csv']);
  const format = formatOf(values.format, ['text', 'json'] as const, 'text');
  const asked = kindOf(values.kind);
  const source = sourceName(path);
  if (asked === 'table' || (asked === undefined && isTablePath(path)))
    return validateTableCommand(ctx, path, format, lang, values);
  for (const option of ['year', 'agencies', 'sheet'] as const)
    if (values[option] !== undefined)
      throw new UsageError(
        `--${option} chỉ dùng khi kiểm tra bảng kế hoạch (.csv, .tsv, .xlsx)`,
        `--${option} is for checking a plan table (.csv, .tsv, .xlsx)`,
      );
  const json = await readJson(ctx.io, path);
  const kind = asked ?? guessKind(json);
  if (kind === undefined)
    throw new InputError(source, [
      issue(
        [],
        'unknown_kind',
        `Không nhận ra loại tệp; chỉ rõ bằng --kind ${KINDS.join('|')}`,
        `Cannot tell what kind of file this is; say it with --kind ${KINDS.join('|')}`,
      ),
    ]);
  if (values.plan !== undefined && kind !== 'reports')
    throw new UsageError(
      '--plan chỉ dùng khi kiểm tra báo cáo tiến độ',
      '--plan is for checking progress reports',
    );
  if (values.criteria !== undefined && kind !== 'inputs')
    throw new UsageError(
      '--criteria chỉ dùng khi kiểm tra điểm đầu vào',
      '--criteria is for checking score inputs',
    );
  let v: Validation;
  switch (kind) {
    case 'plan':
      v = validatePlanJson(json);
      break;
    case 'criteria':
      v = validateCriteriaJson(json);
      break;
    case 'reports':
      v = validateReportsJson(
        json,
        values.plan === undefined ? undefined : await loadPlanFile(ctx, values.plan),
      );
      break;
    case 'inputs':
      v = validateInputsJson(
        json,
        source,
        values.criteria === undefined ? undefined : await loadCriteriaArg(ctx, values.criteria),
      );
      break;
    case 'table':
      throw new UsageError('--kind table đọc tệp CSV hoặc .xlsx', '--kind table reads a CSV or .xlsx file');
  }
  const target = outputTarget(ctx.io, values.output);
  if (format === 'json') {
    await emit(ctx.io, target, toJsonText(validationJson(source, v)));
  } else if (v.valid) {
    await emit(
      ctx.io,
      target,
      `${wrapText(`${source}: ${lang === 'en' ? v.summaryEn : v.summary}`, target.width)}\n`,
    );
    printWarnings(ctx, source, v.warnings, lang);
  } else {
    ctx.io.stderr(formatIssues(source, v.issues, lang) + '\n');
    ctx.io.stderr(summaryLine(source, v, lang));
  }
  return v.valid ? EXIT.ok : EXIT.invalid;
}

/** `cchc validate table.csv|.tsv|.xlsx`: a plan table read by `planFromRows`, with its reading report. */
async function validateTableCommand(
  ctx: CommandContext,
  path: string,
  format: 'text' | 'json',
  lang: Lang,
  values: {
    readonly plan?: string | undefined;
    readonly criteria?: string | undefined;
    readonly year?: string | undefined;
    readonly agencies?: string | undefined;
    readonly sheet?: string | undefined;
    readonly output?: string | undefined;
  },
): Promise<number> {
  if (values.plan !== undefined || values.criteria !== undefined)
    throw new UsageError(
      '--plan và --criteria không dùng với bảng kế hoạch; --agencies <ke-hoach.json> đối chiếu tên cơ quan',
      '--plan and --criteria are not for a plan table; --agencies <plan.json> matches agency names',
    );
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/u.test(values.year))
      throw new UsageError(
        `--year phải là năm 4 chữ số (nhận được "${oneLine(values.year).slice(0, 40)}")`,
        `--year must be a 4-digit year (got "${oneLine(values.year).slice(0, 40)}")`,
      );
    year = Number(values.year);
  }
  const source = sourceName(path);
  const rows = await readTable(ctx, path, values.sheet);
  const registry = values.agencies === undefined ? undefined : await loadPlanFile(ctx, values.agencies);
  const v = validateTable(rows, path, {
    ...(year === undefined ? {} : { year }),
    ...(registry === undefined ? {} : { registry }),
  });
  if (v.columns === null && guessCriteriaColumns(rows) !== null)
    throw new InputError(source, [
      issue(
        [],
        'criteria_table',
        'Đây là bảng tiêu chí chấm điểm, không phải bảng nhiệm vụ của kế hoạch: đọc bằng cchc criteria import',
        "This is a table of scoring criteria, not a plan's task table: read it with cchc criteria import",
      ),
    ]);
  const target = outputTarget(ctx.io, values.output);
  if (format === 'json') {
    await emit(
      ctx.io,
      target,
      toJsonText(
        validationJson(source, v, {
          headerRow: v.columns?.headerRow ?? null,
          columns:
            v.columns === null
              ? null
              : Object.fromEntries(
                  [...v.columns.headers].map(([field, header]) => [
                    field,
                    { index: v.columns?.columns[field] ?? null, header },
                  ]),
                ),
          year: v.year,
          report: v.report,
        }),
      ),
    );
  } else {
    const report = tableReportText(v, lang, target.width);
    if (v.valid)
      await emit(
        ctx.io,
        target,
        `${wrapText(`${source}: ${lang === 'en' ? v.summaryEn : v.summary}`, target.width)}\n${report}`,
      );
    else {
      if (v.report !== null || v.columns !== null) await emit(ctx.io, target, report);
      ctx.io.stderr(formatIssues(source, v.issues, lang) + '\n');
      ctx.io.stderr(summaryLine(source, v, lang));
    }
    printWarnings(ctx, source, v.warnings, lang);
  }
  return v.valid ? EXIT.ok : EXIT.invalid;
}
