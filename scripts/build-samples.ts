/**
 * Builds the sample plans in samples/ from the seed appendix tables in
 * examples/data/seeds/: each `<id>.csv` (the table as the source gives it,
 * read with papaparse) and `<id>.meta.json` (the plan's own fields, its agency
 * registry, targets and reporting duties, and the source document) go through
 * `planFromRows`, and the result is written to `samples/<id>.plan.json`
 * (pretty JSON, NFC).
 *
 *   npx tsx scripts/build-samples.ts          # write the samples
 *   npx tsx scripts/build-samples.ts --check  # fail when a sample is out of date
 *
 * `buildSamples()` is also used by test/samples/ to check the committed files.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Issue } from '../src/core/result.js';
import {
  planFromRows,
  type AgencyJson,
  type ClassJson,
  type PlanColumns,
  type PlanFromRowsOptions,
  type PlanJson,
  type PlanReadingReport,
  type ReportingJson,
  type TargetJson,
} from '../src/plan/index.js';

/** The four sample plans: Vĩnh Long 2018, Quảng Nam 2016–2020, Vinh Yên 2022, Hòa Bình 2016–2020. */
export const SAMPLE_IDS = [
  'vinh-long-2018',
  'quang-nam-2016-2020',
  'vinh-yen-2022',
  'hoa-binh-2016-2020',
] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

/** What `<id>.meta.json` holds (fields beyond the PlanJson ones document the source). */
export interface SampleMeta {
  readonly plan: PlanFromRowsOptions['plan'];
  readonly source: {
    readonly document: { readonly number?: string; readonly date?: string; readonly issuer: string };
    /** Which text of the source document the table was transcribed from. */
    readonly seed: string;
    readonly table: string;
    readonly tableInSource: boolean;
    readonly notes: readonly string[];
  };
  readonly table: { readonly headerRow: number; readonly columns: PlanColumns };
  readonly agencies: readonly AgencyJson[];
  readonly classes: readonly ClassJson[];
  readonly targets: readonly (TargetJson & { readonly where: string })[];
  readonly reportingText: string;
  readonly reporting: readonly ReportingJson[];
}

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = join(ROOT, 'examples', 'data', 'seeds');

/** Reads `<id>.csv` into rows of cell strings (papaparse, every row kept). */
export function readSampleRows(id: SampleId): string[][] {
  const text = readFileSync(join(SEEDS, `${id}.csv`), 'utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0) {
    throw new Error(`${id}.csv: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** Reads `<id>.meta.json`. */
export function readSampleMeta(id: SampleId): SampleMeta {
  return JSON.parse(readFileSync(join(SEEDS, `${id}.meta.json`), 'utf8')) as SampleMeta;
}

/** One built sample: the plan JSON, and the warnings and reading report `planFromRows` gave. */
export interface BuiltSample {
  readonly id: SampleId;
  readonly json: PlanJson;
  readonly warnings: readonly Issue[];
  readonly report: PlanReadingReport;
}

/** Builds one sample plan from its CSV and meta; throws with every issue when the table cannot be read. */
export function buildSample(id: SampleId): BuiltSample {
  const meta = readSampleMeta(id);
  const rows = readSampleRows(id);
  const result = planFromRows(rows, {
    columns: meta.table.columns,
    headerRow: meta.table.headerRow,
    plan: meta.plan,
    agencies: meta.agencies,
    classes: meta.classes,
    unknownAgencies: 'create',
    targets: meta.targets.map(({ id: tid, text }) => ({ id: tid, text })),
    reporting: meta.reporting,
  });
  if (!result.ok) {
    throw new Error(`${id}: ${result.issues.map((i) => `${i.path.join('.')}: ${i.messageEn}`).join('; ')}`);
  }
  return { id, json: result.value, warnings: result.warnings, report: result.report };
}

/** The text written to `samples/<id>.plan.json`: pretty JSON, NFC, ending in a line break. */
export function sampleText(json: PlanJson): string {
  return `${JSON.stringify(json, null, 2).normalize('NFC')}\n`;
}

export function samplePath(id: SampleId): string {
  return join(ROOT, 'samples', `${id}.plan.json`);
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(join(ROOT, 'samples'), { recursive: true });
  for (const id of SAMPLE_IDS) {
    const built = buildSample(id);
    const text = sampleText(built.json);
    const tasks = built.json.groups.reduce((n, g) => n + g.tasks.length, 0);
    const { report } = built;
    const empty = report.unreadDeadlines.filter((d) => d.code === 'empty_deadline').length;
    const summary =
      `${id}: ${built.json.groups.length} groups, ${tasks} tasks, ${built.json.targets?.length ?? 0} target statements, ${built.warnings.length} warnings; ` +
      `${empty} tasks without a deadline, ${report.unreadDeadlines.length - empty} deadlines unread, ` +
      `${report.unreadTargets.length} targets unread, ${report.unknownAgencies.length} agency names not in the registry`;
    if (check) {
      let current = '';
      try {
        current = readFileSync(samplePath(id), 'utf8');
      } catch {
        current = '';
      }
      if (current !== text) {
        stale++;
        process.stderr.write(`✗ ${summary} — samples/${id}.plan.json is out of date\n`);
      } else process.stdout.write(`✓ ${summary}\n`);
    } else {
      writeFileSync(samplePath(id), text);
      process.stdout.write(`${summary}\n`);
      for (const w of built.warnings) process.stdout.write(`  ${w.code} ${w.path.join('.')}: ${w.message}\n`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
