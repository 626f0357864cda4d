/**
 * `cchc score <criteria.json|preset-id> <inputs.json> [--format …]`.
 *
 * @module
 */
import type { Issue } from '../../core/result.js';
import type { CriteriaSet, UnitScore } from '../../scoring/types.js';
import { EXIT, formatOf, InputError, parseCommand, positionals } from '../args.js';
import { colourWanted, paint } from '../format/color.js';
import { sourceName } from '../input.js';
import type { CliLibrary } from '../library.js';
import { renderHtml } from '../report/html.js';
import { scoreToCsv, toJsonText } from '../report/machine.js';
import { scoreToMarkdown } from '../report/markdown.js';
import { buildScoreDetails, buildScoreReport, type ScoreReport } from '../report/score-model.js';
import { detailsToText, scoreToText } from '../report/score-text.js';
import { progress } from '../progress.js';
import type { CommandContext } from './context.js';
import { loadCriteriaArg, loadInputsFile, type UnitInputs } from './load.js';

/** The formats `score` writes. */
export const SCORE_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

/**
 * Scores every unit, ranks them and arranges the scorecard (no I/O). Issues
 * carry the path into the inputs file (`units[2].inputs.1.1`).
 */
export function scoreReport(
  lib: CliLibrary,
  set: CriteriaSet,
  units: readonly UnitInputs[],
  many: boolean,
):
  | { readonly ok: true; readonly report: ScoreReport }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const scores: { unitId: string; score: UnitScore }[] = [];
  const issues: Issue[] = [];
  units.forEach((u, i) => {
    const r = lib.scoreUnit(set, u.inputs);
    if (r.ok) scores.push({ unitId: u.id, score: r.value });
    else
      issues.push(
        ...r.issues.map((x) => ({ ...x, path: many ? ['units', i, 'inputs', ...x.path] : x.path })),
      );
  });
  if (issues.length > 0) return { ok: false, issues };
  const ranked = lib.rankUnits(scores);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const report = buildScoreReport(set, ranked, names);
  const only = scores[0];
  return {
    ok: true,
    report: !many && only ? { ...report, details: buildScoreDetails(set, only.score.nodes) } : report,
  };
}

/** Renders a scorecard in one of {@link SCORE_FORMATS}. */
export function renderScore(
  report: ScoreReport,
  format: (typeof SCORE_FORMATS)[number],
  colour: boolean,
): string {
  switch (format) {
    case 'text':
      return scoreToText(report, paint(colour)) + detailsToText(report);
    case 'json':
      return toJsonText(report);
    case 'csv':
      return scoreToCsv(report);
    case 'md':
      return scoreToMarkdown(report);
    case 'html':
      return renderHtml({ score: report });
  }
}

/** Runs `cchc score`. */
export async function scoreCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals: pos } = parseCommand(argv, { format: { type: 'string' } });
  const [criteriaArg, inputsPath] = positionals(pos, ['criteria.json|preset-id', 'inputs.json']) as [
    string,
    string,
  ];
  const format = formatOf(values.format, SCORE_FORMATS, 'text');
  const step = progress(ctx.io);
  const set = await loadCriteriaArg(ctx, criteriaArg);
  const { many, units } = await loadInputsFile(ctx, inputsPath);
  step(`đã đọc ${units.length} đơn vị / ${units.length} units loaded`);
  const r = scoreReport(ctx.lib, set, units, many);
  step('đã chấm điểm / scored');
  if (!r.ok) throw new InputError(sourceName(inputsPath), r.issues);
  ctx.io.stdout(renderScore(r.report, format, colourWanted(ctx.io.stdoutIsTTY, ctx.io.env)));
  return EXIT.ok;
}
