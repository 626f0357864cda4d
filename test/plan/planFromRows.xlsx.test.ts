// An appendix kept in Excel: written with exceljs, read back from the .xlsx
// bytes (as an official's file would be), each cell's text given to planFromRows.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadPlan, planFromRows } from '../../src/plan/index.js';
import { vinhLongAgencies, vinhLongClasses, vinhLongRows } from './fixtures/rows.js';

async function roundTripXlsx(rows: readonly (readonly (string | number)[])[]): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Phụ lục');
  for (const row of rows) sheet.addRow([...row]);
  const bytes = await book.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as ArrayBuffer);
  const read = back.getWorksheet('Phụ lục');
  const out: string[][] = [];
  read?.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= read.columnCount; c++) cells.push(row.getCell(c).text);
    out.push(cells);
  });
  return out;
}

describe('planFromRows from an .xlsx file', () => {
  it('gives the same plan as the rows it was written from', async () => {
    const rows = await roundTripXlsx(vinhLongRows);
    const options = {
      columns: {
        group: 'Nhiệm vụ chung',
        content: 'Nhiệm vụ cụ thể',
        lead: 'Cơ quan chủ trì',
        support: 'Cơ quan phối hợp',
        deadline: 'Thời gian hoàn thành',
      },
      plan: { id: 'vinh-long-2018', title: 'Kế hoạch cải cách hành chính năm 2018', year: 2018 },
      agencies: vinhLongAgencies,
      classes: vinhLongClasses,
    };
    const fromXlsx = planFromRows(rows, options);
    const direct = planFromRows(vinhLongRows, options);
    expect(fromXlsx).toEqual(direct);
    expect(fromXlsx.ok && loadPlan(fromXlsx.value).ok).toBe(true);
  });

  it('keeps numbers typed into cells', async () => {
    const rows = await roundTripXlsx([
      ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', 'Kinh phí (triệu đồng)'],
      [1, 'Tập huấn nghiệp vụ Kiểm soát TTHC', 'Sở Nội vụ', 'Quý I/2018', 40],
    ]);
    const r = planFromRows(rows, {
      columns: {
        number: 'TT',
        content: 'Nội dung',
        lead: 'Chủ trì',
        deadline: 'Thời gian',
        budget: 'Kinh phí',
      },
      plan: { id: 'p', title: 'Kế hoạch', year: 2018 },
      agencies: [{ id: 'snv', name: 'Sở Nội vụ' }],
    });
    expect(r.ok && r.value.groups[0]?.tasks[0]).toMatchObject({
      id: 'G1.1',
      number: '1',
      budget: '40',
      lead: ['snv'],
    });
  });
});
