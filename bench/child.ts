/**
 * Runs one bench/measures/*.ts module in this process (started by run.ts
 * with --expose-gc) and writes its measures, each with this process's peak
 * resident memory (`peak_rss_mb`, the kernel's max RSS), to the file named.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { peakRssMb, type Measure } from './measure.js';

const [file, out] = process.argv.slice(2);
if (file === undefined || out === undefined) throw new Error('usage: child.ts <measure.ts> <out.json>');
const mod = (await import(pathToFileURL(file).href)) as {
  default: (log: (line: string) => void) => Promise<Measure | Measure[]>;
};
const log = (line: string): void => {
  process.stdout.write(`  ${line}\n`);
};
const result = await mod.default(log);
const peak = peakRssMb();
const measures = (Array.isArray(result) ? result : [result]).map((m) => ({
  ...m,
  peak_rss_mb: typeof m['peak_rss_mb'] === 'number' ? m['peak_rss_mb'] : peak,
}));
writeFileSync(out, JSON.stringify(measures));
