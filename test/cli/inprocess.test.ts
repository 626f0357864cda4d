// The same commands as the built-binary tests (table.test.ts, lang.test.ts,
// safety.test.ts), run in process through `run` with an I/O window in memory:
// quick, and seen by coverage. Files a test writes live in the window.
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/args.js';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './helpers.js';

async function cchc(argv: readonly string[], files: Record<string, string> = {}, stdin?: string) {
  const io = fakeIo(stdin === undefined ? {} : { stdin });
  for (const [k, v] of Object.entries(files)) io.written.set(k, v);
  const code = await run(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join(''), written: io.written };
}
const flat = (t: string) => t.replace(/\s+/g, ' ');

const TABLE = [
  'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2019 CỦA HUYỆN X,,,,',
  'TT,Nội dung,Cơ quan thực hiện,,Thời gian',
  ',,Chủ trì,Phối hợp,',
  'I,CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH,,,',
  '1,Ban hành kế hoạch CCHC năm 2019,Phòng Nội vụ,Văn phòng UBND,Tháng 01/2019',
  '2,"Tuyên truyền CCHC\n- Tỷ lệ hài lòng cao hơn năm 2018 (%)",Phòng Văn hóa và Thông tin,,Giữa năm',
  '3,Kiểm tra CCHC tại các xã,Phòng Nội vụ,,',
  '4,Tập huấn,Phòng Nội vụ,,trước ngày 15 tháng 12',
  '5,Rà soát,Phòng Tư pháp,,30/02/2019',
].join('\n');

describe('validate <table> (in process)', () => {
  it('prints the reading report in Vietnamese and English', async () => {
    const vi = await cchc(['validate', 'x.csv'], { 'x.csv': TABLE });
    expect(vi.code, vi.stderr).toBe(EXIT.ok);
    expect(flat(vi.stdout)).toContain('Năm của kế hoạch: 2019 (đọc từ tiêu đề trên bảng)');
    expect(flat(vi.stdout)).toContain('Chỉ tiêu chưa đọc được: 1');
    expect(flat(vi.stdout)).toContain('ngày không có thật');
    const en = await cchc(['validate', 'x.csv', '--lang', 'en'], { 'x.csv': TABLE });
    expect(flat(en.stdout)).toContain('Targets not read: 1');
    expect(flat(en.stdout)).toContain('Agency names not in the registry: 4 names, 6 times');
    const json = await cchc(['validate', 'x.csv', '--format', 'json'], { 'x.csv': TABLE });
    expect((JSON.parse(json.stdout) as { kind: string }).kind).toBe('table');
  });

  it('says where the year comes from, or that there is none', async () => {
    const body = TABLE.split('\n').slice(1).join('\n');
    const none = await cchc(['validate', 'x.csv'], { 'x.csv': body });
    expect(flat(none.stdout)).toContain(
      'không rõ (thời hạn không ghi năm sẽ không đọc được; thêm --year <năm>)',
    );
    expect(flat(none.stdout)).toContain('không ghi năm (no-year); thêm --year <năm>');
    const en = await cchc(['validate', 'x.csv', '--lang', 'en'], { 'x.csv': body });
    expect(flat(en.stdout)).toContain('unknown (deadlines without a year cannot be read; add --year <year>)');
    const file = await cchc(['validate', 'kh-2016-2020.csv', '--lang', 'en'], { 'kh-2016-2020.csv': body });
    expect(flat(file.stdout)).toContain("The plan's year: 2016–2020 (read from the file name)");
    const option = await cchc(['validate', 'x.csv', '--year', '2019', '--lang', 'en'], { 'x.csv': body });
    expect(flat(option.stdout)).toContain("The plan's year: 2019 (from --year)");
    expect((await cchc(['validate', 'x.csv', '--year', '19'], { 'x.csv': body })).code).toBe(EXIT.usage);
    const tsv = await cchc(['validate', 'x.tsv'], {
      'x.tsv': 'TT\tNội dung\tChủ trì\n1\tViệc\tPhòng Nội vụ\n',
    });
    expect(tsv.code).toBe(EXIT.ok);
  });

  it('matches names with --agencies, and names every agency with --agencies unknown', async () => {
    const r = await cchc([
      'validate',
      'samples/vinh-long-2018.appendix.csv',
      '--agencies',
      'samples/vinh-long-2018.plan.json',
      '--lang',
      'en',
    ]);
    expect(flat(r.stdout)).toContain('nothing left unread');
  });

  it('refuses what is not a plan table, and options that do not fit', async () => {
    const none = await cchc(['validate', 'x.csv', '--lang', 'en'], { 'x.csv': 'a,b\n1,2\n' });
    expect(none.code).toBe(EXIT.invalid);
    expect(none.stderr).toContain('No header row of a task table');
    expect(none.stderr).toContain('invalid plan table, 1 issue');
    const annex = await cchc(['validate', 'x.csv'], {
      'x.csv': 'STT,Tiêu chí,Điểm tối đa,Cách chấm\n1,Kế hoạch,1,Đạt: 1 điểm\n',
    });
    expect(annex.stderr).toContain('cchc criteria import');
    for (const extra of [
      ['--plan', 'samples/vinh-long-2018.plan.json'],
      ['--criteria', 'vn-ca-mau-2013-excerpt'],
    ]) {
      const r = await cchc(['validate', 'x.csv', ...extra], { 'x.csv': TABLE });
      expect(r.code, extra[0]).toBe(EXIT.usage);
    }
    const json = await cchc(['validate', 'samples/vinh-long-2018.plan.json', '--agencies', 'x.json']);
    expect(json.code).toBe(EXIT.usage);
    const old = await cchc(['validate', 'x.xls']);
    expect(old.code).toBe(EXIT.usage);
    const wrongKind = await cchc(['validate', 'samples/vinh-long-2018.plan.json', '--kind', 'table']);
    expect(wrongKind.code).toBe(EXIT.invalid);
  });

  it('reads a table from stdin with --kind table, and writes the report with -o', async () => {
    const r = await cchc(['validate', '-', '--kind', 'table', '-o', 'bao-cao.txt'], {}, TABLE);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(r.written.get('bao-cao.txt')).toContain('(stdin): bảng kế hoạch đọc được');
  });
});

describe('scoring explanations in English (in process)', () => {
  it('cover every rule kind', async () => {
    const r = await cchc([
      'score',
      'test/cli/fixtures/every-rule.criteria.json',
      'test/cli/fixtures/every-rule.inputs.json',
      '--lang',
      'en',
    ]);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const text = flat(r.stdout);
    for (const phrase of [
      'Not met → 0/1 point',
      'Result 2.5% in the tier above 1% to 3%',
      'Rate 0/0 (nothing to count)',
      '5 violations × 1 point off, not below -0.5',
      'Points given 2.5',
      'Mean survey answer 3 on the scale 1–5',
      'Not met: có báo cáo',
      'not met, points in proportion',
      'Not applicable → not counted',
      'No input → 0/1 point',
      'appraisal round 2, Hội đồng, 2024-04-01',
      '(self-assessed)',
      'Theo mẫu riêng của bộ',
    ])
      expect(text, phrase).toContain(phrase);
  });

  it('say ratios, levels, met targets and fixed partial points', async () => {
    const set = {
      schemaVersion: 1,
      id: 'x',
      title: 'X',
      nodes: [
        { id: '1', title: 'Tỷ lệ', max: 2, rule: { kind: 'proportional' } },
        { id: '2', title: 'Mức', max: 1, rule: { kind: 'levels', levels: { 'đúng hạn': 1, 'trễ hạn': 0 } } },
        {
          id: '3',
          title: 'Chỉ tiêu',
          max: 2,
          rule: {
            kind: 'target',
            target: { comparator: '<=', value: 5, unit: '%' },
            partial: { kind: 'fixed', points: 1 },
          },
        },
        {
          id: '4',
          title: 'Chỉ tiêu',
          max: 2,
          rule: { kind: 'target', target: { comparator: '>', value: 5 } },
        },
        { id: '5', title: 'Đạt', max: 1, rule: { kind: 'binary' } },
        {
          id: '6',
          title: 'Bậc',
          max: 2,
          rule: {
            kind: 'tiers',
            tiers: [
              { min: 50, points: 1 },
              { min: 80, points: 2 },
            ],
          },
        },
        { id: '7', title: 'Điều kiện', max: 1, rule: { kind: 'allOf', conditions: ['a', 'b'] } },
        { id: '8', title: 'Thiếu', max: 1, rule: { kind: 'binary' } },
        {
          id: '9',
          title: 'Bậc giảm',
          max: 2,
          rule: {
            kind: 'tiers',
            direction: 'lower-is-better',
            unit: 'ngày',
            tiers: [
              { max: 1, points: 2 },
              { max: 3, points: 1 },
            ],
          },
        },
      ],
    };
    const inputs = {
      '1': { numerator: 3, denominator: 4 },
      '2': 'dung han',
      '3': 7,
      '4': 6,
      '5': true,
      '6': 10,
      '7': { a: true, b: true },
      '8': { self: 'n/a' },
      '9': 9,
    };
    const r = await cchc(['score', 's.json', 'i.json', '--lang', 'en', '--format', 'json'], {
      's.json': JSON.stringify(set),
      'i.json': JSON.stringify(inputs),
    });
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const en = Object.fromEntries(
      (JSON.parse(r.stdout) as { details: { id: string; explanationEn: string }[] }).details.map((d) => [
        d.id,
        d.explanationEn,
      ]),
    );
    expect(en).toEqual({
      '1': 'Rate 3/4 × 2 points → 1.5/2 points',
      '2': 'Level "đúng hạn" → 1/1 point',
      '3': 'Result 7% against the target ≤ 5%: not met, partial points → 1/2 points',
      '4': 'Result 6 against the target > 5: met → 2/2 points',
      '5': 'Met → 1/1 point',
      '6': 'Result 10% in no tier (below 50%) → 0/2 points',
      '7': 'All 2/2 conditions met → 1/1 point',
      '8': 'Not applicable → not counted; the maximum is reduced by 1 (self-assessed)',
      '9': 'Result 9 ngày in no tier (above 3 ngày) → 0/2 points',
    });
  });
});

describe('other points (in process)', () => {
  it('deadline: reasons, the --year hint with the user’s text, JSON why', async () => {
    const mid = await cchc(['deadline', 'Giữa năm 2019', '--lang', 'en']);
    expect(flat(mid.stdout)).toContain('Why: names a part of a period with no one due day');
    const year = await cchc(['deadline', 'Tháng "6"']);
    expect(flat(year.stdout)).toContain('ví dụ cchc deadline "Tháng \\"6\\"" --year 2019');
    const json = await cchc(['deadline', '30/02/2019', '--format', 'json']);
    expect((JSON.parse(json.stdout) as { why: string }).why).toContain('ngày không có thật');
  });

  it('--lang: aliases and close values are named, others refused plainly', async () => {
    for (const [value, meant] of [
      ['vn', 'vi'],
      ['EN', 'en'],
      ['english', 'en'],
      ['tiếng Anh', 'en'],
      ['vi-VN', 'vi'],
      ['eb', 'en'],
    ] as const) {
      const r = await cchc(['deadline', 'Quý II/2018', '--lang', value]);
      expect(r.code, value).toBe(EXIT.usage);
      expect(r.stderr, value).toContain(`có phải ý bạn là --lang ${meant}?`);
    }
    const fr = await cchc(['deadline', 'Quý II/2018', '--lang', 'fr']);
    expect(fr.stderr).not.toContain('có phải ý bạn là');
  });

  it('--as-of through parseDateVi; --agency by name; criteria show in English and to a file', async () => {
    const bad = await cchc([
      'status',
      'samples/vinh-long-2018.plan.json',
      '--as-of',
      'hôm qua',
      '--lang',
      'en',
    ]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('(write 30/06/2018 or 2018-06-30)');
    const named = await cchc([
      'status',
      'samples/vinh-long-2018.plan.json',
      '--as-of',
      '30.06.2018',
      '--agency',
      'Văn phòng UBND tỉnh',
    ]);
    expect(named.code, named.stderr).toBe(EXIT.ok);
    expect(named.stdout).toContain('Tính đến ngày 30 tháng 6 năm 2018');
    const typo = await cchc([
      'status',
      'samples/vinh-long-2018.plan.json',
      '--agency',
      'zzzz',
      '--lang',
      'en',
    ]);
    expect(typo.stderr).not.toContain('did you mean');
    const show = await cchc(['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--lang', 'en', '-o', 'a.txt']);
    expect(show.stdout).toBe('');
    expect(show.written.get('a.txt')).toContain('[5 points]');
    const md = await cchc(['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--format', 'md']);
    expect(md.stdout).toContain('<br>');
    const one = await cchc(
      ['score', 'vn-ca-mau-2013-excerpt', '-', '--lang', 'en'],
      {},
      '{"1.1.1": "Ban hành kịp thời"}',
    );
    expect(one.stdout).toContain('  1  don-vi  Unit');
  });
});
