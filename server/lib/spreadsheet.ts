import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, and tab or carriage return
 * before them) is prefixed with an apostrophe, so that an export never runs someone's input.
 */
export function safeCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface Sheet {
  name: string;
  header: string[];
  rows: unknown[][];
}

export function toCsv(sheet: Sheet): string {
  // a BOM so that spreadsheet programs open UTF-8 with its accents intact
  return `\uFEFF${stringify([sheet.header, ...sheet.rows].map((row) => row.map(safeCell)))}`;
}

export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Impact Monitor';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    ws.addRow(sheet.header.map(safeCell));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map(safeCell));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.columns.forEach((col) => {
      col.width = 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
