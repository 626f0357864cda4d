/**
 * `npm run bench` — runs every bench/measures/*.ts. Each module default-exports
 * an async function returning one or more {@link Measure}s: ours vs a baseline
 * measured in the same run (these machines are noisy, so ratios, not times,
 * are what to compare).
 *
 * `npm run bench -- --json` prints only a JSON array of measures.
 * `npm run bench -- --only parse,update` runs some measures.
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Measure } from './measure.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? new Set((args[onlyIdx + 1] ?? '').split(',')) : null;

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(join(here, 'measures'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
const results: Measure[] = [];
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  if (only && !only.has(name)) continue;
  const mod = (await import(pathToFileURL(join(here, 'measures', file)).href)) as {
    default: (log: (line: string) => void) => Promise<Measure | Measure[]>;
  };
  const log = (line: string): void => {
    if (!json) process.stdout.write(`  ${line}\n`);
  };
  if (!json) process.stdout.write(`${name}\n`);
  const out = await mod.default(log);
  for (const m of Array.isArray(out) ? out : [out]) {
    results.push(m);
    if (!json) {
      process.stdout.write(
        `  → ${m.name}: ours ${m.ours_ms.toFixed(1)} ms, baseline ${m.baseline_ms.toFixed(1)} ms, ratio ${m.ratio.toFixed(2)}×, size ${m.size}\n`,
      );
    }
  }
}
if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
