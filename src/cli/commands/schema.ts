/**
 * `cchc schema plan|criteria`: the JSON Schema of the input files.
 *
 * @module
 */
import { EXIT, parseCommand, positionals, UsageError } from '../args.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';

/** Runs `cchc schema`. */
export async function schemaCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommand(argv, {});
  const [which] = positionals(parsed.positionals, ['plan|criteria']);
  if (which === 'plan') ctx.io.stdout(toJsonText(ctx.lib.planJsonSchema()));
  else if (which === 'criteria') ctx.io.stdout(toJsonText(ctx.lib.criteriaJsonSchema()));
  else
    throw new UsageError(
      `Không có schema "${which}"; chọn plan hoặc criteria`,
      `No schema "${which}"; choose plan or criteria`,
    );
  return EXIT.ok;
}
