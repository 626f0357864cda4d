/**
 * `cchc validate <plan.json|criteria.json> [--kind plan|criteria] [--format text|json] [--lang en]`.
 *
 * @module
 */
import type { Issue } from '../../core/result.js';
import { EXIT, formatOf, langOf, parseCommand, positionals, UsageError } from '../args.js';
import { formatIssues, issuesToJson } from '../format/issues.js';
import { readJson, sourceName } from '../input.js';
import type { CliLibrary } from '../library.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';

/** The outcome of validating one file (no I/O). */
export interface Validation {
  readonly kind: 'plan' | 'criteria';
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** A one-line description of what was loaded, when valid. */
  readonly summary: string;
  readonly summaryEn: string;
}

/** Guesses the kind of a file: a criteria set has `nodes`, a plan does not. */
export function guessKind(json: unknown): 'plan' | 'criteria' {
  return typeof json === 'object' && json !== null && 'nodes' in json ? 'criteria' : 'plan';
}

/** Validates parsed JSON as a plan or a criteria set. */
export function validateJson(lib: CliLibrary, json: unknown, kind: 'plan' | 'criteria'): Validation {
  if (kind === 'plan') {
    const r = lib.loadPlan(json);
    if (!r.ok) return { kind, valid: false, issues: r.issues, warnings: [], summary: '', summaryEn: '' };
    const p = r.value;
    const tasks = p.groups.reduce((n, g) => n + g.tasks.length, 0);
    return {
      kind,
      valid: true,
      issues: [],
      warnings: p.warnings,
      summary: `kế hoạch hợp lệ "${p.title}": ${p.groups.length} nhóm, ${tasks} nhiệm vụ, ${p.agencies.length} cơ quan, ${p.warnings.length} cảnh báo`,
      summaryEn: `valid plan "${p.title}": ${p.groups.length} groups, ${tasks} tasks, ${p.agencies.length} agencies, ${p.warnings.length} warnings`,
    };
  }
  const r = lib.loadCriteriaSet(json);
  if (!r.ok) return { kind, valid: false, issues: r.issues, warnings: [], summary: '', summaryEn: '' };
  const s = r.value;
  const max = s.nodes.reduce((n, x) => n + x.max, 0);
  return {
    kind,
    valid: true,
    issues: [],
    warnings: [],
    summary: `bộ tiêu chí hợp lệ "${s.title}": ${s.nodes.length} lĩnh vực, ${s.leafIds.length} tiêu chí thành phần, tổng ${max} điểm`,
    summaryEn: `valid criteria set "${s.title}": ${s.nodes.length} areas, ${s.leafIds.length} leaves, ${max} points in total`,
  };
}

/** Runs `cchc validate`. */
export async function validateCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals: pos } = parseCommand(argv, {
    kind: { type: 'string' },
    format: { type: 'string' },
  });
  const [path] = positionals(pos, ['plan.json|criteria.json']) as [string];
  const lang = langOf(values.lang);
  const format = formatOf(values.format, ['text', 'json'] as const, 'text');
  if (values.kind !== undefined && values.kind !== 'plan' && values.kind !== 'criteria') {
    throw new UsageError(
      `--kind phải là plan hoặc criteria (nhận được "${values.kind}")`,
      `--kind must be plan or criteria (got "${values.kind}")`,
    );
  }
  const json = await readJson(ctx.io, path);
  const kind = values.kind ?? guessKind(json);
  const v = validateJson(ctx.lib, json, kind);
  const source = sourceName(path);
  if (format === 'json') {
    ctx.io.stdout(
      toJsonText({
        file: source,
        kind: v.kind,
        valid: v.valid,
        issues: issuesToJson(v.issues),
        warnings: issuesToJson(v.warnings),
      }),
    );
  } else if (v.valid) {
    ctx.io.stdout(`${source}: ${lang === 'en' ? v.summaryEn : v.summary}\n`);
    if (v.warnings.length > 0)
      ctx.io.stderr(
        formatIssues(`${source} (${lang === 'en' ? 'warning' : 'cảnh báo'})`, v.warnings, lang) + '\n',
      );
  } else {
    ctx.io.stderr(formatIssues(source, v.issues, lang) + '\n');
    ctx.io.stderr(
      lang === 'en'
        ? `${source}: invalid ${v.kind}, ${v.issues.length} issue(s)\n`
        : `${source}: ${v.kind === 'plan' ? 'kế hoạch' : 'bộ tiêu chí'} không hợp lệ, ${v.issues.length} lỗi\n`,
    );
  }
  return v.valid ? EXIT.ok : EXIT.invalid;
}
