/**
 * A province scores and ranks its departments (sở, ban, ngành) on a small
 * criteria set, then prints the ranking as a table with Vietnamese decimal
 * commas, the worst criteria first with the reason, and the summary.
 *
 * The rules follow real provincial sets (Cà Mau QĐ 1880/QĐ-UBND 2013: annual
 * plan on time 1 / late 0,5 / not issued 0; plan completion over 90% → 2,
 * 70–90% → 1; every periodic report on time → 1). The set's maxima and the
 * departments' inputs are illustrative, not published figures.
 */
import {
  formatIndexVi,
  formatPointsVi,
  loadCriteriaSet,
  rankUnits,
  scoreUnits,
  summarise,
  unwrap,
  type ScoreInput,
} from 'cchc';

const set = unwrap(
  loadCriteriaSet({
    schemaVersion: 1,
    id: 'tinh-mau-so-nganh-2024',
    title: 'Bộ chỉ số CCHC các sở, ban, ngành năm 2024 (minh họa)',
    unitType: 'department',
    counts: { areas: 3, criteria: 7 },
    classes: [
      { name: 'Tốt', min: 80 },
      { name: 'Khá', min: 65 },
      { name: 'Trung bình', min: 50 },
      { name: 'Yếu', min: 0 },
    ],
    nodes: [
      {
        id: '1',
        title: 'Công tác chỉ đạo, điều hành CCHC',
        max: 4,
        children: [
          {
            id: '1.1',
            title: 'Ban hành kế hoạch CCHC năm',
            max: 1,
            rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0.5, 'không ban hành': 0 } },
          },
          {
            id: '1.2',
            title: 'Mức độ hoàn thành kế hoạch CCHC',
            max: 2,
            rule: {
              kind: 'tiers',
              label: 'Tỷ lệ hoàn thành',
              tiers: [
                { min: 70, points: 1 },
                { above: 90, points: 2 },
              ],
            },
          },
          {
            id: '1.3',
            title: 'Thực hiện chế độ báo cáo định kỳ',
            max: 1,
            rule: { kind: 'allOf', conditions: ['Quý I', '6 tháng', 'Quý III', 'Năm'] },
          },
        ],
      },
      {
        id: '2',
        title: 'Cải cách thủ tục hành chính',
        max: 3,
        children: [
          {
            id: '2.1',
            title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
            max: 2,
            rule: { kind: 'proportional', scale: 100, label: 'Tỷ lệ đúng hạn' },
          },
          {
            id: '2.2',
            title: 'Phản ánh, kiến nghị được xử lý',
            max: 1,
            rule: { kind: 'proportional', label: 'Tỷ lệ xử lý', whenEmpty: 1 },
          },
        ],
      },
      {
        id: '3',
        title: 'Tác động của CCHC',
        max: 3,
        children: [
          {
            id: '3.1',
            title: 'Mức độ hài lòng (khảo sát)',
            max: 2.5,
            rule: { kind: 'survey', scale: [1, 5] },
          },
          {
            id: '3.2',
            title: 'Vi phạm kỷ luật hành chính',
            max: 0.5,
            rule: { kind: 'deduction', per: 0.25 },
          },
        ],
      },
    ],
  }),
);

const all = [true, true, true, true];
const names: Record<string, string> = {
  snv: 'Sở Nội vụ',
  stp: 'Sở Tư pháp',
  stc: 'Sở Tài chính',
  syt: 'Sở Y tế',
  sxd: 'Sở Xây dựng',
  sgddt: 'Sở Giáo dục và Đào tạo',
};
const inputs: Record<string, Record<string, ScoreInput>> = {
  snv: {
    '1.1': 'đúng hạn',
    '1.2': 96,
    '1.3': all,
    '2.1': 99.2,
    '2.2': { numerator: 0, denominator: 0 },
    '3.1': 4.6,
    '3.2': 0,
  },
  stp: {
    '1.1': 'đúng hạn',
    '1.2': 91,
    '1.3': all,
    '2.1': 97.5,
    '2.2': { numerator: 11, denominator: 12 },
    '3.1': 4.4,
    '3.2': 1,
  },
  stc: {
    '1.1': 'trễ hạn',
    '1.2': 88,
    '1.3': all,
    '2.1': 98,
    '2.2': { numerator: 5, denominator: 5 },
    '3.1': 4.5,
    '3.2': 0,
  },
  syt: {
    '1.1': 'đúng hạn',
    '1.2': 85,
    '1.3': [true, true, false, true],
    '2.1': 92.4,
    '2.2': { numerator: 30, denominator: 36 },
    '3.1': 4.1,
    '3.2': 0,
  },
  sxd: {
    '1.1': { self: 'đúng hạn', appraised: 'trễ hạn' },
    '1.2': 72,
    '1.3': all,
    '2.1': 'n/a',
    '2.2': { numerator: 7, denominator: 9 },
    '3.1': 3.9,
    '3.2': 2,
  },
  sgddt: {
    '1.1': 'trễ hạn',
    '1.2': 64,
    '1.3': [true, false, false, true],
    '2.1': 81,
    '2.2': { numerator: 20, denominator: 31 },
    '3.1': 3.6,
    '3.2': 1,
  },
};

const scores = unwrap(scoreUnits(set, inputs));
const ranking = rankUnits(scores);

// Display width counts characters (NFC), so Vietnamese names align.
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
const left = (s: string, n: number): string => ' '.repeat(Math.max(0, n - [...s].length)) + s;

console.log(set.title);
console.log(
  `${pad('Hạng', 5)}${pad('Đơn vị', 24)}${left('Điểm', 7)}${left('Tối đa', 8)}${left('Chỉ số', 8)}  Xếp loại`,
);
for (const r of ranking) {
  const s = r.score;
  console.log(
    `${pad(String(r.rank), 5)}${pad(names[r.unitId] ?? r.unitId, 24)}${left(formatPointsVi(s.total), 7)}${left(formatPointsVi(s.max), 8)}${left(formatIndexVi(s.index), 8)}  ${s.class ?? ''}`,
  );
}

// The weakest criterion of the last-ranked unit, with the reason.
const last = ranking[ranking.length - 1]!;
const worst = set.leafIds
  .map((id) => ({ id, n: last.score.nodes[id]! }))
  .filter((x) => x.n.max > 0)
  .sort((a, b) => a.n.points / a.n.max - b.n.points / b.n.max)
  .slice(0, 3);
console.log(`\n${names[last.unitId]}: các tiêu chí yếu nhất`);
for (const w of worst) console.log(`  ${w.id}  ${w.n.explanation}`);
console.log(`\nSở Xây dựng, 1.1: ${scores.find((s) => s.unitId === 'sxd')!.score.nodes['1.1']!.explanation}`);

const summary = summarise(scores, ['1', '2', '3']);
console.log(
  `\nBình quân ${formatIndexVi(summary.all.index.mean)}; trung vị ${formatIndexVi(summary.all.index.median)}; ` +
    `cao nhất ${formatIndexVi(summary.all.index.max)}; thấp nhất ${formatIndexVi(summary.all.index.min)}`,
);
console.log(
  `Xếp loại: ${Object.entries(summary.all.bands)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
