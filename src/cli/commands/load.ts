/**
 * Loading users' files for the commands: each step answers a clear
 * {@link InputError} (exit 1) with every issue, never a stack trace.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import { parseDateVi } from '../../calendar/vietnamDates.js';
import { issue, type Issue } from '../../core/result.js';
import type { Report } from '../../evaluate/types.js';
import type { Plan } from '../../plan/types.js';
import type { CriteriaSet, ScoreInput } from '../../scoring/types.js';
import { getPreset, listPresets, loadCriteriaSet, loadPlan, validateReports } from '../../index.js';
import { InputError, UsageError } from '../args.js';
import { oneLine } from '../format/safe.js';
import { readJson, sourceName } from '../input.js';
import type { CommandContext } from './context.js';

/**
 * A date argument as people type it, read by the library's `parseDateVi`:
 * Vietnamese day/month/year (30/06/2018, 30/6/2018, 30-06-2018, 30.06.2018)
 * or ISO 2018-06-30. A day that does not exist (31/02/2019) is refused, never
 * rolled over.
 */
export function parseDateArg(name: string, text: string): IsoDate {
  const r = parseDateVi(text);
  if (r.ok) return r.value;
  const why = r.issues[0];
  const shown = oneLine(text.length > 40 ? `${text.slice(0, 39)}…` : text);
  throw new UsageError(
    `--${name}: ${why ? oneLine(why.message) : `"${shown}" không phải ngày hợp lệ`} (viết 30/06/2018 hoặc 2018-06-30)`,
    `--${name}: ${why ? oneLine(why.messageEn) : `"${shown}" is not a valid date`} (write 30/06/2018 or 2018-06-30)`,
  );
}

/** Reads and loads a plan file. */
export async function loadPlanFile(ctx: CommandContext, path: string): Promise<Plan> {
  const json = await readJson(ctx.io, path);
  const r = loadPlan(json);
  if (!r.ok) throw new InputError(sourceName(path), r.issues);
  return r.value;
}

/**
 * Reads progress reports: an array, or an object with a `reports` array,
 * validated against the plan by the library (`validateReports`): unknown task
 * or agency ids and impossible dates are issues with their path.
 */
export async function loadReportsFile(
  ctx: CommandContext,
  path: string,
  plan: Plan,
): Promise<readonly Report[]> {
  const json = await readJson(ctx.io, path);
  const list = reportList(json);
  if (list === null) {
    throw new InputError(sourceName(path), [
      issue(
        [],
        'invalid_reports',
        'Tệp báo cáo phải là một mảng, hoặc đối tượng có trường "reports" là mảng',
        'The reports file must be an array, or an object whose "reports" field is an array',
      ),
    ]);
  }
  const r = validateReports(plan, list as readonly Report[]);
  if (!r.ok) throw new InputError(sourceName(path), reportPaths(r.issues, Array.isArray(json)));
  return r.value;
}

/**
 * The library names a report `reports[3]`; in a file that is a bare array it
 * is `[3]`, in `{ "reports": [...] }` it is `reports[3]`.
 */
export function reportPaths(issues: readonly Issue[], bareArray: boolean): Issue[] {
  return issues.map((i) => {
    const inner = i.path[0] === 'reports' ? i.path.slice(1) : i.path;
    return { ...i, path: bareArray ? inner : ['reports', ...inner] };
  });
}

/** The reports of a reports file: an array, or the `reports` array of an object; null otherwise. */
export function reportList(json: unknown): readonly unknown[] | null {
  if (Array.isArray(json)) return json;
  return isRecord(json) && Array.isArray(json['reports']) ? (json['reports'] as unknown[]) : null;
}

/** A criteria set: the built-in preset of that id when there is one (and the argument does not end in .json), else the file. */
export async function loadCriteriaArg(ctx: CommandContext, arg: string): Promise<CriteriaSet> {
  const found = arg.endsWith('.json') || arg === '-' ? undefined : getPreset(arg);
  if (found?.ok) return found.value;
  try {
    const json = await readJson(ctx.io, arg);
    const r = loadCriteriaSet(json);
    if (!r.ok) throw new InputError(sourceName(arg), r.issues);
    return r.value;
  } catch (error) {
    if (error instanceof InputError && error.issues[0]?.code === 'file_not_found' && !arg.endsWith('.json')) {
      const ids = listPresets().map((p) => p.id);
      throw new InputError(arg, [
        issue(
          [],
          'unknown_criteria',
          `Không có tệp hay bộ tiêu chí có sẵn tên "${arg}". Bộ có sẵn: ${ids.join(', ') || '(chưa có)'}`,
          `No file or built-in preset named "${arg}". Presets: ${ids.join(', ') || '(none)'}`,
        ),
      ]);
    }
    throw error;
  }
}

/** One unit to score. */
export interface UnitInputs {
  readonly id: string;
  readonly name: string;
  readonly inputs: Readonly<Record<string, ScoreInput>>;
}

/** Score inputs: one unit (a record of leaf id → input) or `{ units: [{ id, name?, inputs }] }`. */
export async function loadInputsFile(
  ctx: CommandContext,
  path: string,
): Promise<{ readonly many: boolean; readonly units: readonly UnitInputs[] }> {
  return inputsFromJson(await readJson(ctx.io, path), sourceName(path));
}

/** Score inputs from parsed JSON; every problem of shape is an {@link InputError} for `source`. */
export function inputsFromJson(
  json: unknown,
  source: string,
): { readonly many: boolean; readonly units: readonly UnitInputs[] } {
  if (!isRecord(json))
    throw new InputError(source, [
      issue(
        [],
        'invalid_inputs',
        'Tệp điểm đầu vào phải là một đối tượng JSON',
        'The inputs file must be a JSON object',
      ),
    ]);
  if (!('units' in json))
    return {
      many: false,
      units: [{ id: 'don-vi', name: 'Đơn vị', inputs: json as Record<string, ScoreInput> }],
    };
  const units = json['units'];
  if (!Array.isArray(units))
    throw new InputError(source, [
      issue(['units'], 'invalid_inputs', '"units" phải là một mảng', '"units" must be an array'),
    ]);
  if (units.length === 0)
    throw new InputError(source, [
      issue(
        ['units'],
        'no_units',
        '"units" chưa có đơn vị nào để chấm điểm',
        '"units" lists no unit to score',
      ),
    ]);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const out: UnitInputs[] = [];
  units.forEach((u, i) => {
    if (!isRecord(u) || typeof u['id'] !== 'string' || !isRecord(u['inputs'])) {
      issues.push(
        issue(
          ['units', i],
          'invalid_unit',
          'Mỗi đơn vị cần "id" (chuỗi) và "inputs" (đối tượng)',
          'Each unit needs "id" (a string) and "inputs" (an object)',
        ),
      );
      return;
    }
    if (seen.has(u['id']))
      issues.push(
        issue(
          ['units', i, 'id'],
          'duplicate_unit',
          `Trùng mã đơn vị "${u['id']}"`,
          `Duplicate unit id "${u['id']}"`,
        ),
      );
    seen.add(u['id']);
    out.push({
      id: u['id'],
      name: typeof u['name'] === 'string' ? u['name'] : u['id'],
      inputs: u['inputs'] as Record<string, ScoreInput>,
    });
  });
  if (issues.length > 0) throw new InputError(source, issues);
  return { many: true, units: out };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
