// resolveAgencies on agency lists as 2024–2026 plans write them: the names of
// the agencies after the 2025 reorganisation ("Sở Khoa học và Công nghệ",
// "Sở Nông nghiệp và Môi trường", "UBND các xã, phường"), lists shared by a
// head, a role beside a name, in NFC, NFD and without diacritics.
import { describe, expect, it } from 'vitest';
import { createAgencyRegistry, resolveAgencies } from '../../src/plan/index.js';

const registry = createAgencyRegistry(
  [
    { id: 'snv', name: 'Sở Nội vụ' },
    { id: 'vp-ubnd', name: 'Văn phòng UBND tỉnh', aliases: ['Văn phòng Ủy ban nhân dân tỉnh'] },
    { id: 'skhcn', name: 'Sở Khoa học và Công nghệ' },
    { id: 'stc', name: 'Sở Tài chính' },
    { id: 'stp', name: 'Sở Tư pháp' },
    { id: 'snnmt', name: 'Sở Nông nghiệp và Môi trường' },
    { id: 'svhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch' },
    { id: 'ttpvhcc', name: 'Trung tâm Phục vụ hành chính công tỉnh' },
  ],
  [
    { id: 'so-nganh', name: 'Các sở, ban, ngành', aliases: ['Các sở, ban, ngành tỉnh', 'các sở, ngành'] },
    { id: 'ubnd-huyen', name: 'UBND các huyện, thị xã, thành phố', aliases: ['UBND cấp huyện'] },
    { id: 'ubnd-xa', name: 'UBND các xã, phường', aliases: ['UBND cấp xã', 'UBND các xã, phường, đặc khu'] },
  ],
);

const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['Sở Nội vụ; Văn phòng UBND tỉnh', ['snv', 'vp-ubnd'], []],
  ['Các sở, ban, ngành; UBND các huyện, thị xã, thành phố', ['so-nganh', 'ubnd-huyen'], []],
  ['Sở Khoa học và Công nghệ', ['skhcn'], []],
  ['UBND các xã, phường', ['ubnd-xa'], []],
  ['Ủy ban nhân dân các xã, phường', ['ubnd-xa'], []],
  ['Văn phòng Ủy ban nhân dân tỉnh', ['vp-ubnd'], []],
  ['Sở Nông nghiệp và Môi trường, Sở Văn hóa, Thể thao và Du lịch', ['snnmt', 'svhttdl'], []],
  ['Các sở: Nội vụ, Tài chính, Tư pháp', ['snv', 'stc', 'stp'], []],
  ['Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường', ['ttpvhcc', 'ubnd-xa'], []],
  ['các sở, ngành và UBND các xã, phường, đặc khu', ['so-nganh', 'ubnd-xa'], []],
  ['Sở Nội vụ và các cơ quan, đơn vị có liên quan', ['snv'], ['các cơ quan, đơn vị có liên quan']],
  // a role beside a name is not part of it (it used to leave the name unmatched)
  ['Sở Khoa học và Công nghệ (chủ trì)', ['skhcn'], []],
  ['Sở Nội vụ (chủ trì), Văn phòng UBND tỉnh (phối hợp)', ['snv', 'vp-ubnd'], []],
];

const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

describe('agency lists of 2024–2026 plans', () => {
  it.each(CASES)('%s', (text, ids, generic) => {
    for (const written of [text, text.normalize('NFD'), stripMarks(text)]) {
      const r = resolveAgencies(written, registry);
      expect(r.ids, written).toEqual(ids);
      expect(r.unmatched, written).toEqual([]);
      expect(r.generic.length, written).toBe(generic.length);
    }
    expect(resolveAgencies(text, registry).generic).toEqual(generic);
  });

  it('keeps an unknown name with its role unmatched, as written', () => {
    expect(resolveAgencies('Sở Xây dựng (chủ trì)', registry).unmatched).toEqual(['Sở Xây dựng (chủ trì)']);
  });
});
