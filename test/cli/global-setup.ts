// vitest globalSetup: the command's tests run dist/cli.js, so it is built here,
// once per run, when its sources changed (scripts/build-cli.mjs compares a hash
// of them with a stamp). A failed build fails the run with tsup's own output.
import { ensureCli } from '../../scripts/build-cli.mjs';

export default function setup(): void {
  ensureCli({ log: () => undefined });
}
