/**
 * `cchc score <criteria.json|preset-id> <inputs.json> [--format …] [--excel]`.
 *
 * @module
 */
import type { Issue } from '../../core/result.js';
import { rankUnits, scoreUnit } from '../../index.js';
import type { CriteriaSet, UnitScore } from '../../scoring/types.js';
import { EXIT, formatOf, InputError, parseCommand, positionals, UsageError } from '../args.js';
import { paint } from '../format/color.js';
import type { Lang } from '../format/locale.js';
import { sourceName } from '../input.js';
import { emit, type OutputTarget, outputTarget } from '../output.js';
import { progress } from '../progress.js';
import { renderHtml } from '../report/html.js';
import { scoreToCsv, toJsonText } from '../report/machine.js';
import { scoreToMarkdown } from '../report/markdown.js';
import { buildScoreDetails, buildScoreReport, type ScoreReport } from '../report/score-model.js';
import { detailsToText, scoreToText } from '../report/score-text.js';
import type { CommandContext } from './context.js';
import { loadCriteriaArg, loadInputsFile, type UnitInputs } from './load.js';

/** The formats `score` writes. */
export const SCORE_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

/**
 * Scores every unit, ranks them and arranges the scorecard (no I/O). Issues
 * carry the path into the inputs file (`units[2].inputs.1.1`).
 */
export function scoreReport(
  set: CriteriaSet,
  units: readonly UnitInputs[],
  many: boolean,
):
  | { readonly ok: true; readonly report: ScoreReport }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const scores: { unitId: string; score: UnitScore }[] = [];
  const issues: Issue[] = [];
  units.forEach((u, i) => {
    const r = scoreUnit(set, u.inputs);
    if (r.ok) scores.push({ unitId: u.id, score: r.value });
    else
      for (const x of r.issues)
        issues.push({ ...x, path: many ? ['units', i, 'inputs', ...x.path] : x.path });
  });
  if (issues.length > 0) return { ok: false, issues };
  const ranked = rankUnits(scores);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const report = buildScoreReport(set, ranked, names);
  const only = scores[0];
  return {
    ok: true,
    report:
      !many && only
        ? { ...report, details: buildScoreDetails(set, only.score.nodes, units[0]?.inputs ?? {}) }
        : report,
  };
}

/** Renders a scorecard in one of {@link SCORE_FORMATS}. */
export function renderScore(
  report: ScoreReport,
  format: (typeof SCORE_FORMATS)[number],
  target: Pick<OutputTarget, 'colour' | 'width'>,
  opts: { readonly lang?: Lang; readonly excel?: boolean } = {},
): string {
  const lang = opts.lang ?? 'vi';
  switch (format) {
    case 'text':
      return (
        scoreToText(report, paint(target.colour), { lang, width: target.width }) +
        detailsToText(report, { lang, width: target.width })
      );
    case 'json':
      return toJsonText(report);
    case 'csv':
      return scoreToCsv(report, { lang, excel: opts.excel === true });
    case 'md':
      return scoreToMarkdown(report, lang);
    case 'html':
      return renderHtml({ score: report, lang });
  }
}

/** `--excel` is CSV for Excel: alone it means `--format csv`; with another format it is a mistake. */
export function formatWithExcel<F extends string>(
  format: F | undefined,
  excel: boolean | undefined,
): F | 'csv' | undefined {
  if (!excel) return format;
  if (format !== undefined && format !== 'csv')
    throw new UsageError(
      `--excel chỉ dùng với CSV (nhận được --format ${format})`,
      `--excel writes CSV only (got --format ${format})`,
    );
  return 'csv';
}

/** Runs `cchc score`. */
export async function scoreCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const {
    values,
    positionals: pos,
    lang,
  } = parseCommand(argv, { format: { type: 'string' }, excel: { type: 'boolean' } });
  const [criteriaArg = '', inputsPath = ''] = positionals(pos, ['criteria.json|preset-id', 'inputs.json']);
  const format = formatOf(formatWithExcel(values.format, values.excel), SCORE_FORMATS, 'text');
  const step = progress(ctx.io);
  const set = await loadCriteriaArg(ctx, criteriaArg);
  const loaded = await loadInputsFile(ctx, inputsPath);
  const many = loaded.many;
  // One unit without a name is "Đơn vị" — "Unit" in English.
  const units = !many && lang === 'en' ? loaded.units.map((u) => ({ ...u, name: 'Unit' })) : loaded.units;
  step(`đã đọc ${units.length} đơn vị / ${units.length} units loaded`);
  const r = scoreReport(set, units, many);
  step('đã chấm điểm / scored');
  if (!r.ok) throw new InputError(sourceName(inputsPath), r.issues);
  const target = outputTarget(ctx.io, values.output);
  await emit(ctx.io, target, renderScore(r.report, format, target, { lang, excel: values.excel === true }));
  return EXIT.ok;
}
