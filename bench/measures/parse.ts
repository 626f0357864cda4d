/**
 * `parse`: parseDeadline throughput — on every deadline phrase of the four seed
 * plans, and on a synthetic mix of 1,000,000 phrases in the forms plans use
 * (some in NFD, upper case or with stray spaces). Baseline (the floor): just
 * NFC-normalising and lower-casing the same strings.
 */
import { readFileSync } from 'node:fs';
import { parseDeadline } from '../../src/deadline/index.js';
import { compared, interleave, type Measure } from '../measure.js';

interface Entry {
  text: string;
  context: { year?: number; period?: { from: number; to: number } };
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `Quý ${ROMAN[r() % 4]}/${2016 + (r() % 10)}`,
  (r) => `Quý ${ROMAN[r() % 4]}/ ${2016 + (r() % 10)}`,
  (r) => `Tháng ${String(1 + (r() % 12)).padStart(2, '0')}/${2016 + (r() % 10)}`,
  (r) => `Năm ${2016 + (r() % 10)}`,
  (r) => `Kế hoạch năm ${2016 + (r() % 10)}`,
  (r) => `Thường xuyên trong năm ${2016 + (r() % 10)}`,
  (r) => `trước ngày ${1 + (r() % 28)}/${1 + (r() % 12)}/${2016 + (r() % 10)}`,
  (r) => `Quý ${ROMAN[r() % 2]} và ${ROMAN[2 + (r() % 2)]} năm ${2016 + (r() % 10)}`,
  (r) => `Giai đoạn ${2016 + (r() % 5)}-${2021 + (r() % 5)}`,
  (r) => `Từ năm ${2016 + (r() % 10)} và các năm tiếp theo`,
  () => 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)',
  () => 'Định kỳ hàng quý và đột xuất khi có yêu cầu',
  () => 'Khi có văn bản pháp luật mới',
  () => 'Theo Kế hoạch',
  (r) => `6 tháng ${r() % 2 === 0 ? 'đầu' : 'cuối'} năm ${2016 + (r() % 10)}`,
  (r) => `Hoàn thành chậm nhất quý ${ROMAN[r() % 4]}/${2016 + (r() % 10)}`,
  (r) => `Quý ${ROMAN[r() % 4]}`,
  () => 'trước 16h00 thứ Sáu hàng tuần',
  (r) => `${1 + (r() % 30)}/${2 + (r() % 2)}/${2016 + (r() % 10)}`,
];

/** A deterministic mix (xorshift32), ~10% NFD, ~5% upper case, ~5% doubled spaces. */
export function synthetic(n: number): string[] {
  let s = 0x9e3779b9;
  const r = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const out: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    let t = (TEMPLATES[r() % TEMPLATES.length] as (r: () => number) => string)(r);
    const v = r() % 20;
    if (v < 2) t = t.normalize('NFD');
    else if (v === 2) t = t.toUpperCase();
    else if (v === 3) t = t.replace(/ /g, '  ');
    out[i] = t;
  }
  return out;
}

export default async function parse(log: (line: string) => void): Promise<Measure> {
  const seeds = JSON.parse(
    readFileSync(new URL('../../test/deadline/fixtures/seed-deadlines.json', import.meta.url), 'utf8'),
  ) as Entry[];
  // the seed phrases, repeated to 100,000 parses so the timer has something to time
  const reps = Math.ceil(100_000 / seeds.length);
  let sink = 0;
  const seed = interleave(
    () => {
      for (let k = 0; k < reps; k++)
        for (const e of seeds) sink += parseDeadline(e.text, e.context).kind.length;
    },
    () => {
      for (let k = 0; k < reps; k++)
        for (const e of seeds) sink += e.text.normalize('NFC').toLowerCase().length;
    },
    7,
  );
  const seedOurs = seed.ours_ms;
  const seedFloor = seed.baseline_ms;
  const seedCount = reps * seeds.length;
  log(`seed phrases: ${seeds.length} × ${reps} = ${seedCount} parses`);
  log(
    `  parseDeadline ${fmt(seedCount / (seedOurs / 1000))} phrases/s; floor ${fmt(seedCount / (seedFloor / 1000))} phrases/s; ratio ${(seedOurs / seedFloor).toFixed(1)}×`,
  );

  const mix = synthetic(1_000_000);
  const ctx = { year: 2018 };
  const r = interleave(
    () => {
      for (const t of mix) sink += parseDeadline(t, ctx).kind.length;
    },
    () => {
      for (const t of mix) sink += t.normalize('NFC').toLowerCase().length;
    },
    5,
  );
  const ours = r.ours_ms;
  const floor = r.baseline_ms;
  const perSecond = mix.length / (ours / 1000);
  log(`synthetic mix: ${mix.length} phrases`);
  log(
    `  parseDeadline ${fmt(perSecond)} phrases/s; floor ${fmt(mix.length / (floor / 1000))} phrases/s; ratio ${(ours / floor).toFixed(1)}× (aim: ≥ 500,000/s, ≤ 6×)`,
  );
  if (sink === 0) log('(unreachable)');
  return compared('parse', r, mix.length, {
    phrases_per_s: Math.round(perSecond),
    seed_phrases: seeds.length,
    seed_ours_ms: seedOurs,
    seed_baseline_ms: seedFloor,
    seed_ratio: seedOurs / seedFloor,
    seed_phrases_per_s: Math.round(seedCount / (seedOurs / 1000)),
  });
}

function fmt(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
