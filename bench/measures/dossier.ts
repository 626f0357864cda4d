/**
 * `dossier`: dossierStats over 1,000,000 dossiers (2,000 agencies × 500
 * dossiers, a year of receipts) against a hand-written loop over the same
 * objects that compares ISO date strings and counts into a Map.
 */
import { dossierStats, workingDays, type ProcessingTime } from '../../src/dossier/index.js';
import { fromDayNumber, toDayNumber, type IsoDate } from '../../src/calendar/isoDate.js';
import type { Dossier } from '../../src/dossier/index.js';
import { compared, interleave, rng, time, type Measure } from '../measure.js';

const N = 1_000_000;
const AGENCIES = 2_000;

function makeDossiers(): Dossier[] {
  const rand = rng(20260213);
  const start = toDayNumber('2025-01-01' as IsoDate);
  const dates: IsoDate[] = [];
  for (let i = 0; i < 500; i++) dates.push(fromDayNumber(start + i));
  const agencies = Array.from({ length: AGENCIES }, (_, i) => `agency-${i}`);
  const procedures = Array.from({ length: 500 }, (_, i) => `2.00${1000 + i}`);
  const out: Dossier[] = new Array<Dossier>(N);
  for (let i = 0; i < N; i++) {
    const r = Math.floor(rand() * 365);
    const due = r + 1 + Math.floor(rand() * 20);
    const ret = r + Math.floor(rand() * 30);
    const returned = rand() < 0.85;
    const d: Dossier = returned
      ? {
          id: `H${i}`,
          agencyId: agencies[i % AGENCIES] as string,
          procedureId: procedures[Math.floor(rand() * 500)] as string,
          receivedOn: dates[r] as IsoDate,
          dueOn: dates[due] as IsoDate,
          returnedOn: dates[ret] as IsoDate,
        }
      : {
          id: `H${i}`,
          agencyId: agencies[i % AGENCIES] as string,
          procedureId: procedures[Math.floor(rand() * 500)] as string,
          receivedOn: dates[r] as IsoDate,
          dueOn: dates[due] as IsoDate,
        };
    out[i] = d;
  }
  return out;
}

/** The baseline: what one would write by hand for this one report. */
function handLoop(ds: readonly Dossier[], asOf: string): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i] as Dossier;
    if (d.receivedOn > asOf) continue;
    const key = d.agencyId ?? '';
    let c = m.get(key);
    if (c === undefined) {
      c = [0, 0, 0, 0, 0];
      m.set(key, c);
    }
    const due = d.dueOn as string;
    const r = d.returnedOn;
    if (r !== undefined && r <= asOf) c[r < due ? 0 : r === due ? 1 : 2]!++;
    else c[asOf > due ? 4 : 3]!++;
  }
  return m;
}

export default async function run(log: (line: string) => void): Promise<Measure> {
  const heapBefore = process.memoryUsage().heapUsed;
  const dossiers = makeDossiers();
  const heapData = process.memoryUsage().heapUsed;
  const asOf = '2025-10-31' as IsoDate;
  log(`${N} dossiers built (${((heapData - heapBefore) / 2 ** 20).toFixed(0)} MB)`);

  // Same answer first: the measure is meaningless otherwise.
  const ours = dossierStats(dossiers, asOf, 'agency');
  const base = handLoop(dossiers, asOf);
  for (const g of ours.groups) {
    const c = base.get(g.key);
    if (
      !c ||
      c[0] !== g.early ||
      c[1] !== g.onTime ||
      c[2] !== g.late ||
      c[3] !== g.open ||
      c[4] !== g.openOverdue
    ) {
      throw new Error(`dossier bench: counts differ for ${g.key}`);
    }
  }

  let peak = process.memoryUsage().heapUsed;
  const r = interleave(
    () => {
      dossierStats(dossiers, asOf, 'agency');
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    () => handLoop(dossiers, asOf),
    7,
  );
  const monthMs = time(() => dossierStats(dossiers, asOf, 'month'), 3);
  // The same dossiers without a printed appointment: counted from 1–20 working days.
  const times = Array.from({ length: 20 }, (_, k) => workingDays(k + 1));
  const counted: Dossier[] = dossiers.map((d, i) =>
    d.returnedOn === undefined
      ? {
          id: d.id,
          agencyId: d.agencyId as string,
          receivedOn: d.receivedOn,
          processingTime: times[i % 20] as ProcessingTime,
        }
      : {
          id: d.id,
          agencyId: d.agencyId as string,
          receivedOn: d.receivedOn,
          processingTime: times[i % 20] as ProcessingTime,
          returnedOn: d.returnedOn,
        },
  );
  const countedMs = time(() => dossierStats(counted, asOf, 'agency'), 3);
  log(`counted from processing times (no dueOn): ${countedMs.toFixed(1)} ms`);
  log(
    `by agency: ${ours.groups.length} groups; timely ${(100 * (ours.total.rates.timely ?? 0)).toFixed(2)}%`,
  );
  log(`by month: ${monthMs.toFixed(1)} ms`);
  return compared('dossier', r, N, {
    groups: ours.groups.length,
    by_month_ms: monthMs,
    counted_from_processing_time_ms: countedMs,
    peak_heap_mb: Math.round(peak / 2 ** 20),
    data_heap_mb: Math.round((heapData - heapBefore) / 2 ** 20),
  });
}
