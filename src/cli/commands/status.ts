/**
 * `cchc status <plan.json> --as-of <date> [--reports r.json] [--due-soon 7] [--format …]`.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import type { Report } from '../../evaluate/types.js';
import type { Plan } from '../../plan/types.js';
import { issue } from '../../core/result.js';
import { countOf, EXIT, formatOf, InputError, parseCommand, positionals, UsageError } from '../args.js';
import { colourWanted, paint } from '../format/color.js';
import type { CliLibrary } from '../library.js';
import { renderHtml } from '../report/html.js';
import { toJsonText, statusToCsv } from '../report/machine.js';
import { statusToMarkdown } from '../report/markdown.js';
import { buildStatusReport, forAgency, type StatusReport } from '../report/status-model.js';
import { statusToText } from '../report/status-text.js';
import { progress } from '../progress.js';
import type { CommandContext } from './context.js';
import { loadPlanFile, loadReportsFile, parseDateArg } from './load.js';

/** The formats `status` writes. */
export const STATUS_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

/**
 * Evaluates a loaded plan and arranges the report (no I/O); with `agencyId`,
 * that agency's own view. An agency id the plan does not have is an issue.
 */
export function statusReport(
  lib: CliLibrary,
  plan: Plan,
  opts: {
    readonly asOf: IsoDate;
    readonly reports: readonly Report[];
    readonly dueSoonDays: number;
    readonly agencyId?: string;
  },
): StatusReport {
  const evaluation = lib.evaluatePlan(plan, {
    asOf: opts.asOf,
    reports: opts.reports,
    dueSoonDays: opts.dueSoonDays,
  });
  if (opts.agencyId === undefined) {
    return buildStatusReport(plan, evaluation, {
      asOf: opts.asOf,
      dueSoonDays: opts.dueSoonDays,
      months: lib.complianceByMonth(evaluation),
    });
  }
  const id = opts.agencyId;
  const agency = plan.agencies.find((a) => a.id === id) ?? plan.classes.find((c) => c.id === id);
  if (!agency) {
    const known = plan.agencies.map((a) => a.id).join(', ');
    throw new InputError('--agency', [
      issue(
        [],
        'unknown_agency',
        `"${id}" không có trong danh sách cơ quan của kế hoạch (${known})`,
        `"${id}" is not an agency of the plan (${known})`,
      ),
    ]);
  }
  const full = buildStatusReport(plan, evaluation, { asOf: opts.asOf, dueSoonDays: opts.dueSoonDays });
  return forAgency(full, agency, lib.complianceByMonth(evaluation, { agencyId: id }));
}

/** Renders a status report in one of {@link STATUS_FORMATS}. */
export function renderStatus(
  report: StatusReport,
  format: (typeof STATUS_FORMATS)[number],
  colour: boolean,
): string {
  switch (format) {
    case 'text':
      return statusToText(report, paint(colour));
    case 'json':
      return toJsonText(report);
    case 'csv':
      return statusToCsv(report);
    case 'md':
      return statusToMarkdown(report);
    case 'html':
      return renderHtml({ status: report });
  }
}

/** Runs `cchc status`. */
export async function statusCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals: pos } = parseCommand(argv, {
    'as-of': { type: 'string' },
    reports: { type: 'string' },
    'due-soon': { type: 'string' },
    agency: { type: 'string' },
    format: { type: 'string' },
  });
  const [planPath] = positionals(pos, ['plan.json']) as [string];
  const format = formatOf(values.format, STATUS_FORMATS, 'text');
  if (values['as-of'] === undefined)
    throw new UsageError(
      'Thiếu --as-of <ngày> (ngày tính tiến độ)',
      'Missing --as-of <date> (the date to judge at)',
    );
  const asOf = parseDateArg('as-of', values['as-of']);
  const dueSoonDays = countOf('due-soon', values['due-soon'], 7);
  if (planPath === '-' && values.reports === '-')
    throw new UsageError(
      'Chỉ một tệp được đọc từ đầu vào chuẩn (-)',
      'Only one file can be read from standard input (-)',
    );
  const step = progress(ctx.io);
  const plan = await loadPlanFile(ctx, planPath);
  step('đã đọc kế hoạch / plan loaded');
  const reports = values.reports === undefined ? [] : await loadReportsFile(ctx, values.reports, plan);
  if (values.reports !== undefined) step('đã đọc báo cáo / reports loaded');
  const report = statusReport(ctx.lib, plan, {
    asOf,
    reports,
    dueSoonDays,
    ...(values.agency === undefined ? {} : { agencyId: values.agency }),
  });
  step('đã đánh giá / evaluated');
  ctx.io.stdout(renderStatus(report, format, colourWanted(ctx.io.stdoutIsTTY, ctx.io.env)));
  return EXIT.ok;
}
