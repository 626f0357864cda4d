/**
 * Argument parsing on `node:util` `parseArgs`, with the errors a command
 * answers: usage errors (exit 2) and invalid input (exit 1).
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Issue } from '../core/result.js';

/** Exit codes: 0 ok, 1 invalid input, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The command line was wrong (unknown option, missing argument): exit 2, with the command's usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** The input was unreadable or invalid: exit 1, with every issue. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly source: string,
    readonly issues: readonly Issue[],
  ) {
    super(`${source}: ${issues.length} issue(s)`);
  }
}

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; unknown options and bad values become a {@link UsageError}. */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
) {
  try {
    return parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Tham số không hợp lệ: ${message}`, `Invalid arguments: ${message}`);
  }
}

/** Reads `--lang`: `vi` (default) or `en`. */
export function langOf(value: unknown): 'vi' | 'en' {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw new UsageError(
    `--lang phải là vi hoặc en (nhận được "${String(value)}")`,
    `--lang must be vi or en (got "${String(value)}")`,
  );
}

/** Reads `--format` against the formats a command offers. */
export function formatOf<F extends string>(value: unknown, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(
    `--format phải là một trong: ${allowed.join(', ')} (nhận được "${String(value)}")`,
    `--format must be one of: ${allowed.join(', ')} (got "${String(value)}")`,
  );
}

/** Reads a whole non-negative number option such as `--due-soon 7`. */
export function countOf(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const text = String(value);
  if (!/^\d{1,4}$/.test(text)) {
    throw new UsageError(
      `--${name} phải là số nguyên không âm (nhận được "${text}")`,
      `--${name} must be a whole number ≥ 0 (got "${text}")`,
    );
  }
  return Number(text);
}

/** Takes exactly `n` positional arguments, naming them in the error. */
export function positionals(values: readonly string[], names: readonly string[]): string[] {
  if (values.length !== names.length) {
    const want = names.map((n) => `<${n}>`).join(' ');
    throw new UsageError(
      `Cần ${names.length} tham số ${want}, nhận được ${values.length}`,
      `Expected ${names.length} argument(s) ${want}, got ${values.length}`,
    );
  }
  return [...values];
}
