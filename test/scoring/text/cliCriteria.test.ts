/**
 * `cchc criteria import|show`, run in-process through the command table:
 * CSV, TSV and .xlsx annexes, the reading report on stderr, -o, the annex
 * printed back, and the errors a user can act on.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type CliIo, nodeIo } from '../../../src/cli/io.js';
import { run } from '../../../src/cli/run.js';
import { criteriaToRows, loadCriteriaSet, presets } from '../../../src/scoring/index.js';
import { CA_MAU_1880_ROWS } from '../../../src/scoring/presets/caMau1880Rows.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-criteria-'));

async function cchc(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...nodeIo(),
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
    samplesDir: join(process.cwd(), 'samples'),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

function csvOf(rows: readonly (readonly string[])[], sep = ','): string {
  const cell = (c: string) => (/[",\n\t]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  return `${rows.map((r) => r.map(cell).join(sep)).join('\r\n')}\r\n`;
}

describe('cchc criteria import', () => {
  it('reads the Cà Mau annex rows from CSV: the set on stdout, the reading report on stderr', async () => {
    const path = join(dir, 'ca-mau.csv');
    writeFileSync(path, `\uFEFF${csvOf(CA_MAU_1880_ROWS)}`, 'utf8');
    const r = await cchc([
      'criteria',
      'import',
      path,
      '--id',
      'ca-mau',
      '--title',
      'Cà Mau',
      '--document',
      '1880/QĐ-UBND',
    ]);
    expect(r.code).toBe(0);
    const set = JSON.parse(r.stdout);
    expect(set).toMatchObject({ id: 'ca-mau', title: 'Cà Mau', document: { number: '1880/QĐ-UBND' } });
    expect(loadCriteriaSet(set).ok).toBe(true);
    expect(set.nodes).toEqual(JSON.parse(JSON.stringify(presets['vn-ca-mau-2013-excerpt'].nodes)));
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      `${path}: 22 dòng, 8 tiêu chí, 6 tiêu chí thành phần; đọc được cách chấm 6/6`,
      '  dòng 3  1.1.1  levels',
      '  dòng 7  1.1.2  allOf',
    ]);
  });

  it('reads TSV with the rule in its own column, writes -o, and reports unread rules in English', async () => {
    const path = join(dir, 'annex.tsv');
    const rows = [
      ['TT', 'Nội dung', 'Điểm tối đa', 'Cách tính điểm'],
      ['1', 'Kế hoạch', '2', ''],
      ['1.1', 'Ban hành', '1', 'Đạt: 1; Không đạt: 0'],
      ['1.2', 'Thẩm định', '1', 'Hội đồng thẩm định xem xét'],
    ];
    writeFileSync(path, csvOf(rows, '\t'), 'utf8');
    const out = join(dir, 'annex.json');
    const r = await cchc(['criteria', 'import', path, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('rules read 1/2');
    expect(r.stderr).toContain('row 4  1.2  manual — Could not read the rule "Hội đồng thẩm định xem xét"');
    expect(r.stderr).toContain(`written: ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes[0].children[0].rule).toEqual({ kind: 'binary' });
  });

  it('reads an .xlsx sheet (with exceljs), by name or number', async () => {
    const path = join(dir, 'annex.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Bìa').addRow(['Phụ lục']);
    const ws = wb.addWorksheet('Phụ lục II');
    for (const row of CA_MAU_1880_ROWS)
      ws.addRow(row.map((c) => (/^\d+(,\d+)?$/u.test(c) ? Number(c.replace(',', '.')) : c)));
    await wb.xlsx.writeFile(path);
    const byName = await cchc(['criteria', 'import', path, '--sheet', 'phu luc ii']);
    expect(byName.code).toBe(0);
    expect(JSON.parse(byName.stdout).nodes.map((n: { id: string }) => n.id)).toEqual(['1.1', '1.2']);
    const byNumber = await cchc(['criteria', 'import', path, '--sheet', '2']);
    expect(byNumber.stdout).toBe(byName.stdout);
    const missing = await cchc(['criteria', 'import', path, '--sheet', 'Bảng 3']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'Không có trang tính "Bảng 3"; các trang: Bìa, Phụ lục II [unknown_sheet]',
    );
  });

  it('answers a table it cannot read with every issue and exit code 1', async () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(
      path,
      csvOf([
        ['STT', 'Tiêu chí', 'Điểm tối đa'],
        ['1', 'Kế hoạch', '3'],
        ['1.1', 'Ban hành', '1'],
        ['', 'Đạt', '1'],
      ]),
    );
    const r = await cchc(['criteria', 'import', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'rows[1][2]: "1": điểm tối đa 3 khác tổng điểm các tiêu chí con 1 [max_not_sum]',
    );
    const none = join(dir, 'none.csv');
    writeFileSync(none, 'a,b\n1,2\n');
    expect((await cchc(['criteria', 'import', none])).stderr).toContain('[columns_not_found]');
    expect((await cchc(['criteria', 'import', join(dir, 'missing.csv')])).stderr).toContain(
      '[file_not_found]',
    );
    expect((await cchc(['criteria', 'nope'])).code).toBe(2);
  });
});

describe('cchc criteria show', () => {
  it('prints a preset as its annex: text, CSV that import reads back, Markdown', async () => {
    const text = await cchc(['criteria', 'show', 'vn-ca-mau-2013-excerpt']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '1.1.4  Mức độ thực hiện kế hoạch CCHC  [2 điểm]\n         - Trên 90%: 2 điểm\n',
    );
    const csv = await cchc(['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--format', 'csv']);
    const path = join(dir, 'shown.csv');
    writeFileSync(path, csv.stdout);
    const back = await cchc(['criteria', 'import', path]);
    expect(JSON.parse(back.stdout).nodes).toEqual(
      JSON.parse(JSON.stringify(presets['vn-ca-mau-2013-excerpt'].nodes)),
    );
    const md = await cchc(['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--format', 'md']);
    expect(md.stdout).toContain(
      '| 1.1.1 | Ban hành kế hoạch CCHC năm | 1 | Ban hành kịp thời: 1 điểm<br>Ban hành không kịp thời: 0,5 điểm<br>Không ban hành: 0 điểm |',
    );
    expect(criteriaToRows(presets['vn-ca-mau-2013-excerpt'])).toHaveLength(9);
  });

  it('has a help entry and refuses an unknown format', async () => {
    expect((await cchc(['criteria', '--help'])).stdout).toContain('cchc criteria import');
    expect((await cchc(['--help'])).stdout).toContain('criteria  đọc bảng phụ lục');
    expect((await cchc(['criteria', 'show', 'vn-ca-mau-2013-excerpt', '--format', 'pdf'])).code).toBe(2);
  });
});
