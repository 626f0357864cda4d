/**
 * Building plan JSON from the rows of an appendix table (Phụ lục nhiệm vụ).
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { Issue } from '../../core/result.js';
import { nfcInput } from '../nfcInput.js';
import { msg } from '../messages.js';
import type { AgencyJson, ClassJson, PlanJson, ReportingJson, TargetJson } from '../schema.js';
import { agencyCells } from './agencyCells.js';
import { cellsOf } from './cells.js';
import { groupsToJson } from './draftToJson.js';
import { readDrafts, tableLayout } from './drafts.js';
import type { PlanFromRowsOptions, PlanFromRowsResult } from './options.js';

/**
 * Builds plan JSON from the rows of an appendix table, as a CSV or
 * spreadsheet reader gives them (arrays of cell strings).
 *
 * - **Group rows**: a row with no lead, support, deadline, product or budget
 *   whose number is Roman ("I.", "II") or a capital letter ("A."), or is in
 *   bold ("<b>2.</b> Cải cách thể chế"), or whose text is a year ("NĂM 2016")
 *   or all capitals. A `group` column starts a group on the row of its first
 *   task. An Arabic-numbered row without those cells followed by lettered
 *   items ("1. …" then "a) …") is a sub-group (id "I.1").
 * - **Year groups** ("I. NĂM 2016") set the group's `year`, the context year
 *   of its deadlines; the **area** comes from the title ({@link reformAreaOf}).
 * - **Continuation rows**: a row with no number and no deadline (or whose
 *   text starts in lower case, as when a PDF splits a cell) continues the
 *   previous task: each cell is appended to the same cell of that task.
 * - **Numbers** ("1.", "a)", "đ)", Vietnamese letter order) are kept in
 *   `number`; task ids are `<group id>.<number>` ("I.1", "I.1.a"), or the
 *   position in the group when a number is missing or repeated.
 * - **Agencies** are read with {@link resolveAgencies} against `agencies` and
 *   `classes`; names not found become new agencies (with a warning) or
 *   errors (`unknownAgencies: 'issue'`); generic phrases ("các cơ quan có
 *   liên quan") are kept in the task's note.
 * - Nothing is dropped: unmapped columns go to the note as "Header: text",
 *   products are split on line breaks and bullets, lines of the content that
 *   state a target (a bullet line with a target, or any line with a
 *   percentage target) go to `targets` too (the title keeps them), and text
 *   on a group row beyond its title is appended to the title with a warning.
 *
 * Rows before `headerRow` are skipped (title lines). Cells are trimmed and
 * normalised to NFC; numbers (as spreadsheet readers give them) are kept as
 * text. Never throws.
 *
 * @example
 * ```ts
 * import { planFromRows, loadPlan } from 'cchc';
 * const rows = [
 *   ['Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
 *   ['I. Công tác chỉ đạo, điều hành', '', '', ''],
 *   ['1. Ban hành Kế hoạch CCHC năm 2018', 'Sở Nội vụ', 'VP UBND tỉnh', 'Tháng 12/2017'],
 * ];
 * const r = planFromRows(rows, {
 *   columns: { content: 'Nhiệm vụ', lead: 'chủ trì', support: 'phối hợp', deadline: 'Thời gian' },
 *   headerRow: 0,
 *   plan: { id: 'vd-2018', title: 'Kế hoạch CCHC năm 2018', year: 2018 },
 *   agencies: [{ id: 'snv', name: 'Sở Nội vụ' }, { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' }],
 * });
 * // r.ok === true; r.value.groups[0].tasks[0] is
 * // { id: 'I.1', number: '1.', title: 'Ban hành Kế hoạch CCHC năm 2018', lead: ['snv'], support: ['vp-ubnd'], deadline: 'Tháng 12/2017' }
 * if (r.ok) loadPlan(r.value);
 * ```
 */
export function planFromRows(
  rows: readonly (readonly string[])[],
  options: PlanFromRowsOptions,
): PlanFromRowsResult {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const table = rows.map((r) => cellsOf(Array.isArray(r) ? r : []));
  const layout = tableLayout(table, options);
  if (Array.isArray(layout)) return deepFreeze({ ok: false as const, issues: layout });
  const p = nfcInput(options.plan) as PlanFromRowsOptions['plan'];
  const drafts = readDrafts(table, layout, p.title, warnings);
  const agencies = agencyCells(
    nfcInput(options.agencies ?? []) as AgencyJson[],
    nfcInput(options.classes ?? []) as ClassJson[],
    options.unknownAgencies ?? 'create',
    issues,
    warnings,
  );
  const groups = groupsToJson(drafts, layout, agencies);
  if (!groups.some((g) => g.tasks.length > 0)) issues.push(msg.noTasks(['rows']));
  if (issues.length > 0) return deepFreeze({ ok: false as const, issues });

  const plan: { -readonly [K in keyof PlanJson]: PlanJson[K] } = {
    schemaVersion: 1,
    id: p.id,
    title: p.title,
    agencies: [...agencies.agencies],
    classes: nfcInput(options.classes ?? []) as ClassJson[],
    groups,
  };
  if (p.issuer !== undefined) plan.issuer = p.issuer;
  if (p.document !== undefined) {
    plan.document =
      p.document.date === undefined
        ? { number: p.document.number }
        : { number: p.document.number, date: p.document.date };
  }
  const year = p.year ?? (p.period === undefined ? options.year : undefined);
  if (year !== undefined) plan.year = year;
  if (p.period !== undefined) plan.period = { from: p.period.from, to: p.period.to };
  if (options.targets !== undefined && options.targets.length > 0)
    plan.targets = nfcInput(options.targets) as TargetJson[];
  if (options.reporting !== undefined && options.reporting.length > 0)
    plan.reporting = nfcInput(options.reporting) as ReportingJson[];
  return deepFreeze({ ok: true as const, value: plan, warnings });
}
