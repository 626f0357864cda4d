/**
 * `cchc schema plan|criteria`: the JSON Schema of the input files.
 *
 * @module
 */
import { criteriaJsonSchema, planJsonSchema } from '../../index.js';
import { closest, EXIT, parseCommand, positionals, UsageError } from '../args.js';
import { oneLine } from '../format/safe.js';
import { emit, outputTarget } from '../output.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';

const SCHEMAS: ReadonlyMap<string, () => object> = new Map<string, () => object>([
  ['plan', planJsonSchema],
  ['criteria', criteriaJsonSchema],
]);

/** Runs `cchc schema`. */
export async function schemaCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommand(argv, {});
  const [which = ''] = positionals(parsed.positionals, ['plan|criteria']);
  const schema = SCHEMAS.get(which);
  if (schema === undefined) {
    const guess = closest(which, [...SCHEMAS.keys()]);
    const shown = oneLine(which).slice(0, 40);
    throw new UsageError(
      `Không có schema "${shown}"; chọn plan hoặc criteria${guess ? ` (${guess}?)` : ''}`,
      `No schema "${shown}"; choose plan or criteria${guess ? ` (${guess}?)` : ''}`,
    );
  }
  await emit(ctx.io, outputTarget(ctx.io, parsed.values.output), toJsonText(schema()));
  return EXIT.ok;
}
