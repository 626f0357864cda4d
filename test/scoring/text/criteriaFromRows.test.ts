/**
 * criteriaFromRows: an annex table read into a criteria set — the layouts
 * annexes use, the reading report, every cell landing somewhere, and the
 * set scoring exactly as the same set written as JSON by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, unwrap } from '../../../src/core/index.js';
import {
  type CriteriaSetJson,
  CRITERIA_TABLE_HEADERS,
  criteriaFromRows,
  criteriaToRows,
  guessCriteriaColumns,
  loadCriteriaSet,
  presets,
  type ScoreInput,
  scoreUnit,
} from '../../../src/scoring/index.js';
import { CA_MAU_1880_ROWS } from '../../../src/scoring/presets/caMau1880Rows.js';
import { growthRatios } from '../../support/growth.js';

const set = { id: 'vi-du', title: 'Ví dụ' };
const COLS = { number: 'STT', title: 'Tiêu chí', max: 'Điểm tối đa' };

function read(rows: readonly (readonly unknown[])[], columns: Record<string, unknown> = COLS) {
  return criteriaFromRows(rows, { columns: columns as never, set });
}
function value(
  rows: readonly (readonly unknown[])[],
  columns: Record<string, unknown> = COLS,
): CriteriaSetJson {
  const r = read(rows, columns);
  if (!r.ok) throw new Error(r.issues.map((i) => `${formatPath(i.path)} ${i.code} ${i.message}`).join('\n'));
  return r.value;
}
const leaves = (s: CriteriaSetJson) => {
  const out: { id: string; rule: unknown; max: number; source?: string }[] = [];
  const todo = [...s.nodes].reverse();
  while (todo.length > 0) {
    const n = todo.pop()!;
    if (n.children) todo.push(...[...n.children].reverse());
    else out.push({ id: n.id, rule: n.rule, max: n.max, ...(n.source ? { source: n.source } : {}) });
  }
  return out;
};

describe('layouts', () => {
  it('Cà Mau QĐ 1880/QĐ-UBND: 1.1 / 1.1.1, scoring lines printed as rows under each leaf', () => {
    const r = criteriaFromRows(CA_MAU_1880_ROWS, { columns: { ...COLS, title: 'Lĩnh vực' }, set });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(loadCriteriaSet(r.value).ok).toBe(true);
    expect(r.report).toMatchObject({ nodes: 8, leaves: 6, read: 6, unread: [] });
    expect(r.report.leafReadings.map((l) => `${l.id} ${l.kind} dòng ${l.row + 1}`)).toEqual([
      '1.1.1 levels dòng 3',
      '1.1.2 allOf dòng 7',
      '1.1.3 binary dòng 10',
      '1.1.4 tiers dòng 13',
      '1.2.1 allOf dòng 18',
      '1.2.2 binary dòng 21',
    ]);
    expect(r.report.leafReadings[0]?.text).toBe(
      'Ban hành kịp thời: 1\nBan hành không kịp thời: 0,5\nKhông ban hành: 0',
    );
  });

  it('the rule in its own column, numbering I / 1 / a, a title row and an empty row skipped', () => {
    const rows = [
      ['PHỤ LỤC II. BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CÁC SỞ'],
      [],
      ['TT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Cách tính điểm'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '3', ''],
      ['1', 'Kế hoạch CCHC năm', '3', ''],
      ['a', 'Ban hành kế hoạch', '1', 'Ban hành đúng hạn: 1; Ban hành chậm: 0,5; Không ban hành: 0'],
      ['b', 'Mức độ hoàn thành', '2', 'Hoàn thành 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0'],
      ['II', 'TÁC ĐỘNG', '2', ''],
      ['1', 'Mức độ hài lòng (điều tra xã hội học)', '2', 'Điểm đánh giá qua điều tra xã hội học'],
    ];
    const s = value(rows, { number: 'TT', title: 'Nội dung', max: 'Điểm tối đa', rule: 'Cách tính điểm' });
    expect(leaves(s)).toEqual([
      {
        id: 'I.1.a',
        max: 1,
        rule: {
          kind: 'levels',
          levels: { 'Ban hành đúng hạn': 1, 'Ban hành chậm': 0.5, 'Không ban hành': 0 },
        },
      },
      {
        id: 'I.1.b',
        max: 2,
        rule: {
          kind: 'tiers',
          tiers: [
            { min: 100, points: 2 },
            { min: 80, points: 1 },
          ],
        },
      },
      {
        id: 'II.1',
        max: 2,
        source: 'survey',
        rule: { kind: 'manual', text: 'Điểm đánh giá qua điều tra xã hội học' },
      },
    ]);
  });

  it('area headings in capitals without a number, criteria numbered 1, 1.1 below them', () => {
    const rows = [
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
      ['', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', '2', ''],
      ['1', 'Kế hoạch CCHC', '2', ''],
      ['1.1', 'Ban hành kế hoạch', '1', 'Đạt: 1; Không đạt: 0'],
      ['1.2', 'Báo cáo đúng hạn', '1', 'Có: 1; Không: 0'],
      ['', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '1', ''],
      ['2', 'Công khai thủ tục', '1', 'Đạt: 1; Không đạt: 0'],
    ];
    const s = value(rows, { ...COLS, rule: 'Cách chấm' });
    expect(s.nodes.map((n) => `${n.id} ${n.title} ${n.max}`)).toEqual([
      'I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC 2',
      'II CẢI CÁCH THỦ TỤC HÀNH CHÍNH 1',
    ]);
    expect(leaves(s).map((l) => l.id)).toEqual(['1.1', '1.2', 'II.2']);
  });

  it('survey, evidence and note columns; other columns go to the note as "Header: text"', () => {
    const rows = [
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điều tra XHH', 'Tài liệu kiểm chứng', 'Ghi chú', 'Đơn vị chấm'],
      ['1', 'Kế hoạch', '2', '', 'Kế hoạch\nBáo cáo', 'Theo QĐ của tỉnh', 'SNV'],
      ['', 'Đạt', '2', '', '', '', ''],
      ['', 'Không đạt', '0', '', '', '', ''],
      ['2', 'Sự hài lòng của người dân', '1', 'x', '', '', ''],
    ];
    const s = value(rows, { ...COLS, survey: 'XHH', evidence: 'kiểm chứng', note: 'Ghi chú' });
    expect(s.nodes).toEqual([
      {
        id: '1',
        title: 'Kế hoạch',
        max: 2,
        rule: { kind: 'binary' },
        evidence: { required: true, items: ['Kế hoạch', 'Báo cáo'] },
        note: 'Theo QĐ của tỉnh\nĐơn vị chấm: SNV',
      },
      { id: '2', title: 'Sự hài lòng của người dân', max: 1, source: 'survey', rule: { kind: 'manual' } },
    ]);
  });

  it('a number at the start of the title when the STT cell is empty; numbers given as spreadsheet numbers', () => {
    const rows = [
      ['STT', 'Tiêu chí', 'Điểm tối đa'],
      [1, 'Kế hoạch', 1.5],
      ['', '1.1 Ban hành kế hoạch', 0.5],
      ['', 'Đạt: 0,5; Không đạt: 0', ''],
      ['', '1.2. Hoàn thành kế hoạch', '1'],
      ['', '- Trên 90%', '1'],
      ['', '- Từ 70% đến 90%', '0,5'],
    ];
    const s = value(rows);
    expect(leaves(s)).toEqual([
      { id: '1.1', max: 0.5, rule: { kind: 'binary' } },
      {
        id: '1.2',
        max: 1,
        rule: {
          kind: 'tiers',
          tiers: [
            { above: 90, points: 1 },
            { min: 70, points: 0.5 },
          ],
        },
      },
    ]);
  });
});

describe('the reading report and the issues', () => {
  it('lists unread rules with their rows and reasons, and keeps their text on a manual rule', () => {
    const rows = [
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
      ['1', 'Khu vực', '3', ''],
      [
        '1.1',
        'Tính điểm dân số',
        '2',
        'Từ 10% đến 20% được tính 1 điểm; trên 20% thì cứ thêm 5% được tính thêm 0,25 điểm',
      ],
      ['1.2', 'Hội đồng chấm', '1', 'Hội đồng thẩm định xem xét'],
    ];
    const r = read(rows, { ...COLS, rule: 'Cách chấm' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.read).toBe(0);
    expect(r.report.unread.map((u) => `${u.id} dòng ${u.row + 1}`)).toEqual(['1.1 dòng 3', '1.2 dòng 4']);
    expect(r.report.unread[0]?.reason).toContain('không hiểu khoảng');
    expect(r.warnings.map((w) => `${formatPath(w.path)} ${w.code}`)).toEqual([
      'rows[2][3] rule_unread',
      'rows[3][3] rule_unread',
    ]);
    expect(leaves(r.value)[1]?.rule).toEqual({ kind: 'manual', text: 'Hội đồng thẩm định xem xét' });
  });

  it("refuses a parent whose max differs from its children's, a wrong total, bad points, and names the cell", () => {
    const rows = [
      ['STT', 'Tiêu chí', 'Điểm tối đa'],
      ['1', 'Kế hoạch', '5'],
      ['1.1', 'Ban hành', '1'],
      ['', 'Ban hành kịp thời', '1,5'],
      ['1.2', 'Hoàn thành', 'hai'],
      ['1.3', 'Báo cáo', ''],
      ['1.3', 'Báo cáo lại', '1'],
      ['', 'Tổng cộng', '4'],
    ];
    const r = read(rows);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'rows[4][2] invalid_max',
      'rows[6][0] duplicate_id',
      'rows[3][1] points_above_max',
      'rows[4][2] missing_max',
      'rows[5][2] missing_max',
      'rows[7][2] max_not_sum',
    ]);
  });

  it('a parent max that disagrees with its children is max_not_sum, in Vietnamese and English', () => {
    const r = read([
      ['STT', 'Tiêu chí', 'Điểm tối đa'],
      ['1', 'Kế hoạch', '3'],
      ['1.1', 'Ban hành', '1'],
      ['', 'Đạt', '1'],
      ['1.2', 'Hoàn thành', '1'],
      ['', 'Đạt', '1'],
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        path: ['rows', 1, 2],
        code: 'max_not_sum',
        message: '"1": điểm tối đa 3 khác tổng điểm các tiêu chí con 2',
        messageEn: '"1": max 3 differs from the sum of its children 2',
      },
    ]);
  });

  it('names a column it cannot find, and finds none of the rows', () => {
    expect(read([['STT', 'Tiêu chí']], COLS)).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_column', path: ['columns', 'max'] }],
    });
    expect(
      read([
        ['STT', 'Tiêu chí', 'Điểm tối đa'],
        ['', 'ghi chú', ''],
      ]),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'no_nodes' }],
    });
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (rows, options) => {
        const r = criteriaFromRows(rows as never, options as never);
        return typeof r.ok === 'boolean';
      }),
    );
  });
});

describe('round trips and scoring', () => {
  it('criteriaToRows writes the annex a scoring office signs, and criteriaFromRows reads it back', () => {
    const preset = presets['vn-ca-mau-2013-excerpt'];
    const rows = criteriaToRows(preset);
    expect(rows[0]).toEqual(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm']);
    expect(rows[5]).toEqual([
      '1.1.4',
      'Mức độ thực hiện kế hoạch CCHC',
      '2',
      'Trên 90%: 2 điểm\nTừ 70% đến 90%: 1 điểm\nDưới 70%: 0 điểm',
    ]);
    const g = guessCriteriaColumns(rows);
    expect(g).toEqual({ headerRow: 0, columns: { number: 0, title: 1, max: 2, rule: 3 } });
    const back = value(rows, g?.columns as never);
    expect(back.nodes).toEqual(JSON.parse(JSON.stringify(preset.nodes)));
  });

  it('ids that are not the numbering travel in a "Mã" column', () => {
    const json: CriteriaSetJson = {
      schemaVersion: 1,
      id: 'x',
      title: 'X',
      nodes: [
        {
          id: 'ke-hoach',
          title: 'Kế hoạch',
          max: 1.5,
          children: [
            { id: 'ban-hanh', title: 'Ban hành', max: 1, rule: { kind: 'deduction', per: 0.25, floor: 0.5 } },
            {
              id: 'hai-long',
              title: 'Hài lòng',
              max: 0.5,
              source: 'survey',
              rule: { kind: 'survey', scale: [1, 5] },
            },
          ],
        },
      ],
    };
    const rows = criteriaToRows(json);
    expect(rows[0]).toEqual([...Object.values(CRITERIA_TABLE_HEADERS).slice(0, 4), 'Mã', 'Điều tra XHH']);
    const g = guessCriteriaColumns(rows);
    expect(value(rows, g?.columns as never).nodes).toEqual(json.nodes);
  });

  it('property: every cell lands somewhere — an id, a title, a max, a rule line, a note, or the report', () => {
    const NAMES = [
      'Đạt yêu cầu',
      'Ban hành kịp thời',
      'Ban hành chậm',
      'Có kế hoạch',
      'Tốt',
      'Khá',
      'Hội đồng xem xét',
    ];
    const extra = fc.constantFrom('', '', 'ghi chú A', 'SNV', 'x');
    const leaf = fc.record({
      max: fc.constantFrom('0,5', '1', '2'),
      lines: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 }),
      points: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      note: extra,
      unit: extra,
    });
    const area = fc.record({
      title: fc.constantFrom('Kế hoạch', 'CÔNG TÁC CHỈ ĐẠO', 'Báo cáo'),
      writeMax: fc.boolean(),
      leaves: fc.array(leaf, { minLength: 1, maxLength: 3 }),
      note: extra,
    });
    fc.assert(
      fc.property(
        fc.array(area, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', 'Dòng tiêu đề phụ lục'),
        (areas, lead) => {
          const rows: string[][] = [['STT', 'Tiêu chí', 'Điểm tối đa', 'Ghi chú', 'Đơn vị']];
          if (lead !== '') rows.push(['', lead.toLowerCase(), '', '', '']);
          areas.forEach((a, i) => {
            const sum = a.leaves.reduce((n, l) => n + Number(l.max.replace(',', '.')), 0);
            rows.push([`${i + 1}`, a.title, a.writeMax ? String(sum).replace('.', ',') : '', a.note, '']);
            a.leaves.forEach((l, j) => {
              rows.push([`${i + 1}.${j + 1}`, `Tiêu chí ${i + 1}.${j + 1}`, l.max, l.note, l.unit]);
              l.lines.forEach((name, k) => {
                rows.push(['', name, l.points[k] ? l.max : '0', '', '']);
              });
            });
          });
          const r = criteriaFromRows(rows, { columns: { ...COLS, note: 'Ghi chú' }, set });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const value = JSON.stringify(r.value);
          const report = JSON.stringify(r.report);
          const nodes: Record<string, unknown>[] = [];
          const todo: unknown[] = [...r.value.nodes];
          while (todo.length > 0) {
            const n = todo.pop() as Record<string, unknown>;
            nodes.push(n);
            todo.push(...((n['children'] as unknown[]) ?? []));
          }
          rows.slice(1).forEach(([num, title, max, note, unit]) => {
            const node = nodes.find((n) => n['id'] === num);
            if (num !== '') {
              expect(node?.['title']).toBe(title);
              if (max !== '') expect(node?.['max']).toBe(Number((max as string).replace(',', '.')));
            } else if (title === lead.toLowerCase()) expect(report).toContain(title);
            // A scoring line: its text and points are in its leaf's reading.
            else expect(report).toContain(`${title}: ${max}`);
            if (note !== '') expect(value).toContain(note as string);
            if (unit !== '') expect(value).toContain(`Đơn vị: ${unit}`);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: the set read from the annex scores every unit exactly as the same set written as JSON by hand', () => {
    // The Cà Mau rules written by hand, as the scoring module documents them.
    const byHand: CriteriaSetJson = {
      schemaVersion: 1,
      id: 'tay',
      title: 'Viết tay',
      nodes: [
        {
          id: '1.1',
          title: 'Kế hoạch CCHC năm',
          max: 5,
          children: [
            {
              id: '1.1.1',
              title: 'a',
              max: 1,
              rule: {
                kind: 'levels',
                levels: { 'Ban hành kịp thời': 1, 'Ban hành không kịp thời': 0.5, 'Không ban hành': 0 },
              },
            },
            {
              id: '1.1.2',
              title: 'b',
              max: 1,
              rule: { kind: 'allOf', conditions: ['Xác định đầy đủ nhiệm vụ', 'có bố trí kinh phí'] },
            },
            { id: '1.1.3', title: 'c', max: 1, rule: { kind: 'binary' } },
            {
              id: '1.1.4',
              title: 'd',
              max: 2,
              rule: {
                kind: 'tiers',
                tiers: [
                  { min: 70, points: 1 },
                  { above: 90, points: 2 },
                ],
              },
            },
          ],
        },
        {
          id: '1.2',
          title: 'Báo cáo CCHC',
          max: 2,
          children: [
            {
              id: '1.2.1',
              title: 'e',
              max: 1,
              rule: { kind: 'allOf', conditions: ['Đủ số lượng', 'đúng thời gian quy định'] },
            },
            { id: '1.2.2', title: 'f', max: 1, rule: { kind: 'binary' } },
          ],
        },
      ],
    };
    const hand = unwrap(loadCriteriaSet(byHand));
    const text = presets['vn-ca-mau-2013-excerpt'];
    const unit = fc.record({
      '1.1.1': fc.constantFrom('Ban hành kịp thời', 'ban hanh khong kip thoi', 'KHÔNG BAN HÀNH'),
      '1.1.2': fc.tuple(fc.boolean(), fc.boolean()),
      '1.1.3': fc.boolean(),
      '1.1.4': fc.integer({ min: 0, max: 100000 }).map((x) => x / 1000),
      '1.2.1': fc.tuple(fc.boolean(), fc.boolean()),
      '1.2.2': fc.oneof(fc.boolean(), fc.constant('n/a' as const)),
    });
    fc.assert(
      fc.property(unit, (inputs) => {
        const a = unwrap(scoreUnit(text, inputs as Record<string, ScoreInput>));
        const b = unwrap(scoreUnit(hand, inputs as Record<string, ScoreInput>));
        expect([a.total, a.max, a.index, a.exact]).toEqual([b.total, b.max, b.index, b.exact]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('criteriaFromRows runs in linear time', () => {
  it('growth ratio ≤ 15 per tenfold table (criteria with levels rules printed as rows)', () => {
    const make = (n: number) => {
      const rows: string[][] = [['STT', 'Tiêu chí', 'Điểm tối đa']];
      for (let a = 1; rows.length < n; a++) {
        rows.push([`${a}`, `Lĩnh vực ${a}`, '3']);
        for (let c = 1; c <= 3; c++) {
          rows.push([`${a}.${c}`, `Tiêu chí ${a}.${c}`, '1']);
          rows.push(
            ['', 'Ban hành kịp thời', '1'],
            ['', 'Ban hành chậm', '0,5'],
            ['', 'Không ban hành', '0'],
          );
        }
      }
      return rows;
    };
    const ratios = growthRatios((rows: string[][]) => criteriaFromRows(rows, { columns: COLS, set }), make, {
      sizes: [300, 3_000, 30_000],
      rounds: 5,
    });
    for (const r of ratios) expect(r).toBeLessThanOrEqual(15);
  });
});
