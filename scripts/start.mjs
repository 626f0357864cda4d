// `npm start`: the main job. Builds the command if its sources changed (the
// build's lines go to stderr), then runs `cchc demo` so that standard output
// carries the report alone. Options go to the demo (`npm start -- --format
// html`); a command runs that command (`npm start -- deadline "Quý II/2018"`).
import { spawnSync } from 'node:child_process';
import { cliPath, ensureCli } from './build-cli.mjs';

try {
  ensureCli();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const args = process.argv.slice(2);
const r = spawnSync(
  process.execPath,
  [cliPath, ...(args[0] === undefined || args[0].startsWith('-') ? ['demo', ...args] : args)],
  {
    stdio: 'inherit',
  },
);
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 1);
