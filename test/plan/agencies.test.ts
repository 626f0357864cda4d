import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agencyNameKey,
  agencyRegistry,
  createAgencyRegistry,
  expandAgencies,
  findAgency,
  loadPlan,
  resolveAgencies,
  unwrap,
} from '../../src/index.js';
import { vinhLongExcerpt } from './fixtures/vinhLongExcerpt.js';

// Agencies and classes named in the Vĩnh Long 2018 appendix (seed 000).
const registry = createAgencyRegistry(
  [
    { id: 'snv', name: 'Sở Nội vụ', classes: ['so-nganh'] },
    { id: 'stp', name: 'Sở Tư pháp', classes: ['so-nganh'] },
    { id: 'stc', name: 'Sở Tài chính', classes: ['so-nganh'] },
    { id: 'skhdt', name: 'Sở Kế hoạch và Đầu tư', classes: ['so-nganh'] },
    { id: 'stttt', name: 'Sở Thông tin và Truyền thông', classes: ['so-nganh'] },
    { id: 'sldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', classes: ['so-nganh'] },
    { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh' },
    { id: 'hdnd', name: 'Hội đồng nhân dân tỉnh' },
  ],
  [
    { id: 'so-nganh', name: 'Các sở, ban, ngành tỉnh' },
    { id: 'ubnd-huyen', name: 'UBND cấp huyện', aliases: ['UBND các huyện, thị, thành phố'] },
    { id: 'ubnd-xa', name: 'UBND cấp xã' },
  ],
);

describe('agencyNameKey and findAgency', () => {
  it.each([
    ['VP UBND tỉnh', 'vp-ubnd'],
    ['Văn phòng Ủy ban nhân dân tỉnh', 'vp-ubnd'],
    ['Văn phòng Uỷ ban nhân dân tỉnh', 'vp-ubnd'],
    ['Văn phòng UBND', 'vp-ubnd'],
    ['VĂN PHÒNG   UBND  TỈNH.', 'vp-ubnd'],
    ['van phong uy ban nhan dan tinh', 'vp-ubnd'],
    ['Sở TT&TT', 'stttt'],
    ['Sở TT & TT', 'stttt'],
    ['Sở LĐ-TB&XH', 'sldtbxh'],
    ['Sở LĐTBXH', 'sldtbxh'],
    ['Sở KH&ĐT', 'skhdt'],
    ['HĐND tỉnh', 'hdnd'],
    ['Các sở, ban ngành tỉnh', 'so-nganh'],
    ['sở, ban, ngành tỉnh', 'so-nganh'],
    ['Ủy ban nhân dân cấp huyện', 'ubnd-huyen'],
    ['snv', 'snv'],
  ])('%s → %s', (text, id) => {
    expect(findAgency(text, registry)).toBe(id);
    expect(findAgency(text.normalize('NFD'), registry)).toBe(id);
  });

  it('does not match a different agency', () => {
    expect(findAgency('Sở Xây dựng', registry)).toBeUndefined();
    expect(findAgency('Văn phòng HĐND tỉnh', registry)).toBeUndefined();
    expect(findAgency('', registry)).toBeUndefined();
    expect(findAgency('__proto__', registry)).toBeUndefined();
    expect(findAgency('constructor', registry)).toBeUndefined();
  });

  it('gives "Ủy" and "Uỷ", NFC and NFD, one key', () => {
    expect(agencyNameKey('Uỷ ban')).toBe(agencyNameKey('Ủy ban'));
    expect(agencyNameKey('Ủy ban'.normalize('NFD'))).toBe('uy ban');
  });
});

describe('expandAgencies', () => {
  it('expands classes to their members, keeps agencies, removes repeats', () => {
    expect(expandAgencies(['vp-ubnd', 'so-nganh', 'snv'], registry)).toEqual([
      'vp-ubnd',
      'snv',
      'stp',
      'stc',
      'skhdt',
      'stttt',
      'sldtbxh',
    ]);
  });
  it('keeps a class with no members as itself', () => {
    expect(expandAgencies(['ubnd-huyen', 'snv'], registry)).toEqual(['ubnd-huyen', 'snv']);
    expect(Object.isFrozen(expandAgencies([], registry))).toBe(true);
  });
  it('builds the registry of a loaded plan', () => {
    const reg = agencyRegistry(unwrap(loadPlan(vinhLongExcerpt)));
    expect(reg.members['so-nganh']).toEqual(['snv', 'vp-ubnd', 'stttt', 'stp']);
    expect(findAgency('Sở TT&TT', reg)).toBe('stttt');
    expect(Object.isFrozen(reg.byName)).toBe(true);
  });
});

describe('resolveAgencies', () => {
  it('reads lists officials write', () => {
    expect(resolveAgencies('Sở Nội vụ, Sở Tư pháp và các cơ quan có liên quan', registry)).toMatchObject({
      ids: ['snv', 'stp'],
      unmatched: [],
      generic: ['các cơ quan có liên quan'],
    });
    expect(resolveAgencies('Các Sở: Tư pháp, Tài chính, Xây dựng', registry)).toMatchObject({
      ids: ['stp', 'stc'],
      unmatched: ['Sở Xây dựng'],
    });
    expect(resolveAgencies('Các sở, ban, ngành tỉnh; UBND cấp huyện', registry).ids).toEqual([
      'so-nganh',
      'ubnd-huyen',
    ]);
    expect(resolveAgencies('Sở Kế hoạch và Đầu tư', registry).ids).toEqual(['skhdt']);
    expect(resolveAgencies('Sở Lao động - Thương binh và Xã hội, Sở TT&TT', registry).ids).toEqual([
      'sldtbxh',
      'stttt',
    ]);
    expect(resolveAgencies('Sở Tư pháp, Tài chính', registry).ids).toEqual(['stp', 'stc']);
    expect(resolveAgencies('VP UBND tỉnh, các sở, ban ngành tỉnh, UBND cấp huyện.', registry).ids).toEqual([
      'vp-ubnd',
      'so-nganh',
      'ubnd-huyen',
    ]);
    expect(
      resolveAgencies(
        'Các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã và các tổ chức, cá nhân có liên quan',
        registry,
      ),
    ).toMatchObject({
      ids: ['so-nganh', 'ubnd-huyen', 'ubnd-xa'],
      generic: ['các tổ chức, cá nhân có liên quan'],
      unmatched: [],
    });
  });

  it('keeps unknown names whole', () => {
    expect(resolveAgencies('Ban Xúc tiến đầu tư và hỗ trợ doanh nghiệp tỉnh', registry).unmatched).toEqual([
      'Ban Xúc tiến đầu tư và hỗ trợ doanh nghiệp tỉnh',
    ]);
    expect(resolveAgencies('Sở Văn hóa và Thể thao, Sở Nội vụ', registry)).toMatchObject({
      ids: ['snv'],
      unmatched: ['Sở Văn hóa và Thể thao'],
    });
  });

  it('joins a name a PDF split over lines', () => {
    expect(resolveAgencies('Sở Kế hoạch\nvà Đầu tư', registry).ids).toEqual(['skhdt']);
    expect(resolveAgencies('Ủy ban nhân dân\ncấp huyện', registry).ids).toEqual(['ubnd-huyen']);
  });

  it('reads "VH,TT&DL" and stays fast on hostile white space', () => {
    const reg = createAgencyRegistry([{ id: 'svhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch' }], []);
    expect(resolveAgencies('Sở VH,TT&DL', reg).ids).toEqual(['svhttdl']);
    const t0 = performance.now();
    const r = resolveAgencies(
      `${' '.repeat(50_000)}Sở Nội vụ${'\n \t'.repeat(20_000)}- Sở Tư pháp`,
      registry,
    );
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.ids).toEqual(['snv', 'stp']);
  });

  it('never drops a fragment (property)', () => {
    const names = [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'VP UBND tỉnh',
      'Sở Xây dựng',
      'Công an tỉnh',
      'các cơ quan có liên quan',
      'Ban Dân tộc',
      'UBND cấp xã',
    ];
    const seps = [', ', '; ', ' và ', '\n', ' , '];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...seps)), {
          minLength: 1,
          maxLength: 6,
        }),
        (parts) => {
          const text = parts.map(([n, s], i) => (i === 0 ? n : s + n)).join('');
          const r = resolveAgencies(text, registry);
          const kept = [...r.matches.map((m) => m.text), ...r.unmatched, ...r.generic].join(' ');
          const words = (s: string): string[] =>
            s.split(/[^\p{L}]+/u).filter((w) => w !== '' && w !== 'và' && w !== 'Sở');
          for (const w of words(text)) expect(kept).toContain(w);
          expect(r.ids.length).toBe(new Set(r.ids).size);
        },
      ),
      { numRuns: 200 },
    );
  });
});
