// planFromRows on hostile input: any JavaScript value in a cell, a row or the
// options never throws (issues or warnings instead), and the time grows
// linearly with the table — whole tables of three tenfold sizes (GROWTH_SIZES), and
// single cells of those sizes. (A single lead or support cell is read by
// resolveAgencies, whose growth the agency tests measure.)
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/result.js';
import { planFromRows, type PlanFromRowsOptions } from '../../src/plan/index.js';
import { growthRatios } from '../support/growth.js';
import { vinhLongAppendix, vinhLongRegistry, vinhLongRegistryClasses } from './fixtures/layouts.js';

const HEADER = ['TT', 'Nội dung', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'];
const options: PlanFromRowsOptions = {
  columns: {
    number: 'TT',
    content: 'Nội dung',
    product: 'Sản phẩm',
    lead: 'Chủ trì',
    support: 'Phối hợp',
    deadline: 'Thời gian',
  },
  headerRow: 0,
  plan: { id: 'p', title: 'Kế hoạch cải cách hành chính năm 2018', year: 2018 },
  agencies: vinhLongRegistry,
  classes: vinhLongRegistryClasses,
};

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    getPrototypeOf() {
      throw new Error('trap');
    },
    has() {
      throw new Error('trap');
    },
  },
);

describe('planFromRows never throws', () => {
  it('reads numbers, dates, rich text and formula results, and warns on values that are not text', () => {
    const rows: unknown[] = [
      HEADER,
      ['I', 'Cải cách thể chế', null, undefined, '', ''],
      [1, 'Tập huấn nghiệp vụ', 40, 'Sở Nội vụ', null, new Date(Date.UTC(2018, 5, 30))],
      [
        2n,
        { richText: [{ text: 'Ban hành ' }, { text: 'Kế hoạch' }] },
        { formula: 'A1', result: 'Kế hoạch' },
        { text: 'Sở Tư pháp', hyperlink: 'https://stp.example' },
        true,
        'Quý I/2018',
      ],
      [3, { a: 1 }, Symbol('x'), () => 1, Number.NaN, throwing],
      'not a row',
      [4, 'x'.repeat(100_000), '', 'Sở Nội vụ', '', new Date(Number.NaN)],
    ];
    const r = planFromRows(rows as unknown[][], options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [t1, t2, t3, t4] = r.value.groups[0]?.tasks ?? [];
    expect([t1?.number, t1?.products, t1?.deadline]).toEqual(['1', ['40'], '2018-06-30']);
    expect([t2?.number, t2?.title, t2?.products, t2?.lead, t2?.support]).toEqual([
      '2',
      'Ban hành Kế hoạch',
      ['Kế hoạch'],
      ['stp'],
      ['true'],
    ]);
    expect([t3?.number, t3?.title]).toEqual(['3', '3']);
    expect(t4?.title.length).toBe(100_000);
    expect(r.warnings.filter((w) => w.code === 'cell_not_text').map((w) => formatPath(w.path))).toEqual([
      'rows[4][1]',
      'rows[4][2]',
      'rows[4][3]',
      'rows[4][4]',
      'rows[4][5]',
      'rows[5]',
      'rows[6][5]',
    ]);
    expect(Object.isFrozen(r.warnings)).toBe(true);
  });

  it.each([
    ['a string', 'TT,Nội dung'],
    ['null', null],
    ['an object', { length: 2 }],
    ['a number', 42],
  ])('answers invalid_rows when the rows are %s', (_name, rows) => {
    const r = planFromRows(rows as unknown as string[][], options);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid_rows']);
  });

  it('answers invalid_rows for rows whose traps throw', () => {
    const rows = new Proxy([HEADER], {
      get(target, key) {
        if (key === 'length') return 2;
        if (key === '1') throw new Error('trap');
        return Reflect.get(target, key);
      },
    });
    const r = planFromRows(rows, options);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid_rows']);
  });

  it('answers table_too_large beyond a worksheet, without reading the cells', () => {
    const tall = new Array(1_048_577);
    const wide = [HEADER, new Array(16_385)];
    const many = Array.from({ length: 1100 }, () => new Array(16_000));
    for (const rows of [tall, wide, many]) {
      const r = planFromRows(rows, options);
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['table_too_large']);
    }
  });

  it.each([
    ['no options', undefined],
    ['no columns', { plan: { id: 'p', title: 't' } }],
    ['no content column', { columns: { lead: 1 }, plan: { id: 'p', title: 't' } }],
    ['a column of the wrong type', { columns: { content: 0, lead: {} }, plan: { id: 'p', title: 't' } }],
    ['no plan', { columns: { content: 0 } }],
    ['an agency without a name', { ...options, agencies: [{ id: 'snv' }] }],
    ['classes not a list', { ...options, classes: 'so-nganh' }],
    ['a target without text', { ...options, targets: [{ id: 'T1' }] }],
    ['an unknown mode', { ...options, unknownAgencies: 'ignore' }],
    ['options whose traps throw', throwing],
  ])('answers invalid_options (not a throw) for %s', (_name, opts) => {
    const r = planFromRows([HEADER], opts as unknown as PlanFromRowsOptions);
    expect(r.ok ? [] : [...new Set(r.issues.map((i) => i.code))]).toEqual([
      opts === throwing ? 'unreadable' : 'invalid_options',
    ]);
  });

  it('reads a table with rows missing, sparse or ragged', () => {
    const rows: unknown[] = [HEADER];
    rows[3] = ['1.', 'Tập huấn nghiệp vụ Kiểm soát TTHC', '', 'Văn phòng UBND tỉnh'];
    const sparse = new Array(6);
    sparse[1] = 'Ban hành kế hoạch ứng dụng công nghệ thông tin năm 2018';
    sparse[5] = 'Tháng 12/2017';
    rows[5] = ['2.'];
    rows[6] = sparse;
    const r = planFromRows(rows as string[][], options);
    // "2." with nothing else, above a task: a heading.
    expect(
      r.ok && r.value.groups.map((g) => [g.id, g.tasks.map((t) => [t.id, t.title, t.deadline])]),
    ).toEqual([
      ['G1', [['G1.1', 'Tập huấn nghiệp vụ Kiểm soát TTHC', '']]],
      ['2', [['2.1', 'Ban hành kế hoạch ứng dụng công nghệ thông tin năm 2018', 'Tháng 12/2017']]],
    ]);
  });
});

/** The Vĩnh Long appendix in Roman areas and Arabic tasks, repeated until the table holds `size` characters. */
function table(size: number): string[][] {
  const rows: string[][] = [HEADER];
  let chars = 0;
  let round = 0;
  while (chars < size) {
    round++;
    for (const a of vinhLongAppendix) {
      rows.push([a.number, `${a.title} (${round})`, '', '', '', '']);
      for (const [n, content, lead, support, deadline] of a.tasks) {
        rows.push([`${n}.`, content, '- Báo cáo; - Kế hoạch', lead, support, deadline]);
        chars += content.length + lead.length + support.length + deadline.length + 20;
        if (chars >= size) return rows;
      }
    }
  }
  return rows;
}

const cellOf = (piece: string) => (n: number) => piece.repeat(Math.ceil(n / piece.length));

/**
 * Growth ratios measured up to three times, keeping each step's smallest: on a
 * shared, busy machine one measure of the largest call can be stretched by another
 * process, three in a row much less; a quadratic step stays near 100 however
 * often it is measured.
 */
function steadyRatios<T>(
  fn: (input: T) => unknown,
  make: (size: number) => T,
  options?: Parameters<typeof growthRatios>[2],
): number[] {
  let best: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const ratios = growthRatios(fn, make, options);
    best = best.length === 0 ? ratios : best.map((b, k) => Math.min(b, ratios[k] ?? b));
    if (best.every((r) => r <= 15)) break;
  }
  return best;
}

describe('planFromRows runs in linear time', () => {
  it('on tables of three tenfold sizes', () => {
    const ratios = steadyRatios((rows: string[][]) => planFromRows(rows, options), table, { rounds: 2 });
    for (const r of ratios)
      expect(r, `ratios ${ratios.map((x) => x.toFixed(1)).join(', ')}`).toBeLessThanOrEqual(15);
  });

  it('on tables of headings whose numbering starts again on every row (no nesting without end)', () => {
    const make = (n: number): string[][] => {
      const rows: string[][] = [HEADER];
      for (let k = 0; rows.length * 40 < n; k++) rows.push(['1.', `Cải cách thể chế ${k}`, '', '', '', '']);
      rows.push(['1.', 'Tập huấn nghiệp vụ', '', 'Sở Nội vụ', '', 'Quý I/2018']);
      return rows;
    };
    const r = planFromRows(make(10_000), options);
    expect(r.ok && r.value.groups.filter((g) => g.id.includes('.'))).toEqual([]);
    const ratios = steadyRatios((rows: string[][]) => planFromRows(rows, options), make, { rounds: 2 });
    for (const x of ratios)
      expect(x, `ratios ${ratios.map((y) => y.toFixed(1)).join(', ')}`).toBeLessThanOrEqual(15);
  });

  it.each([
    ['content', 1, 'Rà soát, hệ thống hóa văn bản: - Báo cáo; - Kế hoạch\n- 100% văn bản được công khai; '],
    ['product', 2, '- Báo cáo kết quả rà soát; - Quyết định công bố văn bản; kinh tế - xã hội '],
    ['deadline', 5, 'Quý I/2018\nTrong năm 2018 ít nhất một lĩnh vực có 01 đơn vị '],
    ['number', 0, '1.1.1.1.1.1.1.1.1.1.'],
    ['content without spaces', 1, '-;-;-:.-.-'],
    ['heading', 1, 'CẢI CÁCH THỂ CHẾ, THỦ TỤC HÀNH CHÍNH '],
  ])('on a single %s cell of three tenfold sizes', (_name, column, piece) => {
    const make = (n: number): string[][] => {
      const row = ['1.', 'Tập huấn', 'Kế hoạch', 'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Quý I/2018'];
      row[column] = cellOf(piece)(n);
      return [HEADER, ['I', 'Cải cách thể chế', '', '', '', ''], row];
    };
    // Best of five rounds: a single cell of the largest size is one call of up to a few hundred milliseconds, which
    // a busy machine's pauses can stretch.
    const ratios = steadyRatios((rows: string[][]) => planFromRows(rows, options), make, {
      rounds: 5,
      minRoundMs: 50,
    });
    for (const r of ratios)
      expect(r, `ratios ${ratios.map((x) => x.toFixed(1)).join(', ')}`).toBeLessThanOrEqual(15);
  });
});
