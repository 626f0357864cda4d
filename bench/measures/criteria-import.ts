/**
 * `criteria-import`: parseRule throughput on 10,000 scoring texts in the
 * forms annexes use (levels, binary, allOf, tiers either direction, target,
 * proportional, deduction, survey; some in NFD, upper case or with doubled
 * spaces), against the floor: NFC-normalising and lower-casing the same
 * texts. Ours and the floor run alternately, median of 11 rounds each.
 * Aims: ≥ 100,000 texts/s and ≤ 10× the floor.
 */
import { parseRule } from '../../src/scoring/index.js';
import { compared, interleave, rng, type Measure } from '../measure.js';

const TEMPLATES: ((r: () => number) => [string, number])[] = [
  () => ['Ban hành kịp thời: 1 · Ban hành không kịp thời: 0,5 · Không ban hành: 0', 1],
  () => ['Đạt yêu cầu: 1 · Không đạt yêu cầu: 0', 1],
  (r) => {
    const hi = 80 + (r() % 15);
    const lo = 60 + (r() % 10);
    return [
      `Thực hiện trên ${hi}% kế hoạch: 2 · Thực hiện từ ${lo}% - ${hi}% kế hoạch: 1 · Dưới ${lo}% kế hoạch: 0`,
      2,
    ];
  },
  () => [
    'Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1 · Không xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí: 0',
    1,
  ],
  (r) => {
    const lo = 70 + (r() % 20);
    return [`Thực hiện 100% kế hoạch: 2 điểm\nTừ ${lo}% đến dưới 100%: 1 điểm\nDưới ${lo}%: 0 điểm`, 2];
  },
  (r) => {
    const b = 1 + (r() % 5);
    return [`Không quá ${b}%: 1 điểm; trên ${b}% đến 10%: 0,5 điểm; trên 10%: 0 điểm`, 1];
  },
  () => ['Mỗi văn bản chậm trừ 0,25 điểm, tối đa trừ 1 điểm', 2],
  () => ['Điểm = tỷ lệ % × điểm tối đa', 2],
  () => ['điểm đạt = (số hồ sơ đúng hạn / tổng số hồ sơ) × 2', 2],
  () => ['- Ban hành kịp thời : 1đ\n- Ban hành chậm : 0,5đ\n- Không ban hành : 0đ', 1],
  (r) => [`Đạt chỉ tiêu từ ${70 + (r() % 30)}% trở lên: 2 điểm; Không đạt chỉ tiêu: 0 điểm`, 2],
  () => ['Điểm đánh giá qua điều tra xã hội học', 3],
  () => ['Hội đồng thẩm định xem xét, quyết định mức điểm', 1],
  () => ['Ban hành kịp thời (1 điểm); Ban hành chậm (0,5 điểm); Không ban hành (0 điểm)', 1],
];

function texts(n: number): [string, number][] {
  const r0 = rng(7);
  const r = (): number => Math.floor(r0() * 2 ** 31);
  const out: [string, number][] = [];
  for (let i = 0; i < n; i++) {
    const [t0, max] = (TEMPLATES[r() % TEMPLATES.length] as (r: () => number) => [string, number])(r);
    const v = r() % 20;
    const t =
      v < 2 ? t0.normalize('NFD') : v === 2 ? t0.toUpperCase() : v === 3 ? t0.replace(/ /g, '  ') : t0;
    out.push([t, max]);
  }
  return out;
}

export default async function criteriaImport(log: (line: string) => void): Promise<Measure> {
  const n = 10_000;
  const input = texts(n);
  let sink = 0;
  const ours = (): void => {
    for (const [t, max] of input) {
      const r = parseRule(t, { max });
      if (r.ok) sink += r.value.kind.length;
    }
  };
  const floor = (): void => {
    for (const [t] of input) sink += t.normalize('NFC').toLowerCase().length;
  };
  const kinds = new Map<string, number>();
  for (const [t, max] of input) {
    const r = parseRule(t, { max });
    const k = r.ok ? r.value.kind : 'issues';
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  // Warm both up (the JIT settles over a few rounds), then alternate rounds so machine load
  // hits both alike; the median of 11 rounds each.
  const r = interleave(ours, floor, 11, 3);
  const oursMs = r.ours_ms;
  const floorMs = r.baseline_ms;
  const perSecond = Math.round((n / oursMs) * 1000);
  log(`${n} texts: ${oursMs.toFixed(1)} ms (${perSecond} texts/s), floor ${floorMs.toFixed(1)} ms`);
  log(`kinds read: ${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')}`);
  if (sink === -1) log('');
  return compared('criteria-import', r, n, { textsPerSecond: perSecond });
}
