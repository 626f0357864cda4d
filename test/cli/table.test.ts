// `cchc validate` on a plan's appendix table (.csv, .tsv, .xlsx): the built
// command reads it with planFromRows and prints the reading report.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { cchc, sample, widestLine } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'cchc-table-'));
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text, 'utf8');
  return p;
};

// A district plan laid out unlike the samples: a title row naming the year, a
// header over two rows ("Cơ quan thực hiện" above "Chủ trì" and "Phối hợp"),
// Roman group rows, an empty deadline, one that names no day ("Giữa năm"), one
// without a year that the plan's year completes, and a line that looks like a
// target but states none.
const TABLE = [
  ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2019 CỦA HUYỆN X', '', '', '', ''],
  ['TT', 'Nội dung', 'Cơ quan thực hiện', '', 'Thời gian'],
  ['', '', 'Chủ trì', 'Phối hợp', ''],
  ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', '', '', ''],
  ['1', 'Ban hành kế hoạch CCHC năm 2019', 'Phòng Nội vụ', 'Văn phòng UBND', 'Tháng 01/2019'],
  ['2', 'Tuyên truyền CCHC', 'Phòng Văn hóa và Thông tin', '', 'Giữa năm'],
  ['3', 'Kiểm tra CCHC tại các xã', 'Phòng Nội vụ', '', ''],
  ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '', '', ''],
  [
    '1',
    'Nâng cao tỷ lệ hồ sơ giải quyết đúng hạn\n- Tỷ lệ hồ sơ trễ hạn giảm 50% so với năm trước',
    'Phòng Nội vụ',
    '',
    'trước ngày 15 tháng 12',
  ],
];
const csv = Papa.unparse(TABLE);
/** The text with every run of white space one space: prose is wrapped at 80 columns. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('cchc validate <plan table>', () => {
  let path = '';
  beforeAll(() => {
    path = file('huyen-x.csv', csv);
  });

  it('reads a CSV table and prints the reading report with rows and reasons', () => {
    const r = cchc(['validate', path]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/huyen-x\.csv: bảng kế hoạch đọc được: 2 nhóm, 4 nhiệm vụ/);
    // The header over two rows is found; the year comes from the title above it.
    expect(flat(out)).toContain('Dòng tiêu đề 3');
    expect(flat(out)).toContain('chủ trì = "Cơ quan thực hiện Chủ trì"');
    expect(flat(out)).toContain('Năm của kế hoạch: 2019 (đọc từ tiêu đề trên bảng)');
    // Two deadlines not read, by spreadsheet row (from 1), with the reason.
    expect(out).toContain('Thời hạn chưa đọc được: 2 nhiệm vụ');
    expect(out).toMatch(/^ {5}6 {2}I\.2 +Giữa năm +Không đọc được thời hạn:/m);
    expect(flat(out)).toContain('nói một phần của kỳ mà không có một ngày hạn rõ ràng');
    expect(out).toMatch(/^ {5}7 {2}I\.3 +— +Không ghi thời hạn/m);
    // The year-less deadline is read with the plan's year: it is not listed.
    expect(out).not.toContain('trước ngày 15 tháng 12');
    // Agency names without a registry: each name once, with its rows.
    expect(out).toMatch(/Tên cơ quan không có trong danh mục: 3 tên, 5 lần/);
    expect(out).toMatch(/Phòng Nội vụ +chủ trì +5, 7, 9/);
    expect(widestLine(out).width).toBeLessThanOrEqual(80);
  });

  it('says it in English with --lang en, and in JSON with every entry', () => {
    const en = cchc(['validate', path, '--lang', 'en']);
    expect(flat(en.stdout)).toContain('plan table read: 2 groups, 4 tasks');
    expect(en.stdout).toContain('Deadlines not read: 2 tasks');
    expect(flat(en.stdout)).toContain("The plan's year: 2019 (read from the title above the table)");
    expect(en.stdout).toContain('No deadline given');
    const json = JSON.parse(cchc(['validate', path, '--format', 'json']).stdout) as {
      kind: string;
      valid: boolean;
      headerRow: number;
      columns: Record<string, { index: number; header: string }>;
      year: { year: number; from: string };
      report: {
        tasks: number;
        unreadDeadlines: { row: number; taskId: string; code: string; reasonEn: string }[];
        unknownAgencies: { row: number; text: string }[];
      };
    };
    expect(json.kind).toBe('table');
    expect(json.valid).toBe(true);
    expect(json.headerRow).toBe(2);
    expect(json.columns['lead']?.index).toBe(2);
    expect(json.columns['deadline']?.header).toBe('Thời gian');
    expect(json.year).toEqual({ year: 2019, from: 'title' });
    expect(json.report.tasks).toBe(4);
    expect(json.report.unreadDeadlines.map((d) => [d.row, d.taskId, d.code])).toEqual([
      [5, 'I.2', 'unread_deadline'],
      [6, 'I.3', 'empty_deadline'],
    ]);
  });

  it('takes the year from --year, and without any year says that --year reads year-less deadlines', () => {
    const noTitle = file('khong-nam.csv', Papa.unparse(TABLE.slice(1)));
    const r = cchc(['validate', noTitle]);
    expect(r.code).toBe(0);
    expect(flat(r.stdout)).toContain('thời hạn không ghi năm sẽ không đọc được; thêm --year <năm>');
    expect(r.stdout).toContain('Thời hạn chưa đọc được: 3 nhiệm vụ');
    expect(flat(r.stdout)).toMatch(
      /trước ngày 15 tháng 12 Không đọc được thời hạn: không ghi năm \(no-year\); thêm --year <năm>/,
    );
    const given = cchc(['validate', noTitle, '--year', '2019']);
    expect(flat(given.stdout)).toContain('Năm của kế hoạch: 2019 (theo --year)');
    expect(given.stdout).toContain('Thời hạn chưa đọc được: 2 nhiệm vụ');
    const period = cchc(['validate', file('ke-hoach-2016-2020.csv', Papa.unparse(TABLE.slice(1)))]);
    expect(flat(period.stdout)).toContain('Năm của kế hoạch: 2016–2020 (đọc từ tên tệp)');
  });

  it('says which rows it left out of the plan (a totals row), in Vietnamese and English', () => {
    const totals = file('tong-cong.csv', Papa.unparse([...TABLE, ['', 'Tổng cộng: 4 nhiệm vụ', '', '', '']]));
    const r = cchc(['validate', totals]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dòng không đưa vào kế hoạch: 1');
    expect(r.stdout).toMatch(/^ +10 {2}Tổng cộng: 4 nhiệm vụ/m);
    // The task above it keeps its own title.
    expect(r.stdout).toMatch(/bảng kế hoạch đọc được: 2 nhóm, 4 nhiệm vụ/);
    const en = cchc(['validate', totals, '--lang', 'en']);
    expect(en.stdout).toContain('Rows left out of the plan: 1');
    // Without a totals row, the report says nothing of it.
    expect(cchc(['validate', path]).stdout).not.toContain('Dòng không đưa vào kế hoạch');
  });

  it('matches agency names against an existing plan with --agencies', () => {
    const r = cchc([
      'validate',
      sample('vinh-long-2018.appendix.csv'),
      '--agencies',
      sample('vinh-long-2018.plan.json'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(flat(r.stdout)).toContain('7 nhóm, 42 nhiệm vụ từ 42 dòng; không có gì chưa đọc được');
    expect(r.stdout).toContain('Tên cơ quan không có trong danh mục: 0 tên, 0 lần');
  });

  it('reads the same table from .xlsx and .tsv, and from stdin with --kind table', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Phụ lục');
    for (const row of TABLE) sheet.addRow(row);
    const xlsx = join(tmp, 'huyen-x.xlsx');
    await book.xlsx.writeFile(xlsx);
    const fromCsv = cchc(['validate', path, '--format', 'json']).stdout;
    const report = (text: string) => (JSON.parse(text) as { report: unknown }).report;
    expect(report(cchc(['validate', xlsx, '--format', 'json']).stdout)).toEqual(report(fromCsv));
    expect(report(cchc(['validate', xlsx, '--sheet', 'phu luc', '--format', 'json']).stdout)).toEqual(
      report(fromCsv),
    );
    const tsv = file(
      'huyen-x.tsv',
      TABLE.map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t')).join('\n'),
    );
    expect(cchc(['validate', tsv]).stdout).toContain('2 nhóm, 4 nhiệm vụ');
    const stdin = cchc(['validate', '-', '--kind', 'table'], { stdin: csv });
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toContain('(stdin): bảng kế hoạch đọc được: 2 nhóm, 4 nhiệm vụ');
    const missingSheet = cchc(['validate', xlsx, '--sheet', '3']);
    expect(missingSheet.code).toBe(1);
    expect(missingSheet.stderr).toContain('Không có trang tính "3"');
  }, 120_000);

  it('refuses a table without a header, a criteria annex, and table options on a JSON file', () => {
    const none = cchc(['validate', file('rong.csv', 'a,b\n1,2\n')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Không tìm thấy dòng tiêu đề của bảng nhiệm vụ');
    const annex = cchc([
      'validate',
      file(
        'phu-luc.csv',
        'STT,Tiêu chí,Điểm tối đa,Cách chấm\n1,Ban hành kế hoạch CCHC,1,Đúng hạn: 1 điểm\n',
      ),
    ]);
    expect(annex.code).toBe(1);
    expect(annex.stderr).toContain('cchc criteria import');
    const json = cchc(['validate', sample('vinh-long-2018.plan.json'), '--year', '2018']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--year chỉ dùng khi kiểm tra bảng kế hoạch');
    const binary = cchc(['validate', file('hong.csv', '\u0000\u0001PK')]);
    expect(binary.code).toBe(1);
    expect(binary.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('writes the report with -o, nothing on stdout', () => {
    const out = join(tmp, 'bao-cao-doc.txt');
    const r = cchc(['validate', path, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });
});
