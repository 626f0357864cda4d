/**
 * `score-memory`: scoreUnits for 100,000 units on the 100-leaf set of
 * `score`, with the results kept (as a portal keeps a province's run), in a
 * process of its own: its peak resident memory (`peak_rss_mb`, the kernel's
 * max RSS) includes the inputs themselves (`inputs_rss_mb` after building
 * them), read after one run whose results are kept. Time against the same
 * baseline loop as `score`, interleaved, after that.
 */
import { unwrap } from '../../src/core/index.js';
import { scoreUnits, type ScoredUnit } from '../../src/scoring/index.js';
import { compared, interleave, peakRssMb, type Measure } from '../measure.js';
import { baseline, buildInputs, buildSet, kindsOf } from '../scoreData.js';

declare const gc: (() => void) | undefined;

export default async function scoreMemory(log: (line: string) => void): Promise<Measure> {
  const units = 100_000;
  const set = buildSet();
  const ids = set.leafIds;
  const kinds = kindsOf(ids);
  const inputs = buildInputs(units);
  if (typeof gc === 'function') gc();
  const inputsRss = Math.round(process.memoryUsage().rss / 2 ** 20);
  const heapBefore = process.memoryUsage().heapUsed;
  // One run, its results kept: the peak is read before the timed rounds
  // (whose garbage, result sets thrown away one after another, is not the workload).
  let kept: readonly ScoredUnit[] = unwrap(scoreUnits(set, inputs));
  const peak = peakRssMb();
  if (typeof gc === 'function') gc();
  const retainedMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  const r = interleave(
    () => {
      kept = [];
      kept = unwrap(scoreUnits(set, inputs));
    },
    () => baseline(inputs, ids, kinds),
    5,
    0,
  );
  log(
    `${units} units × ${ids.length} leaves: inputs ${inputsRss} MB resident; results kept ${retainedMb} MB of heap; peak ${peak} MB resident (aim ≤ 1536 MB)`,
  );
  return compared('score-memory', r, units, {
    leaves: ids.length,
    peak_rss_mb: peak,
    inputs_rss_mb: inputsRss,
    retained_heap_mb: retainedMb,
    units_kept: kept.length,
  });
}
