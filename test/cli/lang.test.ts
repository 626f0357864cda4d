// `--lang en` as a user meets it in the built command: every word that is not
// the user's data is English, scoring explanations included; `--lang` takes
// vi or en in every command and answers anything else the same way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cchc, sample } from './helpers.js';

const SET = 'test/cli/fixtures/every-rule.criteria.json';
const INPUTS = 'test/cli/fixtures/every-rule.inputs.json';

interface Detail {
  readonly id: string;
  readonly explanation: string;
  readonly explanationEn: string | null;
}

describe('scoring explanations in English', () => {
  const details = (
    JSON.parse(cchc(['score', SET, INPUTS, '--format', 'json']).stdout) as { details: Detail[] }
  ).details;
  const en = new Map(details.map((d) => [d.id, d.explanationEn]));

  it('say each rule kind in English, with the library’s points', () => {
    expect(Object.fromEntries(en)).toEqual({
      '1': 'Sum of 14 sub-criteria → 13.4/25 points; 1 sub-criterion not applicable',
      '1.1': 'Not met → 0/1 point',
      '1.2': 'Level "trễ hạn" → 0.5/1 point',
      '1.3': 'Result 2.5% in the tier above 1% to 3% → 1/2 points',
      '1.4': 'Rate 0/0 (nothing to count) → 2/2 points',
      '1.5': '5 violations × 1 point off, not below -0.5 → -0.5/2 points',
      '1.6': 'Points given 2.5 → 2.5/3 points',
      '1.7': 'Mean survey answer 3 on the scale 1–5 → 2/4 points',
      '1.8': 'Not met: có báo cáo → 0/2 points',
      '1.9': 'Result 60% against the target ≥ 80%: not met, points in proportion → 1.5/2 points',
      '1.10': null,
      '1.11': 'Not applicable → not counted; the maximum is reduced by 1',
      '1.12': 'No input → 0/1 point',
      '1.13': 'Rate 70% × 2 points → 1.4/2 points (appraisal round 2, Hội đồng, 2024-04-01)',
      '1.14': 'Result 85% in the tier 80% or more → 2/2 points (self-assessed)',
    });
    // The Vietnamese explanation is the library's, unchanged.
    expect(details.find((d) => d.id === '1.3')?.explanation).toBe(
      'Kết quả 2,5% thuộc mức trên 1% đến 3% → 1/2 điểm',
    );
  });

  it('shows them in the text report; a template the set writes itself stays as written', () => {
    const text = cchc(['score', SET, INPUTS, '--lang', 'en']).stdout;
    expect(text).toContain('Detail by criterion (explanations the criteria set writes itself stay as');
    expect(text).toContain('Theo mẫu riêng của bộ: Đạt → 1/1 điểm');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Rate 70% × 2 points → 1.4/2 points (appraisal round 2, Hội đồng, 2024-04-01)');
    expect(flat).not.toMatch(/Tổng \d|tiêu chí con|thuộc mức|lần vi phạm|Chưa có số liệu/);
  });

  it('name a level as the set does, and the one unnamed unit "Unit"', () => {
    const r = cchc(['score', 'vn-ca-mau-2013-excerpt', '-', '--lang', 'en', '--format', 'json'], {
      stdin: '{"1.1.1": "ban hanh kip thoi"}',
    });
    const json = JSON.parse(r.stdout) as { units: { name: string }[]; details: Detail[] };
    expect(json.units[0]?.name).toBe('Unit');
    expect(json.details.find((d) => d.id === '1.1.1')?.explanationEn).toBe(
      'Level "Ban hành kịp thời" → 1/1 point',
    );
  });

  it('leave no Vietnamese but data in cchc score and cchc demo with --lang en', () => {
    const all = JSON.parse(readFileSync(sample('par-sample.inputs.json'), 'utf8')) as {
      units: { inputs: object }[];
    };
    const one = cchc(['score', sample('par-sample.criteria.json'), '-', '--lang', 'en'], {
      stdin: JSON.stringify(all.units[0]?.inputs),
    });
    expect(one.code, one.stderr).toBe(0);
    const explanations = one.stdout.slice(one.stdout.indexOf('Detail by criterion'));
    expect(explanations).toMatch(/^Detail by criterion\n/);
    // Criterion titles are the set's data; the explanations' words are not.
    const lines = explanations.split('\n');
    const at = lines[1]?.indexOf('Explanation') ?? 0;
    expect(at).toBeGreaterThan(0);
    const column = lines
      .slice(3)
      .map((l) => l.slice(at).trim())
      .join(' ');
    expect(column).not.toMatch(/điểm|Tổng|Mức|Tỷ lệ|Kết quả|thuộc|Đạt|vi phạm|thẩm định|khảo sát/);
    expect(column).toContain('Level "đúng hạn" → 1/1 point');
    const demo = cchc(['demo', '--lang', 'en']).stdout;
    for (const word of [
      'Tính đến',
      'nhiệm vụ',
      'Quá hạn',
      'Xếp hạng',
      'Lĩnh vực',
      'Ghi chú',
      'Tỷ lệ',
      'Giải thích',
    ])
      expect(demo, word).not.toContain(word);
  });
});

describe('--lang: one option, the same two values for every command', () => {
  const commands = [
    ['status', sample('vinh-long-2018.plan.json'), '--as-of', '30/06/2018'],
    ['score', sample('par-sample.criteria.json'), sample('par-sample.inputs.json')],
    ['validate', sample('vinh-long-2018.plan.json')],
    ['validate', sample('vinh-long-2018.appendix.csv')],
    ['deadline', 'Quý II/2018'],
    ['schema', 'plan'],
    ['demo'],
    ['criteria', 'show', 'vn-ca-mau-2013-excerpt'],
  ];

  it('refuses fr the same way everywhere, and names the value meant when it is close', () => {
    for (const args of commands) {
      const fr = cchc([...args, '--lang', 'fr']);
      expect(fr.code, args.join(' ')).toBe(2);
      expect(fr.stdout, args.join(' ')).toBe('');
      expect(fr.stderr, args.join(' ')).toContain(
        `cchc ${args[0]}: --lang phải là vi hoặc en (nhận được "fr")\n`,
      );
      const vn = cchc([...args, '--lang', 'vn']);
      expect(vn.code).toBe(2);
      expect(vn.stderr, args.join(' ')).toContain('(nhận được "vn"); có phải ý bạn là --lang vi?');
      expect(cchc([...args, '--lang', 'en']).code, args.join(' ')).toBe(0);
    }
    expect(cchc(['demo', '--lang', 'English']).stderr).toContain('có phải ý bạn là --lang en?');
    expect(cchc(['demo', '--lang', 'tiếng Việt']).stderr).toContain('có phải ý bạn là --lang vi?');
    // 26 runs of the command: more than the default limit on a loaded machine.
  }, 180_000);
});

describe('cchc deadline says why a text was not read', () => {
  it('names the reason of an ambiguous or impossible text, in both languages', () => {
    const mid = cchc(['deadline', 'Giữa năm 2019']);
    expect(mid.code).toBe(0);
    expect(mid.stdout.replace(/\s+/g, ' ')).toContain(
      'Lý do: nói một phần của kỳ mà không có một ngày hạn rõ ràng, như "Giữa năm 2019", "Đầu quý III" (ambiguous)',
    );
    expect(mid.stdout).toContain('không đoán ngày');
    const q5 = cchc(['deadline', 'Quý V/2019', '--lang', 'en']);
    expect(q5.stdout.replace(/\s+/g, ' ')).toContain('Why: a period that does not exist');
    expect(cchc(['deadline', '30/02/2019']).stdout).toContain('ngày không có thật');
    expect(cchc(['deadline', 'abc xyz']).stdout).toContain('(unrecognised)');
    const json = JSON.parse(cchc(['deadline', 'Giữa năm 2019', '--format', 'json']).stdout) as {
      why: string;
      whyEn: string;
      deadline: { reason: string };
    };
    expect(json.deadline.reason).toBe('ambiguous');
    expect(json.whyEn).toMatch(/^names a part of a period with no one due day/);
    expect(json.why).toMatch(/^nói một phần của kỳ/);
    const read = JSON.parse(cchc(['deadline', 'Quý II/2018', '--format', 'json']).stdout) as { why: null };
    expect(read.why).toBeNull();
  });

  it('suggests --year with the text the user typed', () => {
    const r = cchc(['deadline', 'trước ngày 15 tháng 12']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      'ví dụ cchc deadline "trước ngày 15 tháng 12" --year 2019.',
    );
    expect(r.stdout).not.toContain('Lý do');
  });
});

describe('--as-of as people type it, said in words', () => {
  const plan = sample('vinh-long-2018.plan.json');
  it('reads 30/06/2018, 30.06.2018, 30-6-2018 and 2018-06-30 alike, through the library', () => {
    const texts = ['30/06/2018', '30.06.2018', '30-6-2018', '2018-06-30', '30/6/2018'].map(
      (d) => cchc(['status', plan, '--as-of', d]).stdout,
    );
    for (const t of texts) expect(t).toBe(texts[0]);
    expect(texts[0]).toContain('Tính đến ngày 30 tháng 6 năm 2018');
    expect(texts[0]).toContain('Quyết định số 2701/QĐ-UBND ngày 20 tháng 12 năm 2017');
    // Tables keep the short form.
    expect(texts[0]).toContain('31/12/2017');
  });

  it('refuses a day that does not exist with the library’s reason', () => {
    const r = cchc(['status', plan, '--as-of', '29/02/2019']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of: "29/02/2019": ngày 29/2/2019 không tồn tại');
  });

  it('defaults to today in Vietnam and says so', () => {
    const r = cchc(['status', plan]);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('(hôm nay theo giờ Việt Nam, UTC+7)');
  });
});
