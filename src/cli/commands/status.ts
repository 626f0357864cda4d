/**
 * `cchc status <plan.json> [--as-of <date>] [--reports r.json] [--due-soon 7] [--format …] [--excel]`.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import { issue } from '../../core/result.js';
import { foldKey } from '../../core/text.js';
import type { Report } from '../../evaluate/types.js';
import { complianceByMonth, evaluatePlan, planAsOf } from '../../index.js';
import type { Plan } from '../../plan/types.js';
import {
  closest,
  countOf,
  EXIT,
  formatOf,
  InputError,
  parseCommand,
  positionals,
  UsageError,
} from '../args.js';
import { paint } from '../format/color.js';
import type { Lang } from '../format/locale.js';
import { emit, type OutputTarget, outputTarget, todayInVietnam } from '../output.js';
import { progress } from '../progress.js';
import { renderHtml } from '../report/html.js';
import { statusToCsv, toJsonText } from '../report/machine.js';
import { statusToMarkdown } from '../report/markdown.js';
import { buildStatusReport, forAgency, type StatusReport } from '../report/status-model.js';
import { statusToText } from '../report/status-text.js';
import type { CommandContext } from './context.js';
import { loadPlanFile, loadReportsFile, parseDateArg } from './load.js';
import { formatWithExcel } from './score.js';

/** The formats `status` writes. */
export const STATUS_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

/**
 * Evaluates a loaded plan and arranges the report (no I/O); with `agencyId`,
 * that agency's own view. An agency id the plan does not have is an issue.
 */
export function statusReport(
  plan: Plan,
  opts: {
    readonly asOf: IsoDate;
    readonly reports: readonly Report[];
    readonly dueSoonDays: number;
    readonly agencyId?: string;
    readonly asOfIsToday?: boolean;
  },
): StatusReport {
  const evaluation = evaluatePlan(plan, {
    asOf: opts.asOf,
    reports: opts.reports,
    dueSoonDays: opts.dueSoonDays,
  });
  // Titles, deadlines and leads as the plan stands at the report date (amendments in force).
  const inForce = planAsOf(plan, opts.asOf);
  const base = { asOf: opts.asOf, dueSoonDays: opts.dueSoonDays, asOfIsToday: opts.asOfIsToday ?? false };
  if (opts.agencyId === undefined)
    return buildStatusReport(inForce, evaluation, { ...base, months: complianceByMonth(evaluation) });
  // An id ("snv"), or a name as the plan writes it, with or without diacritics ("So Noi vu").
  const key = foldKey(opts.agencyId);
  const agency =
    inForce.agencies.find((a) => a.id === opts.agencyId) ??
    inForce.classes.find((c) => c.id === opts.agencyId) ??
    inForce.agencies.find((a) => foldKey(a.name) === key || a.aliases.some((x) => foldKey(x) === key)) ??
    inForce.classes.find((c) => foldKey(c.name) === key || c.aliases.some((x) => foldKey(x) === key));
  if (!agency) {
    const ids = inForce.agencies.map((a) => a.id);
    const known = ids.join(', ');
    const guess = closest(opts.agencyId, ids);
    const [hintVi, hintEn] =
      guess === undefined ? ['', ''] : [`; có phải ý bạn là ${guess}?`, `; did you mean ${guess}?`];
    throw new InputError('--agency', [
      issue(
        [],
        'unknown_agency',
        `"${opts.agencyId}" không có trong danh sách cơ quan của kế hoạch (${known})${hintVi}`,
        `"${opts.agencyId}" is not an agency of the plan (${known})${hintEn}`,
      ),
    ]);
  }
  const id = agency.id;
  const full = buildStatusReport(inForce, evaluation, base);
  return forAgency(full, agency, complianceByMonth(evaluation, { agencyId: id }));
}

/** Renders a status report in one of {@link STATUS_FORMATS}. */
export function renderStatus(
  report: StatusReport,
  format: (typeof STATUS_FORMATS)[number],
  target: Pick<OutputTarget, 'colour' | 'width'>,
  opts: { readonly lang?: Lang; readonly excel?: boolean } = {},
): string {
  const lang = opts.lang ?? 'vi';
  switch (format) {
    case 'text':
      return statusToText(report, paint(target.colour), { lang, width: target.width });
    case 'json':
      return toJsonText(report);
    case 'csv':
      return statusToCsv(report, { lang, excel: opts.excel === true });
    case 'md':
      return statusToMarkdown(report, lang);
    case 'html':
      return renderHtml({ status: report, lang });
  }
}

/** Runs `cchc status`. */
export async function statusCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const {
    values,
    positionals: pos,
    lang,
  } = parseCommand(argv, {
    'as-of': { type: 'string' },
    reports: { type: 'string' },
    'due-soon': { type: 'string' },
    agency: { type: 'string' },
    format: { type: 'string' },
    excel: { type: 'boolean' },
  });
  const [planPath = ''] = positionals(pos, ['plan.json']);
  const format = formatOf(formatWithExcel(values.format, values.excel), STATUS_FORMATS, 'text');
  const asOfIsToday = values['as-of'] === undefined;
  const asOf = parseDateArg('as-of', values['as-of'] ?? todayInVietnam(ctx.io.now()));
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
  const report = statusReport(plan, {
    asOf,
    reports,
    dueSoonDays,
    asOfIsToday,
    ...(values.agency === undefined ? {} : { agencyId: values.agency }),
  });
  step('đã đánh giá / evaluated');
  const target = outputTarget(ctx.io, values.output);
  await emit(ctx.io, target, renderStatus(report, format, target, { lang, excel: values.excel === true }));
  return EXIT.ok;
}
