/**
 * `cchc demo` — the main job (`npm start`): the built-in Vĩnh Long 2018 plan
 * with sample progress reports at 30/06/2018, and a PAR scorecard for a few
 * sample units. `cchc demo --save DIR` copies the sample files out, to try
 * the other commands on.
 *
 * @module
 */
import { join } from 'node:path';
import { issue } from '../../core/result.js';
import { EXIT, formatOf, InputError, parseCommand, positionals, UsageError } from '../args.js';
import { paint } from '../format/color.js';
import { type Lang, pick } from '../format/locale.js';
import { wrapText } from '../format/table.js';
import { readJson, readText, sourceName } from '../input.js';
import { emit, outputTarget } from '../output.js';
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

/** Every file `--save` writes: the four of the demo, the other three real plans, and the Vĩnh Long appendix as a table (CSV). */
export const SAMPLE_FILES: readonly string[] = [
  DEMO_FILES.plan,
  DEMO_FILES.reports,
  DEMO_FILES.criteria,
  DEMO_FILES.inputs,
  'quang-nam-2016-2020.plan.json',
  'vinh-yen-2022.plan.json',
  'hoa-binh-2016-2020.plan.json',
  'vinh-long-2018.appendix.csv',
];

const note = (lang: Lang) =>
  pick(
    lang,
    'Ghi chú: kế hoạch là văn bản thật (QĐ 2701/QĐ-UBND của UBND tỉnh Vĩnh Long); báo cáo tiến độ, bộ tiêu chí và điểm là SỐ LIỆU MẪU để minh họa.',
    'Note: the plan is the real document (Decision 2701/QĐ-UBND of the Vĩnh Long People’s Committee); the progress reports, criteria set and points are SAMPLE data for illustration.',
  );

/** Copies the sample files into `dir`; an existing file is never replaced. */
async function saveSamples(ctx: CommandContext, dir: string, lang: Lang): Promise<number> {
  try {
    await ctx.io.mkdir(dir);
  } catch (error) {
    throw new InputError(dir, [
      issue(
        [],
        'output_unwritable',
        `Không tạo được thư mục (${(error as { code?: string }).code ?? 'lỗi'})`,
        `Cannot create the folder (${(error as { code?: string }).code ?? 'error'})`,
      ),
    ]);
  }
  const written: string[] = [];
  for (const name of SAMPLE_FILES) {
    const text = await readText(ctx.io, join(ctx.io.samplesDir, name));
    const path = join(dir, name);
    try {
      await ctx.io.writeFile(path, text, { exclusive: true });
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new InputError(path, [
        code === 'EEXIST'
          ? issue(
              [],
              'file_exists',
              'Tệp đã có; không ghi đè. Chọn thư mục khác.',
              'The file exists; it is not replaced. Choose another folder.',
            )
          : issue(
              [],
              'output_unwritable',
              `Không ghi được tệp (${code ?? 'lỗi'})`,
              `Cannot write the file (${code ?? 'error'})`,
            ),
      ]);
    }
    written.push(path);
  }
  const plan = join(dir, DEMO_FILES.plan);
  const reports = join(dir, DEMO_FILES.reports);
  ctx.io.stdout(
    `${written.join('\n')}\n\n${pick(lang, 'Thử / try:', 'Try:')}\n  cchc status ${plan} --as-of 30/06/2018 --reports ${reports}\n  cchc score ${join(dir, DEMO_FILES.criteria)} ${join(dir, DEMO_FILES.inputs)}\n  cchc validate ${reports} --plan ${plan}\n  cchc validate ${join(dir, 'vinh-long-2018.appendix.csv')}\n`,
  );
  return EXIT.ok;
}

/** Runs `cchc demo`. */
export async function demoCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const {
    values,
    positionals: pos,
    lang,
  } = parseCommand(argv, { format: { type: 'string' }, save: { type: 'string' } });
  positionals(pos, []);
  const format = formatOf(values.format, ['text', 'md', 'html', 'json'] as const, 'text');
  if (values.save !== undefined) {
    if (values.format !== undefined || values.output !== undefined)
      throw new UsageError('--save không đi cùng --format hay -o', '--save does not go with --format or -o');
    return saveSamples(ctx, values.save, lang);
  }
  const file = (name: string) => join(ctx.io.samplesDir, name);
  const plan = await loadPlanFile(ctx, file(DEMO_FILES.plan));
  const reportsJson = await readJson(ctx.io, file(DEMO_FILES.reports));
  const asOfText =
    typeof reportsJson === 'object' && reportsJson !== null && 'asOf' in reportsJson
      ? String(reportsJson.asOf)
      : '2018-06-30';
  const asOf = parseDateArg('as-of', asOfText);
  const reports = await loadReportsFile(ctx, file(DEMO_FILES.reports), plan);
  const status = statusReport(plan, { asOf, reports, dueSoonDays: 7 });
  const set = await loadCriteriaArg(ctx, file(DEMO_FILES.criteria));
  const { units } = await loadInputsFile(ctx, file(DEMO_FILES.inputs));
  const scored = scoreReport(set, units, true);
  if (!scored.ok) throw new InputError(sourceName(file(DEMO_FILES.inputs)), scored.issues);
  const score = scored.report;
  const target = outputTarget(ctx.io, values.output);
  let text: string;
  switch (format) {
    case 'text': {
      const p = paint(target.colour);
      const opts = { lang, width: target.width };
      text = `${statusToText(status, p, opts)}\n${'═'.repeat(target.width - 2)}\n\n${scoreToText(score, p, opts)}\n${p.dim(wrapText(note(lang), target.width))}\n`;
      break;
    }
    case 'md':
      text = `${statusToMarkdown(status, lang)}\n${scoreToMarkdown(score, lang)}\n_${note(lang)}_\n`;
      break;
    case 'html':
      text = renderHtml({
        status,
        score,
        lang,
        generatedBy: `${note(lang)} ${pick(lang, 'Tạo bởi cchc demo.', 'Made with cchc demo.')}`,
      });
      break;
    case 'json':
      text = toJsonText({ status, score });
      break;
  }
  await emit(ctx.io, target, text);
  return EXIT.ok;
}
