/**
 * `npm run bench` — runs every bench/measures/*.ts, each in its own Node
 * process (with --expose-gc), so that each one's peak memory (the kernel's
 * max RSS of that process) is its own. Each module default-exports an async
 * function returning one or more {@link Measure}s: ours vs a baseline, timed
 * alternately round after round in the same process (these machines are
 * noisy, so ratios, not times, are what to compare), medians of ≥ 5 rounds.
 *
 * `npm run bench -- --json` prints only a JSON array of measures (each with
 * `peak_rss_mb`).
 * `npm run bench -- --only parse,update` runs some measure files.
 *
 * Benchmarks are never assertions in `npm test`: the targets below are
 * printed as met or not, nothing fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Measure } from './measure.js';

/** The aims a measure's ratio (or peak memory) is held to. */
const TARGETS: Readonly<Record<string, { readonly ratio?: number; readonly peak_rss_mb?: number }>> = {
  score: { ratio: 3 },
  parse: { ratio: 6 },
  'score-memory': { peak_rss_mb: 1536 },
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? new Set((args[onlyIdx + 1] ?? '').split(',')) : null;

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(join(here, 'measures'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const results: Measure[] = [];
try {
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    if (only && !only.has(name)) continue;
    if (!json) process.stdout.write(`${name}\n`);
    const out = join(tmp, `${name}.json`);
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(here, 'child.ts'), join(here, 'measures', file), out],
      { stdio: ['ignore', json ? 'ignore' : 'inherit', 'inherit'], env: process.env },
    );
    if (child.status !== 0) throw new Error(`bench ${name} failed (exit ${String(child.status)})`);
    const measures = JSON.parse(readFileSync(out, 'utf8')) as Measure[];
    for (const m of measures) {
      results.push(m);
      if (!json) {
        process.stdout.write(
          `  → ${m.name}: ours ${m.ours_ms.toFixed(1)} ms, baseline ${m.baseline_ms.toFixed(1)} ms, ratio ${m.ratio.toFixed(2)}×, size ${m.size}, peak ${String(m['peak_rss_mb'])} MB\n`,
        );
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  process.stdout.write(
    '\nratios: wall-clock medians of interleaved rounds (cpu: the same rounds in process CPU time, steadier under load)\n',
  );
  for (const m of results) {
    const t = TARGETS[m.name];
    const aims: string[] = [];
    if (t?.ratio !== undefined) aims.push(`aim ≤ ${t.ratio}×: ${m.ratio <= t.ratio ? 'met' : 'NOT met'}`);
    const peak = m['peak_rss_mb'];
    if (t?.peak_rss_mb !== undefined && typeof peak === 'number')
      aims.push(`aim ≤ ${t.peak_rss_mb} MB peak: ${peak <= t.peak_rss_mb ? 'met' : 'NOT met'}`);
    const cpu = typeof m['cpu_ratio'] === 'number' ? `${m['cpu_ratio'].toFixed(2)}×` : '—';
    process.stdout.write(
      `  ${m.name.padEnd(20)} ${m.ratio.toFixed(2).padStart(7)}×  cpu ${cpu.padStart(7)}  peak ${String(peak).padStart(5)} MB${aims.length > 0 ? `  (${aims.join('; ')})` : ''}\n`,
    );
  }
}
