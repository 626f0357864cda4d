/**
 * Argument parsing on `node:util` `parseArgs`, with the errors a command
 * answers in Vietnamese or English: usage errors (exit 2, with "did you mean
 * …" for a mistyped option) and invalid input (exit 1).
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Issue } from '../core/result.js';
import { foldKey } from '../core/text.js';
import { type Lang, LANGS } from './format/locale.js';
import { oneLine } from './format/safe.js';

/**
 * Exit codes: 0 done; 1 the input is invalid or unreadable, or the output
 * file cannot be written; 2 the command line is wrong; 70 an unexpected
 * error inside cchc (a bug: `--debug` shows where).
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

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

/** The options of a command, as `parseArgs` takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  debug: { type: 'boolean' },
} as const satisfies OptionSpec;

/** Edit distance of two short words (Levenshtein), for "did you mean". */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest of `names` to `word` (within two edits, or a prefix), or undefined. */
export function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const d = name.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.min(2, Math.max(1, Math.floor(word.length / 3))) ? best : undefined;
}

/** Options of `spec` as the user types them: `--as-of`, `-o, --output`. */
function optionNames(spec: OptionSpec): string[] {
  return Object.keys(spec).map((k) => `--${k}`);
}

function unknownOption(raw: string, spec: OptionSpec): UsageError {
  const shown = raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
  const known = optionNames(spec);
  const guess = raw.startsWith('--') ? closest(raw, known) : undefined;
  if (guess !== undefined)
    return new UsageError(
      `không có tùy chọn ${shown}; có phải ý bạn là ${guess}?`,
      `unknown option ${shown}; did you mean ${guess}?`,
    );
  return new UsageError(
    `không có tùy chọn ${shown}. Các tùy chọn: ${known.join(', ')}`,
    `unknown option ${shown}. Options: ${known.join(', ')}`,
  );
}

/**
 * Parses a command's arguments: every option must be one of `options` or the
 * common ones, a string option needs its value, and `--lang` is checked here
 * for every command. Mistakes become a {@link UsageError} in both languages.
 */
export function parseCommand<O extends OptionSpec>(argv: readonly string[], options: O) {
  const spec = { ...COMMON_OPTIONS, ...options };
  const specs = new Map(Object.entries(spec as OptionSpec));
  const { tokens } = parseArgs({
    args: [...argv],
    options: spec,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const o = specs.get(t.name);
    if (o === undefined) throw unknownOption(t.rawName, spec);
    if (o.type === 'string' && (t.value === undefined || (t.inlineValue !== true && /^-./.test(t.value))))
      throw new UsageError(`${t.rawName} cần một giá trị`, `${t.rawName} needs a value`);
    if (o.type === 'boolean' && t.value !== undefined)
      throw new UsageError(`${t.rawName} không nhận giá trị`, `${t.rawName} takes no value`);
  }
  let parsed: ReturnType<typeof strictParse<O>>;
  try {
    parsed = strictParse(argv, options);
  } catch (error) {
    const message = oneLine(error instanceof Error ? error.message : String(error));
    throw new UsageError(`Tham số không hợp lệ: ${message}`, `Invalid arguments: ${message}`);
  }
  return { ...parsed, lang: langOf((parsed.values as { readonly lang?: unknown }).lang) };
}

function strictParse<O extends OptionSpec>(argv: readonly string[], options: O) {
  return parseArgs({
    args: [...argv],
    options: { ...COMMON_OPTIONS, ...options },
    allowPositionals: true,
    strict: true,
  });
}

/** What people type for a language, folded to lower case without spaces: the `--lang` value they mean. */
const LANG_ALIASES: ReadonlyMap<string, Lang> = new Map([
  ['vn', 'vi'],
  ['vie', 'vi'],
  ['viet', 'vi'],
  ['vietnamese', 'vi'],
  ['tiengviet', 'vi'],
  ['vi-vn', 'vi'],
  ['vi_vn', 'vi'],
  ['eng', 'en'],
  ['english', 'en'],
  ['tienganh', 'en'],
  ['en-us', 'en'],
  ['en-gb', 'en'],
  ['en_us', 'en'],
  ['en_gb', 'en'],
]);

/**
 * Reads `--lang`: `vi` (default) or `en`, the same two values for every
 * command. Anything else is a {@link UsageError} that names the value meant
 * when it is close ("vn", "english", "EN" → "did you mean …?").
 */
export function langOf(value: unknown): Lang {
  if (value === undefined) return 'vi';
  if (typeof value === 'string' && (LANGS as readonly string[]).includes(value)) return value as Lang;
  const text = typeof value === 'string' ? value : String(value);
  const key = foldKey(text).replace(/\s+/gu, '');
  const guess =
    (LANGS as readonly string[]).find((l) => l === key) ??
    LANG_ALIASES.get(key) ??
    (key.length >= 2 ? closest(key, LANGS) : undefined);
  const shown = oneLine(text.length > 40 ? `${text.slice(0, 39)}…` : text);
  const [hintVi, hintEn] =
    guess === undefined
      ? ['', '']
      : [`; có phải ý bạn là --lang ${guess}?`, `; did you mean --lang ${guess}?`];
  throw new UsageError(
    `--lang phải là ${LANGS.join(' hoặc ')} (nhận được "${shown}")${hintVi}`,
    `--lang must be ${LANGS.join(' or ')} (got "${shown}")${hintEn}`,
  );
}

/** Reads `--format` against the formats a command offers. */
export function formatOf<F extends string>(value: unknown, allowed: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as F;
  const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
  const hint = guess === undefined ? '' : ` — ${guess}?`;
  throw new UsageError(
    `--format phải là một trong: ${allowed.join(', ')} (nhận được "${String(value)}")${hint}`,
    `--format must be one of: ${allowed.join(', ')} (got "${String(value)}")${hint}`,
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
      names.length === 0
        ? `Lệnh này không nhận tham số (nhận được ${values.length})`
        : `Cần ${names.length} tham số ${want}, nhận được ${values.length}`,
      names.length === 0
        ? `This command takes no argument (got ${values.length})`
        : `Expected ${names.length} argument(s) ${want}, got ${values.length}`,
    );
  }
  return [...values];
}
