import type ExcelJS from 'exceljs';

/** A worksheet with bold, frozen headings: columns as [heading, key, width]. Every workbook of Khiên starts its sheets so. */
export function headedSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: [string, string, number][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map(([header, key, width]) => ({ header, key, width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}
