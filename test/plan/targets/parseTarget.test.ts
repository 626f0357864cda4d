import { describe, expect, it } from 'vitest';
import { parseTarget, parseTargets } from '../../../src/plan/targets/index.js';

const read = (s: string): [string, number, string] | null => {
  const t = parseTarget(s);
  return t === null ? null : [t.comparator, t.value, t.unit];
};

describe('parseTarget: comparators', () => {
  it.each([
    ['Trên 80% cán bộ cấp xã đạt chuẩn', '>', 80, '%'],
    ['hơn 50% hồ sơ', '>', 50, '%'],
    ['tối thiểu 200 TTHC mức độ 3', '>=', 200, 'count'],
    ['ít nhất 80% TTHC được tích hợp', '>=', 80, '%'],
    ['từ 80% trở lên số xã', '>=', 80, '%'],
    ['không dưới 95% hồ sơ đúng hạn', '>=', 95, '%'],
    ['không ít hơn 10 đơn vị', '>=', 10, 'count'],
    ['đạt 100% hồ sơ', '>=', 100, '%'],
    ['100% văn bản QPPL được ban hành đúng thẩm quyền', '>=', 100, '%'],
    ['dưới 0,90%', '<', 0.9, '%'],
    ['tối đa 20 phút/01 lần giao dịch', '<=', 20, 'minutes'],
    ['không quá 50% số biên chế', '<=', 50, '%'],
    ['không vượt quá 15 ngày làm việc', '<=', 15, 'days'],
    ['từ 5 ngày trở xuống', '<=', 5, 'days'],
    ['Top 03 các huyện, thành phố', '<=', 3, 'rank'],
    ['xếp hạng trong tốp 10 cả nước', '<=', 10, 'rank'],
    ['vị thứ 15-20 trên bảng xếp hạng', '<=', 20, 'rank'],
    ['bằng 100% kế hoạch', '=', 100, '%'],
    ['đạt trên mức 80%', '>', 80, '%'],
    ['tối thiểu đạt 10% biên chế', '>=', 10, '%'],
    ['kinh phí tối đa 80 triệu đồng', '<=', 80_000_000, 'vnd'],
    ['hỗ trợ không quá 1.500.000 đồng/người', '<=', 1_500_000, 'vnd'],
    ['tối thiểu 2 tỷ đồng', '>=', 2_000_000_000, 'vnd'],
    ['xử lý 1.000 hồ sơ trực tuyến', '>=', 1000, 'count'],
    ['thời gian giải quyết 3 ngày', '<=', 3, 'days'],
    ['trả kết quả trong 4 giờ', '<=', 4, 'hours'],
    ['tỷ lệ 17,8 phần trăm', '>=', 17.8, '%'],
  ] as const)('%s → %s %d %s', (text, cmp, value, unit) => {
    expect(read(text)).toEqual([cmp, value, unit]);
  });

  it('keeps the whole text as raw and what is measured as subject', () => {
    const t = parseTarget('  Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;  ');
    expect(t?.raw).toBe('Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;');
    expect(t?.subject).toBe('cán bộ cấp xã đạt chuẩn chuyên môn');
    expect(parseTarget('Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%')?.subject).toBe(
      'Tỷ lệ hồ sơ chậm hạn của thành phố',
    );
    expect(parseTarget('Phấn đấu giảm 30% thời gian giải quyết')?.subject).toBe('giảm thời gian giải quyết');
  });

  it('gives a range "từ 70% đến 90%" as two bounds', () => {
    expect(parseTargets('từ 70% đến 90% hồ sơ').map((t) => [t.comparator, t.value])).toEqual([
      ['>=', 70],
      ['<=', 90],
    ]);
    expect(parseTargets('từ 70 đến 90%').map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['>=', 70, '%'],
      ['<=', 90, '%'],
    ]);
  });

  it('returns null when there is no measurable target', () => {
    for (const s of [
      '',
      'Tăng cường công tác kiểm tra cải cách hành chính',
      'Quý I/2018',
      'Nghị định số 108/2020/NĐ-CP ngày 14/09/2020',
      'Giai đoạn 2016-2020',
      'TCVN ISO 9001:2008',
      'dịch vụ công trực tuyến mức độ 3, 4',
      'đất 100 ha', // "đất" (land) is not "đạt", and "ha" is no unit here
      'Nghị quyết số 30c/NQ-CP',
    ]) {
      expect(parseTarget(s)).toBeNull();
    }
  });

  it('does not read "đất" as "đạt" nor "dòng" as "đồng"', () => {
    expect(read('diện tích đất 30% tổng số')).toEqual(['>=', 30, '%']);
    expect(parseTarget('in 20 dòng')).toBeNull();
    expect(read('in 20 dong')).toEqual(['>=', 20, 'vnd']); // plain ASCII "dong" is read as đồng
  });

  it('reads NFC, NFD and diacritic-free text the same', () => {
    const nfc = 'Tối thiểu 80% TTHC có đủ điều kiện';
    expect(read(nfc.normalize('NFD'))).toEqual(read(nfc));
    expect(read('Toi thieu 80% TTHC co du dieu kien')).toEqual(read(nfc));
    expect(read('KHÔNG QUÁ 50% SỐ BIÊN CHẾ')).toEqual(['<=', 50, '%']);
    expect(parseTarget('Tối thiểu 80% TTHC'.normalize('NFD'))?.raw).toBe('Tối thiểu 80% TTHC');
  });

  it('returns deeply frozen values', () => {
    const all = parseTargets('Trên 80% cán bộ; dưới 0,5% hồ sơ trễ hạn');
    expect(Object.isFrozen(all)).toBe(true);
    for (const t of all) expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(parseTarget('Trên 80% cán bộ'))).toBe(true);
  });

  it('never throws on odd input', () => {
    const odd = [
      '%%%',
      '1,2,3%',
      '1.2.3.4%',
      '9'.repeat(400) + '%',
      '\u0301\u0301 80%',
      '\uD800 50%',
      'top',
      'Top -',
      'từ đến %',
    ];
    for (const s of odd) expect(() => parseTargets(s)).not.toThrow();
    expect(parseTargets('9'.repeat(400) + '%')).toEqual([]); // not a finite number
    // @ts-expect-error: callers without types may pass anything
    expect(parseTargets(undefined)).toEqual([]);
  });
});
