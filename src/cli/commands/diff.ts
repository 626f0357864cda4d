/**
 * `cchc diff <old.json> <new.json> [--as-of <date>]`: what changed between two
 * versions of a plan.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import { diffPlans, planAsOf } from '../../index.js';
import type { PlanDiff } from '../../plan/update/diff.js';
import type { Plan } from '../../plan/types.js';
import { EXIT, formatOf, parseCommand, positionals } from '../args.js';
import { oneLine } from '../format/safe.js';
import { type Lang, pick } from '../format/locale.js';
import { wrapText } from '../format/table.js';
import { emit, outputTarget } from '../output.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';
import { loadPlanFile, parseDateArg } from './load.js';

/** The formats `diff` writes. */
export const DIFF_FORMATS = ['text', 'json'] as const;

/** A plan as in force on `asOf`, or with every amendment in force when no date is given. */
function inForce(plan: Plan, asOf: IsoDate | undefined): Plan {
  const last = plan.amendments[plan.amendments.length - 1];
  const date = asOf ?? last?.decidedOn;
  return date === undefined ? plan : planAsOf(plan, date);
}

/** The diff as text: one line per change, in the language asked. */
export function diffToText(d: PlanDiff, lang: Lang, width = 100): string {
  if (d.lines.length === 0) return `${pick(lang, 'Không có thay đổi.', 'No changes.')}\n`;
  const head = pick(
    lang,
    `${d.lines.length} thay đổi:`,
    `${d.lines.length} ${d.lines.length === 1 ? 'change' : 'changes'}:`,
  );
  // "- " then the line, wrapped under its own text.
  const body = d.lines.map(
    (l) => `- ${wrapText(oneLine(lang === 'vi' ? l.vi : l.en), width, '  ').slice(2)}`,
  );
  return `${[head, ...body].join('\n')}\n`;
}

/** Runs `cchc diff`. */
export async function diffCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const {
    values,
    positionals: pos,
    lang,
  } = parseCommand(argv, {
    'as-of': { type: 'string' },
    format: { type: 'string' },
  });
  const [oldPath = '', newPath = ''] = positionals(pos, ['old.json', 'new.json']);
  const format = formatOf(values.format, DIFF_FORMATS, 'text');
  const asOf = values['as-of'] === undefined ? undefined : parseDateArg('as-of', values['as-of']);
  const a = inForce(await loadPlanFile(ctx, oldPath), asOf);
  const b = inForce(await loadPlanFile(ctx, newPath), asOf);
  const d = diffPlans(a, b);
  const target = outputTarget(ctx.io, values.output);
  await emit(ctx.io, target, format === 'json' ? toJsonText(d) : diffToText(d, lang, target.width));
  return EXIT.ok;
}
