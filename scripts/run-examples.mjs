// Runs every examples/*.ts with tsx. When examples/expected/<name>.txt exists,
// the output must equal it (set UPDATE_EXPECTED=1 to rewrite the files).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'examples';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: process.env.TZ ?? 'UTC' },
  });
  const expectedPath = join(dir, 'expected', `${name}.txt`);
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`✗ ${file} exited ${run.status}\n${run.stderr}\n`);
    continue;
  }
  if (process.env.UPDATE_EXPECTED === '1') {
    mkdirSync(join(dir, 'expected'), { recursive: true });
    writeFileSync(expectedPath, run.stdout);
    process.stdout.write(`↻ ${file} (expected output written)\n`);
  } else if (existsSync(expectedPath)) {
    const expected = readFileSync(expectedPath, 'utf8');
    if (expected !== run.stdout) {
      failed++;
      process.stderr.write(`✗ ${file}: output differs from ${expectedPath} (UPDATE_EXPECTED=1 to accept)\n`);
      continue;
    }
    process.stdout.write(`✓ ${file} (matches expected output)\n`);
  } else {
    failed++;
    process.stderr.write(
      `✗ ${file}: no ${expectedPath}; run UPDATE_EXPECTED=1 node scripts/run-examples.mjs\n`,
    );
  }
}
process.stdout.write(`${files.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
