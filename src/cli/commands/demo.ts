/**
 * `cchc demo` — the main job (`npm start`): the built-in Vĩnh Long 2018 plan
 * with sample progress reports at 30/06/2018, and a PAR scorecard for a few
 * sample units.
 *
 * @module
 */
import { join } from 'node:path';
import { EXIT, formatOf, InputError, parseCommand, positionals } from '../args.js';
import { colourWanted, paint } from '../format/color.js';
import { readJson, sourceName } from '../input.js';
import { renderHtml } from '../report/html.js';
import { toJsonText } from '../report/machine.js';
import { scoreToMarkdown, statusToMarkdown } from '../report/markdown.js';
import { scoreToText } from '../report/score-text.js';
import { statusToText } from '../report/status-text.js';
import type { CommandContext } from './context.js';
import { loadCriteriaArg, loadInputsFile, loadPlanFile, loadReportsFile, parseDateArg } from './load.js';
import { scoreReport } from './score.js';
import { statusReport } from './status.js';

/** The built-in sample files, in the package's samples/ folder. */
export const DEMO_FILES = {
  plan: 'vinh-long-2018.plan.json',
  reports: 'vinh-long-2018.reports.json',
  criteria: 'par-sample.criteria.json',
  inputs: 'par-sample.inputs.json',
} as const;

const NOTE_VI =
  'Ghi chú: kế hoạch là văn bản thật (QĐ 2701/QĐ-UBND của UBND tỉnh Vĩnh Long); báo cáo tiến độ, bộ tiêu chí và điểm là SỐ LIỆU MẪU để minh họa.';
const NOTE_EN =
  'Note: the plan is the real document; the progress reports, criteria set and points are SAMPLE data for illustration.';

/** Runs `cchc demo`. */
export async function demoCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals: pos } = parseCommand(argv, { format: { type: 'string' } });
  positionals(pos, []);
  const format = formatOf(values.format, ['text', 'md', 'html', 'json'] as const, 'text');
  const file = (name: string) => join(ctx.io.samplesDir, name);
  const plan = await loadPlanFile(ctx, file(DEMO_FILES.plan));
  const reportsJson = await readJson(ctx.io, file(DEMO_FILES.reports));
  const asOfText =
    typeof reportsJson === 'object' && reportsJson !== null && 'asOf' in reportsJson
      ? String(reportsJson.asOf)
      : '2018-06-30';
  const asOf = parseDateArg('as-of', asOfText);
  const reports = await loadReportsFile(ctx, file(DEMO_FILES.reports), plan);
  const status = statusReport(ctx.lib, plan, { asOf, reports, dueSoonDays: 7 });
  const set = await loadCriteriaArg(ctx, file(DEMO_FILES.criteria));
  const { units } = await loadInputsFile(ctx, file(DEMO_FILES.inputs));
  const scored = scoreReport(ctx.lib, set, units, true);
  if (!scored.ok) throw new InputError(sourceName(file(DEMO_FILES.inputs)), scored.issues);
  const score = scored.report;
  const colour = colourWanted(ctx.io.stdoutIsTTY, ctx.io.env);
  switch (format) {
    case 'text': {
      const p = paint(colour);
      ctx.io.stdout(
        `${statusToText(status, p)}\n${'═'.repeat(78)}\n\n${scoreToText(score, p)}\n${p.dim(NOTE_VI)}\n${p.dim(NOTE_EN)}\n`,
      );
      break;
    }
    case 'md':
      ctx.io.stdout(`${statusToMarkdown(status)}\n${scoreToMarkdown(score)}\n_${NOTE_VI}_\n`);
      break;
    case 'html':
      ctx.io.stdout(renderHtml({ status, score, generatedBy: `${NOTE_VI} Tạo bởi cchc demo.` }));
      break;
    case 'json':
      ctx.io.stdout(toJsonText({ status, score }));
      break;
  }
  return EXIT.ok;
}
