// Target forms beyond the four seed plans: comparator symbols, ranks and
// groups, counts of things, and phrasings found in government documents and
// the press (each with its source).
import { describe, expect, it } from 'vitest';
import { parseTarget, parseTargets } from '../../../src/plan/targets/index.js';

const read = (s: string): [string, number, string] | null => {
  const t = parseTarget(s);
  return t === null ? null : [t.comparator, t.value, t.unit];
};
const readAll = (s: string): [string, number, string][] =>
  parseTargets(s).map((t) => [t.comparator, t.value, t.unit]);

describe('comparator symbols', () => {
  it('reads "< 5%" as below 5, not as "at least 5" (the symbol used to be ignored)', () => {
    expect(read('< 5%')).toEqual(['<', 5, '%']);
    expect(read('Tỷ lệ hồ sơ trễ hạn < 5%')).toEqual(['<', 5, '%']);
    expect(read('=100%')).toEqual(['=', 100, '%']);
  });

  const symbols: readonly [string, string][] = [
    ['<', '<'],
    ['＜', '<'],
    ['≤', '<='],
    ['≦', '<='],
    ['⩽', '<='],
    ['<=', '<='],
    ['=<', '<='],
    ['>', '>'],
    ['＞', '>'],
    ['≥', '>='],
    ['≧', '>='],
    ['⩾', '>='],
    ['>=', '>='],
    ['=>', '>='],
    ['=', '='],
    ['＝', '='],
  ];
  it.each(symbols)('"%s" is %s, with or without a unit and spaces', (sym, cmp) => {
    for (const [text, value, unit] of [
      [`${sym} 80%`, 80, '%'],
      [`${sym}80%`, 80, '%'],
      [`${sym} 80 %`, 80, '%'],
      [`${sym} 10 ngày`, 10, 'days'],
      [`${sym}10 ngày làm việc`, 10, 'days'],
      [`${sym} 30 phút`, 30, 'minutes'],
      [`${sym} 0,7`, 0.7, 'number'],
      [`${sym}30`, 30, 'number'],
      [`Tỷ lệ hồ sơ đúng hạn ${sym} 95%;`, 95, '%'],
      [`Chỉ số hài lòng: ${sym} 0,85.`, 0.85, 'number'],
    ] as const) {
      expect(read(text), text).toEqual([cmp, value, unit]);
    }
  });

  it('reads the forms of the issue report', () => {
    expect(read('≥ 80')).toEqual(['>=', 80, 'number']);
    expect(read('> 0,7')).toEqual(['>', 0.7, 'number']);
    expect(read('>= 30')).toEqual(['>=', 30, 'number']);
    expect(read('≤ 10')).toEqual(['<=', 10, 'number']);
    expect(read('<=')).toBeNull();
    expect(read('≥80%')).toEqual(['>=', 80, '%']);
    expect(read('≤ 10 ngày')).toEqual(['<=', 10, 'days']);
  });

  it('lets a symbol win over the weak "đạt", and keeps it out of the subject', () => {
    expect(read('đạt ≥ 80%')).toEqual(['>=', 80, '%']);
    expect(parseTarget('Tỷ lệ hồ sơ đúng hạn ≥ 95%')?.subject).toBe('Tỷ lệ hồ sơ đúng hạn');
  });

  it('reads a bare number only after a comparator, and not a year after "từ"', () => {
    expect(read('80')).toBeNull();
    expect(read('tối thiểu 80')).toEqual(['>=', 80, 'number']);
    expect(read('từ 80 trở lên')).toEqual(['>=', 80, 'number']);
    expect(read('Từ 2021, tỉnh triển khai')).toBeNull();
    expect(read('từ 2021 đến 2025')).toBeNull();
  });
});

describe('more comparator words', () => {
  it.each([
    ['lớn hơn hoặc bằng 80%', '>=', 80],
    ['cao hơn hoặc bằng 80%', '>=', 80],
    ['nhỏ hơn hoặc bằng 5%', '<=', 5],
    ['thấp hơn hoặc bằng 5%', '<=', 5],
    ['không lớn hơn 5%', '<=', 5],
    ['không nhỏ hơn 95%', '>=', 95],
    ['không bé hơn 95%', '>=', 95],
    ['bé hơn 5%', '<', 5],
    ['không vượt 5%', '<=', 5],
  ] as const)('%s → %s %d', (text, cmp, value) => {
    expect(read(text)).toEqual([cmp, value, '%']);
  });

  it('reads "từ 80% đến dưới 90%" as two bounds: the upper end keeps its own comparator', () => {
    // Bộ Nội vụ, PAR INDEX 2024, as reported by the press (baomoi.net.vn, "Hai tỉnh nào có chỉ số
    // cải cách hành chính cao nhất?"): "nhóm B gồm 50 tỉnh, thành đạt từ 80% đến dưới 90%".
    expect(readAll('từ 80% đến dưới 90%')).toEqual([
      ['>=', 80, '%'],
      ['<', 90, '%'],
    ]);
    const [lower, upper] = parseTargets('nhóm B gồm 50 tỉnh, thành đạt từ 80% đến dưới 90%');
    expect(lower?.raw).toBe('nhóm B gồm 50 tỉnh, thành đạt từ 80%');
    expect(upper?.raw).toBe('đến dưới 90%');
  });
});

describe('ranks and groups', () => {
  it.each([
    ['Top 10', 10],
    ['TOP 10', 10],
    ['nằm trong top 20 tỉnh', 20],
    ['trong nhóm 5 địa phương đứng đầu cả nước', 5],
    ['xếp hạng trong nhóm 10 tỉnh dẫn đầu', 10],
    ['nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước', 10],
    ['thuộc nhóm 15 địa phương có chỉ số cao nhất', 15],
    ['nằm trong 10 tỉnh dẫn đầu', 10],
    ['vào nhóm 20 tỉnh, thành phố hàng đầu', 20],
    ['xếp thứ 38/63 tỉnh, thành phố', 38],
    ['đứng thứ 9 trên 63 tỉnh', 9],
    ['xếp hạng thứ 12', 12],
    ['vị trí thứ 9', 9],
    ['thứ hạng 31', 31],
  ] as const)('%s → rank <= %d', (text, value) => {
    expect(read(text)).toEqual(['<=', value, 'rank']);
  });

  it('keeps what the group counts in the subject', () => {
    expect(parseTarget('trong nhóm 5 địa phương đứng đầu cả nước')?.subject).toBe(
      'địa phương đứng đầu cả nước',
    );
    expect(parseTarget('xếp thứ 38/63 tỉnh, thành phố')?.subject).toBe('tỉnh, thành phố');
  });

  it('does not read a class, a group of the worst or a negated rank as a rank', () => {
    // "thuộc nhóm A": a class of the PAR INDEX (in 2024, nhóm A = 90% and more), not a rank.
    expect(read('thuộc nhóm A')).toBeNull();
    expect(read('Phấn đấu Chỉ số PAR INDEX thuộc nhóm A')).toBeNull();
    // PAPI quartiles: "xếp vào nhóm 4 (nhóm đạt điểm thấp nhất)" (baobariavungtau.com.vn, 07/2022).
    expect(read('xếp vào nhóm 4 (nhóm đạt điểm thấp nhất)')).toBeNull();
    expect(read('nhóm 10 tỉnh')).toBeNull();
    expect(read('ra khỏi nhóm 10 tỉnh có chỉ số thấp nhất')).toBeNull();
    expect(read('Top 10 tỉnh có chỉ số thấp nhất')).toBeNull();
    expect(read('không nằm trong top 10 tỉnh cuối bảng')).toBeNull();
    expect(read('không nằm trong Top 10')).toBeNull();
    // "cuối năm" is a time, not the bottom of the table.
    expect(read('Top 10 vào cuối năm 2025')).toEqual(['<=', 10, 'rank']);
  });

  it('reads a rank as "at most", whatever word stands before it', () => {
    expect(read('đạt Top 03')).toEqual(['<=', 3, 'rank']);
    expect(read('duy trì ở tốp 10')).toEqual(['<=', 10, 'rank']);
  });
});

describe('counts of things', () => {
  it.each([
    ['tối thiểu 01 sàn giao dịch dữ liệu', 1, 'sàn giao dịch dữ liệu'],
    ['ít nhất 02 hội nghị', 2, 'hội nghị'],
    ['Tổ chức ít nhất 02 hội nghị tập huấn', 2, 'Tổ chức hội nghị tập huấn'],
    ['không quá 2 lần', 2, 'lần'],
    ['tối thiểu 03 đoàn kiểm tra', 3, 'đoàn kiểm tra'],
    ['ít nhất 10 điểm giao dịch', 10, 'điểm giao dịch'],
    ['xây dựng 05 mô hình điểm', 5, 'xây dựng mô hình điểm'],
    ['02 hội nghị', 2, 'hội nghị'],
    ['tổ chức 04 lớp tập huấn', 4, 'tổ chức lớp tập huấn'],
  ] as const)('%s → count %d, the noun kept in the subject', (text, value, subject) => {
    const t = parseTarget(text);
    expect(t === null ? null : [t.comparator, t.value, t.unit]).toEqual([
      text.startsWith('không quá') ? '<=' : '>=',
      value,
      'count',
    ]);
    expect(t?.subject).toBe(subject);
  });

  it('skips a number written out again in words, as legal texts do', () => {
    expect(parseTarget('tối thiểu 02 (hai) hội nghị')).toMatchObject({
      value: 2,
      unit: 'count',
      subject: 'hội nghị',
    });
    expect(read('không quá 15 (mười lăm) ngày làm việc')).toEqual(['<=', 15, 'days']);
    expect(read('80 (tám mươi) %')).toEqual(['>=', 80, '%']);
  });

  it('keeps "100% TTHC đủ điều kiện" a share, with its noun in the subject', () => {
    const t = parseTarget('100% TTHC đủ điều kiện');
    expect(t).toMatchObject({ comparator: '>=', value: 100, unit: '%', subject: 'TTHC đủ điều kiện' });
  });

  it('reads number words and does not count after words that count nothing', () => {
    expect(read('trên 1,5 triệu lượt truy cập')).toEqual(['>', 1_500_000, 'count']);
    expect(read('tối thiểu 20 nghìn hồ sơ')).toEqual(['>=', 20_000, 'count']);
    expect(read('ít nhất 1 trong 3')).toBeNull();
    expect(read('từ 2 đến 5')).toBeNull();
  });

  it('reads points, and weeks, months, years only after a comparator', () => {
    // "chỉ số PCI đạt 69,03 điểm" (baobariavungtau.com.vn, 07/2022).
    expect(read('chỉ số PCI đạt 69,03 điểm')).toEqual(['>=', 69.03, 'points']);
    expect(read('Chỉ số PCI đạt trên 70 điểm')).toEqual(['>', 70, 'points']);
    expect(read('đạt 90 điểm trở lên')).toEqual(['>=', 90, 'points']);
    expect(read('10 điểm giao dịch')).toBeNull();
    expect(read('tối đa 3 tháng')).toEqual(['<=', 3, 'months']);
    expect(read('không quá 2 tuần')).toEqual(['<=', 2, 'weeks']);
    expect(read('trên 5 năm')).toEqual(['>', 5, 'years']);
    expect(read('trong 3 năm')).toBeNull();
    expect(read('6 tháng đầu năm')).toBeNull();
  });
});

describe('phrasings from government documents and the press', () => {
  it('Nghị quyết 30c/NQ-CP (08/11/2011): satisfaction "đạt mức trên 80% vào năm 2020"', () => {
    // Quoted by Sở Nội vụ Bình Dương (sonoivu.binhduong.gov.vn, SIPAS 2016 results).
    const t = parseTarget(
      'bảo đảm sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào năm 2020',
    );
    expect(t).toMatchObject({ comparator: '>', value: 80, unit: '%' });
    expect(t?.subject?.startsWith('sự hài lòng của cá nhân, tổ chức')).toBe(true);
    expect(read('mức hài lòng của người dân và tổ chức từ 80% trở lên vào năm 2020')).toEqual([
      '>=',
      80,
      '%',
    ]);
  });

  it('Báo Thừa Thiên Huế: "Hướng đến nhóm 10 địa phương dẫn đầu về cải cách hành chính"', () => {
    const t = parseTarget('Hướng đến nhóm 10 địa phương dẫn đầu về cải cách hành chính');
    expect(t).toMatchObject({ comparator: '<=', value: 10, unit: 'rank' });
    expect(t?.subject).toBe('địa phương dẫn đầu về cải cách hành chính');
  });

  it('Báo Bà Rịa - Vũng Tàu (07/2022): a share, a rank out of 63, a class that is no rank', () => {
    expect(readAll('chỉ số SIPAS đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố trong cả nước')).toEqual([
      ['>=', 86.72, '%'],
      ['<=', 38, 'rank'],
    ]);
    // places climbed are a count ("Phấn đấu tăng 03 bậc" is a plan's target; here the press reports one)
    expect(readAll('xếp vị trí thứ 9, tăng 6 bậc so với năm 2020')).toEqual([
      ['<=', 9, 'rank'],
      ['>=', 6, 'count'],
    ]);
    // places lost are no count to reach: read as one, "giảm 2 bậc" would be a climb of 2
    for (const fall of [
      'giảm 2 bậc so với năm trước',
      'Chỉ số PAR Index giảm 7 bậc',
      'tụt 3 bậc so với năm 2022',
      'giam 2 bac so voi nam truoc',
      'GIẢM 2 BẬC',
      'giảm 2 bậc'.normalize('NFD'),
    ])
      expect(readAll(fall), fall).toEqual([]);
    // … while the climb and the other quantities beside a fall are still read
    expect(readAll('xếp thứ 20, giảm 2 bậc; tỷ lệ hài lòng đạt 85%')).toEqual([
      ['<=', 20, 'rank'],
      ['>=', 85, '%'],
    ]);
    expect(readAll('giảm 10% thời gian giải quyết')).toEqual([['>=', 10, '%']]);
    expect(readAll('chỉ số PAPI xếp vào nhóm 4 (nhóm đạt điểm thấp nhất)')).toEqual([]);
    // A group without a number is no measurable target.
    expect(readAll('Phấn đấu đến năm 2025 BR-VT trong nhóm có chỉ số CCHC cao nhất nước')).toEqual([]);
  });

  it('Báo Gia Lai (PAR INDEX and SIPAS 2023): "Gia Lai đứng thứ 19, đạt 83,84%"', () => {
    const [rank, share] = parseTargets('Gia Lai đứng thứ 19, đạt 83,84%');
    expect(rank).toMatchObject({ comparator: '<=', value: 19, unit: 'rank', subject: 'Gia Lai' });
    expect(share).toMatchObject({ comparator: '>=', value: 83.84, unit: '%' });
  });

  it('Bộ Nội vụ, PAR INDEX 2024 (press): "Nhóm A gồm 13 tỉnh, thành đạt chỉ số từ 90% trở lên"', () => {
    expect(readAll('Nhóm A gồm 13 tỉnh, thành đạt chỉ số từ 90% trở lên')).toEqual([['>=', 90, '%']]);
  });
});

describe('each quantity keeps its own subject', () => {
  it('Quảng Nam T1: the PCI rank and the PAR INDEX rank do not share words', () => {
    // QĐ 1908/QĐ-UBND (02/06/2016), I.1 Mục tiêu chung.
    const [pci, par] = parseTargets(
      'Phấn đấu Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) duy trì ở tốp 10, Chỉ số Cải cách hành chính (Par Index) ở vị thứ 15 20 trên bảng xếp hạng hàng năm của cả nước.',
    );
    expect(pci).toMatchObject({
      value: 10,
      unit: 'rank',
      subject: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
    });
    expect(pci?.raw).toBe('Phấn đấu Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) duy trì ở tốp 10');
    expect(par).toMatchObject({
      value: 20,
      unit: 'rank',
      subject: 'Chỉ số Cải cách hành chính (Par Index) trên bảng xếp hạng hàng năm của cả nước',
    });
    expect(par?.raw).toBe(
      'Chỉ số Cải cách hành chính (Par Index) ở vị thứ 15 20 trên bảng xếp hạng hàng năm của cả nước',
    );
  });

  it('splits "A: dưới 0,90%, B: dưới 0,50%" written with a comma as with a semicolon', () => {
    const ts = parseTargets('Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%, của các xã, phường: dưới 0,50%');
    expect(ts.map((t) => t.subject)).toEqual(['Tỷ lệ hồ sơ chậm hạn của thành phố', 'của các xã, phường']);
  });

  it('still gives the words after a quantity written first to that quantity', () => {
    const ts = parseTargets('tại 100% Sở, Ban, ngành, huyện và 30% xã, phường, thị trấn');
    expect(ts.map((t) => t.subject)).toEqual(['tại Sở, Ban, ngành, huyện', 'xã, phường, thị trấn']);
  });

  it('drops list markers ("a)", "đ)", "2)") from subjects and raw text', () => {
    const t = parseTargets('đ) 100% cơ quan hành chính nhà nước có cơ cấu công chức')[0];
    expect(t?.subject).toBe('cơ quan hành chính nhà nước có cơ cấu công chức');
    expect(t?.raw).toBe('100% cơ quan hành chính nhà nước có cơ cấu công chức');
    expect(parseTargets('2) Trên 80% cán bộ')[0]?.subject).toBe('cán bộ');
  });
});
