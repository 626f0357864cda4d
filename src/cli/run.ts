/**
 * The command dispatcher: `cchc <command> [options]`. Results go to stdout
 * (or the `-o` file), diagnostics to stderr; the exit code says how it went
 * ({@link EXIT}). No error ever prints a stack trace unless `--debug` asks.
 *
 * @module
 */
import { isAbsolute, relative, sep } from 'node:path';
import { closest, EXIT, InputError, langOf, UsageError } from './args.js';
import type { CommandContext } from './commands/context.js';
import { criteriaCommand } from './commands/criteria.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { diffCommand } from './commands/diff.js';
import { schemaCommand } from './commands/schema.js';
import { scoreCommand } from './commands/score.js';
import { statusCommand } from './commands/status.js';
import { validateCommand } from './commands/validate.js';
import { formatIssues } from './format/issues.js';
import type { Lang } from './format/locale.js';
import { oneLine } from './format/safe.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';
import { listPresets } from '../index.js';

type Command = (argv: readonly string[], ctx: CommandContext) => Promise<number>;

/** The commands by name: one line each. */
const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['status', statusCommand],
  ['score', scoreCommand],
  ['validate', validateCommand],
  ['deadline', deadlineCommand],
  ['schema', schemaCommand],
  ['demo', demoCommand],
  ['criteria', criteriaCommand],
  ['diff', diffCommand],
]);

/** The `--lang` value anywhere on the line, for messages before parsing succeeds. */
function langHint(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  try {
    return langOf(value);
  } catch {
    return 'vi';
  }
}

/** The samples folder as a user types it: relative to the working folder when inside it, quoted when needed. */
function samplesPath(io: CliIo): string {
  const rel = relative(process.cwd(), io.samplesDir);
  const path =
    rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : io.samplesDir;
  return /^[\w./@:+-]+$/.test(path) ? path : `"${path}"`;
}

/** A command's help; `score` also lists the built-in presets. */
function helpFor(name: string, io: CliIo): string | undefined {
  const text = helpText(name, samplesPath(io));
  if (text === undefined || name !== 'score') return text;
  const ids = listPresets().map((p) => p.id);
  return ids.length === 0 ? text : `${text}\nBộ tiêu chí có sẵn / built-in presets:\n  ${ids.join(', ')}`;
}

function unknownCommand(name: string, lang: Lang): string {
  const shown = oneLine(name.length > 40 ? `${name.slice(0, 39)}…` : name);
  const guess = closest(name, [...COMMANDS.keys(), 'help']);
  const hint =
    guess === undefined ? '' : lang === 'en' ? ` Did you mean "${guess}"?` : ` Có phải ý bạn là "${guess}"?`;
  return lang === 'en'
    ? `cchc: unknown command "${shown}".${hint} See cchc --help.\n`
    : `cchc: không có lệnh "${shown}".${hint} Xem cchc --help.\n`;
}

/** The one line for an error nobody expected (a bug in cchc); the trace only with `--debug`. */
function internalError(error: unknown, lang: Lang, debug: boolean): string {
  const what = oneLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(
    0,
    300,
  );
  const line =
    lang === 'en'
      ? `cchc: unexpected error (exit ${EXIT.internal}): ${what}. Run again with --debug for details, and please report it.\n`
      : `cchc: lỗi không mong đợi (mã thoát ${EXIT.internal}): ${what}. Chạy lại với --debug để xem chi tiết, và xin báo lỗi này.\n`;
  const trace = debug && error instanceof Error && error.stack ? `${error.stack}\n` : '';
  return line + trace;
}

/** Runs a command line against an I/O window; returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langHint(argv);
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io, lang);
  } catch (error) {
    io.stderr(internalError(error, lang, debug));
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`${helpFor('main', io)}\n`);
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    const first = rest[0];
    const topic = name === 'help' && first !== undefined && !first.startsWith('-') ? first : undefined;
    if (topic === undefined) {
      io.stdout(`${helpFor('main', io)}\n`);
      return EXIT.ok;
    }
    const text = COMMANDS.has(topic) ? helpFor(topic, io) : undefined;
    if (text === undefined) {
      io.stderr(unknownCommand(topic, lang));
      return EXIT.usage;
    }
    io.stdout(`${text}\n`);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${typeof __CCHC_VERSION__ === 'string' ? __CCHC_VERSION__ : 'dev'}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    io.stderr(unknownCommand(name, lang));
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${helpFor(name, io)}\n`);
    return EXIT.ok;
  }
  try {
    return await command(rest, { io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cchc ${name}: ${lang === 'en' ? error.en : error.vi}\n`);
      io.stderr(lang === 'en' ? `Usage: see cchc ${name} --help\n` : `Cách dùng: xem cchc ${name} --help\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(formatIssues(error.source, error.issues, lang) + '\n');
      return EXIT.invalid;
    }
    throw error;
  }
}

declare const __CCHC_VERSION__: string | undefined;
