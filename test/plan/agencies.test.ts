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
import { expectLinear } from './targets/expectLinear.js';

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

  it('reads the look-alike Ð (U+00D0) as Đ, and ignores invisible characters', () => {
    // "Ðài" with U+00D0 used to lose its first letter ("ai phat thanh").
    expect(agencyNameKey('\u00d0ài Phát thanh và Truyền hình tỉnh')).toBe('dai phat thanh truyen hinh');
    expect(agencyNameKey('\u00d0ài Phát thanh')).toBe(agencyNameKey('Đài Phát thanh'));
    expect(agencyNameKey('S\u00f0 K\u00ca HO\u1ea0CH')).toBe(agencyNameKey('Sđ Kê hoạch')); // ð U+00F0 as đ
    expect(findAgency('Sở\u00a0Nội\u200b vụ', registry)).toBe('snv');
    expect(findAgency('\u202bSở Tư\u00ad pháp\u202c', registry)).toBe('stp');
    expect(findAgency('Sở LĐ–TB&XH', registry)).toBe('sldtbxh'); // an en dash
    expect(findAgency('Sở LĐ\u2011TB\u00a0&\u00a0XH', registry)).toBe('sldtbxh'); // a non-breaking hyphen and spaces
  });

  it('never throws on values that are not text', () => {
    // @ts-expect-error: callers without types may pass anything
    expect(agencyNameKey(undefined)).toBe('');
    // @ts-expect-error: as above
    expect(agencyNameKey(42)).toBe('');
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
    // A compound abbreviation cut at a line break or a comma is read whole.
    expect(resolveAgencies('Sở LĐ-\nTB&XH, Sở Nội vụ', registry)).toMatchObject({
      ids: ['sldtbxh', 'snv'],
      matches: [
        { text: 'Sở LĐ-\nTB&XH', id: 'sldtbxh' },
        { text: 'Sở Nội vụ', id: 'snv' },
      ],
    });
    const reg = createAgencyRegistry([{ id: 'svhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch' }], []);
    expect(resolveAgencies('Sở VH, TT&DL', reg).ids).toEqual(['svhttdl']);
    expect(resolveAgencies('Sở VH,\nTT&DL', reg).ids).toEqual(['svhttdl']);
  });

  it('reads NFD, upper-case, diacritic-free, look-alike and invisible-character cells alike', () => {
    const cell = 'Văn phòng UBND tỉnh, Sở Tư pháp và Sở Lao động - Thương binh và Xã hội; Đài Truyền thanh';
    const reading = resolveAgencies(cell, registry);
    expect(reading.ids).toEqual(['vp-ubnd', 'stp', 'sldtbxh']);
    const strip = (s: string): string =>
      s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    for (const form of [
      cell.normalize('NFD'),
      cell.toUpperCase().replace(/ VÀ /g, ' và '), // "và" is the list's joiner as written
      strip(cell).replace(/ va /g, ' và '),
      cell.replace(/Đ/g, '\u00d0'),
      cell.replace(/ /g, ' \u200b').replace(/,/g, '\u2066,\u2069'),
    ]) {
      const r = resolveAgencies(form, registry);
      expect(r.ids, form).toEqual(reading.ids);
      expect(r.unmatched.length, form).toBe(1);
    }
  });

  it('keeps unmatched fragments as written, separators included', () => {
    expect(resolveAgencies('Sở Xây dựng,, Sở Nội vụ', registry)).toMatchObject({
      ids: ['snv'],
      unmatched: ['Sở Xây dựng'],
    });
    expect(resolveAgencies('Các tổ chức,  cá nhân, doanh nghiệp', registry).unmatched).toEqual([
      'Các tổ chức, cá nhân, doanh nghiệp',
    ]);
  });

  it('reads "VH,TT&DL" and stays fast on hostile white space', () => {
    const reg = createAgencyRegistry([{ id: 'svhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch' }], []);
    expect(resolveAgencies('Sở VH,TT&DL', reg).ids).toEqual(['svhttdl']);
    const r = resolveAgencies(
      `${' '.repeat(50_000)}Sở Nội vụ${'\n \t'.repeat(20_000)}- Sở Tư pháp`,
      registry,
    );
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

/** Text of `n` characters: `unit` repeated. */
const repeat =
  (unit: string) =>
  (n: number): string =>
    unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Hostile cells: separators, lower-case pieces that merge, names, compounds, marks, invisible characters. */
const CELLS: readonly (readonly [string, (n: number) => string])[] = [
  ['lower-case pieces after commas', repeat('abc, ')],
  ['pieces after "và"', repeat('cá nhân và ')],
  ['semicolons', repeat('Sở Nội vụ; ')],
  ['dashes', repeat('Sở - Ban - ')],
  ['line breaks and bullets', repeat('\n- abc ')],
  [
    'repeated names, a shared head, compound parts',
    (n) => `Các Sở: ${repeat('Tư pháp, Sở Nội vụ, VH, TT, ')(n)}`,
  ],
  ['a generic phrase that keeps growing', (n) => `các tổ chức${repeat(', cá nhân')(n)}`],
  ['combining marks', (n) => `Sở ${'a\u0301\u0323'.repeat(Math.ceil(n / 3))}`],
  ['zero-width and bidi', repeat('S\u200bở\u202e, ')],
];

describe('linear time on hostile cells (growth ratio ≤ 15 per tenfold input)', () => {
  // A 100 KB cell of lower-case pieces took 15-58 s when each merged fragment was folded again.
  it.each(CELLS)(
    'resolveAgencies: %s',
    (_name, make) => expectLinear((s: string) => resolveAgencies(s, registry), make),
    180_000,
  );

  it.each(CELLS)('agencyNameKey: %s', (_name, make) => expectLinear(agencyNameKey, make), 180_000);

  it('builds a registry in linear time, many agencies in one class', () => {
    // Membership was checked with a search of the class's list: quadratic in its size.
    const make = (n: number) => ({
      agencies: Array.from({ length: n }, (_, k) => ({
        id: `a${k}`,
        name: `Phòng ${k}`,
        classes: ['c', 'c'],
      })),
      classes: [{ id: 'c', name: 'Các phòng' }],
    });
    expectLinear(
      (r: ReturnType<typeof make>) => createAgencyRegistry(r.agencies, r.classes),
      make,
      // Small enough that the largest registry does not set off the worker's major
      // garbage collections (a full run once measured 15.6 at 30,000 agencies);
      // the quadratic search this guards against is ~100× per step at any size.
      [100, 1_000, 10_000],
    );
    expect(createAgencyRegistry(make(3).agencies, make(3).classes).members.c).toEqual(['a0', 'a1', 'a2']);
  }, 180_000);

  it('reads cells in linear time against a registry holding a very long name', () => {
    const reg = createAgencyRegistry(
      [
        { id: 'x', name: 'Sở '.repeat(200_000) },
        { id: 'snv', name: 'Sở Nội vụ' },
      ],
      [],
    );
    expectLinear((s: string) => resolveAgencies(s, reg), repeat('Sở Sở, Sở Nội vụ, '));
    expect(resolveAgencies('Sở Nội vụ', reg).ids).toEqual(['snv']);
  }, 180_000);

  it('never drops a fragment of a long cell', () => {
    const cell = repeat('Sở Nội vụ, abc và def; các cơ quan có liên quan\n- Sở Xây dựng, ')(200_000);
    const r = resolveAgencies(cell, registry);
    const kept = [...r.matches.map((m) => m.text), ...r.unmatched, ...r.generic].join(' ').length;
    expect(kept).toBeGreaterThan(cell.length * 0.8); // only separators are left out
    expect(r.ids).toEqual(['snv']);
    expect(Object.isFrozen(r.matches[0])).toBe(true);
  });
});
