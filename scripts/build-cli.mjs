// Builds the `cchc` command (dist/cli.js) when, and only when, its sources
// changed: `npm start`, the tests' global setup and the browser test call it.
//
// The stamp (node_modules/.cache/cchc/cli-stamp.json) records a hash of every
// input — src/**/*.ts, tsup.config.ts, tsconfig.json, package.json — and of the
// dist/cli.js it produced. When both still match, nothing is built. Otherwise
// tsup builds the command alone (CCHC_BUILD=cli: the same file as the full
// build's, without the library's ESM, CommonJS and declarations); what it
// prints goes to stderr, so standard output keeps only the report.
//
//   node scripts/build-cli.mjs          build if needed; exit 1 when the build fails
//   node scripts/build-cli.mjs --stamp  record the stamp for the dist/cli.js that
//                                       `npm run build` has just made
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cliPath = join(root, 'dist', 'cli.js');
const stampPath = join(root, 'node_modules', '.cache', 'cchc', 'cli-stamp.json');

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** One hash over the names and contents of everything the command is built from. */
export function inputsHash() {
  const files = [
    ...sourceFiles(join(root, 'src')),
    ...['tsup.config.ts', 'tsconfig.json', 'package.json'].map((f) => join(root, f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function fileHash(path) {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8'));
  } catch {
    return null;
  }
}

/** Whether dist/cli.js was built from the sources as they are now. */
export function cliIsFresh(inputs = inputsHash()) {
  const stamp = readStamp();
  return stamp !== null && stamp.inputs === inputs && stamp.output === fileHash(cliPath);
}

/** Records that dist/cli.js was built from the sources as they are now. */
export function writeStamp(inputs = inputsHash()) {
  mkdirSync(dirname(stampPath), { recursive: true });
  writeFileSync(stampPath, `${JSON.stringify({ inputs, output: fileHash(cliPath) })}\n`);
}

/**
 * Builds dist/cli.js unless it is fresh. Returns `{ built, ms }`; throws with
 * the build's own output when tsup fails. `log` receives one line when a
 * build starts (stderr by default).
 */
export function ensureCli({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const inputs = inputsHash();
  if (cliIsFresh(inputs)) return { built: false, ms: 0 };
  const started = performance.now();
  log('cchc: đang dựng lệnh / building the command (dist/cli.js)…');
  const require = createRequire(join(root, 'package.json'));
  const pkgPath = require.resolve('tsup/package.json');
  const bin = JSON.parse(readFileSync(pkgPath, 'utf8')).bin;
  const tsup = join(dirname(pkgPath), typeof bin === 'string' ? bin : bin.tsup);
  const r = spawnSync(process.execPath, [tsup, '--silent'], {
    cwd: root,
    env: { ...process.env, CCHC_BUILD: 'cli' },
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(cliPath)) {
    throw new Error(
      `building dist/cli.js failed (tsup exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`,
    );
  }
  writeStamp(inputs);
  const ms = performance.now() - started;
  log(`cchc: đã dựng / built in ${(ms / 1000).toFixed(1)} s`);
  return { built: true, ms };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    if (process.argv.includes('--stamp')) {
      if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: nothing to stamp');
      writeStamp();
    } else ensureCli();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
