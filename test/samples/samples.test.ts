/**
 * The four seed plans shipped in samples/: built from examples/data/seeds/
 * by scripts/build-samples.ts, checked against the source documents
 * (QĐ 2701/QĐ-UBND Vĩnh Long, QĐ 1908/QĐ-UBND Quảng Nam, Kế hoạch CCHC
 * 2022 Vinh Yên, QĐ 2843/QĐ-UBND Hòa Bình).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/deadline/index.js';
import { loadPlan, type Plan, type PlanJson } from '../../src/plan/index.js';
import {
  SAMPLE_IDS,
  buildSample,
  readSampleRows,
  samplePath,
  sampleText,
  type SampleId,
} from '../../scripts/build-samples.js';

const json = (id: SampleId): PlanJson => JSON.parse(readFileSync(samplePath(id), 'utf8')) as PlanJson;

function load(id: SampleId): Plan {
  const r = loadPlan(json(id));
  if (!r.ok)
    throw new Error(`${id}: ${r.issues.map((i) => `${i.path.join('.')}: ${i.messageEn}`).join('; ')}`);
  return r.value;
}

const task = (p: Plan, id: string) => {
  for (const g of p.groups) for (const t of g.tasks) if (t.id === id) return t;
  throw new Error(`no task ${id}`);
};

describe('samples/*.plan.json', () => {
  it.each(SAMPLE_IDS)('%s loads with loadPlan, without errors', (id) => {
    const r = loadPlan(json(id));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it.each(SAMPLE_IDS)('%s is up to date with its CSV and meta (npx tsx scripts/build-samples.ts)', (id) => {
    const built = buildSample(id);
    expect(readFileSync(samplePath(id), 'utf8')).toBe(sampleText(built.json));
    // planFromRows resolved every agency name against the registry in the meta file.
    expect(built.warnings).toEqual([]);
  });

  it.each(SAMPLE_IDS)('%s is NFC, pretty-printed JSON', (id) => {
    const text = readFileSync(samplePath(id), 'utf8');
    expect(text.normalize('NFC')).toBe(text);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
  });

  it('keeps every table cell: each line of each content, number, group, deadline and note cell is in the sample', () => {
    for (const id of SAMPLE_IDS) {
      const rows = readSampleRows(id);
      const header = rows[0] ?? [];
      const plan = json(id);
      // A deadline cell that also states a target is split between the two ("Trong năm 2018" + "ít nhất …").
      const split = plan.groups.flatMap((g) =>
        g.tasks.flatMap((t) => (t.targets ?? []).map((target) => `${t.deadline} ${target}`)),
      );
      const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
      const all = flat(`${JSON.stringify(plan).replace(/\\n/g, ' ')} ${JSON.stringify(split)}`);
      const skip = header.map((h) => /chủ trì|phối hợp/iu.test(h)); // agency cells become ids
      for (const row of rows.slice(1)) {
        row.forEach((cell, k) => {
          if (skip[k] === true) return;
          for (const line of cell.split('\n')) {
            if (line.trim() === '') continue;
            const c = flat(line).replace(/^(?:[IVX]+\.?|\d+\.|[a-zđ]\))\s+/u, '');
            expect(all.includes(JSON.stringify(c).slice(1, -1)), `${id}: "${c.slice(0, 60)}"`).toBe(true);
          }
        });
      }
    }
  });

  it('reads every sample with nothing unread but the deadlines the sources do not give', () => {
    const reports = SAMPLE_IDS.map((id) => {
      const { report } = buildSample(id);
      return [
        id,
        report.tasks,
        report.unreadDeadlines.filter((d) => d.code === 'empty_deadline').length,
        report.unreadDeadlines.filter((d) => d.code === 'unread_deadline').length,
        report.unreadTargets.length,
        report.unknownAgencies.length,
      ];
    });
    expect(reports).toEqual([
      ['vinh-long-2018', 42, 0, 0, 0, 0],
      ['quang-nam-2016-2020', 71, 0, 0, 0, 0],
      ['vinh-yen-2022', 20, 19, 0, 0, 0],
      ['hoa-binh-2016-2020', 30, 26, 0, 0, 0],
    ]);
  });
});

describe('Vĩnh Long 2018 (QĐ 2701/QĐ-UBND, 20/12/2017)', () => {
  const p = load('vinh-long-2018');

  it('has the source document and the year', () => {
    expect(p.document).toEqual({ number: '2701/QĐ-UBND', date: '2017-12-20' });
    expect(p.year).toBe(2018);
    expect(p.issuer).toBe('UBND tỉnh Vĩnh Long');
  });

  it('has the seven groups of the appendix with their task counts and areas', () => {
    expect(p.groups.map((g) => [g.id, g.tasks.length, g.area])).toEqual([
      ['I', 5, 'direction'],
      ['II', 3, 'institutions'],
      ['III', 6, 'procedures'],
      ['IV', 4, 'organisation'],
      ['V', 9, 'civil-service'],
      ['VI', 4, 'public-finance'],
      ['VII', 11, 'digital-government'],
    ]);
    expect(p.groups[4]?.title).toBe('Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức');
  });

  it('reads tasks as the appendix writes them', () => {
    const i1 = task(p, 'I.1');
    expect([i1.title, i1.lead, i1.support, i1.deadline.raw]).toEqual([
      'Ban hành Kế hoạch cải cách hành chính năm 2018 của tỉnh',
      ['snv'],
      ['vp-ubnd'],
      'Tháng 12/2017',
    ]);
    expect(dueDate(i1.deadline)).toBe('2017-12-31');
    const i4 = task(p, 'I.4');
    expect([i4.title, i4.lead, i4.support]).toEqual([
      'Ban hành Kế hoạch Kiểm soát TTHC năm 2018',
      ['vp-ubnd'],
      ['so-nganh', 'ubnd-huyen'],
    ]);
    const iii6 = task(p, 'III.6');
    expect([iii6.title, iii6.deadline.raw, dueDate(iii6.deadline)]).toEqual([
      'Tập huấn nghiệp vụ Kiểm soát TTHC',
      'Quý I / 2018',
      '2018-03-31',
    ]);
    const vii2 = task(p, 'VII.2');
    expect([vii2.lead, vii2.support]).toEqual([['ubnd-huyen'], ['snv', 'stttt', 'vp-ubnd']]);
    const vii3 = task(p, 'VII.3');
    expect([vii3.deadline.kind, vii3.deadline.raw, dueDate(vii3.deadline)]).toEqual([
      'multi',
      'Quý II và IV năm 2018',
      '2018-12-31',
    ]);
    expect(task(p, 'VI.4').lead).toEqual(['skhcn']);
    expect(task(p, 'VII.9').deadline.raw).toBe('Kế hoạch năm 2018');
    expect(task(p, 'III.2').deadline.raw).toBe('Thường xuyên trong năm 2018');
  });

  it('keeps the bullet targets of V.8 on the task and in the plan', () => {
    const v8 = task(p, 'V.8');
    expect(v8.title.split('\n')).toEqual([
      'Cán bộ, công chức cấp xã:',
      '- Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;',
      '- Trên 80% công chức cấp xã đạt chuẩn chuyên môn;',
      '- Trên 70% cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm.',
    ]);
    expect(v8.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['>', 80, '%'],
      ['>', 80, '%'],
      ['>', 70, '%'],
    ]);
    expect(p.targets.length).toBe(9);
    expect(p.targets.flatMap((t) => t.targets).length).toBe(9);
  });

  it('leaves no deadline unknown', () => {
    expect(p.warnings.filter((w) => w.code === 'unknown_deadline')).toEqual([]);
  });
});

describe('Quảng Nam 2016–2020 (QĐ 1908/QĐ-UBND, 02/06/2016)', () => {
  const p = load('quang-nam-2016-2020');

  it('has the source document and the period', () => {
    expect(p.document).toEqual({ number: '1908/QĐ-UBND', date: '2016-06-02' });
    expect(p.period).toEqual({ from: 2016, to: 2020 });
  });

  it('has every task of every year group, with its context year', () => {
    expect(p.groups.map((g) => [g.id, g.title, g.year, g.tasks.length])).toEqual([
      ['I', 'NĂM 2016', 2016, 30],
      ['II', 'NĂM 2017', 2017, 27],
      ['III', 'NĂM 2018', 2018, 7],
      ['IV', 'NĂM 2019', 2019, 7],
    ]);
    // Numbered 1… without gaps in each year; tasks 2017/21 and 2017/22 are two sub-tasks each.
    for (const g of p.groups) {
      const numbers = [...new Set(g.tasks.map((t) => t.number))];
      expect(numbers).toEqual(numbers.map((_n, k) => `${k + 1}.`));
    }
    expect(p.groups[1]?.tasks.slice(20, 24).map((t) => t.id)).toEqual([
      'II.21.1',
      'II.21.2',
      'II.22.1',
      'II.22.2',
    ]);
  });

  it('reads a bare quarter in the context of its year group', () => {
    expect(dueDate(task(p, 'I.1').deadline)).toBe('2016-09-30'); // "Quý III" under NĂM 2016
    expect(dueDate(task(p, 'II.1').deadline)).toBe('2017-03-31'); // "Quý I" under NĂM 2017
    expect(dueDate(task(p, 'IV.7').deadline)).toBe('2019-12-31'); // "Quý IV" under NĂM 2019
    const i21 = task(p, 'I.21');
    expect([i21.deadline.raw, i21.deadline.kind, dueDate(i21.deadline)]).toEqual([
      'Quý III, IV',
      'multi',
      '2016-12-31',
    ]);
  });

  it('joins rows split by a page break of the PDF', () => {
    const i7 = task(p, 'I.7');
    expect(i7.title).toBe(
      'Xây dựng cơ chế phối hợp giữa Ban Xúc tiến đầu tư và Hỗ trợ doanh nghiệp với các Hội, Hiệp hội và các Sở, Ban, ngành, địa phương có liên quan để hỗ trợ doanh nghiệp trong quá trình hội nhập kinh tế quốc tế và nâng cao năng lực cạnh tranh trên địa bàn tỉnh',
    );
    expect([i7.lead, i7.support]).toEqual([['bxtdt'], ['so-nganh', 'dia-phuong', 'hoi-hiep-hoi']]);
    expect(task(p, 'I.21').lead).toEqual(['ubnd-tam-ky', 'ubnd-nui-thanh', 'ubnd-thang-binh']);
    expect(task(p, 'II.7').title).toBe('Triển khai phần mềm một cửa điện tử tại 30% xã, phường, thị trấn');
    expect([task(p, 'II.7').lead, task(p, 'II.7').support]).toEqual([['stttt'], ['ubnd-huyen']]);
    const ii16 = task(p, 'II.16');
    expect([ii16.title, ii16.deadline.raw]).toEqual([
      'Nghiên cứu, triển khai đánh giá kết quả, hiệu quả đào tạo, bồi dưỡng cán bộ, công chức',
      'Hoàn thành và triển khai từ năm 2017',
    ]);
    expect(task(p, 'III.6').title.endsWith('tiến tới tự chủ hoàn toàn.')).toBe(true);
  });

  it('reads the lead agencies of the source, lists and abbreviations included', () => {
    expect(task(p, 'II.2').lead).toEqual(['sgddt', 'syt', 'sldtbxh', 'svhttdl']); // "Các Sở: Giáo dục và Đào tạo, Y tế, …"
    expect(task(p, 'III.2').lead).toEqual(['sldtbxh', 'snnptnt']); // "Sở LĐ TB&XH, Sở NN&PTNT"
    expect(task(p, 'IV.1').lead).toEqual(['ubnd-tam-ky', 'ubnd-hoi-an', 'ubnd-dien-ban']);
    expect(task(p, 'II.9').support).toEqual(['bql-kktm', 'bql-kcn', 'bql-dtm']);
    expect(task(p, 'I.26').deadline.raw).toBe('Từ năm 2016 và các năm tiếp theo');
    expect(task(p, 'I.26').deadline.kind).toBe('range');
  });

  it('reads every deadline: two deadlines of one cell as two sub-tasks, a deadline beside a target', () => {
    expect(p.groups.flatMap((g) => g.tasks.filter((t) => t.deadline.kind === 'unknown'))).toEqual([]);
    const due = (id: string) => [
      task(p, id).deadline.raw,
      task(p, id).deadline.kind,
      dueDate(task(p, id).deadline),
    ];
    expect(due('II.21.1')).toEqual(['Quý I', 'quarter', '2017-03-31']);
    expect(due('II.21.2')).toEqual(['Quý IV', 'quarter', '2017-12-31']);
    expect(due('II.22.1')).toEqual(['Trong quý IV/2017', 'quarter', '2017-12-31']);
    expect(due('II.22.2')).toEqual(['Từ quý IV/2017', 'range', null]);
    expect(task(p, 'II.22.2').title).toBe(
      'Thực hiện kết nối, tích hợp liên thông với các ứng dụng dùng chung, giữa các ngành, các cấp',
    );
    const iii6 = task(p, 'III.6');
    expect([iii6.deadline.raw, dueDate(iii6.deadline), iii6.targetText]).toEqual([
      'Trong năm 2018',
      '2018-12-31',
      ['ít nhất một lĩnh vực có 01 đơn vị thực hiện cơ chế này'],
    ]);
    expect(iii6.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([['>=', 1, 'count']]);
  });

  it('assigns the departments a task names where the source names their class (I.22, I.28, II.24)', () => {
    expect(task(p, 'I.22').support).toEqual([
      'snv',
      'skhdt',
      'stnmt',
      'sxd',
      'ubnd-tam-ky',
      'ubnd-hoi-an',
      'ubnd-dien-ban',
    ]);
    expect(task(p, 'I.28').lead).toEqual(['sxd', 'syt', 'sngv', 'sldtbxh', 'snnptnt', 'stttt', 'sgtvt']);
    expect(task(p, 'II.24').lead).toEqual([
      'sct',
      'sxd',
      'snnptnt',
      'stp',
      'skhdt',
      'sldtbxh',
      'syt',
      'stnmt',
      'sngv',
      'svhttdl',
    ]);
    expect(task(p, 'II.24').note).toContain('Các Sở thuộc đối tượng thực hiện');
    expect(p.classes.map((c) => c.id)).not.toContain('so-doi-tuong');
    expect(p.warnings.filter((w) => w.code === 'empty_class').map((w) => w.path)).toEqual([
      ['classes', 1],
      ['classes', 3],
    ]);
  });

  it('has the targets of section I and the reporting schedule', () => {
    expect(p.targets.length).toBe(13);
    expect(p.targets.flatMap((t) => t.targets).length).toBe(31);
    expect(p.targets[0]?.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['<=', 10, 'rank'],
      ['<=', 20, 'rank'],
    ]);
    expect(p.reporting.map((r) => [r.from, r.to, r.deadline.raw])).toEqual([
      [['so-nganh', 'ubnd-huyen'], 'Sở Nội vụ', 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)'],
      [['so-nganh', 'ubnd-huyen'], 'Sở Nội vụ', 'trước ngày 15 tháng 12'],
    ]);
    expect(p.reporting[0]?.deadline.kind).toBe('recurring');
  });
});

describe('Vinh Yên 2022 (no appendix in the source: section II as the text lists it)', () => {
  const p = load('vinh-yen-2022');

  it('has no document number (blank in the source) and the year', () => {
    expect(p.document).toBeUndefined();
    expect([p.year, p.issuer]).toEqual([2022, 'UBND thành phố Vinh Yên']);
  });

  it('has the seven areas of section II with their bullets', () => {
    expect(p.groups.map((g) => [g.id, g.title, g.tasks.length])).toEqual([
      ['1', 'Công tác chỉ đạo điều hành', 4],
      ['2', 'Cải cách thể chế', 3],
      ['3', 'Cải cách thủ tục hành chính, kiểm soát TTHC', 3],
      ['4', 'Cải cách tổ chức bộ máy', 2],
      ['5', 'Cải cách công vụ', 3],
      ['6', 'Cải cách tài chính công', 1],
      ['7', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 4],
    ]);
    expect(
      task(p, '3.a').title.startsWith('Nâng cao chất lượng thực hiện cơ chế một cửa, một cửa liên thông'),
    ).toBe(true);
    expect(task(p, '3.a').lead).toEqual(['vp-hdnd-ubnd']);
    expect(task(p, '1.a').lead).toEqual(['phong-ban', 'ubnd-xa']);
    expect(task(p, '7.d').title.endsWith('trong dịch Covid-19.')).toBe(true);
  });

  it('gives 3.c the deadline its text states, and no deadline where the source gives none', () => {
    const tasks = p.groups.flatMap((g) => g.tasks);
    expect(tasks.length).toBe(20);
    expect(
      tasks.filter((t) => t.deadline.kind !== 'unknown').map((t) => [t.id, t.deadline.raw, t.deadline.kind]),
    ).toEqual([['3.c', 'Thường xuyên', 'continuous']]);
    expect(dueDate(task(p, '3.c').deadline)).toBe('2022-12-31');
    expect(task(p, '3.c').note).toContain(
      'Nguồn thời hạn: Nội dung: “Thường xuyên thực hiện công tác giám sát, rà soát TTHC”.',
    );
    expect(tasks.filter((t) => t.deadline.kind === 'unknown').every((t) => t.deadline.raw === '')).toBe(true);
    expect(task(p, '1.a').note).toContain('trong tháng 02/2022');
  });

  it('gives 7.a and 7.b the leads section III names', () => {
    expect(task(p, '7.a').lead).toEqual(['vp-hdnd-ubnd', 'pnv']);
    expect(task(p, '7.b').lead).toEqual(['vp-hdnd-ubnd']);
    expect(task(p, '7.c').lead).toEqual(['pvhtt']);
  });

  it('has the targets and the reporting schedule "25/2, 25/5, 25/8 và 15/11"', () => {
    expect(p.targets.flatMap((t) => t.targets).map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['>=', 100, '%'],
      ['<', 0.9, '%'],
      ['<', 0.5, '%'],
      ['>=', 80, '%'],
      ['>=', 80, '%'],
      ['>=', 50, '%'],
      ['>=', 30, '%'],
      ['<=', 20, 'minutes'],
      ['<=', 3, 'rank'],
      ['>=', 100, '%'],
    ]);
    const r1 = p.reporting[0];
    expect(r1?.from).toEqual(['phong-ban', 'ubnd-xa']);
    expect(r1?.deadline.kind).toBe('multi');
    expect(r1 === undefined ? null : dueDate(r1.deadline)).toBe('2022-11-15');
    expect(
      r1?.deadline.kind === 'multi'
        ? r1.deadline.milestones.map((m) => (m.kind === 'date' ? m.date : m.kind))
        : [],
    ).toEqual(['2022-02-25', '2022-05-25', '2022-08-25', '2022-11-15']);
  });
});

describe('Hòa Bình 2016–2020 (QĐ 2843/QĐ-UBND, 29/12/2015; no appendix: section III as the text lists it)', () => {
  const p = load('hoa-binh-2016-2020');

  it('has the source document and the period', () => {
    expect(p.document).toEqual({ number: '2843/QĐ-UBND', date: '2015-12-29' });
    expect(p.period).toEqual({ from: 2016, to: 2020 });
  });

  it('has the seven areas of section III with their lettered items (area 3 has no b)', () => {
    expect(p.groups.map((g) => [g.id, g.tasks.length, g.area])).toEqual([
      ['1', 4, 'institutions'],
      ['2', 5, 'procedures'],
      ['3', 4, 'organisation'],
      ['4', 6, 'civil-service'],
      ['5', 2, 'public-finance'],
      ['6', 3, 'digital-government'],
      ['7', 6, 'direction'],
    ]);
    expect(p.groups[2]?.tasks.map((t) => t.id)).toEqual(['3.a', '3.c', '3.d', '3.đ']);
    expect(task(p, '3.d').title).toBe(
      'Ban hành Quy chế phối hợp trong giải quyết các thủ tục hành chính thuộc lĩnh vực đất đai, đăng ký kinh doanh, đầu tư, xây dựng, tư pháp theo cơ chế một cửa liên thông.',
    );
    expect(task(p, '6.c').lead).toEqual(['skhdt', 'skhcn']);
    expect(task(p, '2.a').lead).toEqual(['stp']);
  });

  it('has the targets to 2020', () => {
    const all = p.targets.flatMap((t) => t.targets);
    expect(all.length).toBe(18);
    expect(p.targets.find((t) => t.id === 'II.1.g')?.targets.map((t) => [t.comparator, t.value])).toEqual([
      ['>', 80],
      ['>', 70],
    ]);
  });

  it('gives four items the deadline their text states, and the 26 others none', () => {
    const dated = p.groups
      .flatMap((g) => g.tasks)
      .filter((t) => t.deadline.kind !== 'unknown')
      .map((t) => [t.id, t.deadline.raw, t.deadline.kind, dueDate(t.deadline)]);
    expect(dated).toEqual([
      ['1.c', 'Thường xuyên', 'continuous', '2020-12-31'],
      ['2.c', 'Định kỳ 6 tháng', 'recurring', null],
      ['6.b', 'vào năm 2020', 'year', '2020-12-31'],
      ['7.e', 'Hằng năm và cả giai đoạn', 'recurring', '2020-12-31'],
    ]);
    expect(task(p, '2.c').note).toContain('Nguồn thời hạn: Nội dung: “Định kỳ 6 tháng tổ chức đối thoại');
    expect(p.warnings.filter((w) => w.code === 'unknown_deadline').length).toBe(26);
  });

  it('gives 7.d the supporting agencies section IV.8 names', () => {
    expect(task(p, '7.d').support).toEqual(['bao-hoa-binh', 'cong-ttdt', 'dai-ptth']);
  });
});
