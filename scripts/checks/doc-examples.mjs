// Type-checks every ```ts example: the @example blocks of TSDoc comments in
// src/**/*.ts and the ```ts blocks of docs/*.md (and README.md). Each block is
// written as its own module into a scratch project where `cchc` resolves to
// the built package (dist/), and all are compiled with tsc in strict mode.
//
// Conventions for writers of examples:
// - A block is a module: import what it uses from 'cchc'. Values it does not
//   build may be declared: `declare const plan: Plan;`.
// - A block that is intentionally not TypeScript (pseudo-code, an excerpt, a
//   shape with "…") is fenced as ```ts nocheck and is skipped.
// - Only ```ts / ```typescript fences are checked (```js, ```json, ```sh are not).
//
// Usage: node scripts/checks/doc-examples.mjs [--list]   (exit 1 when a block fails)
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
  console.error('doc-examples: dist/index.d.ts missing; run npm run build first');
  process.exit(1);
}

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const FENCE = /^(\s*)```(ts|typescript)([^\n]*)$/;

/** Blocks from Markdown text: { line (1-based, first code line), code, flags }. */
function blocksFromMarkdown(text, lineOffset = 0, strip = (l) => l) {
  const lines = text.split('\n').map(strip);
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    const flags = m[3].trim();
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++)
      body.push(lines[j].slice(Math.min(indent, lines[j].search(/\S|$/))));
    blocks.push({ line: lineOffset + i + 2, code: body.join('\n'), flags });
    i = j;
  }
  return blocks;
}

/** @example blocks from the doc comments of a TypeScript file. */
function blocksFromSource(text) {
  const blocks = [];
  const re = /\/\*\*[\s\S]*?\*\//g;
  let m;
  while ((m = re.exec(text))) {
    if (!m[0].includes('@example')) continue;
    const startLine = text.slice(0, m.index).split('\n').length - 1;
    const commentLines = m[0].split('\n');
    // Only fences after an @example tag count.
    const exampleAt = commentLines.findIndex((l) => l.includes('@example'));
    const tail = commentLines.slice(exampleAt).join('\n');
    const strip = (l) => l.replace(/^\s*\*\/?\s?/, '').replace(/^\s*\/\*\*\s?/, '');
    blocks.push(...blocksFromMarkdown(tail, startLine + exampleAt, strip));
  }
  return blocks;
}

const sources = [];
for (const file of walk(join(root, 'src'))) {
  if (file.includes(`${join('src', 'cli')}`)) continue; // the CLI is not public API
  for (const b of blocksFromSource(readFileSync(file, 'utf8')))
    sources.push({ file: relative(root, file), ...b });
}
const docs = existsSync(join(root, 'docs'))
  ? readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'docs', f))
  : [];
for (const file of [join(root, 'README.md'), ...docs]) {
  if (!existsSync(file)) continue;
  for (const b of blocksFromMarkdown(readFileSync(file, 'utf8')))
    sources.push({ file: relative(root, file), ...b });
}

const checked = sources.filter((b) => !/\bnocheck\b/.test(b.flags));
const skipped = sources.length - checked.length;
const work = mkdtempSync(join(tmpdir(), 'cchc-doc-examples-'));
try {
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(root, join(work, 'node_modules', 'cchc'), 'dir');
  for (const dep of ['@types', 'zod', 'date-fns', 'immer', 'exceljs', 'papaparse']) {
    if (existsSync(join(root, 'node_modules', dep)))
      symlinkSync(join(root, 'node_modules', dep), join(work, 'node_modules', dep), 'dir');
  }
  const files = checked.map((b, i) => {
    const name = `ex${String(i).padStart(4, '0')}.ts`;
    // Each block is its own module; the header keeps line numbers simple (one line).
    writeFileSync(join(work, name), `export {};\n${b.code}\n`);
    return name;
  });
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        types: ['node'],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: true,
        noEmit: true,
        resolveJsonModule: true,
        esModuleInterop: true,
        allowUnreachableCode: true,
        isolatedModules: true,
        verbatimModuleSyntax: false,
      },
      files,
    }),
  );
  let output = '';
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', work, '--pretty', 'false'],
      { encoding: 'utf8', cwd: work },
    );
  } catch (e) {
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  const failures = new Map();
  for (const line of output.split('\n')) {
    const m = /(ex(\d{4})\.ts)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line.trim());
    if (!m) continue;
    const b = checked[Number(m[2])];
    const at = `${b.file}:${b.line + Number(m[3]) - 2}`;
    if (!failures.has(b)) failures.set(b, []);
    failures.get(b).push(`  ${at}: ${m[5]}`);
  }
  if (process.argv.includes('--list')) for (const b of checked) console.log(`${b.file}:${b.line}`);
  console.log(
    `doc-examples: ${checked.length} ts blocks checked (${skipped} marked nocheck) from ${new Set(sources.map((s) => s.file)).size} files`,
  );
  if (failures.size > 0) {
    const byFile = new Map();
    for (const [b, errs] of failures) byFile.set(b.file, [...(byFile.get(b.file) ?? []), ...errs]);
    for (const [file, errs] of byFile) {
      console.error(`${file}:`);
      for (const e of errs) console.error(e);
    }
    console.error(
      `doc-examples: ${failures.size} of ${checked.length} blocks do not compile (in ${byFile.size} files)`,
    );
    process.exit(1);
  }
  if (output.trim() !== '' && failures.size === 0) {
    console.error(output);
    process.exit(1);
  }
  console.log('doc-examples: every block compiles');
} finally {
  rmSync(work, { recursive: true, force: true });
}
