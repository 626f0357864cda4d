/**
 * The command dispatcher: `cchc <command> [options]`. Results go to stdout,
 * diagnostics to stderr; the exit code says how it went (0 ok, 1 invalid
 * input, 2 usage error).
 *
 * @module
 */
import { EXIT, InputError, langOf, UsageError } from './args.js';
import type { CommandContext } from './commands/context.js';
import { criteriaCommand } from './commands/criteria.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { schemaCommand } from './commands/schema.js';
import { scoreCommand } from './commands/score.js';
import { statusCommand } from './commands/status.js';
import { validateCommand } from './commands/validate.js';
import { formatIssues } from './format/issues.js';
import { HELP } from './help.js';
import type { CliIo } from './io.js';
import type { CliLibrary } from './library.js';

type Command = (argv: readonly string[], ctx: CommandContext) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  status: statusCommand,
  score: scoreCommand,
  validate: validateCommand,
  deadline: deadlineCommand,
  schema: schemaCommand,
  demo: demoCommand,
  criteria: criteriaCommand,
};

/** The `--lang` value anywhere on the line, for messages before parsing succeeds. */
function langHint(argv: readonly string[]): 'vi' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  try {
    return langOf(value);
  } catch {
    return 'vi';
  }
}

/** A command's help; `score` also lists the built-in presets. */
function helpFor(name: string, lib: CliLibrary): string {
  const text = HELP[name] ?? '';
  if (name !== 'score') return text;
  const ids = lib.presetIds();
  return ids.length === 0 ? text : `${text}\nBộ tiêu chí có sẵn / built-in presets: ${ids.join(', ')}`;
}

/** Runs a command line against a library and an I/O window; returns the exit code. */
export async function run(argv: readonly string[], io: CliIo, lib: CliLibrary): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic !== undefined && HELP[topic] !== undefined && topic !== 'main')
      io.stdout(helpFor(topic, lib) + '\n');
    else if (name === undefined) {
      io.stderr((HELP['main'] ?? '') + '\n');
      return EXIT.usage;
    } else io.stdout((HELP['main'] ?? '') + '\n');
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${typeof __CCHC_VERSION__ === 'string' ? __CCHC_VERSION__ : 'dev'}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  const lang = langHint(argv);
  if (!command || !Object.hasOwn(COMMANDS, name)) {
    io.stderr(
      lang === 'en'
        ? `cchc: unknown command "${name}". See cchc --help.\n`
        : `cchc: không có lệnh "${name}". Xem cchc --help.\n`,
    );
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(helpFor(name, lib) + '\n');
    return EXIT.ok;
  }
  try {
    return await command(rest, { io, lib });
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
